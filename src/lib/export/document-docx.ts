/**
 * DOCX of the site's documents, roadmaps and pairing lists, made at build time with the `docx`
 * package for the department's official site: Times New Roman 14 on A4 (landscape for wide tables),
 * the approval block as printed, headings, clauses with their exact numbers (typed, so any Word
 * shows the same numbers), tables. Reading such a file back with the importer gives the same
 * clauses and items.
 */
import {
  AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { formatDateQuoted } from '../dates';

const FONT = 'Times New Roman';
/** 14 pt in half-points. */
const SIZE = 28;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
/** A4 text width in twips: portrait 21 cm − 3 cm − 1.5 cm; landscape 29.7 cm − 2 cm − 2 cm. */
const WIDTH = { portrait: 9355, landscape: 14570 };

const run = (text: string, options: { bold?: boolean; size?: number } = {}) => new TextRun({ text, bold: options.bold ?? false, font: FONT, size: options.size ?? SIZE });
const para = (text: string, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: number; after?: number } = {}) =>
  new Paragraph({ alignment: options.align ?? AlignmentType.JUSTIFIED, spacing: { after: options.after ?? 0 }, ...(options.indent ? { indent: { left: options.indent } } : {}), children: [run(text, { bold: options.bold ?? false })] });

/** The approval block, right-hand side, as printed. */
function approvalParagraphs(lines: string[], width: number): Paragraph[] {
  return lines.length ? [...lines.map((l) => para(l, { align: AlignmentType.LEFT, indent: Math.round(width * 0.55) })), para('')] : [];
}

function cell(text: string, width: number, options: { bold?: boolean; span?: number; size?: number } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.span ? { columnSpan: options.span } : {}),
    children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [run(text, { bold: options.bold ?? false, size: options.size ?? 24 })] })],
  });
}

function table(header: string[], rows: Array<string[] | { section: string }>, widths: number[]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, widths[i]!, { bold: true })) }),
      ...rows.map((r) =>
        'section' in r
          ? new TableRow({ cantSplit: true, children: [cell(r.section, widths.reduce((a, b) => a + b, 0), { bold: true, span: widths.length })] })
          : new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i]!)) }),
      ),
    ],
  });
}

const md = new MarkdownIt({ html: false });

/** Plain text of an inline token (emphasis marks dropped, escapes resolved). */
function inlineText(token: Token | undefined): string {
  return (token?.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : '')).join('').replace(/\s+/g, ' ').trim();
}

/** A Markdown body → DOCX paragraphs and tables: headings bold and centred, clauses with their typed numbers, bullets with «–». */
export function bodyBlocks(body: string, width: number): Array<Paragraph | Table> {
  // Keep «1.» as text: Markdown would otherwise turn clauses into a renumbered list.
  const tokens = md.parse(body.replace(/^( {0,3})(\d{1,3})([.)])(?=[ \t])/gm, '$1$2\\$3'), {});
  const out: Array<Paragraph | Table> = [];
  let bullet = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'bullet_list_open') bullet++;
    else if (t.type === 'bullet_list_close') bullet--;
    else if (t.type === 'heading_open') out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, children: [run(inlineText(tokens[i + 1]), { bold: true })] }));
    else if (t.type === 'paragraph_open') {
      const inline = tokens[i + 1];
      const text = inlineText(inline);
      const bold = (inline?.children ?? []).some((c) => c.type === 'strong_open') && inline!.content.trim().startsWith('**') && inline!.content.trim().replace(/:$/, '').endsWith('**');
      out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: bullet ? 0 : 709 }, children: [run(bullet ? `– ${text}` : text, { bold })] }));
    } else if (t.type === 'table_open') {
      const rows: string[][] = [];
      let row: string[] | null = null;
      for (i++; i < tokens.length && tokens[i]!.type !== 'table_close'; i++) {
        const x = tokens[i]!;
        if (x.type === 'tr_open') row = [];
        else if (x.type === 'tr_close' && row) rows.push(row);
        else if (x.type === 'inline' && row) row.push(inlineText(x));
      }
      const cols = Math.max(...rows.map((r) => r.length));
      const w = Array.from({ length: cols }, () => Math.floor(width / cols));
      out.push(table(rows[0] ?? [], rows.slice(1), w), para(''));
    }
  }
  return out;
}

export interface DocumentExport {
  kind: string;
  title: string;
  number?: string | undefined;
  date?: string | undefined;
  issuer?: string | undefined;
  approvalLines: string[];
  signedBy?: { position: string; name: string } | undefined;
  body: string;
  creator: string;
}

async function pack(doc: Document): Promise<Uint8Array<ArrayBuffer>> {
  return Uint8Array.from(await Packer.toBuffer(doc));
}

const styles = { default: { document: { run: { font: FONT, size: SIZE, language: { value: 'ru-RU' } } } } };
const portrait = { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } };
const landscape = { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 850, left: 1134, right: 1134 } } };

/** A document (order, Положение, form) as DOCX. Wide tables (5+ columns) turn the page to landscape. */
export function documentDocx(d: DocumentExport): Promise<Uint8Array<ArrayBuffer>> {
  const wide = /^\|(?:[^|\n]*\|){5,}/m.test(d.body);
  const width = wide ? WIDTH.landscape : WIDTH.portrait;
  const head: Paragraph[] = [];
  if (d.kind === 'order') {
    if (d.issuer) head.push(para(d.issuer, { bold: true, align: AlignmentType.CENTER }), para(''));
    head.push(para('ПРИКАЗ', { bold: true, align: AlignmentType.CENTER }), para(''));
    if (d.date || d.number) head.push(para([d.date ? formatDateQuoted(d.date) : '', d.number ? `№ ${d.number}` : ''].filter(Boolean).join('                                        '), { align: AlignmentType.LEFT }), para(''));
  }
  const children = [
    ...approvalParagraphs(d.approvalLines, width),
    ...head,
    para(d.title, { bold: true, align: AlignmentType.CENTER, after: 240 }),
    ...bodyBlocks(d.body, width),
    ...(d.signedBy ? [para(''), para(d.signedBy.position, { align: AlignmentType.LEFT }), para(d.signedBy.name, { align: AlignmentType.RIGHT })] : []),
  ];
  return pack(new Document({ creator: d.creator, title: d.title, styles, sections: [{ properties: wide ? landscape : portrait, children }] }));
}

export interface RoadmapExport {
  title: string;
  approvalLines: string[];
  sections: Array<{ title: string; items: Array<{ number: string; activity: string; deadline: string; responsible: string[] }> }>;
  creator: string;
}

/** The roadmap as DOCX: landscape A4, a four-column table with section rows; deadlines verbatim. */
export function roadmapDocx(r: RoadmapExport): Promise<Uint8Array<ArrayBuffer>> {
  const widths = [800, 7000, 2870, 3900];
  const rows = r.sections.flatMap((s) => [{ section: s.title }, ...s.items.map((it) => [it.number, it.activity, it.deadline, it.responsible.join(', ')])]);
  const children = [...approvalParagraphs(r.approvalLines, WIDTH.landscape), para(r.title, { bold: true, align: AlignmentType.CENTER, after: 240 }), table(['№ пп', 'Виды работ (мероприятия)', 'Сроки реализации', 'Ответственный'], rows, widths)];
  return pack(new Document({ creator: r.creator, title: r.title, styles, sections: [{ properties: landscape, children }] }));
}

export interface PairingExport {
  title: string;
  approvalLines: string[];
  rows: Array<{ school: string; coordinator: string; partner: string; curator: string }>;
  creator: string;
}

/** The pairing list as DOCX: landscape A4, the five columns of the source. */
export function pairingDocx(p: PairingExport): Promise<Uint8Array<ArrayBuffer>> {
  const widths = [700, 3400, 3500, 3400, 3570];
  const header = ['№ п/п', 'Наименование «слабой» школы', 'Ф.И.О., занимаемая должность, ответственного исполнителя (координатора) в ШНРО', 'Наименование «сильной» школы, закрепленной', 'Ф.И.О., занимаемая должность, ответственного исполнителя (куратора) в школе-партнере'];
  const rows = p.rows.map((r, i) => [String(i + 1), r.school, r.coordinator, r.partner, r.curator]);
  const children = [...approvalParagraphs(p.approvalLines, WIDTH.landscape), para(p.title, { bold: true, align: AlignmentType.CENTER, after: 240 }), table(header, rows, widths)];
  return pack(new Document({ creator: p.creator, title: p.title, styles, sections: [{ properties: landscape, children }] }));
}
