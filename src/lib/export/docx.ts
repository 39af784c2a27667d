/**
 * DOCX of the monthly report blank (the format schools send), built with the `docx` package:
 * A4 landscape, the form's heading and its five-column table with the items due that month.
 */
import {
  AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import type { ReportBlank } from './blank';

const FONT = 'Times New Roman';
/** Column widths in twentieths of a point for the landscape text area (≈ 26 cm). */
const WIDTHS = [700, 4700, 2300, 3900, 3300];

function text(value: string, options: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text: value, bold: options.bold, size: options.size ?? 24, font: FONT });
}

function cell(value: string, width: number, options: { bold?: boolean; header?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [new Paragraph({ alignment: options.header ? AlignmentType.CENTER : AlignmentType.LEFT, children: [text(value, { bold: options.bold, size: 22 })] })],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** One blank as a section of a document: landscape page, heading, the table, notes and signature lines. */
function blankSection(blank: ReportBlank) {
  const header = new TableRow({ tableHeader: true, children: blank.columns.map((c, i) => cell(c, WIDTHS[i]!, { bold: true, header: true })) });
  const rows = blank.rows.map((r) => new TableRow({ cantSplit: true, children: [cell(r.number, WIDTHS[0]!), cell(r.activity, WIDTHS[1]!), cell(r.deadline, WIDTHS[2]!), cell('', WIDTHS[3]!), cell('', WIDTHS[4]!)] }));
  const empty = Array.from({ length: blank.emptyRows }, () => new TableRow({ children: WIDTHS.map((w) => cell('', w)) }));
  const table = new Table({
    width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: WIDTHS,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [header, ...rows, ...empty],
  });
  const right = (s: string) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [text(s)] });
  const center = (s: string, bold = false) => new Paragraph({ alignment: AlignmentType.CENTER, children: [text(s, { bold })] });
  return {
    properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 850, left: 1134, right: 850 } } },
    children: [
      ...blank.approvalLines.map(right),
      new Paragraph({ children: [] }),
      ...(blank.titleWord ? [center(blank.titleWord, true)] : []),
      center(blank.titleRest),
      center(blank.monthLine, true),
      center(blank.schoolName, true),
      new Paragraph({ children: [] }),
      table,
      new Paragraph({ children: [] }),
      ...blank.notes.map((n) => new Paragraph({ children: [text(n, { size: 20 })] })),
      new Paragraph({ children: [] }),
      new Paragraph({ children: [text('Руководитель ОО  ____________________ / ____________________ /')] }),
      new Paragraph({ children: [text('«____» ______________ 20____ г.')] }),
    ],
  };
}

/**
 * The blank as a `docx` Document. Several blanks (a school's months) become one document,
 * each on its own landscape pages; `title` names the whole document then.
 */
export function blankDocument(blank: ReportBlank | ReportBlank[], title?: string): Document {
  const blanks = Array.isArray(blank) ? blank : [blank];
  const first = blanks[0]!;
  return new Document({
    creator: first.creator,
    title: title ?? first.title,
    description: blanks.length === 1 ? `${first.monthLine}, ${first.schoolName}` : first.schoolName,
    styles: { default: { document: { run: { font: FONT, size: 24, language: { value: 'ru-RU' } } } } },
    sections: blanks.map(blankSection),
  });
}

/** The blank as DOCX bytes. */
export async function blankDocx(blank: ReportBlank | ReportBlank[], title?: string): Promise<Uint8Array<ArrayBuffer>> {
  return Uint8Array.from(await Packer.toBuffer(blankDocument(blank, title)));
}

/** The MIME type every DOCX download is served with. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A build-time endpoint's answer for a DOCX file. */
export function docxResponse(body: ConstructorParameters<typeof Response>[0]): Response {
  return new Response(body, { headers: { 'Content-Type': DOCX_MIME } });
}
