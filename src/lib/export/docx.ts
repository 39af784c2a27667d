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
 */
import {
  AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type ISectionOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, Zip, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';
import type { ReportBlank } from './blank';

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

/** A piece of template XML with fields: literal strings and field names, alternating. */
type Filler = (data: Fields) => string;
function filler(xml: string): Filler {
  const parts = xml.split(/⟦(\w+)⟧/);
  return (data) => {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const value = data[parts[i]!];
      if (value === undefined) throw new Error(`бланк DOCX: нет значения поля «${parts[i]}» — передайте его в данных бланка`);
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
 * One part of the package, deflated by Node's zlib (several times faster than a JavaScript
 * deflate on the 300–400 KB of a school's document.xml). fflate's `Zip` takes it through its
 * `ZipInputFile` interface, which lets the caller supply the compressed stream, and writes the
 * archive around it.
 */
class Part {
  readonly size: number;
  readonly crc: number;
  private readonly deflated: Uint8Array<ArrayBuffer>;
  constructor(readonly filename: string, content: Uint8Array, readonly mtime: number) {
    this.size = content.length;
    this.crc = crc32(content);
    this.deflated = new Uint8Array(deflateRawSync(content));
  }
  /** Adds the part to `zip` (a fresh entry each time: the template's parts go into every file). */
  addTo(zip: Zip): void {
    const entry: ZipInputFile = { filename: this.filename, size: this.size, crc: this.crc, compression: 8, mtime: this.mtime };
    zip.add(entry);
    entry.ondata!(null, this.deflated, true);
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
  /** document.xml up to the first blank, and from the end of the last blank on. */
  head: string;
  tail: string;
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
      .map(([name, content]) => new Part(name, content, mtime)),
    mtime,
    head: xml.slice(0, body),
    tail: xml.slice(final),
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
 * The blank as DOCX bytes. Several blanks (a school's months) become one document, each on its
 * own landscape pages; `title` names the whole document then.
 */
export async function blankDocx(blank: ReportBlank | ReportBlank[], title?: string): Promise<Uint8Array<ArrayBuffer>> {
  const blanks = Array.isArray(blank) ? blank : [blank];
  const first = blanks[0];
  if (!first) throw new Error('blankDocx: нет ни одного бланка — передайте хотя бы один месяц');
  // A failed template is not kept: the next call tries again.
  const t = await (template ??= makeTemplate().catch((error: unknown) => {
    template = undefined;
    throw error;
  }));
  let xml = t.head;
  blanks.forEach((b, i) => (xml += (i < blanks.length - 1 ? t.blank : t.last)(blankData(b))));
  xml += t.tail;
  const core = t.core({
    creator: first.creator,
    title: title ?? first.title,
    description: blanks.length === 1 ? `${first.monthLine}, ${first.schoolName}` : first.schoolName,
  });
  return pack([...t.parts, new Part(DOCUMENT, strToU8(xml), t.mtime), new Part(CORE, strToU8(core), t.mtime)]);
}

/** The MIME type every DOCX download is served with. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A build-time endpoint's answer for a DOCX file. */
export function docxResponse(body: ConstructorParameters<typeof Response>[0]): Response {
  return new Response(body, { headers: { 'Content-Type': DOCX_MIME } });
}
