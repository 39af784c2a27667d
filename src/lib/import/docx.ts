/**
 * DOCX → the importer's text dialect, by reading the OOXML directly (JSZip + htmlparser2 in XML
 * mode). Word keeps automatic clause numbers out of the text, in `numbering.xml`; they are
 * reproduced here the way Word counts them: per list (abstract numbering), levels «%1.%2.»,
 * start values and `startOverride` restarts, deeper levels restarting after a higher one, an unused
 * upper level showing its start value, formats decimal / letters / Russian letters / Roman.
 * Tables become tab-separated rows (merged cells keep their columns); bold paragraphs become `**…**`.
 */
import JSZip from 'jszip';
import { parseDocument } from 'htmlparser2';

interface XmlNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: XmlNode[];
  data?: string;
}

const kids = (n: XmlNode | undefined, name?: string): XmlNode[] => (n?.children ?? []).filter((c) => c.type === 'tag' && (!name || c.name === name));
const kid = (n: XmlNode | undefined, name: string): XmlNode | undefined => kids(n, name)[0];
const val = (n: XmlNode | undefined, attr = 'w:val'): string | undefined => n?.attribs?.[attr];
const on = (n: XmlNode | undefined) => n !== undefined && !['0', 'false', 'off'].includes(val(n) ?? 'true');

function xml(text: string): XmlNode {
  return parseDocument(text, { xmlMode: true }) as unknown as XmlNode;
}

function find(n: XmlNode, name: string): XmlNode | undefined {
  for (const c of kids(n)) {
    if (c.name === name) return c;
    const deep = find(c, name);
    if (deep) return deep;
  }
  return undefined;
}

interface Level {
  start: number;
  format: string;
  text: string;
  restart?: number;
}

const RU_LOWER = 'абвгдежзиклмнопрстуфхцчшщэюя';
const ROMAN: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function letters(n: number, alphabet: string): string {
  const k = alphabet.length;
  const letter = alphabet[(n - 1) % k]!;
  return letter.repeat(Math.floor((n - 1) / k) + 1);
}

/** A counter value in a Word number format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter': return letters(n, 'abcdefghijklmnopqrstuvwxyz').toUpperCase();
    case 'russianLower': return letters(n, RU_LOWER);
    case 'russianUpper': return letters(n, RU_LOWER).toUpperCase();
    case 'lowerRoman':
    case 'upperRoman': {
      let s = '';
      let v = n;
      for (const [k, r] of ROMAN) while (v >= k) { s += r; v -= k; }
      return format === 'upperRoman' ? s.toUpperCase() : s;
    }
    case 'decimalZero': return String(n).padStart(2, '0');
    case 'none': return '';
    default: return String(n);
  }
}

/** Word's list counters for one document. */
export class NumberingState {
  private readonly abstracts = new Map<string, Level[]>();
  private readonly nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly started = new Set<string>();

  constructor(numberingXml?: string) {
    if (!numberingXml) return;
    const root = find(xml(numberingXml), 'w:numbering');
    for (const a of kids(root, 'w:abstractNum')) {
      const levels: Level[] = [];
      for (const l of kids(a, 'w:lvl')) {
        const ilvl = Number(val(l, 'w:ilvl') ?? 0);
        const restart = val(kid(l, 'w:lvlRestart'));
        levels[ilvl] = {
          start: Number(val(kid(l, 'w:start')) ?? 1),
          format: val(kid(l, 'w:numFmt')) ?? 'decimal',
          text: val(kid(l, 'w:lvlText')) ?? '',
          ...(restart !== undefined ? { restart: Number(restart) } : {}),
        };
      }
      this.abstracts.set(val(a, 'w:abstractNumId') ?? '', levels);
    }
    for (const n of kids(root, 'w:num')) {
      const overrides = new Map<number, number>();
      for (const o of kids(n, 'w:lvlOverride')) {
        const start = val(kid(o, 'w:startOverride'));
        if (start !== undefined) overrides.set(Number(val(o, 'w:ilvl') ?? 0), Number(start));
      }
      this.nums.set(val(n, 'w:numId') ?? '', { abstract: val(kid(n, 'w:abstractNumId')) ?? '', overrides });
    }
  }

  /** The label of the next paragraph in list `numId` at level `ilvl` («2.3.», «б)»), or null. */
  next(numId: string, ilvl: number): { label: string; bullet: boolean } | null {
    const num = this.nums.get(numId);
    if (!num || numId === '0') return null;
    const levels = this.abstracts.get(num.abstract);
    const level = levels?.[ilvl];
    if (!levels || !level) return null;
    const key = num.abstract;
    const counters = this.counters.get(key) ?? [];
    this.counters.set(key, counters);
    // A list instance with start overrides restarts its levels the first time it is used.
    if (!this.started.has(numId)) {
      this.started.add(numId);
      // The overridden levels count again from their start value (an unused upper level shows it).
      for (const l of num.overrides.keys()) for (let d = l; d < 9; d++) counters[d] = undefined;
    }
    const startOf = (l: number) => num.overrides.get(l) ?? levels[l]?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let d = ilvl + 1; d < levels.length; d++) {
      // lvlRestart: restart after a paragraph at level ≤ r (1-based); 0 = never; absent = after any higher level.
      const r = levels[d]?.restart;
      if (r === undefined || (r !== 0 && ilvl < r)) counters[d] = undefined;
    }
    if (level.format === 'bullet') return { label: '•', bullet: true };
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const l = Number(k) - 1;
      return formatNumber(counters[l] ?? startOf(l), levels[l]?.format ?? 'decimal');
    });
    return { label, bullet: false };
  }
}

interface StyleInfo {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
  heading: boolean;
  bold: boolean;
}

function readStyles(stylesXml?: string): Map<string, StyleInfo> {
  const map = new Map<string, StyleInfo>();
  if (!stylesXml) return map;
  for (const s of kids(find(xml(stylesXml), 'w:styles'), 'w:style')) {
    const pPr = kid(s, 'w:pPr');
    const numPr = kid(pPr, 'w:numPr');
    const name = val(kid(s, 'w:name')) ?? '';
    const numId = val(kid(numPr, 'w:numId'));
    const ilvl = val(kid(numPr, 'w:ilvl'));
    map.set(val(s, 'w:styleId') ?? '', {
      ...(numId !== undefined ? { numId } : {}),
      ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}),
      ...(val(kid(s, 'w:basedOn')) ? { basedOn: val(kid(s, 'w:basedOn'))! } : {}),
      heading: /^(heading|заголовок)\s*\d/i.test(name) || /^Heading\d$/.test(val(s, 'w:styleId') ?? ''),
      bold: on(kid(kid(s, 'w:rPr'), 'w:b')),
    });
  }
  return map;
}

function styleChain(styles: Map<string, StyleInfo>, id: string | undefined): StyleInfo[] {
  const out: StyleInfo[] = [];
  for (let s = id ? styles.get(id) : undefined, k = 0; s && k < 10; s = s.basedOn ? styles.get(s.basedOn) : undefined, k++) out.push(s);
  return out;
}

/** Reads DOCX bytes and returns the text with numbers, tables and bold titles in the importer's dialect. */
export async function docxToText(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (!documentXml) throw new Error('в файле нет word/document.xml — это не документ Word');
  const numbering = new NumberingState(await zip.file('word/numbering.xml')?.async('string'));
  const styles = readStyles(await zip.file('word/styles.xml')?.async('string'));
  const body = find(xml(documentXml), 'w:body');

  const paragraph = (p: XmlNode): { text: string; bold: boolean; heading: boolean } => {
    const pPr = kid(p, 'w:pPr');
    const chain = styleChain(styles, val(kid(pPr, 'w:pStyle')));
    const numPr = kid(pPr, 'w:numPr');
    const numId = val(kid(numPr, 'w:numId')) ?? chain.find((s) => s.numId)?.numId;
    const ilvl = Number(val(kid(numPr, 'w:ilvl')) ?? chain.find((s) => s.ilvl !== undefined)?.ilvl ?? 0);
    let text = '';
    let boldChars = 0;
    let chars = 0;
    const styleBold = chain.some((s) => s.bold);
    const runs = (n: XmlNode) => {
      for (const c of kids(n)) {
        if (c.name === 'w:r') {
          const rPr = kid(c, 'w:rPr');
          const b = kid(rPr, 'w:b');
          const bold = b ? on(b) : styleBold;
          for (const t of kids(c)) {
            let piece = '';
            if (t.name === 'w:t') piece = (t.children ?? []).map((x) => x.data ?? '').join('');
            else if (t.name === 'w:tab') piece = ' ';
            else if (t.name === 'w:br' || t.name === 'w:cr') piece = ' ';
            else if (t.name === 'w:noBreakHyphen') piece = '-';
            text += piece;
            const letters = piece.replace(/\s/g, '').length;
            chars += letters;
            if (bold) boldChars += letters;
          }
        } else if (c.name === 'w:hyperlink' || c.name === 'w:ins' || c.name === 'w:smartTag' || c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:fldSimple') runs(c);
      }
    };
    runs(p);
    const label = numId && text.trim() ? numbering.next(numId, ilvl) : null;
    if (label) text = label.bullet ? `- ${text.trim()}` : `${label.label} ${text.trim()}`;
    return { text: text.replace(/\s+/g, ' ').trim(), bold: chars > 0 && boldChars === chars, heading: chain.some((s) => s.heading) };
  };

  const lines: string[] = [];
  const table = (tbl: XmlNode) => {
    for (const tr of kids(tbl, 'w:tr')) {
      const cells: string[] = [];
      for (const tc of kids(tr, 'w:tc')) {
        const tcPr = kid(tc, 'w:tcPr');
        const span = Number(val(kid(tcPr, 'w:gridSpan')) ?? 1);
        const vMerge = kid(tcPr, 'w:vMerge');
        const continued = vMerge !== undefined && val(vMerge) !== 'restart';
        const text = continued ? '' : kids(tc).filter((c) => c.name === 'w:p').map((p) => paragraph(p).text).filter(Boolean).join(' ');
        cells.push(text.replace(/\t/g, ' '));
        for (let k = 1; k < span; k++) cells.push('');
      }
      lines.push(cells.join('\t'));
    }
    lines.push('');
  };
  // Content controls (w:sdt) and tracked insertions wrap whole paragraphs and tables: read through them.
  const blocks = (n: XmlNode | undefined): XmlNode[] => kids(n).flatMap((c) => (c.name === 'w:sdt' ? blocks(kid(c, 'w:sdtContent')) : c.name === 'w:customXml' || c.name === 'w:ins' ? blocks(c) : [c]));
  for (const c of blocks(body)) {
    if (c.name === 'w:p') {
      const p = paragraph(c);
      if (!p.text) {
        lines.push('');
        continue;
      }
      const marked = p.heading ? `## ${p.text}` : p.bold ? `**${p.text}**` : p.text;
      lines.push(marked);
    } else if (c.name === 'w:tbl') {
      lines.push('');
      table(c);
    }
  }
  return lines.join('\n');
}
