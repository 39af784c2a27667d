import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * YAML for the CMS that changes only what was edited. Decap's own format writes the whole
 * file anew (re-wrapped at 80 characters, quotes dropped), so a two-deadline edit became a
 * 73-line diff. This one keeps the parsed file and patches it in place: unchanged values keep
 * their text, quotes, comments and line breaks; a changed value keeps its quote style; new
 * strings that another YAML reader could take for a number, date or boolean are quoted.
 */

const STRINGIFY = { lineWidth: 0, minContentWidth: 0 } as const;

/** A string another reader (YAML 1.1: Astro's loader) would not read back as the same string. */
const AMBIGUOUS = /^(?:[-+.]?\d|~$|null$|true$|false$|yes$|no$|on$|off$|y$|n$)|^[\s]|[\s]$|: |#/i;

type Data = unknown;

function newNode(doc: Document, value: Data): unknown {
  const node = doc.createNode(value);
  quoteAmbiguous(node);
  return node;
}

function quoteAmbiguous(node: unknown): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && AMBIGUOUS.test(node.value) && !node.value.includes('\n')) node.type = Scalar.QUOTE_DOUBLE;
  } else if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      if (isMap(node)) quoteAmbiguous((item as { value: unknown }).value);
      else quoteAmbiguous(item);
    }
  }
}

function isPlainObject(value: Data): value is Record<string, Data> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Patches `node` (from the original file) to hold `value`; returns the node to keep in place. */
function patch(doc: Document, node: unknown, value: Data): unknown {
  if (isPlainObject(value) && isMap(node)) {
    const map = node as YAMLMap<Scalar<string>, unknown>;
    const keys = Object.keys(value);
    map.items = map.items.filter((pair) => keys.includes(String(isScalar(pair.key) ? pair.key.value : pair.key)));
    for (const key of keys) {
      const pair = map.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === key);
      if (pair) pair.value = patch(doc, pair.value, value[key]);
      else map.items.push(doc.createPair(key, newNode(doc, value[key])) as never);
    }
    return map;
  }
  if (Array.isArray(value) && isSeq(node)) {
    const seq = node as YAMLSeq<unknown>;
    seq.items = value.map((item, i) => (i < seq.items.length ? patch(doc, seq.items[i], item) : newNode(doc, item)));
    return seq;
  }
  if (isScalar(node) && (value === null || ['string', 'number', 'boolean'].includes(typeof value))) {
    if (node.value === value) return node;
    // A changed value keeps the quote style it had; block text stays block text.
    node.value = value;
    if (typeof value !== 'string' && node.type !== Scalar.PLAIN) node.type = Scalar.PLAIN;
    return node;
  }
  return newNode(doc, value);
}

/** Top-level keys with the same value in both: how alike two entries are. */
function likeness(a: Data, b: Data): number {
  if (!isPlainObject(a) || !isPlainObject(b)) return 0;
  let same = 0;
  for (const key of Object.keys(a)) if (key in b && JSON.stringify(a[key]) === JSON.stringify(b[key])) same += 1;
  return same;
}

/**
 * The format: remembers the files it has read (the CMS reads an entry before it edits it) and,
 * on save, patches the one the edited data came from. Pick by likeness: the entry whose
 * top-level values mostly still match (an edit changes a few).
 */
export function createYamlFormat(memory = 200) {
  const read: Array<{ data: Data; text: string }> = [];
  return {
    fromFile(content: string): Data {
      const doc = parseDocument(content);
      const data = doc.toJS() as Data;
      const at = read.findIndex((r) => r.text === content);
      if (at >= 0) read.splice(at, 1);
      read.push({ data, text: content });
      if (read.length > memory) read.shift();
      return data ?? {};
    },
    toFile(data: Data): string {
      let best: { data: Data; text: string } | undefined;
      let score = 0;
      const keys = isPlainObject(data) ? Object.keys(data).length : 0;
      for (const r of read) {
        const s = likeness(r.data, data);
        if (s > score) [best, score] = [r, s];
      }
      let text: string;
      if (best && keys > 0 && score * 2 >= keys) {
        const doc = parseDocument(best.text);
        doc.contents = patch(doc, doc.contents, data) as never;
        text = doc.toString(STRINGIFY);
        read.splice(read.indexOf(best), 1);
      } else {
        const doc = new Document();
        doc.contents = newNode(doc, data) as never;
        text = doc.toString(STRINGIFY);
      }
      // The saved text is what the next edit of this entry starts from.
      read.push({ data, text });
      return text;
    },
  };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?([\s\S]*)$/;

/**
 * Markdown with YAML front matter (documents), the same way: the front matter is patched in
 * place by the YAML format; the body (`body` in the data) is written as the editor has it.
 */
export function createFrontmatterFormat(memory = 200) {
  const yaml = createYamlFormat(memory);
  return {
    fromFile(content: string): Data {
      const m = FRONTMATTER.exec(content.replace(/^\uFEFF/, ''));
      if (!m) return { body: content };
      const front = m[1] ? `${m[1]}\n` : '';
      const data = front ? yaml.fromFile(front) : {};
      return { ...(isPlainObject(data) ? data : {}), body: m[2] ?? '' };
    },
    toFile(data: Data): string {
      const { body = '', ...front } = isPlainObject(data) ? data : {};
      const text = typeof body === 'string' ? body : String(body);
      return `---\n${yaml.toFile(front)}---\n${text.endsWith('\n') || text === '' ? text : `${text}\n`}`;
    },
  };
}
