/**
 * DOCX of the monthly report blank (the format schools send): A4 landscape, the form's heading
 * and its five-column table with the items due that month, one blank per month on its own pages.
 *
 * A school's file holds twelve blanks and a region has hundreds of schools, so the `docx` package
 * is not run per file (its object model cost ~36 ms per blank). It makes ONE template per process
 * — the same page, styles and table, with fields ⟦…⟧ in place of the text — and each file is that
 * template's XML with the fields filled (every value escaped as XML text, so nothing from content
 * becomes markup or a Word field) and the blank's repeated parts (approval lines, rows, notes)
 * repeated. Node's zlib deflates the parts and fflate writes the archive.
 *
 * A region's files differ little: every school's blank for a month holds the same rows, title and
 * notes, and only the school's name differs. So document.xml is cut at the school's name, and the
 * XML between two names (the end of one month's blank and the start of the next) is compressed
 * once per build and shared by every file that holds it (see ./deflate-pieces): a school's file
 * costs its name, its document properties and the zip around pieces compressed before.
 */
import {
  AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type ISectionOptions,
} from 'docx';
import { strFromU8, unzipSync, Zip, type ZipInputFile } from 'fflate';
import type { ReportBlank } from './blank';
import { join, piece, type Piece } from './deflate-pieces';
import { fileResponse } from '../page-cache/file-response';

const FONT = 'Times New Roman';
/** Column widths in twentieths of a point for the landscape text area (≈ 26 cm). */
const WIDTHS = [700, 4700, 2300, 3900, 3300];

function text(value: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, bold: options.bold, size: options.size ?? 24, font: FONT });
}

/**
 * A table cell. A cell with text takes its size, weight and alignment from a paragraph style,
 * not from properties of its own: a school's file has some 1,700 cells, and the style keeps each
 * small. An empty cell's paragraph is a plain one (`null`), so that an empty row is as high as a
 * line of the document's 12-point text.
 */
function cell(value: string, width: number, style: 'BlankCell' | 'BlankHeader' | null = value ? 'BlankCell' : null): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [new Paragraph({ style: style ?? undefined, children: value ? [new TextRun(value)] : [] })],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** A field of the template: a marker the `docx` package writes as plain text, replaced when a blank is filled. */
const field = (name: string) => `⟦${name}⟧`;

/**
 * The parts of a blank that repeat, in the order they appear, each found by a field inside it:
 * the paragraph or table row holding the field is repeated once per record of the list.
 */
const REPEATS = [
  { list: 'approvalLines', field: 'line', element: 'w:p' },
  { list: 'titleWords', field: 'titleWord', element: 'w:p' },
  { list: 'rows', field: 'number', element: 'w:tr' },
  { list: 'emptyRows', field: 'empty', element: 'w:tr' },
  { list: 'notes', field: 'note', element: 'w:p' },
] as const;

type Fields = Readonly<Record<string, string>>;
/** What fills one blank: its fields (title, month, school, column headers) and the records of the repeated parts. */
interface BlankData {
  fields: Fields;
  lists: Record<(typeof REPEATS)[number]['list'], Fields[]>;
}

const PAGE: ISectionOptions['properties'] = { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 850, left: 1134, right: 850 } } };

/** The blank's body with fields in place of its text: approval lines, heading, the table, notes and signature lines. */
function blankBody(): (Paragraph | Table)[] {
  const header = new TableRow({ tableHeader: true, children: WIDTHS.map((w, i) => cell(field(`c${i}`), w, 'BlankHeader')) });
  const row = new TableRow({ cantSplit: true, children: [cell(field('number'), WIDTHS[0]!), cell(field('activity'), WIDTHS[1]!), cell(field('deadline'), WIDTHS[2]!), cell('', WIDTHS[3]!), cell('', WIDTHS[4]!)] });
  const empty = new TableRow({ children: WIDTHS.map((w, i) => cell(i === 0 ? field('empty') : '', w, null)) });
  const table = new Table({
    width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: WIDTHS,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [header, row, empty],
  });
  const center = (s: string, bold = false) => new Paragraph({ alignment: AlignmentType.CENTER, children: [text(s, { bold })] });
  return [
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(field('line'))] }),
    new Paragraph({ children: [] }),
    center(field('titleWord'), true),
    center(field('titleRest')),
    center(field('monthLine'), true),
    center(field('schoolName'), true),
    new Paragraph({ children: [] }),
    table,
    new Paragraph({ children: [] }),
    new Paragraph({ children: [text(field('note'), { size: 20 })] }),
    new Paragraph({ children: [] }),
    new Paragraph({ children: [text('Руководитель ОО  ____________________ / ____________________ /')] }),
    new Paragraph({ children: [text('«____» ______________ 20____ г.')] }),
  ];
}

/**
 * The template: the `docx` package's document with two blanks, each a landscape section, and the
 * styles (Times New Roman, ru-RU) and properties as fields. Word writes a section's properties
 * into its last paragraph, so the first blank ends with the section break that every blank but
 * the last gets, and the second ends as the document's last section does.
 */
export function blankTemplate(): Document {
  return new Document({
    creator: field('creator'),
    title: field('title'),
    description: field('description'),
    styles: {
      default: { document: { run: { font: FONT, size: 24, language: { value: 'ru-RU' } } } },
      paragraphStyles: [
        { id: 'BlankCell', name: 'Ячейка бланка', basedOn: 'Normal', run: { size: 22 } },
        { id: 'BlankHeader', name: 'Заголовок столбца бланка', basedOn: 'BlankCell', run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER } },
      ],
    },
    sections: [{ properties: PAGE, children: blankBody() }, { properties: PAGE, children: blankBody() }],
  });
}

/** Characters XML 1.0 does not allow, and lone surrogates: dropped so that the part stays well-formed. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text as XML character data: markup characters escaped, so nothing from content becomes an element or a field. */
function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Fields that are the file's own, not the blank's, and where their text comes from: a filled
 * blank is cut at them, and the XML between is shared by every file with the same blanks (see
 * {@link blankDocx}).
 */
const PER_FILE = { schoolName: (blank: ReportBlank) => blank.schoolName } as const;
type PerFile = keyof typeof PER_FILE;
/**
 * Marks a cut in filled XML: `CUT + field + CUT`. XML 1.0 cannot hold U+0000, so it is in no
 * template part, and {@link xmlText} drops it from every value.
 */
const CUT = '\u0000';

/** A piece of template XML with fields: literal strings and field names, alternating. */
type Filler = (data: Fields) => string;
function filler(xml: string): Filler {
  const parts = xml.split(/⟦(\w+)⟧/);
  return (data) => {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i]!;
      if (Object.hasOwn(PER_FILE, name)) {
        out += CUT + name + CUT + parts[i + 1]!;
        continue;
      }
      const value = data[name];
      if (value === undefined) throw new Error(`бланк DOCX: нет значения поля «${name}» — передайте его в данных бланка`);
      out += xmlText(value) + parts[i + 1]!;
    }
    return out;
  };
}

/** The element `<tag>…</tag>` around position `at` of `xml` (elements of that name do not nest here). */
function around(xml: string, at: number, tag: string): [number, number] {
  const start = Math.max(xml.lastIndexOf(`<${tag}>`, at), xml.lastIndexOf(`<${tag} `, at));
  const close = xml.indexOf(`</${tag}>`, at);
  if (start < 0 || close < 0) throw new Error(`шаблон бланка DOCX: поле на позиции ${at} не внутри <${tag}>`);
  return [start, close + tag.length + 3];
}

/** One blank of the template compiled: literal pieces with fields, and the repeated parts between them. */
function compileBlank(xml: string): (data: BlankData) => string {
  const literals: Filler[] = [];
  const repeats: Array<{ list: (typeof REPEATS)[number]['list']; fill: Filler }> = [];
  let from = 0;
  for (const r of REPEATS) {
    const at = xml.indexOf(field(r.field), from);
    if (at < 0) throw new Error(`шаблон бланка DOCX: нет поля «${r.field}» после позиции ${from}`);
    const [start, end] = around(xml, at, r.element);
    literals.push(filler(xml.slice(from, start)));
    repeats.push({ list: r.list, fill: filler(xml.slice(start, end)) });
    from = end;
  }
  literals.push(filler(xml.slice(from)));
  return (data) => {
    let out = '';
    repeats.forEach((r, i) => {
      out += literals[i]!(data.fields);
      for (const record of data.lists[r.list]) out += r.fill(record);
    });
    return out + literals[repeats.length]!(data.fields);
  };
}

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';

/**
 * One part of the package: its deflate stream in pieces (Node's zlib: several times faster than a
 * JavaScript deflate). fflate's `Zip` takes it through its `ZipInputFile` interface, which lets
 * the caller supply the compressed stream, and writes the archive around it.
 */
class Part {
  readonly size: number;
  readonly crc: number;
  private readonly chunks: Array<Uint8Array<ArrayBuffer>>;
  constructor(readonly filename: string, pieces: readonly Piece[], readonly mtime: number) {
    ({ chunks: this.chunks, size: this.size, crc: this.crc } = join(pieces));
  }
  /** Adds the part to `zip` (a fresh entry each time: the template's parts go into every file). */
  addTo(zip: Zip): void {
    const entry: ZipInputFile = { filename: this.filename, size: this.size, crc: this.crc, compression: 8, mtime: this.mtime };
    zip.add(entry);
    this.chunks.forEach((chunk, i) => entry.ondata!(null, chunk, i === this.chunks.length - 1));
  }
}

/** The parts as a DOCX (a zip), in the order given. */
function pack(parts: readonly Part[]): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const part of parts) part.addTo(zip);
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}

interface Template {
  /** The parts that do not change, compressed once; document.xml and core.xml are made per file. */
  parts: Part[];
  mtime: number;
  /** document.xml up to the first blank, and from the end of the last blank on (UTF-8). */
  head: Buffer;
  tail: Buffer;
  /** A blank followed by a section break; the last blank. */
  blank: (data: BlankData) => string;
  last: (data: BlankData) => string;
  core: Filler;
}

/** The template made by the `docx` package and split into its pieces. */
async function makeTemplate(): Promise<Template> {
  const files = unzipSync(await Packer.toBuffer(blankTemplate()));
  const xml = strFromU8(files[DOCUMENT]!);
  const body = xml.indexOf('<w:body>') + '<w:body>'.length;
  const breakAt = xml.indexOf('<w:sectPr', body);
  const between = xml.indexOf('</w:p>', breakAt) + '</w:p>'.length;
  const final = xml.lastIndexOf('<w:sectPr');
  if (body < '<w:body>'.length || breakAt < 0 || final <= between) throw new Error('шаблон бланка DOCX: нет двух разделов в word/document.xml');
  const mtime = Date.now();
  return {
    // [Content_Types].xml first, as Word writes it; folder entries are not needed.
    parts: Object.entries(files)
      .filter(([name]) => !name.endsWith('/') && name !== DOCUMENT && name !== CORE)
      .sort(([a], [b]) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'))
      .map(([name, content]) => new Part(name, [piece(content)], mtime)),
    mtime,
    head: Buffer.from(xml.slice(0, body), 'utf8'),
    tail: Buffer.from(xml.slice(final), 'utf8'),
    blank: compileBlank(xml.slice(body, between)),
    last: compileBlank(xml.slice(between, final)),
    core: filler(strFromU8(files[CORE]!)),
  };
}

let template: Promise<Template> | undefined;

function blankData(blank: ReportBlank): BlankData {
  return {
    fields: {
      ...Object.fromEntries(WIDTHS.map((_, i) => [`c${i}`, blank.columns[i] ?? ''])),
      titleRest: blank.titleRest,
      monthLine: blank.monthLine,
      schoolName: blank.schoolName,
    },
    lists: {
      approvalLines: blank.approvalLines.map((line) => ({ line })),
      titleWords: blank.titleWord ? [{ titleWord: blank.titleWord }] : [],
      rows: blank.rows.map(({ number, activity, deadline }) => ({ number, activity, deadline })),
      emptyRows: Array.from({ length: blank.emptyRows }, () => ({ empty: '' })),
      notes: blank.notes.map((note) => ({ note })),
    },
  };
}

/**
 * Distinct blanks by everything they hold but the per-file fields (`creator` and `title` go into
 * core.xml only): an id, the per-file fields met in the blank, in order, and the size of its XML
 * without them. Ids are never reused, so a key that holds them stays right after a clear.
 */
const blankIds = new Map<string, { id: number; fields: PerFile[]; size: number }>();
let nextId = 0;
const NOT_IN_KEY = { schoolName: undefined, creator: undefined, title: undefined };
/** Compressed XML between two per-file fields, by the blank pieces it joins. */
const runCache = new Map<string, Piece>();
let runBytes = 0;
/** The run cache is emptied above this (a region's runs hold a few megabytes). */
const CACHE_BYTES = 64 * 2 ** 20;

/**
 * Ids of row lists, by the list itself: a region's schools share one list per month (see
 * reportBlank in src/lib/programme/exports.ts), and comparing the list's text per school would
 * cost as much as writing it. Lists are not changed once made (`ReportBlank.rows` is read-only);
 * equal lists that are different objects are simply written apart.
 */
const rowLists = new WeakMap<readonly object[], number>();

function rowsId(rows: readonly object[]): number {
  let id = rowLists.get(rows);
  if (id === undefined) rowLists.set(rows, (id = nextId++));
  return id;
}

/** A blank filled and cut at its per-file fields: literal XML as UTF-8 (even positions) and the fields' names (odd positions). */
function fillCut(t: Template, blank: ReportBlank, last: boolean): { literals: Buffer[]; fields: PerFile[] } {
  const parts = (last ? t.last : t.blank)(blankData(blank)).split(CUT);
  return { literals: parts.filter((_, i) => i % 2 === 0).map((s) => Buffer.from(s, 'utf8')), fields: parts.filter((_, i) => i % 2 === 1) as PerFile[] };
}

/**
 * The blank as DOCX bytes. Several blanks (a school's months) become one document, each on its
 * own landscape pages; `title` names the whole document then.
 */
export async function blankDocx(blank: ReportBlank | ReportBlank[], title?: string): Promise<Uint8Array<ArrayBuffer>> {
  const list = Array.isArray(blank) ? blank : [blank];
  if (list.length === 0) throw new Error('blankDocx: нет ни одного бланка — передайте хотя бы один месяц');
  // A failed template is not kept: the next call tries again.
  const t = await (template ??= makeTemplate().catch((error: unknown) => {
    template = undefined;
    throw error;
  }));
  // document.xml: the template's head, the blanks, its tail; cut at every per-file field. The XML
  // between two cuts is a run, known by the blank pieces it joins. A blank is filled only when a
  // run that holds it is not compressed yet.
  const filled = new Map<number, Buffer[]>();
  const literal = (i: number, j: number): Buffer => {
    let literals = filled.get(i);
    if (!literals) filled.set(i, (literals = fillCut(t, list[i]!, i === list.length - 1).literals));
    return literals[j]!;
  };
  const runs: Array<Run | string> = [];
  let run: Run = { key: 'head', parts: [() => t.head] };
  let size = t.head.length + t.tail.length;
  list.forEach((b, i) => {
    const last = i === list.length - 1;
    const key = JSON.stringify([last, { ...b, ...NOT_IN_KEY, rows: rowsId(b.rows) }]);
    let known = blankIds.get(key);
    if (!known) {
      const cut = fillCut(t, b, last);
      filled.set(i, cut.literals);
      if (blankIds.size >= 20_000) blankIds.clear();
      blankIds.set(key, (known = { id: nextId++, fields: cut.fields, size: cut.literals.reduce((n, l) => n + l.length, 0) }));
    }
    size += known.size;
    for (let j = 0; j <= known.fields.length; j++) {
      run.key += ` ${known.id}.${j}`;
      run.parts.push(() => literal(i, j));
      const name = known.fields[j];
      if (name === undefined) continue;
      runs.push(run, xmlText(PER_FILE[name](b)));
      run = { key: '', parts: [] };
    }
  });
  run.key += ' tail';
  run.parts.push(() => t.tail);
  runs.push(run);
  return pack([...t.parts, new Part(DOCUMENT, documentPieces(runs, size), t.mtime), new Part(CORE, [piece(core(t, list, title))], t.mtime)]);
}

/** XML between two per-file fields: its key (the blank pieces it joins) and the pieces' bytes, made when asked. */
interface Run {
  key: string;
  parts: Array<() => Buffer>;
}

/** Up to this size (without the per-file texts), document.xml is compressed whole (see {@link documentPieces}). */
const WHOLE = 256 * 1024;

/**
 * document.xml compressed: runs of XML, each compressed once per build for every file that holds
 * it, and the per-file texts between them. A run starts with no history, which costs about 0.6 KB
 * per blank (+12 % for a region school's twelve blanks of 100 rows, ×2 for blanks of 25 rows); so
 * a document of up to {@link WHOLE} bytes is compressed whole instead, in a few milliseconds.
 */
function documentPieces(runs: ReadonlyArray<Run | string>, size: number): Piece[] {
  const bytes = (r: Run) => Buffer.concat(r.parts.map((part) => part()));
  if (size <= WHOLE) return [piece(Buffer.concat(runs.map((r) => (typeof r === 'string' ? Buffer.from(r, 'utf8') : bytes(r)))))];
  const own = new Map<string, Piece>(); // a per-file text, compressed once per file
  return runs.map((r) => {
    if (typeof r === 'string') {
      let compressed = own.get(r);
      if (!compressed) own.set(r, (compressed = piece(r)));
      return compressed;
    }
    let compressed = runCache.get(r.key);
    if (!compressed) {
      compressed = piece(bytes(r));
      if (runBytes + compressed.deflated.length > CACHE_BYTES) (runCache.clear(), (runBytes = 0));
      runCache.set(r.key, compressed);
      runBytes += compressed.deflated.length;
    }
    return compressed;
  });
}

/** docProps/core.xml of a file. */
function core(t: Template, list: readonly ReportBlank[], title: string | undefined): string {
  const first = list[0]!;
  return t.core({
    creator: first.creator,
    title: title ?? first.title,
    description: list.length === 1 ? `${first.monthLine}, ${first.schoolName}` : first.schoolName,
  });
}

/** The MIME type every DOCX download is served with. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A build-time endpoint's answer for a DOCX file. */
export function docxResponse(body: Uint8Array<ArrayBuffer>): Response {
  return fileResponse(body, DOCX_MIME);
}
