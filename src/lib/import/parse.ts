/**
 * Blocks → parts of a package: an order and its appendices, each with its approval block,
 * title, body and tables. Appendix boundaries: «Приложение № N», an approval block after text,
 * or the end of an order's signature.
 */
import { clauseLetter, clauseNumber } from '../clauses';
import type { Block } from './blocks';
import { appendixNumber, findDate, findNumber, isPersonName, parseApproval, type ImportedApproval } from './header';
import type { ImportKind, Unplaced } from './types';

export interface Part {
  kind: ImportKind;
  /** First source line of the part. */
  line: number;
  title: string;
  titleLine: number;
  /** Appendix number as printed («Приложение № 3»), when the part prints one. */
  appendix?: string;
  approval?: ImportedApproval;
  /** Order header. */
  issuer?: string;
  number?: string;
  date?: string;
  signedBy?: { position: string; name: string };
  /** Text blocks of the body, in order (tables excluded). */
  body: Block[];
  /** Table rows, in order. */
  rows: Block[];
  unplaced: Unplaced[];
}

const isApprovalStart = (b: Block) => !b.cells && (appendixNumber(b.text) !== null || /^(утвержд[её]н[аоы]?|утверждаю)(?![а-яё])/i.test(b.text));
const isOrderMark = (b: Block) => /^приказываю\s*:?$/i.test(b.text) || /^п\s?р\s?и\s?к\s?а\s?з\s?ы\s?в\s?а\s?ю\s*:?$/i.test(b.text);

/** A signature name line, once italic facsimiles («*Н.И. Фёдорова* Н.И. Фёдорова») are dropped. */
export function signatureName(text: string): string | null {
  const plain = text.replace(/\*([^*]+)\*/g, ' ').replace(/_{2,}/g, ' ').replace(/\s+/g, ' ').trim();
  if (plain && isPersonName(plain)) return plain;
  const italic = /\*([^*]+)\*/.exec(text)?.[1]?.trim();
  return italic && isPersonName(italic) ? italic : null;
}

/** Splits the blocks of one file into parts. */
export function splitParts(blocks: Block[]): Block[][] {
  const parts: Block[][] = [];
  let cur: Block[] = [];
  let content = false;
  let ordered = false;
  let signed = false;
  const flush = () => {
    if (cur.length) parts.push(cur);
    cur = [];
    content = false;
    ordered = false;
    signed = false;
  };
  for (const b of blocks) {
    if ((content && isApprovalStart(b)) || signed) flush();
    cur.push(b);
    if (!isApprovalStart(b)) content = true;
    if (isOrderMark(b)) ordered = true;
    else if (ordered && !b.cells && signatureName(b.text)) signed = true;
  }
  flush();
  return parts;
}

const TITLE_WORDS = /^(положение|порядок|регламент|перечень|список|план|дорожная карта|отч[её]т|форма|программа|инструкция|правила)(?![а-яё])/i;

function detectKind(blocks: Block[], title: string, rows: Block[]): ImportKind {
  if (blocks.some(isOrderMark)) return 'order';
  const header = rows.find((r) => !/^\d+\.?$/.test(r.cells![0] ?? ''))?.text.toLowerCase() ?? '';
  if (/школ/.test(header) && /(куратор|координатор|партн[её]р|сильн)/.test(header)) return 'pairing';
  const numbered = rows.some((r) => /^\d+(\.\d+)*\.?$/.test(r.cells![0] ?? '') && r.cells!.slice(1).some((c) => c !== ''));
  if (/^(отч[её]т|форма)/i.test(title) || (/результат/.test(header) && !numbered)) return 'form';
  if (/срок/.test(header) && /(ответствен|исполнител)/.test(header)) return 'roadmap';
  if (/^положение/i.test(title)) return 'regulation';
  if (/^(план|дорожная карта)/i.test(title)) return 'plan';
  return 'other';
}

/** Reads one part: approval, header (orders), title, body, table rows. */
export function readPart(blocks: Block[], forced?: ImportKind): Part {
  const unplaced: Unplaced[] = [];
  let i = 0;
  let appendix: string | undefined;
  let approval: ImportedApproval | undefined;
  // Approval blocks at the top: «Приложение № 1», «УТВЕРЖДЕН приказом …», «Приложение № 4 к приказу …».
  while (i < blocks.length && isApprovalStart(blocks[i]!)) {
    const b = blocks[i]!;
    const n = appendixNumber(b.text);
    if (n) appendix = n;
    const a = parseApproval(b.text);
    if (a) approval = a;
    i++;
    // «УТВЕРЖДАЮ» continues on the next short lines: position, name, date.
    if (a && /^утверждаю/i.test(b.text)) {
      const more: string[] = [];
      while (i < blocks.length && more.length < 5) {
        const next = blocks[i]!;
        if (next.cells || next.text.length > 150 || TITLE_WORDS.test(next.text) || clauseNumber(next.text) || isApprovalStart(next)) break;
        more.push(next.text);
        i++;
        if (findDate(next.text) || /«\s*_+\s*»/.test(next.text)) break;
      }
      approval = parseApproval([b.text, ...more].join(' ')) ?? a;
    }
  }
  const rest = blocks.slice(i);
  const rows = rest.filter((b) => b.cells);
  const text = rest.filter((b) => !b.cells);
  const part: Part = { kind: 'other', line: blocks[0]?.line ?? 1, title: '', titleLine: blocks[0]?.line ?? 1, body: [], rows, unplaced, ...(appendix ? { appendix } : {}), ...(approval ? { approval } : {}) };
  const isOrder = forced ? forced === 'order' : text.some(isOrderMark);
  let t = 0;
  if (isOrder) {
    const issuer: string[] = [];
    const numbers: Array<{ value: string; line: number; text: string }> = [];
    let marked = false;
    for (; t < text.length; t++) {
      const b = text[t]!;
      if (/^приказ$/i.test(b.text) || /^п\s?р\s?и\s?к\s?а\s?з$/i.test(b.text)) {
        marked = true;
        continue;
      }
      const date = b.text.length < 80 ? findDate(b.text) : null;
      if (date && !part.date) {
        part.date = date.iso;
        const left = b.text.replace(date.text, '').replace(/^[\s,]+|[\s,]+$/g, '');
        const num = findNumber(left);
        if (num) numbers.push({ value: num, line: b.line, text: b.text });
        continue;
      }
      if (/^№/.test(b.text) && b.text.length < 40) {
        const num = findNumber(b.text);
        if (num) numbers.push({ value: num, line: b.line, text: b.text });
        continue;
      }
      if (/^(г\.|город|пос\.|п\.|с\.)\s*[А-ЯЁ]/.test(b.text) && b.text.length < 40) continue;
      if (!marked && !part.date && numbers.length === 0 && !isOrderMark(b)) {
        issuer.push(b.text);
        continue;
      }
      break;
    }
    if (issuer.length) part.issuer = issuer.join(' ');
    // Two «№» lines («№ АЗ», «№ 474»): the one with digits is the number, the other is reported.
    const chosen = numbers.find((n) => /\d/.test(n.value)) ?? numbers[0];
    if (chosen) part.number = chosen.value;
    for (const n of numbers) if (n !== chosen) unplaced.push({ line: n.line, text: n.text, reason: 'второй номер в шапке приказа; номером приказа взят «' + chosen!.value + '»' });
  }
  // Title: the next block (bold runs are already one block), unless the body starts right away.
  const first = text[t];
  if (first && !isOrderMark(first) && clauseNumber(first.text) === null) {
    part.title = first.text.replace(/\*+/g, '').replace(/:$/, '').trim();
    part.titleLine = first.line;
    t++;
  }
  let body = text.slice(t);
  if (isOrder) {
    // Signature: the last name line and the position block right above it.
    for (let k = body.length - 1; k >= 0; k--) {
      const name = signatureName(body[k]!.text);
      if (!name) continue;
      const pos = body[k - 1];
      const position = pos && !clauseNumber(pos.text) && !/^[-–·•]/.test(pos.text) && pos.text.length < 200 && !/[;.]$/.test(pos.text) ? pos.text : '';
      part.signedBy = { position: position || '—', name };
      body = [...body.slice(0, position ? k - 1 : k), ...body.slice(k + 1)];
      break;
    }
  }
  part.body = body;
  part.kind = forced ?? detectKind(blocks, part.title, rows);
  return part;
}

/** Clause numbers and letters found in body blocks (for the report and the tests). */
export function clauseMarks(body: Block[]): { numbers: string[]; letters: number; bullets: number } {
  let letters = 0;
  let bullets = 0;
  const numbers: string[] = [];
  for (const b of body) {
    const n = clauseNumber(b.text);
    if (n) numbers.push(n);
    else if (clauseLetter(b.text)) letters++;
    else if (/^[-–—·•▪●◦]/.test(b.text)) bullets++;
  }
  return { numbers, letters, bullets };
}
