/** Splits a normalised deadline into numbers, words and punctuation. */
import { classifyWord, type WordClass, type WordInfo } from './lexicon';
import { GLUED_MONTHS, MONTH_FORMS } from './months';

/** One token of a normalised deadline. */
export interface Token {
  /** 'num' digits · 'word' letters · 'punct' one other character ('-' for every dash). */
  type: 'num' | 'word' | 'punct';
  /** The token's text (normalised). */
  text: string;
  /** A number's value; for a word, the number it stands for (month 1–12, «II», «третий»); else 0. */
  n: number;
  /** Word class ('word'); 'other' for numbers and punctuation. */
  cls: WordClass;
  /** The word's lexicon entry ('word' only). */
  word: WordInfo | null;
  /** Whitespace precedes the token. */
  space: boolean;
  /** Offset in the (normalised and original) text. */
  at: number;
}

/** Connectors that a slip may write twice («С 5 по по 25 марта 2011г.», «с с 1 сентября», «до до 15 мая»): read once. */
const DOUBLED: ReadonlySet<WordClass> = new Set<WordClass>(['from', 'to', 'by', 'towards']);

/**
 * Round 90. «1. Провести вапреле 2018 года муниципальный этап …» (a city's decree on the «Президентские спортивные игры»,
 * http://arkh-gov.ru/doc/72349 — corpus-real-79; it was the whole of 2018): «в» glued to a month in the prepositional case («вапреле»,
 * «всентябре», «вмае») is «в» and the month, a slip of a text copied from a PDF that lost its space. Only the twelve prepositional
 * forms after one «в», so no word of the language is split («вначале», «вместе» are no month).
 */
const GLUED_IN: ReadonlyMap<string, string> = new Map(
  [...MONTH_FORMS.keys()].filter((f) => f.endsWith('е')).map((f) => [`в${f}`, f]),
);

/**
 * Round 106. «Остальные школьники закончат учебный год 30 мая.» (a regional news page on the end of the school year,
 * https://k1news.ru/news/obrazovanie/uroki-vo-vseh-kostromskih-shkolah-zakonchatsya-odnovremenno — corpus-real-94; it was `on` 05-30): the
 * transitive finite forms of «закончить / окончить» right before a period of study as their object — «учебный год», «четверть»,
 * «триместр», «полугодие», «семестр», «учёбу», «занятия», «обучение» — are verbs of ending like round 103's «завершат»: by that day.
 * Round 103 left these verbs out because they also mean finishing school («закончила школу в 1990 году»); with a period of study after
 * them they can only end it, so only then; not negated («… те, кто не закончил занятия с логопедом в прошлом году»: nothing ends, the
 * year stays the year, as corpus-real-56 labels it).
 */
const FINISH_VERBS: ReadonlySet<string> = new Set([
  'закончат', 'закончим', 'закончит', 'заканчивают', 'заканчиваем', 'заканчивает', 'закончили', 'закончил', 'закончила', 'закончило',
  'окончат', 'окончим', 'окончит', 'оканчивают', 'оканчиваем', 'оканчивает', 'окончили', 'окончил', 'окончила', 'окончило',
]);
const STUDY_PERIOD = /^(?:учебн|четверт|триместр|полугоди|семестр|учеб[уы]|уч[её]б[уы]|заняти|обучени)/;
const ENDING = classifyWord('завершат');

/** The verbs of `FINISH_VERBS` before a period of study read as verbs of ending (round 106). */
function finishingStudy(out: Token[]): Token[] {
  for (let k = 0; k + 1 < out.length; k++) {
    const t = out[k]!;
    if (t.type === 'word' && FINISH_VERBS.has(t.text) && out[k - 1]?.text !== 'не' && out[k + 1]!.type === 'word' && STUDY_PERIOD.test(out[k + 1]!.text)) {
      out[k] = { ...t, cls: ENDING.cls, n: ENDING.n, word: ENDING };
    }
  }
  return out;
}

/** Round 210: the word a «кв.» of a teacher's category stands for (`qualificationCategory`), of no date class. */
const QUALIFICATION = classifyWord('квалификационной');

/**
 * Round 210. «не позднее 3 месяцев до окончания кв. категории» (a slide of the 2010 order on attestation, the cell «Основание для
 * аттестации», http://myshared.ru/amp/570829 — corpus-real-193; it was `unparsed`, «не указано, какого квартала»): «кв.» right before
 * «категория» in any case or its abbreviation «кат.», and «кв.к.» / «кв. к.» (a letter «к» with its dot after it), is «квалификационная»
 * — a teacher's qualification category, not «квартал»; the offset before it is read as with the full word. «кв.» before anything else
 * («1 кв.», «IV кв. 2021», «кв. 2») stays a quarter.
 */
function qualificationCategory(out: Token[]): Token[] {
  for (let k = 0; k < out.length; k++) {
    const t = out[k]!;
    if (t.text !== 'кв' || t.type !== 'word') continue;
    const n = out[k + 1]?.text === '.' ? k + 2 : k + 1;
    const next = out[n];
    if (next === undefined || next.type !== 'word') continue;
    if (/^кат/.test(next.text) || (next.text === 'к' && out[n + 1]?.text === '.')) {
      out[k] = { ...t, cls: QUALIFICATION.cls, n: QUALIFICATION.n, word: QUALIFICATION };
    }
  }
  return out;
}

/**
 * Round 144. «18 октября 202218 окт 2022» (the date line of a Dzen page on the days of paying wages, https://dzen.ru/a/Y06mBTY432OHjgll —
 * corpus-real-132; it was `unparsed`, «непонятное число «202218»»): a page's date line that writes the date twice, in full and short, with
 * no space between the year and the second day. A run of five or six digits between two month names whose first four are a year and the
 * rest a day (1–31) is that year and that day. Only between two months, so no other number is split.
 */
function gluedYearAndDay(out: Token[]): Token[] {
  for (let k = 1; k + 1 < out.length; k++) {
    const t = out[k]!;
    if (t.type !== 'num' || (t.text.length !== 5 && t.text.length !== 6) || out[k - 1]!.cls !== 'month' || out[k + 1]!.cls !== 'month') continue;
    const year = Number(t.text.slice(0, 4));
    const day = Number(t.text.slice(4));
    if (year < GLUED_YEAR_MIN || year > GLUED_YEAR_MAX || day < 1 || day > 31 || t.text[4] === '0') continue;
    out.splice(k, 1,
      { ...t, text: t.text.slice(0, 4), n: year },
      { ...t, text: t.text.slice(4), n: day, space: true, at: t.at + 4 });
    k++;
  }
  return out;
}

const FROM = classifyWord('с');

/** A day and a month at `k` («1 сентября», «01.09», «01.09.2021») or a month's name: the index after it, else -1. */
function dayOrMonthAt(out: Token[], k: number): number {
  const t = out[k];
  if (t === undefined) return -1;
  if (t.cls === 'month') return k + 1;
  if (t.type !== 'num' || t.text.length > 2 || t.n < 1 || t.n > 31) return -1;
  if (out[k + 1]?.cls === 'month') return k + 2;
  const m = out[k + 2];
  if (out[k + 1]?.text !== '.' || m?.type !== 'num' || m.space || m.text.length > 2 || m.n < 1 || m.n > 12) return -1;
  const y = out[k + 4];
  return out[k + 3]?.text === '.' && y?.type === 'num' && !y.space && (y.text.length === 2 || y.text.length === 4) ? k + 5 : k + 3;
}

/** An act's noun in any case («приказ», «письма», «постановлением»): «от» right after one dates the act. */
const ACT_NOUN = /^(?:приказ|распоряжени|постановлени|решени|письм|протокол|указ|закон|акт|договор|соглашени|положени|уведомлени|предписани|заключени)/;

/**
 * «от» at `k` dates an act: an act's noun right before it, or a number sign before the act's number that ends right before it («№ 276
 * от 27.02.2017», «№ 03-17-1165/17-0-1 от …», «N 15-2/И/1-13164 от …»: figures, marks and one- or two-letter parts back to «№ / N / Н»).
 */
function actDateAt(out: Token[], k: number): boolean {
  if (out[k - 1]?.type === 'word' && ACT_NOUN.test(out[k - 1]!.text)) return true;
  for (let j = k - 1; j >= 0 && j >= k - 20; j--) {
    const t = out[j]!;
    if (t.text === '№' || t.text === 'n' || t.text === 'н') return j < k - 1;
    if (t.type === 'word' && t.text.length > 2) return false;
  }
  return false;
}

/**
 * Round 226. «от 1 сентября до 31 мая», «от 01.09 до 31.05», «от 1 до 15 сентября», «от сентября до мая» (a window written with «от …
 * до …», as a plan's cell or a notice writes it as often as «с … до …»): «от» before a day or a month with «до» and another day or month
 * right after it opens the window like «с» (it was a list of two days, `on`). Only so: an age «от 5 до 17 лет» and amounts «от 10 до 50
 * тыс.» have no day or month on both sides and read as before, and an act's date («приказ от 01.09.2021 до …», «№ 276 от 27.02.2017 до 1
 * сентября …», `actDateAt`) stays the act's label before its own deadline.
 */
function fromUntilWindow(out: Token[]): Token[] {
  for (let k = 0; k + 3 < out.length; k++) {
    const t = out[k]!;
    if (t.text !== 'от' || t.type !== 'word' || actDateAt(out, k)) continue;
    const day = out[k + 1]!;
    // «от 1 до 15 сентября»: a bare day before «до», the month after the second day
    const bare = day.type === 'num' && out[k + 2]?.text === 'до';
    if (bare && (day.text.length > 2 || day.n < 1 || day.n > 31 || out[k + 4]?.cls !== 'month')) continue;
    const first = bare ? k + 2 : dayOrMonthAt(out, k + 1);
    if (first < 0 || out[first]?.text !== 'до' || dayOrMonthAt(out, first + 1) < 0) continue;
    out[k] = { ...t, text: 'с', cls: FROM.cls, n: FROM.n, word: FROM };
  }
  return out;
}

/** Opening and closing verbs, every tense, number and gender, the short participles and the infinitives. */
const OPENING_VERB = /^(?:открыва(?:ет|ют|ть|л[аои]?)(?:ся|сь)?|откро(?:ет|ют)(?:ся)?|открыл(?:ся|ась|ось|ись)|открыть(?:ся)?|открыт[аоы]?)$/;
const CLOSING_VERB = /^(?:закрыва(?:ет|ют|ть|л[аои]?)(?:ся|сь)?|закро(?:ет|ют)(?:ся)?|закрыл(?:ся|ась|ось|ись)|закрыть(?:ся)?|закрыт[аоы]?)$/;
const STARTING = classifyWord('начинается');
/** How far after an opening verb its verb of ending may stand, in tokens. */
const OPENED_ENDED_TOKENS = 30;

/** A day or a month right after `k`, or after one preposition there («в июле», «к 1 июля», «до 20 июля»). */
function dayAfter(out: Token[], k: number): boolean {
  if (dayOrMonthAt(out, k) >= 0) return true;
  const t = out[k];
  return t !== undefined && (t.text === 'в' || t.text === 'к' || t.text === 'до') && dayOrMonthAt(out, k + 1) >= 0;
}

/** The sentence ends at `k`: «;», or a full stop before a space or the text's end (not the dot inside «01.09.2021»). */
function sentenceEndsAt(out: Token[], k: number): boolean {
  const t = out[k]!;
  return t.text === ';' || (t.text === '.' && (out[k + 1] === undefined || out[k + 1]!.space));
}

/** A day or a month from `k` to the sentence's end or `last` («завершится прием заявлений от родителей 30 июня»). */
function dayInSentence(out: Token[], k: number, last: number): boolean {
  for (let m = k; m < out.length && m <= last; m++) {
    const t = out[m]!;
    if (sentenceEndsAt(out, m)) return false;
    if (dayOrMonthAt(out, m) >= 0) return true;
  }
  return false;
}

/** A day or a month ends right before `k` («20 июня», «01.09.2021», «июня 2021 г.»). */
function dayBefore(out: Token[], k: number): boolean {
  let j = k - 1;
  if (out[j]?.text === '.' && out[j - 1]?.type === 'word') j--; // «2021 г.»
  if (out[j]?.type === 'word' && /^(?:г|года?)$/.test(out[j]!.text)) j--;
  if (out[j]?.type === 'num' && out[j]!.text.length === 4 && (out[j - 1]?.cls === 'month' || out[j - 1]?.text === '.')) j--;
  const t = out[j];
  return t !== undefined && (t.cls === 'month' || (t.type === 'num' && out[j - 1]?.text === '.'));
}

/**
 * Round 248. «Госдума утвердила сегодня распорядок работы депутатов на весенней сессии палаты парламента, которая открывается 12 января и
 * завершится 19 июня 2004 года.» (corpus-real-218, left on `KNOWN_MISSES` by round 241; it was `on`, two days): an opening verb
 * («открывается», «откроется», «открылся», «будет открыт» …) with its day, followed in the same sentence by a verb of ending or a closing
 * verb («завершится», «заканчивается», «закроется», «закрывается» …) with its own day (after it, whatever stands between, or right before it), names the two ends of one window, as «начинается
 * 12 января и завершится 19 июня» does: the opening verb reads as a verb of starting and the closing one as a verb of ending. Alone an
 * opening verb still names the day of the opening (`on`, «Регистрация откроется 1 марта»), and a closing verb alone the day of the
 * closing («22 июня закрывается на косметический ремонт детский сад …»). The sentence ends at «;» or at a full stop before a space.
 */
function openedThenEnded(out: Token[]): Token[] {
  for (let k = 0; k < out.length; k++) {
    const t = out[k]!;
    if (t.type !== 'word' || !OPENING_VERB.test(t.text) || !(dayAfter(out, k + 1) || dayBefore(out, k))) continue;
    for (let j = k + 1; j < out.length && j <= k + OPENED_ENDED_TOKENS; j++) {
      const e = out[j]!;
      if (sentenceEndsAt(out, j)) break;
      if (e.type !== 'word' || !((e.cls === 'to' && e.text !== 'по') || CLOSING_VERB.test(e.text))) continue;
      if (!(dayBefore(out, j) || dayInSentence(out, j + 1, k + OPENED_ENDED_TOKENS))) break;
      out[k] = { ...t, cls: STARTING.cls, n: STARTING.n, word: STARTING };
      if (e.cls !== 'to') out[j] = { ...e, cls: ENDING.cls, n: ENDING.n, word: ENDING };
      k = j;
      break;
    }
  }
  return out;
}

/** The years a glued date line may carry (`MIN_YEAR` and `MAX_YEAR` of `scan/years.ts`). */
const GLUED_YEAR_MIN = 1900;
const GLUED_YEAR_MAX = 2199;

/** What `\s` matches (the normalised text keeps only a plain space of them, but a few are not normalised). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A letter of a word: a–z, а–я. */
export function isLetter(c: number): boolean {
  return (c >= 0x430 && c <= 0x44f) || (c >= 97 && c <= 122);
}

/**
 * Tokens of a normalised deadline, in order: a run of digits, a run of letters (a–z, а–я), or one other character that is not a
 * space. Read character by character (a third of the time of a regular expression with three groups, which made a match array
 * for each token).
 */
export function tokenize(norm: string): Token[] {
  const out: Token[] = [];
  const length = norm.length;
  let prevEnd = 0;
  let i = 0;
  while (i < length) {
    const c = norm.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const at = i;
    const space = at > prevEnd;
    if (c >= 48 && c <= 57) {
      let n = c - 48;
      for (i++; i < length; i++) {
        const d = norm.charCodeAt(i);
        if (d < 48 || d > 57) break;
        n = n * 10 + (d - 48);
      }
      out.push({ type: 'num', text: norm.slice(at, i), n: i - at > 9 ? Number.MAX_SAFE_INTEGER : n, cls: 'other', word: null, space, at });
    } else if (isLetter(c)) {
      do i++;
      while (i < length && isLetter(norm.charCodeAt(i)));
      const text = norm.slice(at, i);
      const glued = c === 0x432 && i - at >= 4 ? GLUED_IN.get(text) : undefined; // «в» and a month in the prepositional: «вмае» and longer
      if (glued !== undefined) {
        const prep = classifyWord('в');
        const month = classifyWord(glued);
        out.push({ type: 'word', text: 'в', n: prep.n, cls: prep.cls, word: prep, space, at });
        out.push({ type: 'word', text: glued, n: month.n, cls: month.cls, word: month, space: true, at: at + 1 });
        prevEnd = i;
        continue;
      }
      // round 217: two month names glued («сентябрьоктябрь»): the two months with the dash the page lost between them
      const pair = i - at >= 6 ? GLUED_MONTHS.get(text) : undefined;
      if (pair !== undefined) {
        const first = classifyWord(pair[0]);
        const second = classifyWord(pair[1]);
        const cut = at + pair[0].length;
        out.push({ type: 'word', text: pair[0], n: first.n, cls: first.cls, word: first, space, at });
        out.push({ type: 'punct', text: '-', n: 0, cls: 'other', word: null, space: false, at: cut });
        out.push({ type: 'word', text: pair[1], n: second.n, cls: second.cls, word: second, space: false, at: cut });
        prevEnd = i;
        continue;
      }
      const word = classifyWord(text);
      prevEnd = i;
      const prev = out.at(-1);
      if (prev !== undefined && prev.text === text && DOUBLED.has(word.cls)) continue;
      out.push({ type: 'word', text, n: word.n, cls: word.cls, word, space, at });
    } else {
      i++;
      out.push({ type: 'punct', text: norm[at]!, n: 0, cls: 'other', word: null, space, at });
    }
    prevEnd = i;
  }
  const read = fromUntilWindow(qualificationCategory(finishingStudy(gluedYearAndDay(out))));
  return norm.includes('откр') ? openedThenEnded(read) : read;
}
