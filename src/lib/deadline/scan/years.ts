/** Years: «2021», «2021 г.», «21 г.», «2021-2022 уч. года», «2021 - 2023 годы». */
import type { Cursor } from './cursor';
import type { Token } from '../tokens';
import { atom } from './types';
import { windowOfDaysBefore } from './words';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/**
 * Round 260. The year a two-figure year writes: «21» is 2021, «98» 1998 — from 70 on, the last century's, as an act's date «от 24.07.98
 * № 124-ФЗ» or «в 1998-99 учебном году» writes it (it was 2098). One rule for every two-figure year the scanner reads.
 */
export function fullYear(twoFigures: number): number {
  return twoFigures >= 70 ? 1900 + twoFigures : 2000 + twoFigures;
}

/** A year found after a month, a quarter, or alone. */
export interface YearInfo {
  year: number;
  /** Last year of a pair («2021-2022»); equals `year` otherwise. */
  year2: number;
  pair: boolean;
  /** «уч.», «учебного» followed the year. */
  school: boolean;
  /** «гг.», «годы» followed the year. */
  plural: boolean;
  /** Index after the year and its words. */
  next: number;
}

/**
 * Skips «г.», «года», «гг.», «уч.», «учебного» after a year; reports what it saw. «г.г.» and «г. г.» (the plural abbreviation
 * written with two dots) are «гг.»; a second «г.» followed by a word is «город» («2025 г. г. Пермь») and changes nothing.
 */
export function skipYearWords(c: Cursor, j: number, seen: { school: boolean; plural: boolean }): number {
  let singles = 0;
  for (;;) {
    if (c.isCls(j, 'year')) {
      if (c.toks[j]!.word!.plural) seen.plural = true;
      else if (++singles === 2 && c.toks[j + 2]?.type !== 'word') seen.plural = true;
      j++;
    } else if (c.isCls(j, 'school')) {
      seen.school = true;
      j++;
    } else if (c.isPunct(j, '.') || (c.isPunct(j, '/') && c.isCls(j + 1, 'year'))) {
      j++;
    } else return j;
  }
}

/**
 * Round 92. «23 декабря 20222 года на базе ГАУ ДПО «ВГАПО» проводилось итоговое совещание по работе со школами с низкими
 * образовательными результатами в 2022 году.» (a regional education committee's news, http://kom-obr.ru/2022/12/29/… — corpus-real-81;
 * it was `unparsed`, «непонятное число «20222»»): five figures in a year's place — right after a month, right before «года / году / г.»
 * — are a year typed with one figure too many, read as the year when that reading is the only one: of the numbers left by dropping
 * any one figure, exactly one is a year the scanner reads (`MIN_YEAR`–`MAX_YEAR`). «20222» → 2022 (0222 and 2222 are no years),
 * «20211» stays unread (2011 or 2021?), so do «20021» (2001, 2002 or 2021) and five figures anywhere else. Returns the year, or -1.
 */
export function typoYear(digits: string): number {
  let found = -1;
  for (let k = 0; k < digits.length; k++) {
    const rest = digits.slice(0, k) + digits.slice(k + 1);
    const y = Number(rest);
    if (rest[0] === '0' || y < MIN_YEAR || y > MAX_YEAR || y === found) continue;
    if (found >= 0) return -1;
    found = y;
  }
  return found;
}

/**
 * Round 201. «2022-2022 учебный год» (a school's table of its council of pupils' members by school year, the row after «2021-2022
 * учебный год», https://324school.spb.ru/index.php/svedeniya-ob-oo/struktura-i-organy-upravleniya/24-sovet-starsheklassnikov —
 * corpus-real-185; it was the calendar year 2022): one four-digit year written twice across «-» or «/», right before a school-year
 * word («учебный год», «уч. г.»), is the school year its first year names, 1 September of it to 31 August of the next — a school
 * year is named by the year it starts in, and a pair of the same year is no window of years. Not before «гг.» / «годы» nor alone
 * («2022-2022», «2022-2022 гг.» read as before). `after` is the index after the second year.
 */
function sameYearSchoolYear(c: Cursor, after: number, year: number, y2: number, digits: number): boolean {
  return digits === 4 && y2 === year && c.isCls(after, 'school');
}

/** Round 214. The marks of a year written short after a month's name: «’22», «'22», «‘22». */
export const SHORT_YEAR_MARK = /^['’‘]$/;

/**
 * Round 214. «17 Августа’22» (a Belarusian district paper's date line under its news of the yearly check of school buses,
 * https://svisgaz.by/news/edu/proveden-ezhegodnyy-osmotr-tekhnicheskogo-sostoyaniya-shkolnykh-avtobusov-pered-nachalom-novogo-uche.html
 * — corpus-real-196; it was `unparsed`, «непонятное число «22»»): an apostrophe glued between a month's name and two figures stands
 * for the century, so the figures are the year («’22» is 2022), as «22 г.» is. Only right after a month's name and with no figure
 * after the two (a clock «’22:10» or a longer number is not a year). True when the two figures at `j` are such a year.
 */
export function shortYearMark(c: Cursor, j: number): boolean {
  const mark = c.toks[j - 1];
  if (mark?.type !== 'punct' || !SHORT_YEAR_MARK.test(mark.text) || !c.isCls(c.isPunct(j - 2, '.') ? j - 3 : j - 2, 'month')) return false;
  return !(c.isPunct(j + 1, ':') || c.isPunct(j + 1, '.')) || !c.isNum(j + 2);
}

/** The year at `j`, with a second year of a pair when `allowPair`; null when there is none. */
export function yearAt(c: Cursor, j: number, allowPair: boolean): YearInfo | null {
  const t = c.toks[j];
  if (!t || t.type !== 'num') return null;
  let year: number;
  let next = j + 1;
  if (t.text.length === 4) {
    year = t.n;
    if (year < MIN_YEAR || year > MAX_YEAR) return null;
  } else if (t.text.length === 2 && (c.isCls(j + 1, 'year') || c.isCls(j + 1, 'school'))) {
    year = fullYear(t.n);
  } else if (t.text.length === 2 && shortYearMark(c, j)) {
    year = fullYear(t.n); // round 214: «17 Августа’22»
  } else if (t.text.length === 2 && allowPair && shortPair(c, j)) {
    year = fullYear(t.n); // round 164: «22-23гг», «21-22 учебный год»
  } else if (t.text.length === 5 && c.isCls(j - 1, 'month') && c.isCls(j + 1, 'year')) {
    year = typoYear(t.text); // round 92: «23 декабря 20222 года»
    if (year < 0) return null;
  } else return null;
  let year2 = year;
  let pair = false;
  const u = c.toks[next + 1];
  if (allowPair && (c.isPunct(next, '-') || c.isPunct(next, '/')) && u && u.type === 'num') {
    const after = next + 2;
    const dateFollows = c.isCls(after, 'month') || (c.isPunct(after, '.') && c.isNum(after + 1, 4));
    const y2 = u.text.length === 4 ? u.n : u.text.length === 2 ? Math.floor(year / 100) * 100 + u.n : -1;
    const sameSchool = sameYearSchoolYear(c, after, year, y2, u.text.length);
    if (!dateFollows && ((u.text.length === 4 && y2 > year && y2 - year <= 10) || (u.text.length === 2 && y2 === year + 1) || shortLastOfYears(c, after, year, y2) || sameSchool)) {
      year2 = sameSchool ? year + 1 : y2;
      pair = true;
      next = after;
    }
  }
  if (allowPair && !pair) {
    const spaced = spacedPairEnd(c, next, year);
    if (spaced !== null) return spaced;
  }
  const seen = { school: false, plural: false };
  next = skipYearWords(c, next, seen);
  return { year, year2, pair, school: seen.school, plural: seen.plural, next };
}

/**
 * Round 194. «О проведении в 2020-22 годах эксперимента по внедрению целевой модели цифровой образовательной среды» (a heading of the
 * government's decree on the experiment with the digital educational environment, https://d61.ru/proekt-cifrovaya-obrazovatelnaya-sreda.html
 * — corpus-real-179; it was `unparsed`, «непонятное число «22»»): a four-digit year, a dash or slash and a two-digit last year further
 * on than the next one, right before a plural year word («годах», «годы», «гг.»), are the calendar years from the first to that one of
 * the same century, as «2020-2022 годах» is read: «в 2020-22 годах», «на 2021-23 годы», «2019-24 гг.». Two-digit years after a month
 * or before a singular «года» read as before (the next year only, round 164's `shortPair`), and so does a later year that is not after
 * the first or more than ten years after it. `after` is the token after the two-digit year.
 */
function shortLastOfYears(c: Cursor, after: number, year: number, y2: number): boolean {
  if (y2 <= year + 1 || y2 - year > 10 || !c.isCls(after, 'year')) return false;
  const seen = { school: false, plural: false };
  skipYearWords(c, after, seen);
  return seen.plural && !seen.school;
}

/**
 * Round 164. «положение о самообслед. 22-23гг» (a kindergarten's file name, https://dag-lastochka.tvoysadik.ru/file/card?id=2194 —
 * corpus-real-153; it was `unparsed`, «непонятное число «22»»): two two-digit numbers joined by «-» or «/», the second the next one,
 * right before «гг.» («г.г.») or a school-year word («22-23гг», «21-22 учебный год», «в 21/22 уч. году») are a pair of years of this century
 * written short, as «2022-23 гг.» is read. Not before a singular «года» («21-22 года» may be an age) nor before any other word. The
 * first number at `j`.
 */
export function shortPair(c: Cursor, j: number): boolean {
  if (!(c.isPunct(j + 1, '-') || c.isPunct(j + 1, '/')) || !c.isNum(j + 2, 2) || c.toks[j + 2]!.n !== c.toks[j]!.n + 1) return false;
  if (!c.isCls(j + 3, 'school') && !c.isCls(j + 3, 'year')) return false;
  const seen = { school: false, plural: false };
  skipYearWords(c, j + 3, seen); // «гг.», «г.г.», «учебный год», «уч. году»
  return seen.school || seen.plural;
}

/**
 * Round 50. «В 2015 2016 учебном году 7 педагогов успешно прошли аттестацию …», «… воспитательная работа на 2016 2017 учебный год …»
 * (a report on upbringing work, copied in a public gist, https://gist.github.com/anonymous/65cbbcd95e7098ea14145df145630b99 —
 * corpus-real-45): two four-digit years with only a space between them, then a school-year word, are a school year whose dash was
 * lost (the second year the next one), like round 30's glued «20242026»; with «гг.» / «годы» after them, a pair of years at most ten
 * apart. They were read as the calendar years 2015–2016. With no such word («в 2015 2016 году», «2015 2016») nothing changes.
 * `j` is the token after the first year; returns the pair with its words, or null.
 */
function spacedPairEnd(c: Cursor, j: number, year: number): YearInfo | null {
  const u = c.toks[j];
  if (!u || u.type !== 'num' || u.text.length !== 4 || !u.space) return null;
  const year2 = u.n;
  if (year2 <= year || year2 - year > 10 || year2 > MAX_YEAR) return null;
  const seen = { school: false, plural: false };
  const next = skipYearWords(c, j + 1, seen);
  if (seen.school ? year2 !== year + 1 : !seen.plural) return null;
  return { year, year2, pair: true, school: seen.school, plural: seen.plural, next };
}

/**
 * Round 30. «Паспорт программы развития … на 20242026 гг.»: eight digits that are two years (the second later, at most ten years on)
 * with «гг.», «годы» or «учебный год» right after them are a pair of years whose dash was lost, read as «2024-2026 гг.». Returns the
 * index after the pair and its words, or -1 (then the number stays unread).
 */
export function gluedYears(c: Cursor, i: number): number {
  const t = c.toks[i]!;
  if (t.type !== 'num' || t.text.length !== 8) return -1;
  const year = Number(t.text.slice(0, 4));
  const year2 = Number(t.text.slice(4));
  if (year < MIN_YEAR || year2 > MAX_YEAR || year2 <= year || year2 - year > 10) return -1;
  const seen = { school: false, plural: false };
  const next = skipYearWords(c, i + 1, seen);
  if (!seen.plural && !seen.school) return -1; // «20242026» alone, «20242026 года»: a code or a count, not a pair
  const school = seen.school || (!seen.plural && year2 === year + 1);
  c.push(school ? atom('schoolYear', year, { schoolWord: seen.school }) : atom('years', year, { year2 }));
  return next;
}

/** Nouns of a document that covers a period: «план», «программа», «дорожная карта», «стратегия», «концепция», «проект»; round 79:
 *  «перечень» (of measures, «перечня федеральных мероприятий … на 2022-2027 годы»); round 241: «бюджет» (the year a budget is made
 *  for, after the day or month it is passed: «29 ноября депутаты примут бюджет Тюменской области на 2025 год и плановый период 2026 и
 *  2027 годов.», https://vsluh.ru/novosti/politika/stala-izvestna-data-ocherednogo-poslaniya-gubernatora-tyumenskoy-oblasti-aleksandra-moora-o-polozhen_411510,
 *  and «Главное в декабре – рассмотрение и принятие городского бюджета на 2022 год.», https://ural-news.net/other/2021/08/06/273696.html
 *  — corpus-real-218; they were the range to 2027-12-31 and the year 2022's December). */
const PLAN_NOUN = /^(?:план|программ|карт[аеуы]|стратеги|концепци|проект|перечн|перечен|бюджет)/;
/** Round 241: the budget's stem of `PLAN_NOUN`, a plan's noun only after the dates. */
const BUDGET_NOUN = /^бюджет/;
/**
 * Round 169. «задачи» — the tasks set for a year beside the results of the last one — after a day only (`c.dated`): «… 4 марта
 * проведет расширенное заседание коллегии об итогах работы регионального ведомства образования за 2020 год задачи на 2021 год.» (a
 * regional ministry's notice, https://minobr.75.ru/novosti/212094 — corpus-real-157; it was `range`
 * 2020-01-01..2021-12-31): the day is the meeting's, the years what it sums up and sets. Without a day («Итоги работы … в 2020 году и задачи на
 * 2021 год») the years stay the window, as corpus-real-157 labels its heading.
 */
const TASKS_NOUN = /^задач/;

/**
 * Round 228. «муниципальное задание на 2023 и плановый период на 2024-2025 годов» (a village school's page of its documents,
 * https://korobinskay.jimdofree.com/документы/ — corpus-real-207; it was the year 2023 alone): «плановый» — the adjective of the
 * planning period that follows the budget's year — is no noun of a plan (`PLAN_NOUN` matches its stem), so the years after «период
 * на» are the planning period's, read with the year before them (2023–2025) as «… и плановый период 2024-2025 годов» already was
 * (the README's «на 2026 год и плановый период 2027 и 2028 годов» is 2026–2028). Only before «период» in any case; «планов» (the
 * noun's genitive plural: «планов мероприятий на 2022 год») and a plan's noun further back read as before.
 */
const PLAN_ADJECTIVE = /^планов(?:ый|ого|ому|ым|ом|ая|ой|ую|ое|ые|ых|ыми)$/;

/** Round 241: whether the last atom read is the year `year` (read as a window, not a label). */
function lastYearIs(c: Cursor, year: number): boolean {
  const last = c.items.findLast((it) => it.kind === 'atom');
  return last !== undefined && last.kind === 'atom' && (last.type === 'year' || last.type === 'years') && last.year === year;
}

/** Round 228: the planning period's years are a plan's period when the budget year before «и плановый период» was read as one (a
 *  label, so the last atom is not that year: «… план мероприятий на 2021 год и плановый период на 2022-2023 годы» after a date stays
 *  a label); when that year was read as a window («муниципальное задание на 2023 и …»), or no year stands there, they are no plan's. */
function planYearBefore(c: Cursor, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const t = c.toks[j]!;
    if (t.type !== 'num') continue;
    if (t.text.length !== 4) return false;
    const last = c.items.findLast((it) => it.kind === 'atom');
    return !(last !== undefined && last.kind === 'atom' && (last.type === 'year' || last.type === 'years') && last.year === t.n);
  }
  return false;
}

/**
 * Round 271. «1. Назначить публичные слушания по проекту городского бюджета на 2021 год и плановый период 2022 и 2023 годов на 27 ноября
 * 2020 года в 13.30 час. …» (a mayor's decree on a budget hearing, https://cherinfo.ru/glavanpa/111270-postanovlenie-glavy-goroda-cerepovca-ot-12112020-no-66-o-naznacenii-publicnyh-slusanij-po-proektu-gorodskogo-budzeta-na-2021-god
 * — corpus-real-234; it was the range 2020-11-27..2023-12-31): before the dates, the planning period's years after a budget year that
 * is the only atom so far are that budget's years when a day with its month and year follows in the sentence — the years written
 * first are no window of their own, as «… на 2021-2023 годы на 27 ноября 2020 года» and «… на 2021 год на 27 ноября 2020 года» already
 * read (`leadingYear`). Without such a day «на 2026 год и плановый период 2027 и 2028 годов» stays 2026–2028.
 */
function leadingPlanYears(c: Cursor, i: number): boolean {
  return c.atoms <= 1 && !c.dated && datedDayAfter(c, i);
}

/** «на новый 2025 год», «на текущий 2022 год», «на следующий 2023 год», «на очередной …», «на предстоящий …». */
const YEAR_ADJECTIVE = /^(?:нов|текущ|следующ|очередн|предстоящ)(?:ый|ий|ой)$/;

/**
 * «до 01.06.2002 разработать и утвердить план мероприятий по развитию … на 2002-2004 гг.»: after a date, the years after «на» that
 * follow a noun of a plan (up to seven words before «на», no number between) are the period the plan covers — a label, not a window.
 * Alone («План работы на 2021-2022 учебный год») or before the dates the years are read as before.
 */
function planPeriod(c: Cursor, i: number): boolean {
  // round 24: «… с планом работы по профилактике экстремизма и терроризма на новый 2025 год»: an adjective of the year may stand
  // between «на» and the year
  const at = c.toks[i - 1]?.type === 'word' && YEAR_ADJECTIVE.test(c.toks[i - 1]!.text) ? i - 1 : i;
  const prep = c.toks[at - 1]?.text;
  let from = at - 1; // the preposition before the years
  if (c.atoms === 0) {
    // round 79: before the dates too, when a day with its month and year is written later in the sentence: «… перечня … на 2022-2027
    // годы, утвержденный приказом … от 22.03.2022 № 226, … с 01 октября по 10 декабря 2022 года проводится …», «… плана мероприятий
    // по реализации в 2022-2025 годах Стратегии … на период до 2025 года, … в период с 1 по 15 мая 2024 года …»
    if (!datedDayAfter(c, i)) return false;
    if (periodUntil(c, at)) from = at - 3;
    else if (prep === 'период' && PLAN_ADJECTIVE.test(c.toks[at - 2]?.text ?? '')) return planYearBefore(c, at - 2); // round 271 (`leadingPlanYears`)
    else if (prep !== 'на' && prep !== 'в' && prep !== 'во') return false;
  } else if (c.dated && periodUntil(c, at)) from = at - 3;
  // round 241: after a day, «… на 2025 год и плановый период 2026 и 2027 годов» (and «… 2026-2027 годов») with no «на» before the
  // planning years is the same label as «… и плановый период на 2026-2027 годы»: «период» or «период <год> и» before the year
  else if (prep === 'период' && PLAN_ADJECTIVE.test(c.toks[at - 2]?.text ?? '')) return planYearBefore(c, at - 2) || leadingPlanYears(c, i); // round 241, 271
  else if (prep === 'и' && c.toks[at - 2]?.type === 'num' && c.toks[at - 3]?.text === 'период' && PLAN_ADJECTIVE.test(c.toks[at - 4]?.text ?? '')) return !lastYearIs(c, c.toks[at - 2]!.n) && (planYearBefore(c, at - 4) || leadingPlanYears(c, i)); // round 241, 271
  else if (prep !== 'на') return false;
  // round 25: «… в соответствии с Планом мероприятий, направленных на формирование …, расположенных на территории …, на 2022/2023
  // учебный год»: after a comma the plan's noun may stand before the participial phrases that describe it, within the sentence
  // round 79: before the dates the dated day later already ties the years to the sentence, so the plan's noun may stand before its
  // participial phrases with or without a comma right before the years («перечня федеральных мероприятий, направленных на …,
  // производство … и оборот информационной продукции на 2022-2027 годы»)
  const reach = c.isPunct(from - 1, ',') || c.atoms === 0 ? 40 : 9;
  for (let k = from - 1; k >= 0 && k >= from - reach + 1; k--) {
    const t = c.toks[k]!;
    if (t.type === 'num') return false;
    if (reach > 9 && (c.isPunct(k, '.') || c.isPunct(k, ';'))) return false;
    if (t.type === 'word' && PLAN_ADJECTIVE.test(t.text) && c.toks[k + 1]?.text.startsWith('период')) return planYearBefore(c, k); // round 228
    // round 241: a budget's noun only after the dates (before them round 178's «О бюджете на 2021 год (с изменениями на …)» keeps its year)
    if (t.type === 'word' && ((PLAN_NOUN.test(t.text) && (c.atoms > 0 || !BUDGET_NOUN.test(t.text))) || (c.dated && TASKS_NOUN.test(t.text)))) return true;
  }
  return false;
}

/**
 * Round 221. «на период до <год>» — the horizon a plan, a strategy or a programme is made for — read as a plan's period after its
 * dates too, not only before them (round 79): «29 марта 2021 г. Губернатором Иркутской области был утверждён план основных мероприятий,
 * проводимых в рамках Десятилетия детства в Иркутской области, на период до 2027 года.» (a regional education institute's news,
 * https://uiedu.ru/2021/04/20/… — corpus-real-201; it was the range from 2021-03-29 to 2026-12-31) is on the day of approval, as «… план
 * … на 2021-2027 годы» after the day already was. Only after a day (`c.dated`): after a plan's years alone round 79's pin stands, «…
 * план мероприятий по реализации в 2013-2015 годах Стратегии … на период до 2025 года.» reading to 2024-12-31 as corpus-real-199
 * labels it. `at` is the year (or the adjective before it).
 */
function periodUntil(c: Cursor, at: number): boolean {
  return c.toks[at - 1]?.text === 'до' && c.toks[at - 2]?.text === 'период' && c.toks[at - 3]?.text === 'на';
}

/** Round 79. How far after a plan's years a dated day may stand, in tokens (within one long sentence of an order or a news item). */
const DATED_DAY_REACH = 90;

/**
 * Round 79. Whether a day with its month and its year written («10 декабря 2022 года», «30.10.2018») stands after `i`, within
 * `DATED_DAY_REACH` tokens and before a «;»; a document's date after «от» does not count. The days are found once per text and kept,
 * so a long cell of plans' years does not read its rest again at each one.
 */
function datedDayAfter(c: Cursor, i: number): boolean {
  const days = datedDays(c);
  // the first day after `i`, by halves: a long cell of plans' years and days asks at each year
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  const d = days[lo];
  if (d === undefined || d - i > DATED_DAY_REACH) return false;
  for (let k = i + 1; k < d; k++) if (c.isPunct(k, ';')) return false;
  return true;
}

function datedDays(c: Cursor): readonly number[] {
  let days = DATED_DAYS.get(c.toks);
  if (days === undefined) {
    days = [];
    const t = c.toks;
    for (let k = 0; k + 2 < t.length; k++) {
      if (t[k]!.type !== 'num' || t[k]!.text.length > 2 || t[k - 1]?.text === 'от') continue;
      if (c.isCls(k + 1, 'month') && year4(t[k + 2])) days.push(k);
      else if (c.isPunct(k + 1, '.') && c.isNum(k + 2) && c.isPunct(k + 3, '.') && year4(t[k + 4])) days.push(k);
    }
    DATED_DAYS.set(c.toks, days);
  }
  return days;
}

const DATED_DAYS = new WeakMap<readonly Token[], number[]>();

function year4(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'num' && t.text.length === 4;
}

/** Round 79. Participles of a document's act: «подписанным», «принятого», «утвержденной», «изданным», «опубликованного». */
const ACT_PARTICIPLE = /^(?:подписанн|принят|утвержденн|утверждённ|изданн|опубликованн)[а-я]*$/;

/**
 * Round 79. «… этот праздник традиционно отмечают во вторую субботу последнего летнего месяца в соответствии с Указом «О праздничных и
 * памятных днях», подписанным в 1980 году.» (a school's news of a family relay on the Day of the sportsman,
 * https://kkulikeev-yaltch.edu21.cap.ru/news/2024/08/10/boljshaya-semejnaya-estafeta-v-denj-fizkuljturnika/?id=96576dee-9cd9-4e13-9f10-3e1b77a78da2
 * — corpus-real-68): a year after «в» that follows a participle of a document's act («подписанным», «принятого», «утвержденной»,
 * «изданным», «опубликованного») is when the document was made — a label, like a document's date after «от» (round 41); the repeat
 * spans the period as before (it ran over 1980).
 */
function documentYear(c: Cursor, i: number): boolean {
  const prep = c.toks[i - 1]?.text;
  return (prep === 'в' || prep === 'во') && c.toks[i - 2]?.type === 'word' && ACT_PARTICIPLE.test(c.toks[i - 2]!.text);
}

/**
 * Round 243: the full participles of building a house or opening an institution, in every gender, number and case — «построенная /
 * построенной», «возведённое», «основанный», «открытом» (not the short «открыт / открыта»: «Школа открыта в 2021 году» is when).
 */
const BUILT_PARTICIPLE = /^(?:построенн|возведенн|возведённ|основанн)[а-я]*$|^открыт(?:ый|ая|ое|ые|ого|ой|ому|ом|ым|ыми|ых|ую)$/;

/**
 * Round 243. «Согласно информации из официальных источников, ремонтные работы в дошкольном учреждении, открытом в 1976 году, ведутся с
 * июня 2018 года.» (a regional paper on a kindergarten's капремонт, https://rostov.aif.ru/money/finance/bolee_74_mln_rubley_zatratyat_na_kapremont_detsada_v_kamenske-shahtinskom
 * — corpus-real-219; it was the window 1976-01-01..2018-06-30): a year after «в» in a participial phrase of building or opening set off
 * by a comma — «, открытом в 1976 году», «, построенная в 1962 году», «, построенной ещё в 1965 году» — is the house's history, a label
 * like round 79's «подписанным в 1980 году»: the work's own dates stand alone («… ведутся с июня 2018 года» → open-ended from
 * 2018-06-01; «Школа, построенная в 1962 году, будет отремонтирована до 1 сентября.» → by the context year's 09-01, it was 1962-09-01).
 * Only with the comma before the participle (one «ещё / еще / уже» may stand before «в»): «построенную в 2020 году школу откроют …»
 * names when, and stays the year.
 */
function builtYear(c: Cursor, i: number): boolean {
  const prep = c.toks[i - 1]?.text;
  if (prep !== 'в' && prep !== 'во') return false;
  let k = i - 2;
  if (c.toks[k]?.text === 'ещё' || c.toks[k]?.text === 'еще' || c.toks[k]?.text === 'уже') k--;
  const p = c.toks[k];
  return p !== undefined && p.type === 'word' && BUILT_PARTICIPLE.test(p.text) && c.isPunct(k - 1, ',');
}

/** Round 116. Nouns of a legal act: «закон», «указ», «приказ», «постановление», «распоряжение» in every case. */
const ACT_NOUN = /^(?:закон|указ|приказ)(?:|а|у|ом|е|ы|ов|ам|ами|ах)$|^(?:постановлени|распоряжени)(?:е|я|ю|ем|и|й|ям|ями|ях)$/;

/**
 * Round 116. «Как отметил представитель ОП РФ, с 1 сентября 2024 года вступил в силу федеральный закон 2023 года, запрещающий ученикам
 * использовать телефоны …» (a news portal on the phone ban in lessons, https://news.mail.ru/society/67548112/ — corpus-real-104; it
 * was a `range` due on 2024-09-01): a year right after a noun of a legal act («закон 2023 года», «приказа 2020 г.», «указом
 * 2018 года») names the act — when it was made — a label like round 79's «подписанным в 1980 году» and an act's date after «от» (round
 * 41). Not with «в» between («приказ в 2021 году»): that is when.
 */
function actYear(c: Cursor, i: number): boolean {
  return c.toks[i - 1]?.type === 'word' && ACT_NOUN.test(c.toks[i - 1]!.text);
}

/**
 * Round 79. «… Концепции информационной безопасности детей на 2018-2010 годы …»: a plan's years written the wrong way round (or further
 * apart than a pair) are still its period — after the first year, «- <год>» and the years' word are skipped with it.
 */
function planYearsEnd(c: Cursor, next: number): number {
  if (!c.isPunct(next, '-') || !year4(c.toks[next + 1])) return next;
  return skipYearWords(c, next + 2, { school: false, plural: false });
}

/**
 * Round 59. Nouns of results summed up for a period: «итоги», «итогов», «результаты», «анализ»; round 271: «исполнение» (of a budget,
 * a programme: «публичные слушания по исполнению бюджета за 2014 год»).
 */
const RESULTS_NOUN = /^(?:итог|результат|анализ|исполнени)/;
/** The genitive of the year's word after the years: «2004-2005 учебного года», «2020 года», «2020 г.». */
const YEAR_GENITIVE = /^(?:года|гг?|учебного)$/;

/**
 * Round 59. «20 августа т.г. состоялось очередное совещание диркторов общеобразовательных учреждений района, на котором подведены
 * итоги единых государственных экзаменов 2004-2005 учебного года, …» (a district's news, https://komsml.cap.ru/press-centr/2005/08/21/na-konferencii-pedagogov-rajona-budet-obsuzhdat
 * — corpus-real-53): after a day, a (school) year in the genitive that follows a noun of results («итоги», «результатов», «анализ»; up
 * to seven words before the year, no number or clause mark between) is the period those results cover — a label, like a plan's period
 * after «на» (`planPeriod`) and a report's after «за»; the day says when (it was `range` from the school year's start). Alone, before
 * the dates or after a month only the year is read as before («Подведение итогов 2020-2021 учебного года» is that school year).
 */
function resultsPeriod(c: Cursor, i: number, next: number): boolean {
  if (!c.dated) return false;
  let genitive = false;
  for (let k = i + 1; k < next; k++) if (YEAR_GENITIVE.test(c.toks[k]!.text)) genitive = true;
  // round 169: or the accusative after «за» («об итогах работы … за 2020 год»), the period a report covers (see the docstring)
  if (!genitive && c.toks[i - 1]?.text !== 'за') return false;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = c.toks[k]!;
    if (t.type === 'num' || c.isPunct(k, ',') || c.isPunct(k, '.') || c.isPunct(k, ';')) return false;
    if (t.type === 'word' && RESULTS_NOUN.test(t.text)) return true;
  }
  return false;
}

/** «выпускников», «выпускники», «выпускникам», «выпускниц»: the graduates of a year. */
const GRADUATES = /^выпускни(?:к|ки|ков|кам|ками|ках|ца|цы|ц)$/;

/**
 * Round 43. «Экзамены проводились в два тура: первый (школьный) - 4-20 июня - для выпускников школ 2001 года, второй (вузовский) -
 * 17-28 июля - …» (a regional institute's page on the ЕГЭ experiment, https://ooipkro.ru/Bank_HTML/Text/t19_141.htm — corpus-real-36):
 * the graduates of a year — «выпускников [школ / гимназии / 11 классов] <год> года» — take their exams in that year, so it is the
 * year of the dates that have none, like a title's year («ЕГЭ-2024»), not a window of its own (it used to be read as a third window
 * and the windows before it fell into the context year). Not «для детей 2015 года рождения» (no graduates).
 */
function graduatesYear(c: Cursor, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (c.toks[k]!.type === 'word' && GRADUATES.test(c.toks[k]!.text)) return true;
  return false;
}

/**
 * Round 71. «Департамент образования информирует о проведении с 20 февраля по 1 марта 2012г. сбора информации по формированию заказа на
 * учебники … на 2012-2013 учебный год.» (a district's notice on ordering textbooks, https://mosuzedu.ru/?p=403 — corpus-real-62): after a
 * window of days with both ends written, a school year after «на» («на 2012-2013 учебный год», «на 2012/2013 уч. год») is what the window
 * prepares for — a note, like round 39's «к 2022/2023 учебному году» and round 27's «на 1 сентября» after a window (it joined the window,
 * which ran to 2013-08-31). Decided: the window of days is the cell's time, the school year its purpose. A school year after «на» with no
 * window of days before it is the period covered, as before («План работы на 2021-2022 учебный год», «с сентября по май на 2021-2022
 * учебный год»).
 */
function schoolYearAfterWindow(c: Cursor, i: number, y: YearInfo): boolean {
  return y.pair && y.school && c.toks[i - 1]?.text === 'на' && windowOfDaysBefore(c);
}

/** Round 267. An adjective, an ordinal or a participle in the nominative or the accusative: «первое», «итоговое», «очередная», «прошедший». */
const ATTRIBUTE = /^[а-яё]{3,}(?:ое|ее|ая|яя|ый|ий|ой|ые|ие|ую|юю)$/;

/**
 * Round 267. «2 октября в актовом зале Администрации Горномарийского района состоялось первое в 2015 году заседание Совета молодых
 * педагогов района.» (a district's news of its council of young teachers, http://edu.mari.ru/mouo-gornomari/Lists/List5/DispForm.aspx?ID=6
 * — corpus-real-232; it was the range 2015-01-01..2021-10-02), «18 декабря в МБДОУ № 29 состоялось итоговое в 2014 году заседание …»
 * (corpus-real-212's known miss): a year after «в» between an adjective and the noun it qualifies («первое в 2015 году заседание») says
 * which of the year's meetings it was, so it is the year of the dates that have none — the README's «Missing year», as round 91 reads
 * «первое в 2016-2017 учебном году заседание» — and no window of its own, like a title's year (`titleYear`). Only with a word of no date
 * class right after the year's words, an adjective ending right before «в» and a day read before it; alone, or with no day before it
 * («… прошло первое в 2017 году методическое объединение …, … за 2016 год …», corpus-real-30's two years), the year reads as before.
 */
function attributeYear(c: Cursor, i: number, next: number): boolean {
  if (!c.dated || c.toks[i - 1]?.text !== 'в') return false;
  const adjective = c.toks[i - 2];
  if (adjective === undefined || adjective.type !== 'word' || (adjective.cls !== 'other' && adjective.cls !== 'ordinal') || !ATTRIBUTE.test(adjective.text)) return false;
  const noun = c.toks[c.isPunct(next, '.') ? next + 1 : next]; // round 277: «итоговое в 2014 г. заседание»
  return noun !== undefined && noun.type === 'word' && noun.cls === 'other';
}

/** Round 77. The nouns of a war in any case, and the abbreviation of the Great Patriotic War: the years after them are its name. */
const WAR = /^(?:войн[аыеуо]|войной|вов|вв)$/;

/**
 * Round 77. «Завтра, 6 сентября, в 15.00 на Аллее героев у памятника воинам-кузбассовцам, павшим в годы Великой Отечественной войны
 * 1941 – 1945 гг. юнармейцы торжественно заступят на Всероссийскую Вахту Памяти.» (a city's news of the cadets' watch at Пост № 1,
 * https://kemerovo.ru/press-tsentr/novosti/45336/?print=Y — corpus-real-66; it was a range from 1941-01-01): a year or years right
 * after «войны / войне / войну / ВОВ», or after a bracket that opens right after them («Великой Отечественной войны (1941-1945 гг.)»),
 * name the war — a label, like the years of a title joined by a hyphen. The day the text names is its date; a year with no war noun
 * before it («в 1941-1945 годах», «годы 1941–1945») reads as before.
 */
function warYears(c: Cursor, i: number): boolean {
  const before = c.isPunct(i - 1, '(') ? i - 2 : i - 1;
  const t = c.toks[before];
  return t !== undefined && t.type === 'word' && WAR.test(t.text);
}

/**
 * Round 105. «Турнир проводится по сети, в двух возрастных категориях: младшая (2006-2012 года рождения) и старшая (2002-2005 года
 * рождения).» (a school's news of the online chess tournament of the Russian schoolchildren's movement, http://urmschool.ru/novosti/1541-…
 * — corpus-real-93; it was a window of years, 2006–2012): a year or a span of years followed by «года / годов рождения» or «г.р.» /
 * «г. р.» is the age of those taking part, a label, not a time to act in; so with nothing else the text is `unparsed`, and a date
 * beside it reads alone («соревнования пройдут 15 мая, участвуют дети 2010-2011 г.р.» → on 05-15). `next` is the index after the
 * year's words; returns the index after «рождения» / «р.», or -1.
 */
function birthYearEnd(c: Cursor, next: number): number {
  const t = c.toks[next];
  if (t?.text === 'рождения') return next + 1;
  if (t?.text === 'р' && c.isCls(next - 1, 'year') || t?.text === 'р' && c.isPunct(next - 1, '.') && c.isCls(next - 2, 'year')) return c.isPunct(next + 1, '.') ? next + 2 : next + 1;
  return -1;
}

/**
 * Round 167. «Соревнования школьной спортивной лиги по волейболу проводятся … в течение учебного года среди команд … трех возрастных
 * подгрупп: 2000-2002, 2003-2004, 2005-2006 годов рождения.» (Moscow's centre of school sport, the school volleyball league,
 * https://icmos.ru/announcements/19-marta-start-gorodskogo-etapa-sorevnovaniy-shkolnoy-sportivnoy-ligi-po-voleybolu — corpus-real-155;
 * it was a range of years to 2004-08-31): a list of years or pairs of years joined by commas or «и» before «годов рождения» / «г.р.»
 * are all years of birth, labels like round 105's one pair. `next` is the index after the first year's words; returns the index after
 * «рождения» / «р.», or -1. At most six years after the first, so a long list with no «рождения» is not read again from each year.
 */
function birthListEnd(c: Cursor, next: number): number {
  let j = next;
  for (let n = 0; n < 6 && (c.isPunct(j, ',') || c.toks[j]?.text === 'и'); n++) {
    const y = yearAt(c, j + 1, true);
    if (!y) return -1;
    j = y.next;
    const end = birthYearEnd(c, j);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * Round 230. «Соревнования проводятся по четырем возрастным группам: 1989-90 гг.р., 1991-92, 1993-94, 1995-96 среди мальчиков и
 * девочек.» (a regional news site on the zonal rounds of a children's sports festival, https://news.sarbc.ru/main/2006/07/10/61093.html —
 * corpus-real-209; it was the school year 1995/96, a range to 1996-08-31): after years of birth closed by «г.р.» / «года рождения», the
 * bare years or pairs of years that go on the list after a comma or «и» are years of birth too, as round 167 reads the list before
 * them. Only bare items (no year word of their own: «…, 2021 год» is a year again), at most six. `end` is the index after «рождения» /
 * «р.»; returns the index after the list.
 */
function birthTailEnd(c: Cursor, end: number): number {
  let j = end;
  for (let n = 0; n < 6 && (c.isPunct(j, ',') || c.toks[j]?.text === 'и'); n++) {
    const y = yearAt(c, j + 1, true);
    if (!y) break;
    const figures = j + (y.pair ? 4 : 2); // the index after the item's figures: a year word after them makes it a year again
    if (y.next > figures && c.toks[figures]?.type === 'word') break;
    j = figures;
  }
  return j;
}

/** Round 199: the verb of dedicating a year to its theme: «посвящён», «посвящен», «посвящена», «посвящается», «посвящаются». */
const DEDICATED = /^посвящ(?:[её]н|ен[аоы]?|[её]нн|ается|аются)[а-я]*$/;
/** Round 199: how many tokens after a year its theme's «Годом» or verb of dedicating may stand («объявлен в республике Годом»). */
const THEME_REACH = 7;

/**
 * Round 199. «27 июня Президент Российской Федерации Владимир Путин подписал Указ об объявлении 2023 года Годом педагога и наставника.»
 * (a school's news of the Minprosveshcheniya's call for proposals, https://turi-sosh-1.obr57.ru/news/c9731d97-c2ea-4cea-a288-e89434b87941
 * — corpus-real-183; it was the year 2023's window), «22 декабря Глава Башкортостана … подписал Указ, согласно которому 2018 год объявлен
 * в республике Годом семьи.», «20 декабря Президент … объявил 2025 год Годом защитника Отечества.», «В конце 2021 года Путин подписал
 * указ об объявлении 2022 года Годом культурного наследия …», «… 5 октября заявил, что 2023 год будет посвящён учителям и педагогам.»:
 * after a time already read, a year followed within a few words by «Годом <тема>» (or «годом <тема>») or by a verb of dedicating
 * («будет посвящён …») names the theme year the act or the speech is about — a label, like a plan's years after its noun (`planPeriod`);
 * the time read before it is the text's (round 113 left «22 ноября 2023 года … подписал Указ, согласно которому 2024 год объявлен …» and
 * round 154 «… поручил к ноябрю … подготовить решение об объявлении в РФ 2010 г. Годом учителя» as known misses of this class). Alone
 * or first («2023 год объявлен Годом педагога и наставника», «На прошлой неделе о том, что 2024 год будет в России годом семьи, …») the
 * year is its window as before; «по сравнению с 2017 годом» (the year's word «годом» right after it) is no theme.
 */
function themeYear(c: Cursor, i: number, next: number): boolean {
  if (c.atoms === 0 || c.toks[i + 1]?.text === 'годом') return false;
  for (let k = i + 2; k < c.toks.length && k <= i + THEME_REACH; k++) {
    const t = c.toks[k]!;
    if (t.type !== 'word') {
      if (k >= next) return false; // only words between the year's words and the theme
      continue;
    }
    if (t.text === 'годом') return c.toks[k + 1]?.type === 'word';
    if (k >= next && DEDICATED.test(t.text)) return true;
  }
  return false;
}

/** Round 279: the words before «в / на <год>» that join the year to the clause, not to a noun (`purposeYear`). */
const NOT_PURPOSE: ReadonlySet<string> = new Set(['и', 'а', 'но', 'или', 'также', 'уже', 'еще', 'лишь', 'только', 'даже', 'именно', 'то', 'есть', 'как']);
/** Round 279: the endings of a finite verb or an infinitive («продлится», «пройдет», «начали», «провести»): its year is a time of the clause. */
const FINITE_VERB = /(?:ся|сь|ть|ти|ет|ут|ют|ит|ат|ят|ем|им|ал|ял|ил|ыл|ел|ла|ли|ло)$/;

/**
 * Round 279. «С 15 апреля по 30 мая 2022 года проходит рейтинговое голосование по отбору общественных территорий для благоустройства в
 * 2022 году.» (a district's page of the vote, https://arspik.ru/item/1208783), «… проходит Всероссийское онлайн голосование по выбору
 * общественных территорий, планируемых к благоустройству в первоочередном порядке в 2026 году …», «27 мая 2024 года в 15:00 часов …
 * пройдёт общественное обсуждение …, которое запланировано на 2025 год …» (corpus-real-240; they were windows to the later year's end):
 * after a day with its year written, «в <год> году» / «на <год> год» right after a word of the clause — a noun («благоустройства»,
 * «порядке»), a participle («запланировано») — says when the thing the day's work is for happens, not a second time of the text: a
 * label, like a theme's year (`themeYear`) or a title's. Only the same year or a later one, only after a day read with its year, and
 * not after a conjunction or a particle («…, но актуален и в 2021 году» stays a window to that year, `NOT_PURPOSE`), a finite verb or an
 * infinitive («… начнётся 1 сентября 2021 года и продлится в 2022 году» reads as before, `FINITE_VERB`) or a date word; «г.» for
 * «году / год» too.
 */
function purposeYear(c: Cursor, i: number, year: number): boolean {
  const prep = c.toks[i - 1]?.text;
  if (!c.dated || (prep !== 'в' && prep !== 'на')) return false;
  const unit = c.toks[i + 1]?.text;
  if (unit !== 'г' && unit !== (prep === 'в' ? 'году' : 'год')) return false;
  const word = c.toks[i - 2];
  if (word === undefined || word.type !== 'word' || word.cls !== 'other' || NOT_PURPOSE.has(word.text) || FINITE_VERB.test(word.text)) return false;
  for (let k = c.items.length - 1; k >= 0; k--) {
    const a = c.items[k]!;
    if (a.kind === 'atom') return a.type === 'date' && a.explicit && a.year !== null && a.year <= year;
  }
  return false;
}

/** A four-digit year on its own: «2021 год» (year), «2021-2022 учебный год» (school year), «2021 - 2023 годы» (years). */
export function standaloneYear(c: Cursor, i: number): number {
  const y = yearAt(c, i, true);
  let birth = y ? birthYearEnd(c, y.next) : -1;
  if (birth < 0 && y && (c.isPunct(y.next, ',') || c.toks[y.next]?.text === 'и')) birth = birthListEnd(c, y.next);
  if (birth >= 0) {
    c.label(); // «(2006-2012 года рождения)», «2010-2011 г.р.»: years of birth, a label (round 105)
    return birthTailEnd(c, birth); // round 230: «1989-90 гг.р., 1991-92, 1993-94»: the bare years after them on the list too
  }
  if (!y && warYears(c, i)) {
    c.label(); // «о войне 1812 года»: a war's year before the years a date may have is its name too
    return i + 1;
  }
  if (!y) {
    c.strayNumber(`непонятное число «${c.toks[i]!.text}»`);
    return i + 1;
  }
  if (planPeriod(c, i)) {
    c.label();
    return planYearsEnd(c, y.next);
  }
  if (resultsPeriod(c, i, y.next) || schoolYearAfterWindow(c, i, y) || warYears(c, i) || documentYear(c, i) || builtYear(c, i) || actYear(c, i) || themeYear(c, i, y.next) || (!y.pair && purposeYear(c, i, y.year))) {
    c.label();
    return y.next;
  }
  if (y.pair) {
    const school = y.school || (!y.plural && y.year2 === y.year + 1);
    // Round 182: «(2014-2017 учебные годы, возраст обучающихся – 10-18 лет.)» (a school's programme of its reconciliation service,
    // http://lib-5.ru/urok2/urok-99610.php — corpus-real-168; it was the school year 2014/15 alone): a school-year word after two years
    // more than one apart names every school year from the first to the last, 1 September of the first to 31 August of the last
    const span = y.school && y.year2 > y.year + 1 ? { year2: y.year2 } : {};
    c.push(school ? atom('schoolYear', y.year, { schoolWord: y.school, ...span }) : atom('years', y.year, { year2: y.year2 }));
  } else {
    // «Неделя математики-2012», «ЕГЭ-2024»: joined to the word before it by a hyphen, the year of a title
    // round 267: «первое в 2015 году заседание», the year of the days that have none
    const title = (c.isPunct(i - 1, '-') && !c.toks[i - 1]!.space && !c.toks[i]!.space && c.toks[i - 2]?.type === 'word') || graduatesYear(c, i) || attributeYear(c, i, y.next);
    c.push(atom('year', y.year, { title }));
  }
  return y.next;
}
