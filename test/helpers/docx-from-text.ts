/**
 * Builds a Word file from a seed text with the `docx` library, the way departments' files look:
 * one paragraph per line, tables from tab-separated lines, bold runs. `numbers: 'text'` keeps clause
 * numbers typed in the text; `numbers: 'auto'` takes them out of the text and numbers the paragraphs
 * with Word's automatic multi-level lists (1. / 1.1. / 1.1.1., letters а) and А., bullets), starting a
 * new list where the source skips a number, as a methodist would fix it in Word.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

type Level = { level: number; format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; start: number; alignment: (typeof AlignmentType)[keyof typeof AlignmentType] };

const CLAUSE = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=\S)/;
const LETTER_RU = /^([а-я])\)\s+/;
const LETTER_RU_UPPER = /^([А-Я])\.\s+(?=[А-ЯЁа-яё]{2})/;
const BULLET = /^[·•-]\s*/;
const RU = 'абвгдежзиклмнопрстуфхцчшщэюя';

export async function docxFromText(text: string, numbers: 'text' | 'auto'): Promise<Uint8Array> {
  const config: Array<{ reference: string; levels: Level[] }> = [];
  // Word's counting, mirrored to decide when a new list (with start values) is needed.
  let list: { ref: string; counters: Array<number | undefined>; starts: number[] } | null = null;
  const newList = (starts: number[]) => {
    const ref = `clauses-${config.length}`;
    const full = Array.from({ length: 3 }, (_, l) => starts[l] ?? 1);
    config.push({
      reference: ref,
      levels: full.map((start, l) => ({ level: l, format: LevelFormat.DECIMAL, text: Array.from({ length: l + 1 }, (_, k) => `%${k + 1}`).join('.') + '.', start, alignment: AlignmentType.LEFT })),
    });
    list = { ref, counters: [], starts: full };
    return list;
  };
  const wouldBe = (l: { counters: Array<number | undefined>; starts: number[] }, level: number) =>
    Array.from({ length: level + 1 }, (_, k) => (k === level ? (l.counters[k] === undefined ? l.starts[k]! : l.counters[k]! + 1) : (l.counters[k] ?? l.starts[k]!)));
  const advance = (l: { counters: Array<number | undefined>; starts: number[] }, level: number) => {
    l.counters[level] = l.counters[level] === undefined ? l.starts[level]! : l.counters[level]! + 1;
    for (let d = level + 1; d < 3; d++) l.counters[d] = undefined;
  };
  const letterLists: Record<string, number> = {};
  const letterList = (kind: 'lower' | 'upper', start: number) => {
    const ref = `letters-${kind}-${config.length}`;
    config.push({ reference: ref, levels: [{ level: 0, format: kind === 'lower' ? LevelFormat.RUSSIAN_LOWER : LevelFormat.RUSSIAN_UPPER, text: kind === 'lower' ? '%1)' : '%1.', start, alignment: AlignmentType.LEFT }] });
    return ref;
  };
  let letterRef: { ref: string; kind: string; next: number } | null = null;
  config.push({ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '·', start: 1, alignment: AlignmentType.LEFT }] });

  const children: Array<Paragraph | Table> = [];
  let rows: string[][] = [];
  const flushTable = () => {
    if (!rows.length) return;
    const width = Math.max(...rows.map((r) => r.length));
    children.push(new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map((r) => new TableRow({ children: Array.from({ length: width }, (_, i) => new TableCell({ children: [new Paragraph(r[i] ?? '')] })) })),
    }));
    rows = [];
  };
  let bold = false;
  for (const raw of text.replace(/\r/g, '').split('\n')) {
    if (raw.includes('\t')) {
      rows.push(raw.split('\t').map((c) => c.trim()));
      continue;
    }
    flushTable();
    let line = raw.trim();
    if (!line || /^\d{1,3}$/.test(line)) {
      children.push(new Paragraph(''));
      continue;
    }
    const starts = line.startsWith('**');
    const ends = line.endsWith('**') && line.length > 2;
    const isBold = bold || starts;
    if (starts && !(ends && line.length > 4)) bold = true;
    if (ends) bold = false;
    line = line.replace(/\*\*/g, '');
    const run = (s: string) => new TextRun({ text: s, bold: isBold, font: 'Times New Roman', size: 28 });
    const clause = numbers === 'auto' && !/^\d{1,2}\s+[а-яё]+\s+\d{4}/.test(line) ? CLAUSE.exec(line) : null;
    if (clause) {
      const parts = clause[1]!.split('.').map(Number);
      const level = parts.length - 1;
      let l = list ?? newList(parts);
      if (wouldBe(l, level).join('.') !== parts.join('.')) l = newList(parts);
      advance(l, level);
      children.push(new Paragraph({ children: [run(line.slice(clause[0].length))], numbering: { reference: l.ref, level } }));
      continue;
    }
    const lower = numbers === 'auto' ? LETTER_RU.exec(line) : null;
    const upper = numbers === 'auto' && !lower ? LETTER_RU_UPPER.exec(line) : null;
    if (lower || upper) {
      const kind = lower ? 'lower' : 'upper';
      const n = RU.indexOf((lower ?? upper)![1]!.toLowerCase()) + 1;
      if (!letterRef || letterRef.kind !== kind || letterRef.next !== n) letterRef = { ref: letterList(kind, n), kind, next: n };
      letterRef.next = n + 1;
      letterLists[letterRef.ref] = n;
      children.push(new Paragraph({ children: [run(line.slice((lower ?? upper)![0].length))], numbering: { reference: letterRef.ref, level: 0 } }));
      continue;
    }
    if (numbers === 'auto' && BULLET.test(line)) {
      children.push(new Paragraph({ children: [run(line.replace(BULLET, ''))], numbering: { reference: 'bullets', level: 0 } }));
      continue;
    }
    children.push(new Paragraph({ children: [run(line)] }));
  }
  flushTable();
  const doc = new Document({ numbering: { config }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
