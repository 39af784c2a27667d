/**
 * Text extracted from Word or PDF → logical blocks. Page numbers on their own lines go,
 * lines broken mid-sentence (even with a blank line between them) are joined, a clause
 * number alone on its line is joined to its text, `**`/`##` marks become flags, and tab- or
 * `|`-separated lines become table rows (a row whose first cell is empty continues the row above).
 */
import { startsClause } from '../clauses';

/** A paragraph of the source, or a table row. */
export interface Block {
  /** Text with whitespace collapsed (cells joined by tabs for table rows). */
  text: string;
  /** 1-based line in the source where the block starts. */
  line: number;
  /** The whole block was bold (`**…**`) in the source. */
  bold: boolean;
  /** Marked as a heading (`#`) in the source. */
  heading: boolean;
  /** Cells, for table rows. */
  cells?: string[];
}

interface SourceLine {
  text: string;
  line: number;
  bold: boolean;
  heading: boolean;
  /** Id of the `**…**` run the line belongs to (0 when not bold). */
  run: number;
}

const squash = (s: string) => s.replace(/[\u00a0\s]+/g, ' ').trim();

/** A bare page number: «5», «- 5 -», «— 12 —», «Страница 3». */
const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?\s*$|^\s*(?:стр\.|страница)\s*\d{1,3}\s*$/i;
/** A clause number alone on its line: «1.», «2.3.», «4.1». */
const LONE_NUMBER = /^\s*(\d{1,3}(?:\.\d{1,3})*\.?)\s*$/;
const BULLET = /^\s*[-–—·•▪●◦*]\s*(?=\S)/;
/** A block ends a sentence or a list item. */
const ENDED = /[.;:!?»"]$|[.;:!?]\)$/;
/** A block that clearly continues on the next line. */
const OPEN_END = /[,№(«\-–]$/;

function readLines(text: string): SourceLine[] {
  const raw = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const out: SourceLine[] = [];
  let inBold = false;
  let run = 0;
  raw.forEach((original, i) => {
    let s = original.replace(/\u00a0/g, ' ');
    let heading = false;
    const h = /^\s*#{1,6}\s+/.exec(s);
    if (h) {
      heading = true;
      s = s.slice(h[0].length);
    }
    // Bold runs may span lines: «**УПРАВЛЕНИЕ …» … «… ОБЛАСТИ**».
    const startsBold = /^\s*\*\*/.test(s);
    const marks = (s.match(/\*\*/g) ?? []).length;
    let bold = inBold;
    if (!inBold && startsBold) {
      run++;
      bold = true;
    }
    const wholeLineBold = bold && (inBold || startsBold) && (marks % 2 === 0 ? /\*\*\s*:?\s*$/.test(s) || inBold : true);
    if (marks % 2 === 1) inBold = !inBold;
    s = s.replace(/\*\*/g, '');
    out.push({ text: s, line: i + 1, bold: wholeLineBold, heading, run: wholeLineBold ? run : 0 });
  });
  return out;
}

const isTableLine = (s: string) => s.includes('\t') || /^\s*\|.*\|\s*$/.test(s);

function cellsOf(s: string): string[] {
  if (/^\s*\|/.test(s)) return s.trim().replace(/^\||\|$/g, '').split('|').map((c) => squash(c.replace(/\\\|/g, '|')));
  return s.split('\t').map(squash);
}

/** A clause glued after a section title on one line: «3. Организация … 3.1.Образовательные …». */
function splitGluedClause(s: string): [string, string] | null {
  const m = /^\s*(\d{1,3})\.\s+\S/.exec(s);
  if (!m) return null;
  const re = new RegExp(`\\s(${m[1]}\\.\\d{1,3}\\.?)(?=\\s*[А-ЯЁ])`);
  const g = re.exec(s);
  if (!g || g.index < m[0].length) return null;
  return [s.slice(0, g.index), s.slice(g.index + 1)];
}

/** Splits source text into blocks (see the module comment). */
export function toBlocks(text: string): Block[] {
  const lines = readLines(text);
  const blocks: Block[] = [];
  let pendingNumber: { text: string; line: number } | null = null;
  let lastBlank = true;
  let prevRun = 0;
  for (const l of lines) {
    const s = l.text;
    if (s.trim() === '') {
      lastBlank = true;
      continue;
    }
    if (isTableLine(s)) {
      const cells = cellsOf(s);
      if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) continue; // Markdown separator row
      const prev = blocks[blocks.length - 1];
      if (prev?.cells && cells[0] === '' && cells.some((c) => c !== '') && !(prev.cells.slice(1).every((c) => c === ''))) {
        // Continuation of the row above (a row broken across lines or pages).
        cells.forEach((c, i) => {
          if (!c) return;
          prev.cells![i] = prev.cells![i] ? `${prev.cells![i]} ${c}` : c;
        });
        prev.text = prev.cells.join('\t');
      } else if (cells.some((c) => c !== '')) {
        blocks.push({ text: cells.join('\t'), line: l.line, bold: l.bold, heading: false, cells });
      }
      lastBlank = false;
      continue;
    }
    // «5» alone is a page number; «5.» or «2.3» alone is a clause number whose text follows.
    if (PAGE_NUMBER.test(s)) continue;
    const lone = LONE_NUMBER.exec(s);
    if (lone) {
      pendingNumber = { text: lone[1]!, line: l.line };
      continue;
    }
    let body = squash(s);
    let line = l.line;
    if (pendingNumber) {
      body = `${pendingNumber.text} ${body}`;
      line = pendingNumber.line;
      pendingNumber = null;
    }
    const prev = blocks[blocks.length - 1];
    const starts = startsClause(body) || BULLET.test(body);
    const sameBoldRun = prev && !prev.cells && l.run !== 0 && prevRun === l.run;
    // A line in capitals («ПРИКАЗЫВАЮ:», «ПОЛОЖЕНИЕ») starts a block of its own.
    const capitals = /[А-ЯЁ]{4}/.test(body) && !/[а-яё]/.test(body);
    const lowerStart = /^[а-яёa-z(]/.test(body) || (/^\d/.test(body) && !starts);
    // Lines with blanks to fill in («за _____ месяц 20__ года») are form fields: never joined.
    const blank = (t: string) => /_{2,}/.test(t);
    const joins =
      prev && !prev.cells && !starts && !(capitals && !sameBoldRun) && !l.heading && !prev.heading && !blank(body) && !blank(prev.text) &&
      (sameBoldRun || (!ENDED.test(prev.text) && (lowerStart || OPEN_END.test(prev.text))) || (!lastBlank && !ENDED.test(prev.text) && lowerStart));
    if (joins) {
      prev.text = `${prev.text} ${body}`;
      prev.bold = prev.bold && l.bold;
    } else {
      const glued = splitGluedClause(body);
      if (glued) {
        blocks.push({ text: squash(glued[0]), line, bold: l.bold, heading: l.heading });
        blocks.push({ text: squash(glued[1]), line, bold: false, heading: false });
      } else {
        blocks.push({ text: body, line, bold: l.bold, heading: l.heading });
      }
    }
    prevRun = l.run;
    lastBlank = false;
  }
  return blocks;
}
