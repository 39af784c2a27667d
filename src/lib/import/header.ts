/**
 * Header pieces of Russian official documents: printed dates in every form, «№ …» numbers,
 * approval blocks («УТВЕРЖДЕН(О) приказом … от … № …», «Утверждаю: …», «Приложение № N к приказу …»)
 * and the signature under an order.
 */
import { isoDate, isRealDate } from '../dates';
import { MONTH_FORMS } from '../deadline/months';

export interface FoundDate {
  /** ISO date. */
  iso: string;
  /** The printed text that was read. */
  text: string;
  index: number;
}

const QUOTED = /«\s*(\d{1,2})\s*»\s*(\d{1,2}|[а-яё]+)\s+(\d{4})\s*(?:г(?:ода|\.)?)?/i;
const NUMERIC = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г(?:ода|\.)?)?/;
const WORDS = /\b(\d{1,2})\s+([а-яё]+)\s+(\d{4})\s*(?:г(?:ода|\.)?)?/i;

function monthOf(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  return MONTH_FORMS.get(s.toLowerCase()) ?? 0;
}

/** The first printed date in `text`: «« 08 » 08 2021 г.», ««08» августа 2021 г.», «10 августа 2017 года», «30.12.2020 г.». */
export function findDate(text: string): FoundDate | null {
  const found: FoundDate[] = [];
  for (const re of [QUOTED, NUMERIC, WORDS]) {
    const m = re.exec(text);
    if (!m) continue;
    const d = Number(m[1]);
    const mo = monthOf(m[2]!);
    const y = Number(m[3]);
    if (mo >= 1 && mo <= 12 && isRealDate(y, mo, d)) found.push({ iso: isoDate(y, mo, d), text: m[0].trim(), index: m.index });
  }
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

/** The «№ …» number in `text` («№ 147», «№ АЗ», «№147-р»), or null. */
export function findNumber(text: string): string | null {
  const m = /№\s*([0-9A-Za-zА-ЯЁа-яё][0-9A-Za-zА-ЯЁа-яё\-/.]*)/.exec(text);
  return m ? m[1]!.replace(/[.,]$/, '') : null;
}

/** An approval block as the document schema stores it. */
export interface ImportedApproval {
  heading?: string;
  authority: string;
  number?: string;
  date?: string;
  approver?: { position: string; name: string };
}

/** «Приложение № 3» (optionally «к приказу … от … № …»): the appendix number. */
export function appendixNumber(text: string): string | null {
  const m = /^приложение\s*(?:№\s*)?(\d+)/i.exec(text.trim());
  return m ? m[1]! : null;
}

const PERSON = /((?:[А-ЯЁ]\.\s?){1,2}\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s(?:[А-ЯЁ]\.\s?){1,2})/;

/** A name as signatures print it: «Н.А. Бозина», «Бозина Н.А.». */
export function isPersonName(text: string): boolean {
  return new RegExp(`^${PERSON.source}$`).test(text.trim());
}

/**
 * Reads an approval block: «УТВЕРЖДЕН приказом … от «08» 08 2021 г. № 147», «Приложение № 4 к приказу …
 * от … № 147», «УТВЕРЖДАЮ: Директор … _____ И.И. Иванов «01» 09 2021 г.». Null when `text` is not one.
 */
export function parseApproval(text: string): ImportedApproval | null {
  const s = text.replace(/\s+/g, ' ').trim();
  const approve = /^(утверждаю)\s*:?\s*(.*)$/i.exec(s);
  if (approve) {
    const rest = approve[2]!;
    const date = findDate(rest);
    const withoutDate = (date ? rest.replace(date.text, '') : rest).replace(/«\s*_*\s*»\s*_*\s*(20_*|\d{4})?\s*г?\.?/g, '').replace(/_{2,}/g, ' ').trim();
    const person = new RegExp(`${PERSON.source}\\s*$`).exec(withoutDate);
    const name = person ? person[1]!.trim() : '';
    const position = (person ? withoutDate.slice(0, person.index) : withoutDate).replace(/[\s/,]+$/, '').trim();
    return { heading: approve[1]!, authority: position || name, ...(date ? { date: date.iso } : {}), ...(name ? { approver: { position: position || '—', name } } : {}) };
  }
  const m = /^(утвержд[её]н[аоы]?|приложение\s*(?:№\s*)?\d+)\s*(.*)$/i.exec(s);
  if (!m || !/^(утвержд|приложение)/i.test(m[1]!)) return null;
  if (/^приложение/i.test(m[1]!) && !/^к\s+(приказу|постановлению|распоряжению|положению)/i.test(m[2]!)) return null;
  const rest = m[2]!;
  const date = findDate(rest);
  const number = findNumber(rest);
  const cut = [rest.search(/\sот\s*[«\d]/), date ? rest.indexOf(date.text) : -1, number ? rest.indexOf('№') : -1].filter((i) => i >= 0);
  const authority = (cut.length ? rest.slice(0, Math.min(...cut)) : rest).replace(/\s+от$/, '').trim();
  const heading = /^приложение/i.test(m[1]!) ? m[1]!.replace(/\s+/g, ' ').replace(/№(\d)/, '№ $1') : m[1]!;
  return { heading, authority: authority || rest, ...(number ? { number } : {}), ...(date ? { date: date.iso } : {}) };
}
