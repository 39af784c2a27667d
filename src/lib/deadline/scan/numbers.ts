/**
 * Runs of numbers and what they count: days of a month («10 и 24 марта»),
 * quarters, halves, school quarters and decades («1-2 квартал», «II полугодие
 * 2021-2022 уч. года», «1 декада сентября»), or a label in a note («2 этап», «9-х классов»).
 */
import { addressNoun, AFTER_PER_DAY, CARDINAL_VALUE, DAY_PART, HOUR_UNITS, isReferenceNoun, MINUTE_UNITS, pastBeforeClock, LAW_CODES, OPENING_QUOTE_MARKS, RELATIVE_YEAR_SHIFT, ROUTINE_EDGE_VERB, SETTLEMENT_ABBREVIATIONS, type WordClass } from '../lexicon';
import type { Atom, Connector, Item } from './types';
import type { Cursor } from './cursor';
import type { Token } from '../tokens';
import { atom, DECADE_PART, HALF_PART, WEEK_PART, type Part } from './types';
import { monthWithDays, weekdayOfMonth } from './dates';
import { skipYearWords, yearAt } from './years';

/** Highest number of each counted unit. */
/** Round 88: a repeat adjective in any case («ежегодной», «ежегодный», «ежемесячного»), after an ordinal in figures (`numberAt`). */
const SERIES_ADJECTIVE = /^еже[а-я]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ых|их|ым|им|ыми|ими|ом|ем)$/;

const UNIT_LIMIT: Partial<Record<WordClass, number>> = { quarter: 4, half: 2, schoolQuarter: 4, trimester: 3, decade: 3 };

/** Genitive of each unit, for messages («нет квартала с номером 5»). */
export const UNIT_NAME: Partial<Record<WordClass, string>> = {
  quarter: 'квартала', half: 'полугодия', schoolQuarter: 'четверти', trimester: 'триместра', decade: 'декады', monthWord: 'месяца',
};

/** Words after a number that make it a duration («10 дней»): the deadline counts from an event. */
const DURATION: ReadonlySet<WordClass> = new Set<WordClass>(['duration', 'weekWord', 'monthWord']);


/** «двадцать пятого мая»: the tens written before an ordinal day. */
const TENS: Readonly<Record<string, number>> = { двадцать: 20, тридцать: 30 };

/** True when a numeric date `d.m` starts at `j`. */
function dateStarts(c: Cursor, j: number): boolean {
  return c.isNum(j) && c.isPunct(j + 1, '.') && !c.toks[j + 1]!.space && c.isNum(j + 2);
}

/** Round 80. The feminine forms of «учебный» that may stand between a number and «четверть» («четвертой учебной четверти»). */
const SCHOOL_ADJECTIVE = /^учебн(?:ая|ой|ую)$/;
/** Round 161: hours and minutes in any case after «учебных» («35 учебным часам») are teaching time, not a thing counted. */
const TEACHING_TIME = /^(?:час|минут)/;

/** «I квартал», «1-2 квартал», «II полугодие 2021-2022 уч. года», «1 декада сентября». */
/** What may follow the colon after a period used as a label: a day, a month, «до», «с», «не позднее», «к» («II квартал: до 15.07»). */
const AFTER_LABEL: readonly WordClass[] = ['month', 'by', 'from', 'not', 'towards'];

/**
 * Round 213. «В 2022 году планируется создать 990 новых мест в общеобразовательной организации 68 квартала г. Якутска.» (a republic's
 * education programme, https://docs.cntd.ru/document/561697775/titles/3NIIBI7 — corpus-real-195; it was `unparsed`, «нет квартала с
 * номером 68»), round 120's known miss «… вышел на патрулирование 6 квартала, …»: one number of one or two figures above 4 before
 * «квартал» in any case, with no year in figures after it, is a town's residential block, part of an address — a label, not a
 * calendar quarter. «5 квартал 2021 года» (a year after it) and «4-5 квартал» (a list) still fail as before. `j` is «квартал».
 */
function townBlock(c: Cursor, j: number): boolean {
  const num = c.toks[j - 1];
  if (num?.type !== 'num' || num.text.length > 2 || c.isNum(c.skipDot(j + 1), 4)) return false;
  const before = c.toks[j - 2];
  return !(before?.type === 'punct' && (before.text === '-' || before.text === ','));
}

export function units(c: Cursor, j: number, nums: number[], conns: Array<Connector['type']>, as?: 'half'): number {
  const unit = as ?? c.toks[j]!.cls;
  const limit = UNIT_LIMIT[unit] ?? 0;
  if (unit === 'quarter' && nums.length === 1 && nums[0]! > limit && townBlock(c, j)) return j + 1;
  for (const v of nums) {
    if (v < 1 || v > limit) {
      c.fail(`нет ${UNIT_NAME[unit]} с номером ${v}`);
      return j + 1;
    }
  }
  let k = c.skipDot(j + 1);
  if (unit === 'decade') {
    if (!c.isCls(k, 'month')) {
      c.fail('не указан месяц декады');
      return k;
    }
    const month = c.toks[k]!.n;
    k = c.skipDot(k + 1);
    const y = yearAt(c, k, false);
    if (y) k = y.next;
    for (let idx = 0; idx < nums.length; idx++) {
      if (idx > 0) c.conn(conns[idx - 1]!);
      c.push(atom('month', y ? y.year : null, { month, part: DECADE_PART[nums[idx]! - 1]! }));
    }
    return k;
  }
  const y = yearAt(c, k, true);
  let school = false;
  if (y) k = y.next;
  else if (c.isCls(k, 'school') && c.isCls(c.skipDot(k + 1), 'year')) {
    school = true; // «II полугодие учебного года»
    k = c.skipDot(c.skipDot(k + 1) + 1);
  } else if (c.isPunct(k, '-') && c.isCls(k + 1, 'school') && c.isCls(c.skipDot(k + 2), 'year')) {
    // Round 49: «График проведения диагностических работ на второе полугодие - учебного года.» (a school's page of СтатГрад
    // diagnostics copied into a gist, the year dropped, https://gist.github.com/48901be4e3096b1a9a3420711f7bf16c — corpus-real-44): a
    // dash between a half or a quarter and «учебного года» still ties it to the school year (it was the calendar half, July–December)
    school = true;
    k = c.skipDot(c.skipDot(k + 2) + 1);
  }
  if (y?.pair && !y.school && y.plural) {
    c.fail('непонятно, к какому году относится квартал или полугодие');
    return k;
  }
  if (!y && !school && c.isPunct(k, ':') && (c.isNum(k + 1) || AFTER_LABEL.some((cls) => c.isCls(k + 1, cls)))) {
    c.label(); // «Первая четверть: 1 сентября - 26 октября 2024 года»: a period named before a colon labels the dates after it
    return k + 1;
  }
  const type = unit as 'quarter' | 'half' | 'schoolQuarter' | 'trimester';
  // «в конце I и II четверти» (round 21): the part names the same part of each one listed
  const part = nums.length > 1 && c.pairedParts.length === 0 ? c.pendingPart : null;
  for (let idx = 0; idx < nums.length; idx++) {
    const v = nums[idx]!;
    if (idx > 0) c.conn(conns[idx - 1]!);
    let year: number | null = y ? y.year : null;
    if (y?.pair) {
      // a trimester's year is the year it starts in: I and II (September, December) the first of the pair, III (March) the second
      const autumn = type === 'quarter' ? v >= 3 : type === 'half' ? v === 1 : v <= 2;
      year = autumn ? y.year : y.year2;
    }
    c.push(atom(type, year, { n: v, school: type === 'half' && (school || !!y?.pair), part }));
  }
  return k;
}

/** Round 39. The abbreviations of sanitary rules, standards and methodical guidance that a code of figures follows. */
const NORM_CODE = /^(?:сп|санпин|гост|снип|гн|му|мук|мр)$/;

/**
 * Round 39. «… самостоятельно с учетом рекомендаций СП 2.4.3648-20 «Санитарно-эпидемиологических требований …»» (a school's
 * положение on its regime, https://novsch34.rostovschool.ru/file/card?id=2630 — corpus-real-35), «СанПиН 1.2.3685-21», «ГОСТ Р 7.0.97-2016», «СП 3.1/2.4.3598-20»: the number
 * after the abbreviation of sanitary rules or a standard, with its parts glued by dots, «-» and «/», is the document's code — a label, not
 * a date or a year (it stopped the text at «неправдоподобный год «3648»»). Returns the index after the code, or -1.
 */
/**
 * Round 208. «ГОУ СПО «Беловский педагогический колледж» МДК 01.01.  МЕДИКОБИОЛОГИЧЕСКИЕ И СОЦИАЛЬНЫЕ ОСНОВЫ ЗДОРОВЬЯ КОНСПЕКТЫ  ЛЕКЦИЙ
 * Белово 2014» (the title page of a college's lecture notes, https://znanio.ru/media/uchebno_metodicheskij_kompleks_po_mdk_0101_mediko_biologicheskie_i_sotsialnye_osnovy_zdorovya-281007
 * — corpus-real-191; it was read as 1 January): the abbreviations of a college curriculum's parts — «МДК» (an interdisciplinary course),
 * «ПМ» (a professional module), «ОП», «ОГСЭ», «ЕН», «ОУД», «УП», «ПП» — before figures are a code like a norm's: «МДК 01.01», «ПМ.02»
 * (the dot glued between), «ОП.05», a label, never a day and its month.
 */
const CURRICULUM_CODE = /^(?:мдк|пм|оп|огсэ|ен|оуд|уп|пп)$/;

function normCode(c: Cursor, i: number): number {
  let p = i - 1;
  if (c.toks[p]?.text === 'р' && c.toks[p]!.type === 'word') p--; // «ГОСТ Р 7.0.97-2016»
  // round 208: «ПМ.02», the curriculum part's dot glued to both
  if (c.isPunct(p, '.') && glued(c, p) && glued(c, i) && CURRICULUM_CODE.test(c.toks[p - 1]?.text ?? '')) p--;
  if (c.toks[p]?.type !== 'word' || (!NORM_CODE.test(c.toks[p]!.text) && !CURRICULUM_CODE.test(c.toks[p]!.text))) return -1;
  let j = i + 1;
  while ((c.isPunct(j, '.') || c.isPunct(j, '/') || c.isPunct(j, '-')) && glued(c, j) && c.toks[j + 1]?.type === 'num' && glued(c, j + 1)) j += 2;
  c.label();
  return j;
}

/**
 * Round 182. «2016. Том 13. № 3. С. 11–17» (a journal's line, https://psyjournals.ru/journals/bppe/archive/2016_n3/Umnyakova_Egorov —
 * corpus-real-168; it was `unparsed`, «непонятное число «13»»): «с.» with its dot right before a number is «страница», the pages of a
 * citation — a label like «стр.» (round 33). Only with the dot, so the preposition «с 11 по 17 мая» is read as before, and not before a
 * month or a date's glued dot («с. 1 сентября», «с.15.09»), which keep their dates. `p` is the word «с», `i` the number.
 */
function pagesBefore(c: Cursor, p: number, i: number): boolean {
  if (c.toks[p]!.text !== 'с' || !c.isPunct(p + 1, '.') || p + 2 !== i) return false;
  if (c.isPunct(i + 1, '.') && glued(c, i + 1) && c.toks[i + 2]?.type === 'num') return false;
  return !c.isCls(i + 1, 'month');
}

/**
 * Round 182. «М: Благотворительный фонд «Просвещение», 2013. – 186 с.» (a book's imprint,
 * http://www.kniga.seluk.ru/k-kulturologiya/787704-1-profilaktika-socialnogo-sirotstva-razvitie-seti-sluzhb-primireniya-rossii-sbornik-materialov-moskva-2013-profi.php
 * — corpus-real-168; it was `unparsed`, «непонятное число «186»»): a number right before «с.» or «стр.» with its dot at the end of the
 * text or of a clause («186 с.», «64 стр.;») is a book's count of pages — a label. Returns the index after the dot, or -1.
 */
export function pageCount(c: Cursor, i: number): number {
  const w = c.toks[i + 1];
  if (w === undefined || w.type !== 'word' || (w.text !== 'с' && w.text !== 'стр') || !c.isPunct(i + 2, '.') || !glued(c, i + 2)) return -1;
  const after = c.toks[i + 3];
  if (after !== undefined && !(after.type === 'punct' && (after.text === ',' || after.text === ';' || after.text === ')'))) return -1;
  c.label();
  return i + 3;
}

/**
 * «с 14 по 22 марта 2006 года согласно приложению 1», «пункт 2.3», «протокол № 5»: a number right after a noun of a part
 * of a document (or «№») names that part — a label, not a date. Returns the index after it (and its «.3» parts), or -1.
 */
export function referenceNumber(c: Cursor, i: number): number {
  const law = lawNumberEnd(c, i);
  if (law >= 0) {
    c.label();
    return law;
  }
  const code = normCode(c, i);
  if (code >= 0) return code;
  const bare = bareActNumberEnd(c, i);
  if (bare >= 0) {
    c.label();
    return bare;
  }
  // round 184: a day with its month and year after an issued act's «№» is the act's date, its number left blank (`dayAfterBlankNumber`)
  if (dayAfterBlankNumber(c, i)) return -1;
  if (letteredNumberAt(c, i)) {
    c.label(); // round 192: «№ ГР/933/2023»: the figures after an act's letter code are its number's
    return numberCodeEnd(c, i + 1);
  }
  let p = i - 1;
  if (c.isPunct(p, '№')) p--;
  else if (c.isPunct(p, '.') && c.toks[p - 1]?.type === 'word' && c.toks[p - 1]!.text.length <= 4) p--; // «п. 24», «ст. 59»
  const before = c.toks[p];
  if (!c.isPunct(i - 1, '№') && !(before !== undefined && before.type === 'word' && (isReferenceNoun(before.text) || pagesBefore(c, p, i)))) return -1;
  let j = i + 1;
  while (c.isPunct(j, '.') && !c.toks[j]!.space && c.toks[j + 1]?.type === 'num' && !c.toks[j + 1]!.space) j += 2;
  if (!c.isPunct(i - 1, '№')) j = partRangeEnd(c, j, j > i + 1);
  if (before !== undefined && FORM_PART.test(before.text)) j = formPartListEnd(c, j); // round 228: «Строки 01 – 02», «по строкам 01 и 02»
  if (c.isPunct(i - 1, '№')) j = numberCodeEnd(c, j);
  if (c.isPunct(i - 1, '№') && c.isPunct(i - 2, '№')) j = numberListEnd(c, j);
  else if (c.isPunct(i - 1, '№')) j = singleSignListEnd(c, j);
  if (c.isPunct(i - 1, '№') && issuedActBefore(c, i - 1)) j = dateOfNumberEnd(c, j);
  else if (c.isPunct(i - 1, '№') && openingRegister(c, i - 1)) {
    const end = dateOfNumberEnd(c, j); // round 60: «№ 1-з от 31.03.2023г. - ответ дан 04.04.2023г.»
    if (end > j && dayAfter(c, end)) j = end;
  }
  c.label();
  return j;
}

/**
 * Round 274. «Документ 25-ФЗ Тип Закон Дата принятия 02.03.2007» (the card of the federal law on the municipal service on a tax site,
 * https://www.klerk.ru/cdoc/view/federalnyj-zakon-ot-2-marta-2007-g-n-25-fz-o-municipalnoj-sluzbe-v-rossijskoj-federacii/stata-91-klassnye-ciny-municipalnyh-sluzasih
 * — corpus-real-237; it was `unparsed`, «непонятное число «25»»): a law's number written with its code and no «№» — «25-ФЗ», «по
 * 44-ФЗ», «273-ФКЗ», a region's «131-ОЗ», «1244-КЗ», «47-РЗ» — is the law's number, a label, as it is after «№». Only the code glued to
 * the figures by a dash, and not after «№» / «N» (that number is read as before: «Закона от № 426-ФЗ от 28.12.2013 …» keeps the act's
 * date after it a label). Returns the index after the code, or -1.
 */
function lawNumberEnd(c: Cursor, i: number): number {
  if (!c.isPunct(i + 1, '-') || !glued(c, i + 1) || !glued(c, i + 2)) return -1;
  const sign = c.toks[i - 1]?.text;
  if (sign === '№' || sign === 'n') return -1; // after «№» / «N» the number is read as before, with the act's date after it
  const code = c.toks[i + 2];
  return code !== undefined && code.type === 'word' && LAW_CODE.has(code.text) ? i + 3 : -1;
}
/** Round 274: the codes of a federal law and of a region's law after its number (`LAW_CODES`). */
const LAW_CODE: ReadonlySet<string> = new Set(LAW_CODES);

/** Round 228: a line or a column of a form, «строка / графа» in any case (`REFERENCE_NOUN` in lexicon.ts has them too). */
const FORM_PART = /^(?:строк(?:а|и|е|у|ой|ам|ами|ах)|граф(?:а|ы|е|у|ой|ам|ами|ах))$/;

/**
 * Round 228. «Строки 01 – 02. Число проведенных в группах и пропущенных дней детьми», «По строкам 01 и 02 число проведенных в группах и
 * пропущенных дней …» (a page of the instructions to Росстат's form 85-К, https://businessneeds.ru/buhhelp.ru/extfile/0609506_/rephlp/0609506_/part2.3.htm
 * — corpus-real-207): after a form's line or column noun, the numbers joined to the first by a dash (spaced or not), «и» or a comma are
 * more lines or columns — labels too (they were «непонятное число «02»», and «02 число» a day of every month). Not a number with a month
 * after it («графа 4 и 5 мая» keeps its day). Returns the index after the last of them.
 */
function formPartListEnd(c: Cursor, j: number): number {
  let k = j;
  while ((c.isPunct(k, '-') || c.isPunct(k, ',') || c.toks[k]?.text === 'и') && c.isNum(k + 1) && c.toks[k + 1]!.text.length <= 3 && !c.isCls(k + 2, 'month')) k += 2;
  return k;
}

/**
 * Round 184. «Пр. 240 от 30.08.24 - О создании комиссии по осуществлению контроля за качеством горячего питания-» (a school's order on
 * its commission of meal control, the title of its file, https://romashkino.krymschool.ru/file/card?id=4614 — corpus-real-170; it was
 * `on` 2024-08-30): a bare number right after the noun of an issued act (`ISSUED_ACT`: «Приказ 240», «Пр. 240», «Пр.240», the
 * abbreviation with its dot), then «от» and a full date, is the act's number with no «№» written, so the date is the act's label like
 * «Приказ № 240 от 30.08.2024» (round 40's `dateOfNumberEnd`). Only with the date after «от», so «приказ 5 дней» or «решение 3 мая» read
 * as before. Returns the index after the date, or -1.
 */
/** The abbreviations of an issued act's noun, written with a dot («Пр. 240», round 184; «Расп. 190», round 205). */
const ACT_ABBREVIATION = /^(?:пр|прик|расп|распор|распоряж|постан)$/;

function bareActNumberEnd(c: Cursor, i: number): number {
  let p = i - 1;
  if (c.isPunct(p, '.') && ACT_ABBREVIATION.test(c.toks[p - 1]?.text ?? '')) p--;
  const noun = c.toks[p];
  if (noun?.type !== 'word' || !ISSUED_ACT.test(noun.text)) return -1;
  const j = numberCodeEnd(c, i + 1);
  const end = dateOfNumberEnd(c, j);
  return end > j ? end : -1;
}

/**
 * Round 184. «Приказ №______«28» марта 2025 г.» (the approval line of a kindergarten's Положение об организации питания, the order's
 * number left blank and «от» left out, https://13ksh-rostov.tvoysadik.ru/file/card?id=2917 — corpus-real-170; it was `range` March 2025:
 * the day was read as the order's number): a day right after an issued act's «№» (`issuedActBefore`), with a month word and a year of
 * four figures after it, is the act's date, the number left blank — a label like round 160's «приказ № от 25.08.2014 года»
 * (`documentDate`). A protocol's «Протокол № 23 мая 2024» stays the day of its meeting (round 40), and a number with no month after it
 * («Приказ № 28 от …») is the act's number as before.
 */
function dayAfterBlankNumber(c: Cursor, i: number): boolean {
  if (!c.isNum(i) || !c.isCls(i + 1, 'month') || !c.isNum(i + 2, 4) || c.toks[i + 2]!.text.length !== 4) return false;
  let p = i - 1;
  while (c.isPunct(p, '_') && p > i - 4) p--; // a short blank the normaliser keeps («№___ «28» марта»)
  return c.isPunct(p, '№') && !c.isPunct(p - 1, '№') && issuedActBefore(c, p);
}

/**
 * Round 155. «1. Утвердить требования к организации и проведению муниципального этапа всероссийской олимпиады школьников в 2021-2022
 * учебном году согласно приложению 1-21 к настоящему приказу.» (a district's order on the olympiad, https://hot-adm.ru/article9525 —
 * corpus-real-143): a range of parts after the noun of a part of a document — «приложению 1-21», «пункты 2.1-2.4», «разделы 3–5» — is
 * one label like its first number (the end was `unparsed`, «непонятное число «21»»). Only a dash glued on both sides, with the end's
 * own «.N» parts when the start has them; not before a month word («п. 2-15 мая») or a date's dot after a plain start («п. 1-15.05»),
 * which keep their dates. `j` is the index after the start and its parts; returns the index after the range's end, or `j`.
 */
function partRangeEnd(c: Cursor, j: number, dotted: boolean): number {
  if (!c.isPunct(j, '-') || !glued(c, j) || c.toks[j + 1]?.type !== 'num' || !glued(c, j + 1)) return j;
  let k = j + 2;
  while (c.isPunct(k, '.') && glued(c, k) && c.toks[k + 1]?.type === 'num' && glued(c, k + 1)) k += 2;
  if (k > j + 2 && !dotted) return j;
  return c.isCls(k, 'month') ? j : k;
}

/**
 * Round 60. «Подать заявку можно до 21 часа 5 февраля по адресу: moschem@olimpiada.ru» (a Moscow olympiad's notice of appeals,
 * https://xn--b1ayi3a.xn--l1afu.xn--p1ai/news/338 — corpus-real-54): an hour in words after «до / к» («до 21 часа», «к 10 часам»), with its minutes, right before a
 * day and its month is the time of day of that day, not a span (it was `unparsed`, «21 часа» read as a span from an event); the «до»
 * then governs the day («до 21 часа 5 февраля» → by 02-05). `i` is the hour's figure, `j` its word; returns the index of the day, or -1.
 * «за 3 часа до начала», «в течение 24 часов после …» (no day and month right after) still count. Round 152: «не позднее / не позже /
 * не ранее / не раньше» stand before the hour as «до» does, «Руководителям образовательных организаций не позднее 15 часов 10 сентября
 * 2019 года необходимо организовать доставку заявлений …» (a regional centre's notice of ОГЭ appeals,
 * http://rcoi12.ru/gia9/gia9-news/17699/print/ — corpus-real-140; it was `unparsed`, «срок отсчитывается от события: «15 часов»») → by
 * 2019-09-10.
 */
function hourBeforeDay(c: Cursor, i: number, j: number): number {
  const before = c.toks[i - 1]?.text ?? '';
  // round 277: «не позднее чем 15 часов 10 сентября», «не позднее, чем …»
  const h = before === 'чем' ? (c.isPunct(i - 2, ',') ? i - 2 : i - 1) : i;
  if (before !== 'до' && before !== 'к' && !((c.isCls(h - 1, 'later') || c.isCls(h - 1, 'earlier')) && c.isCls(h - 2, 'not'))) return -1;
  // round 276: the hour's and the minutes' words abbreviated with a dot («до 12 ч. 00 мин. 09.03.2023»)
  const after = (m: number): number => (c.isPunct(m + 1, '.') && glued(c, m + 1) ? m + 2 : m + 1);
  let k = after(j);
  if (c.isNum(k) && c.toks[k + 1] !== undefined && MINUTE_UNITS.has(c.toks[k + 1]!.text)) k = after(k + 1);
  if (!c.isNum(k) || c.toks[k]!.n < 1 || c.toks[k]!.n > 31) return -1;
  // the day's month a word, or the day a date in figures («09.03.2023», «09.03»)
  return c.isCls(k + 1, 'month') || (c.isPunct(k + 1, '.') && glued(c, k + 1) && c.isNum(k + 2) && glued(c, k + 2) && c.toks[k + 2]!.n >= 1 && c.toks[k + 2]!.n <= 12) ? k : -1;
}

/**
 * Round 40. «6 и 9 сентября на учения выйдут средние школы №№16, 7, а также гимназия №8 …», «10 и 11 сентября пройдут экстренные
 * эвакуации в школах №№ 9,10,1,3 и в ФМЛ.» (a city's news of evacuation drills, http://old.glazov-gov.ru/services/news/view?news=1325830564):
 * the plural number sign «№№» names a list — every number after it joined by «,» (with or without a space) is a number of a thing,
 * a label like the first (they were `unparsed`, «непонятное число «7» / «10»»). A number followed by a dot and another number glued
 * to it starts a date and ends the list («№№ 5, 7, 15.05»). Returns the index after the list. Round 81: «и» joins as «,» does («1 июля
 * приняли малышей обновленные детсады №№4 и 6, где …», https://8plus1.ru/prodolzhaetsya-remont-v-detsadah-barabinska — corpus-real-70).
 */
function numberListEnd(c: Cursor, j: number): number {
  while ((c.isPunct(j, ',') || c.isCls(j, 'and')) && c.toks[j + 1]?.type === 'num' && c.toks[j + 1]!.text.length <= 3 && !(c.isPunct(j + 2, '.') && glued(c, j + 2) && c.isNum(j + 3))) j += 2;
  return j;
}

/**
 * Round 74. «3 июня в Центральном районе Санкт‑Петербурга на базе образовательных учреждений № 122, 174, 620 начали работу лагеря …» (a
 * city district's news of day camps, https://www.gov.spb.ru/gov/terr/reg_center/news/34377 — corpus-real-65; it was `unparsed`,
 * «непонятное число «174»»): after a single «№» too, numbers joined by «,» are numbers of things, a label like round 40's «№№ 9,10,1,3»
 * (or «и») — but a number with a month word, a unit, a count word or a grade after it, or a dot and a figure glued to it, is a day, a
 * span or a label of its own and ends the list («приказ № 5, 12 мая», «№ 3, 15.05»). Returns the index after the list. Round 81: a dot
 * after the next number ends the list only when a figure follows it, so a sentence's final dot does not («27 июня комиссии принимала
 * дошкольные учреждения № 9 и 20.», https://svobobr.ru/dobro-pozhalovat-v-detskie-sady-goroda-svobodnogo/ — corpus-real-70).
 */
function singleSignListEnd(c: Cursor, j: number): number {
  for (;;) {
    const nx = c.toks[j + 1];
    if (!(c.isPunct(j, ',') || c.isCls(j, 'and')) || nx === undefined || nx.type !== 'num' || nx.text.length > 3) return j;
    if (c.isPunct(j + 2, '.') && glued(c, j + 2) && c.isNum(j + 3)) return j;
    const w = c.toks[j + 2];
    const counted = w !== undefined && w.type === 'word'
      && (w.cls === 'month' || w.cls === 'times' || w.cls === 'dayOfMonth' || w.cls === 'year' || UNIT_LIMIT[w.cls] !== undefined || DURATION.has(w.cls) || GRADE_NOUN.test(w.text));
    if (counted) return j;
    if (c.isPunct(j + 2, '-') || (c.isPunct(j + 2, '.') && c.isNum(j + 3))) return j;
    j += 2;
  }
}

/**
 * Round 60. «№ 1-з от 31.03.2023г. - ответ дан 04.04.2023г.» (a kindergarten's log of answered appeals, http://ds308.ru/item/869797 —
 * corpus-real-54): a «№» opening the text (only punctuation, a bullet, before it) starts a register line — an appeal's or a letter's
 * number and the date it was registered; when another date follows, that date is the cell's and the registered one a label, like an
 * issued act's (it was a range from 03-31 to 04-04). Alone («№31 от «01» сентября 2025 г.», corpus-real-45) the date stays the cell's.
 */
/** A day written after `from`: a figure with its month word, or a figure, a dot and a figure («04.04.2023»). */
function dayAfter(c: Cursor, from: number): boolean {
  for (let p = from; p < c.n; p++) if (c.isNum(p) && (c.isCls(p + 1, 'month') || (c.isPunct(p + 1, '.') && c.isNum(p + 2)))) return true;
  return false;
}

/** Round 208: the «№» at `p` of an institution's own number («МАДОУ № 23», «СОШ № 5»): an organisation's or a school's abbreviation
 *  (`ORGANISATION_TYPE`, `SCHOOL_TYPE`) before it, one to three figures after it. */
function institutionNumberAt(c: Cursor, p: number): boolean {
  if (!c.isPunct(p, '№')) return false;
  const n = c.toks[p + 1];
  const before = c.toks[p - 1];
  return n?.type === 'num' && n.text.length <= 3 && before?.type === 'word' && (ORGANISATION_TYPE.test(before.text) || SCHOOL_TYPE.test(before.text));
}

function openingRegister(c: Cursor, k: number): boolean {
  while (c.isPunct(k, '№')) k--;
  for (let p = k; p >= 0; p--) if (c.toks[p]!.type !== 'punct') return false;
  return true;
}

/**
 * «письма ОМВД России по … району №53/…», «приказ №5»: a noun of an issued act within the six words before the «№» at `k`.
 * Round 60: an application, an appeal or a complaint too («обращение № 5 от 01.03.2023 – ответ 10.03.2023»): its date is the day it
 * was registered, like a letter's.
 */
/** Round 211: how many abbreviation dots the look back of `issuedActBefore` skips free («и.о.», «вр.и.о.»). */
const FREE_DOTS = 4;

function issuedActBefore(c: Cursor, k: number, act: RegExp = ISSUED_ACT, hops = JOINT_HOPS): boolean {
  while (c.isPunct(k, '№')) k--;
  let limit = k - 6;
  let freeDots = 0;
  for (let p = k; p >= 0 && p > limit; p--) {
    const t = c.toks[p]!;
    // Round 197. «Утверждено приказом директора МБУ ДОЦ «Дружба»  № 41 от 26.04.2019г.» (the approval line of a children's camp's
    // anti-corruption policy, https://gorcamp.ru/o-tsentre/protivodejstvie-korruptsii/ — corpus-real-181; it was `on` 2019-04-26): an
    // institution's name in quotes between the act's noun and its «№» is one word of the look back (`quotedNameStart`), as it is without
    // the quotes; a quote that opens no name within eight tokens stops the look as any other sign
    const open = quotedNameStart(c, p);
    if (open >= 0) {
      limit -= p - open;
      p = open;
      continue;
    }
    // Round 179. «ПРИНЯТО решением педагогического совета Протокол № 12 от 20 мая 2023 г.» (the approval line of a school's Положение о
    // профессиональных пробах, http://polev18.ru/file/card?id=11789 — corpus-real-165; it was `unparsed`): a protocol's noun nearer the
    // «№» than the issued act's noun makes the number the protocol's, whose date is the day of its meeting (round 40), as «ПРИНЯТО
    // педагогическим советом Протокол № 12 от …» already was
    if (t.type === 'word' && PROTOCOL_NOUN.test(t.text)) return false;
    // round 168: a joint act's number after another issuer's «№ N,» (`jointNumberStart`); a few hops only (round 184: three, a list
    // of numbers), so a list stays linear
    const joint = hops > 0 ? jointNumberStart(c, p) : -1;
    if (joint >= 0) return issuedActBefore(c, joint, act, hops - 1);
    // Round 208. «приказом заведующего МАДОУ № 23 № 67-О от 27.05.2024 г.» (the approval line of a kindergarten's programme,
    // https://23svur.tvoysadik.ru/file/card?id=430 — corpus-real-191; it was `on` 2024-05-27): the institution's own «№ N» between the
    // act's noun and the act's «№» (`institutionNumberAt`) is one word of the look back, as its quoted name is (round 197)
    if (institutionNumberAt(c, p)) {
      limit -= 2; // the sign and its number are one word of the look back
      continue;
    }
    // Round 211. «Приказом и.о. директора МБОУ «Коробицынская СОШ» № 83 от 30.08.2022» (an approval stamp's act, its issuer abbreviated
    // — corpus-real-152 wrote «и.о.директора»; it was `on` 2022-08-30 once the stamp was no schedule): the dots of an abbreviation
    // («и.о.», «вр.и.о.») are no words of the look back; at most `FREE_DOTS` of them, so the look stays bounded
    if (t.type === 'punct' && t.text === '.' && freeDots < FREE_DOTS) {
      freeDots++;
      limit--;
      continue;
    }
    // round 163: a noun in angle brackets, a legal digest's mark of an act's kind («<Письмо> Рособрнадзора 09.12.2015 N …»), is read
    if (t.type === 'punct' && t.text !== '.' && t.text !== '<' && t.text !== '>') return false;
    if (t.type === 'word' && act.test(t.text)) return true;
  }
  return false;
}

/** The index of the opening quote of a quoted name that the closing quote at `p` ends (at most eight tokens back, words, figures,
 *  dashes and dots inside), or -1 (round 197, `issuedActBefore`). */
function quotedNameStart(c: Cursor, p: number): number {
  const t = c.toks[p]!;
  if (t.type !== 'punct' || !NAME_CLOSING_QUOTES.has(t.text)) return -1;
  for (let q = p - 1; q >= 0 && q >= p - 8; q--) {
    const u = c.toks[q]!;
    if (u.type !== 'punct') continue;
    if (OPENING_QUOTE_MARKS.has(u.text)) return q < p - 1 ? q : -1;
    if (u.text !== '-' && u.text !== '.') return -1;
  }
  return -1;
}
const NAME_CLOSING_QUOTES: ReadonlySet<string> = new Set(['»', '"', '”', '“']);

/**
 * Round 168. «Приказ Минздрава РФ N 186, Минобразования РФ N 272 от 30.06.92 «О совершенствовании системы медицинского обеспечения в
 * ДОУ»» (a kindergarten's page on its medical service, the joint order of two ministries, http://dou107.sochi-schools.ru/stranitsa-zdorovya/meditsinskoe-obsluzhivanie/
 * — corpus-real-156; it was `on` 2092-06-30): a joint act gives each issuer's number, «№ N» and a comma, then the next issuer and its
 * «№ M от <дата>»; the act's noun before the first number is the noun of the second too, so the date after «№ M от» is the act's date,
 * a label (round 40). When the comma at `p` closes such a first number («№ 186,»), the index of its «№», else -1. Reads at most nine
 * tokens.
 */
function jointNumberStart(c: Cursor, p: number): number {
  if (!c.isPunct(p, ',') || !codePart(c, p - 1)) return -1;
  let q = p - 1;
  // Round 184. «на основании контракта №512/1, №512/2, №512/3 от 27.08.2024» (corpus-real-170, `ISSUED_ACT`): a number's parts glued
  // by «/», «-» or «.» («№512/2,», «№12-о,») belong to it, at most three, as `numberCodeEnd` reads them after the «№»
  for (let n = 0; n < 3 && (c.isPunct(q - 1, '/') || c.isPunct(q - 1, '-') || c.isPunct(q - 1, '.')) && glued(c, q) && glued(c, q - 1) && codePart(c, q - 2); n++) q -= 2;
  return c.toks[q]!.type === 'num' && c.isPunct(q - 1, '№') ? q - 1 : -1;
}

/**
 * Round 192. «Зарегистрировано в Правительстве Калининградской области 30 октября 2023 г. в„– ГР/933/2023» (a regional order's register
 * line, http://shkola-fan.ru/wp-content/uploads/2015/04/templates/index.php?docid=169817 — corpus-real-177; it was `unparsed`, «непонятное
 * число «933»»): an act's number may open with a letter code glued to a slash — «№ ГР/933/2023», «№ ПП/15» — and the figures after the
 * slash are that number's parts, a label as right after «№» (its later parts read by `numberCodeEnd`). Only a code of up to three letters
 * (`isCodePart`) right after the sign, with the slash glued to it and to the figures.
 */
function letteredNumberAt(c: Cursor, i: number): boolean {
  if (c.isPunct(i - 1, '/') && glued(c, i) && glued(c, i - 1) && isCodePart(c.toks[i - 2]) && c.toks[i - 2]!.type === 'word' && c.isPunct(i - 3, '№')) return true;
  // Round 200. «Лицензия на осуществление образовательной деятельности № Л035-01271-78/00346888 Выдана Комитетом по образованию
  // Санкт-Петербурга 19.11.2020 года.» (a conference page of a teachers' portal, its licence line,
  // https://www.prodlenka.org/konferencii/pedagogpsiholog/soderzhanie-i-osobennosti-organizacii-raboty-p — corpus-real-184; it was
  // `unparsed`, «непонятное число «035»»): the letter code glued straight to the figures («№ Л035-…», «№ АБ12/3») opens the number the
  // same way; only a code of up to three letters right after the sign, the figures glued to it, and not before «от», whose date the
  // act's rules read as before («Эл. №ФС77-60625 от 20.01.2015» stays a label)
  return glued(c, i) && isCodePart(c.toks[i - 1]) && c.toks[i - 1]!.type === 'word' && c.isPunct(i - 2, '№') && c.toks[numberCodeEnd(c, i + 1)]?.text !== 'от';
}

/** A part of an act's number after its first figures: figures, or a word of up to three letters («№ 12-о», «№ 01-02/15-од»). */
function isCodePart(t: Token | undefined): boolean {
  return t !== undefined && (t.type === 'num' || (t.type === 'word' && t.text.length <= 3 && t.cls === 'other'));
}

/** Round 184: the token at `k` is a part of an act's number (`jointNumberStart`), as `numberCodeEnd` reads them. */
function codePart(c: Cursor, k: number): boolean {
  return isCodePart(c.toks[k]);
}

/** Round 184: the most numbers a list «№ A, № B, № C» may hop back over to its act's noun (`issuedActBefore`). */
const JOINT_HOPS = 3;

/** Round 168: the most tokens a sanitary rule's code may take before «от» (`normCodeBefore`): «3.1.2.3114-13» is nine. */
const NORM_CODE_TOKENS = 15;

/**
 * Round 168. «СП 3.1.2.3114-13 от 16.05.2014г.» (a gymnasium's page on the early detection of tuberculosis, its heading,
 * http://gim8.rybadm.ru/mediz/p9aa1.html — corpus-real-156; it was `on` 2014-05-16): a date after «от» right after the code of sanitary
 * rules or a standard (round 39's `NORM_CODE`: «СП», «СанПиН», «ГОСТ», with figures glued by dots, «-» and «/») is the rule's date, a
 * label like an act's after «№ N от» (round 40). `k` is the token before «от». Reads at most `NORM_CODE_TOKENS` tokens back.
 */
function normCodeBefore(c: Cursor, k: number): boolean {
  let p = k;
  const stop = Math.max(0, k - NORM_CODE_TOKENS);
  if (c.toks[p]?.type !== 'num') return false;
  while (p - 2 >= stop && (c.isPunct(p - 1, '.') || c.isPunct(p - 1, '-') || c.isPunct(p - 1, '/')) && glued(c, p - 1) && glued(c, p) && c.toks[p - 2]?.type === 'num') p -= 2;
  let q = p - 1;
  if (c.toks[q]?.text === 'р' && c.toks[q]!.type === 'word') q--; // «ГОСТ Р 7.0.97-2016»
  return c.toks[q]?.type === 'word' && NORM_CODE.test(c.toks[q]!.text);
}

/**
 * Round 129. «Дата оформляется словесно-цифровым способом; номер состоит из знака "N" и порядкового номера приказа, например: 15 июня
 * 2010 г. N 44.» (the Ministry of Education's instruction on office work, the forms of its orders,
 * https://consultant.ru/document/cons_doc_LAW_226741/de0ba739ab9a1f3015c365b4a70568185fbb1ec9 — corpus-real-117): an example word
 * («например», «к примеру», «напр.») with its comma or colon between an act's noun and a date with the act's number is the act's
 * example date, a label like round 44's (it was `on` 2010-06-15: the punctuation hid the noun from `issuedActBefore`). `k` is the token
 * before the date; returns the token before the example word, or -1 when none stands there.
 */
function exampleWordBefore(c: Cursor, k: number): number {
  if (c.isPunct(k, ':') || c.isPunct(k, ',')) k--;
  if (c.isPunct(k, '.') && c.toks[k - 1]?.text === 'напр') k--;
  const word = c.toks[k]?.text;
  if (word === 'например' || word === 'напр') k--;
  else if (word === 'примеру' && c.toks[k - 1]?.text === 'к') k -= 2;
  else return -1;
  if (c.isPunct(k, ',')) k--;
  return k;
}

/**
 * Round 163. «См. новый межведомственный комплексный план мероприятий, утв. Правительством РФ 10.04.2023 N 3838п-П8.» (a federal
 * plan for pupils with disabilities, https://www.consultant.ru/document/cons_doc_LAW_412831/8d7f4f5d76198db7726964e20c116a1394e16858
 * — corpus-real-152): the word of approval («утв.», «утвержден», «утверждённого» …) within six words before a full date with an act's
 * number after it says the date and number are the approving act's, labels like round 44's after an act's noun (it was `on`
 * 2023-04-10). Only with the number after the date (`documentDate`).
 */
const APPROVED = /^утв(?:ержд[а-яё]*)?$/;

/** The nouns of acts whose date is the day they were issued (not a meeting's day, as a protocol's is). */
// Round 170: «Приложение к пр№ 370 от 30.08.2019 г» (a school's plan of its class teachers' МО, its approval line,
// https://uchitelya.com/russkiy-yazyk/184844-plan-raboty-mo-klassnyh-rukovoditeley-na-2019-2020-uchebnyy-god.html — corpus-real-158; it
// was `on` 2019-08-30): «пр» / «прик», the abbreviations of «приказ», before an act's number name the order like the word
// Round 184: «Диетическое меню отсутствует (на основании контракта №512/1, №512/2, №512/3 от 27.08.2024)» (a school's menu page,
// http://school512.ru/svedeniya/obrazovatelnye-standarty/2-uncategorised/863-menyu — corpus-real-170; it was `on` 2024-08-27): a contract,
// an agreement or a treaty («контракт», «договор», «соглашение») is issued and dated like an order, so its «№ N от <дата>» is its label
// Round 205: «Утв. расп. № 190 от 02.07.2012» (the approval line of a district's административный регламент of additional education in
// culture, http://dshi-15.ru/documents/5.html — corpus-real-188; it was `on` 2012-07-02): «расп», «распор», «распоряж» (abbreviations of
// «распоряжение») and «постан» (of «постановление») name the act as «пр» / «прик» name an order; a bare «пост» is no abbreviation here
// (a post, a fast)
const ISSUED_ACT = /^(?:(?:письм|приказ|постановлени|распоряжени|решени|закон|поручени|предписани|обращени|заявлени|жалоб|апелляци|ходатайств|контракт|договор|соглашени)[а-я]*|указ(?:а|у|ом|е|ы|ов)?|пр|прик|расп|распор|распоряж|постан)$/;
/** Round 179: the noun of a protocol, whose number's date is its meeting's day (`issuedActBefore`). */
const PROTOCOL_NOUN = /^протокол[а-я]*$/;

/**
 * «Протокол от 26.08.2022 № 1», «(протокол от 31.01.2022 № 4)», «ПРОТОКОЛ заседания педагогического совета от 06 ноября 2017 № 3»: a
 * protocol's date is the day of its meeting in either order, before its number as after it («Протокол № 1 от 26.08.2022», round 40);
 * only an issued act's date between «от» and «№» is a label (round 11). True when the noun of a protocol stands within the five words
 * before «от» at `k + 1`, with no issued act's noun and no sign but a dot between them. Reads five tokens.
 */
function protocolBefore(c: Cursor, k: number): boolean {
  for (let p = k; p >= 0 && p > k - 5; p--) {
    const t = c.toks[p]!;
    if (t.type === 'punct' && t.text !== '.') return false;
    if (t.type !== 'word') continue;
    if (PROTOCOL_NOUN.test(t.text)) return true;
    if (ISSUED_ACT.test(t.text)) return false;
  }
  return false;
}

/**
 * Round 40. «На основании письма ОМВД России по Еманжелинскому району №53/10512 от 28.10.2015г. и на основании постановления
 * Правительства РФ от 17.12.2013г. №1177 …» (a district education office's notice, https://emschool4.ru/news/2015-11-17-109): a full
 * date after «№ <номер> от» is that document's date, a label, the mirror of a date between «от» and «№» (`documentDate`; it was
 * read as the day 2015-10-28). The date is written in figures («28.10.2015», «28.10.2015г.») or in words («15 мая 2020 года»), with
 * its year words. Only for an act that is issued — a letter, an order, a decree, a decision, a law (`issuedActBefore`): a protocol's
 * date is the day of its meeting, so «протокол № 2 от 30.08.2021» stays on 08-30. Returns the index after the date, or `j` when no
 * such date follows.
 * Round 215. «Приказ № 61 от 2016-01-22г./Министерство образования и науки Республики Казахстан» (a legal database's heading of
 * Kazakhstan's order on экстернат, https://bestprofi.com/home/document/677267999 — corpus-real-197; it was `on` 2016-01-22): the
 * date may also be written year first with hyphens, «2016-01-22», as a database prints it — the act's label all the same.
 */
function dateOfNumberEnd(c: Cursor, j: number): number {
  if (c.isPunct(j, '(')) return bracketedDateOfNumberEnd(c, j);
  if (c.toks[j]?.text !== 'от' || !c.isNum(j + 1, 4)) return j;
  const k = j + 1;
  if (!c.isNum(k) && !yearFirstDate(c, k)) return j;
  const numeric = c.isPunct(k + 1, '.') && c.isNum(k + 2) && c.isPunct(k + 3, '.') && c.isNum(k + 4, 4);
  const inWords = !numeric && c.isCls(k + 1, 'month') && c.isNum(k + 2, 4);
  const yearFirst = !numeric && !inWords && yearFirstDate(c, k);
  if (!numeric && !inWords && !yearFirst) return j;
  return skipYearWords(c, k + (numeric || yearFirst ? 5 : 3), { school: false, plural: false });
}

/** Round 215. A date written year first with glued hyphens at `k` («2016-01-22»), the form `isoDateAt` reads as a day. */
function yearFirstDate(c: Cursor, k: number): boolean {
  if (!c.isNum(k, 4) || !c.isPunct(k + 1, '-') || !c.isNum(k + 2) || !c.isPunct(k + 3, '-') || !c.isNum(k + 4)) return false;
  for (let m = k + 1; m <= k + 4; m++) if (c.toks[m]!.space) return false;
  return c.toks[k + 2]!.text.length === 2 && c.toks[k + 4]!.text.length === 2;
}

/**
 * Round 33. «… по адресу: пл. В.И. Ленина, д. 5, ежедневно (в рабочие дни) с 09:00 до 16:00.» (a city's admission office,
 * https://m.ru24.net/mix/373171242), «каб. 12», «дом 3, корпус 2»: a number right after a noun of an address — «дом», «корпус»,
 * «строение», «квартира», «кабинет», «аудитория», «офис», «помещение», or «д.», «корп.», «стр.», «каб.», «ауд.», «оф.», «пом.» with
 * their dot — is a house, a building or a room: a label, not a day (it was `unparsed`, «непонятное число «5»»). Parts glued to it
 * go with it («д. 12/1», «д. 5-7», «д. 5а»). Not when a dot and a number follow it glued, as in a date («д. 15.05»). Returns the
 * index after it, or -1.
 */
export function addressNumber(c: Cursor, i: number): number {
  const dotted = c.isPunct(i - 1, '.');
  const before = c.toks[dotted ? i - 2 : i - 1];
  const noun = before?.type === 'word' ? addressNoun(before.text) : null;
  if (noun === null || (noun === 'abbreviation' && !dotted)) {
    if (before?.type !== 'word' || !(hallRoom(c, i, dotted, before.text) || roomAfterHouse(c, i, dotted, before.text))) return -1;
  }
  if (c.isPunct(i + 1, '.') && glued(c, i + 1) && c.toks[i + 2]?.type === 'num' && glued(c, i + 2)) return -1;
  let j = gluedParts(c, i + 1, (t) => t.type === 'num');
  if (c.toks[j]?.type === 'word' && c.toks[j]!.text.length === 1 && glued(c, j)) j++; // «5а»
  c.label();
  return j;
}

/** Round 271. A hall of an address: «зал», «зала», «зале», «залом»; the meeting it is for after it: «зал заседаний», «зал совещаний». */
const HALL_NOUN = /^зал(?:а|е|у|ом)?$/;
const HALL_PURPOSE = /^(?:заседаний|совещаний|собраний|приёмов|приемов)$/;

/**
 * Round 271. «7 мая 2019 года в 17:00 по адресу: ул. Свердлова, д. 48, зал заседаний 608, состоятся публичные слушания …» (a town
 * newspaper's notice of a hearing, https://polkrug.ru/news/politika/10009-publichnye-slushaniya-21 — corpus-real-234; it was
 * `unparsed`, «непонятное число «608»»): a number right after «зал» or after «зал заседаний / совещаний / собраний» is a room, a label
 * like round 33's «каб. 12». Not before a month («зал 15 мая»), nor with no space before the number. `word` is the word before it.
 */
function hallRoom(c: Cursor, i: number, dotted: boolean, word: string): boolean {
  if (dotted || c.isCls(i + 1, 'month')) return false;
  if (HALL_NOUN.test(word)) return true;
  return HALL_PURPOSE.test(word) && c.toks[i - 2]?.type === 'word' && HALL_NOUN.test(c.toks[i - 2]!.text);
}

/**
 * Round 271. «Публичные слушания будут проводиться … 14.12.2021 в 17.00 час. в здании Администрации города Ростова-на-Дону по адресу:
 * г. Ростов-на-Дону, ул. Б. Садовая, д. 47, к. 440 (4 этаж).» (a city treasury's notice of a budget hearing,
 * http://mukazna.rostov-gorod.ru:22281/news/862662608 — corpus-real-234; it was `unparsed`, «непонятное число «440»»): «к.» with its dot
 * after a house's number and its comma («д. 47, к. 440», «дом 3, к. 2») is a room or a building, a label. Only there: «к» alone is
 * «towards» («к 15 мая», «к. 15 мая» typed with a stray dot stay the day). `word` is the word before the dot.
 */
function roomAfterHouse(c: Cursor, i: number, dotted: boolean, word: string): boolean {
  if (!dotted || word !== 'к' || !c.isPunct(i - 3, ',') || c.isCls(i + 1, 'month')) return false;
  let h = i - 4; // the house's number, back over its glued parts («12/1», «5-7», «5а»)
  if (c.toks[h]?.type === 'word' && c.toks[h]!.text.length === 1 && glued(c, h)) h--;
  while ((c.isPunct(h - 1, '/') || c.isPunct(h - 1, '-')) && glued(c, h) && glued(c, h - 1) && c.toks[h - 2]?.type === 'num') h -= 2;
  if (c.toks[h]?.type !== 'num') return false;
  const k = c.isPunct(h - 1, '.') ? h - 2 : h - 1;
  const house = c.toks[k];
  return house?.type === 'word' && addressNoun(house.text) !== null && (c.isPunct(h - 1, '.') || addressNoun(house.text) === 'full');
}

/**
 * Round 271. «1. Назначить публичные слушания по проекту межевания территории д. Шмагины …, в границах земельного участка
 * 43:30:390813:3803 (далее Проект) с 15.06.2023г. по 30.06.2023» (a rural settlement's decree on a hearing,
 * https://shixovskoe-r43.gosweb.gosuslugi.ru/ofitsialno/publichnye-slushaniya/novosti_246.html — corpus-real-234; it was `unparsed`,
 * «непонятное число «43»»): four or more groups of figures glued by colons are a cadastral number (district, area, quarter, plot), a
 * label. A time has two or three groups («17:00», «10:44:18») and reads as before. Returns the index after it, or -1.
 */
export function cadastralNumber(c: Cursor, i: number): number {
  let j = i + 1;
  let groups = 1;
  while (c.isPunct(j, ':') && glued(c, j) && c.toks[j + 1]?.type === 'num' && glued(c, j + 1)) {
    j += 2;
    groups++;
  }
  if (groups < 4) return -1;
  c.label();
  return j;
}

/** Round 78. Nouns of a street and their abbreviations (the abbreviations only with their dot), before a street's name. */
const STREET_NOUN = /^(?:улиц[аеуыи]|переул[а-я]*|проспект[а-я]*|площад[иь]|шоссе|бульвар[а-я]*|набережн[а-я]*|проезд[а-я]*|тракт[а-я]*|микрорайон[а-я]*)$/;
const STREET_ABBREVIATION: ReadonlySet<string> = new Set(['ул', 'пер', 'просп', 'пл', 'наб', 'ш', 'мкр', 'мкрн']);

/**
 * Round 78. «… в феврале 1989г. расположился по адресу: г. Курган, ул. Красина, 70.» and «… переведен в здание по адресу: г.Курган, ул.
 * Гоголя, 103-а.» (the history of a city's ИМЦ, http://kvels45.ru/companies/Biblioteka_Kurganskiy_gorodskoy_innovatsionno-metodicheskiy_tsen.html
 * and https://xn--45-vlcq4c.xn--p1ai/88/10/71/344/ — corpus-real-67): a number right after a street's name and its comma — «ул.», «пер.»,
 * «пл.», «просп.» with their dot or «улица», «переулок», «проспект», «площадь», «шоссе», «бульвар», «набережная», «проезд», «тракт»,
 * «микрорайон», then one to four words of the name (initials with their dots too: «пл. В.И. Ленина») — is the house's number, a label
 * like round 33's «д. 5» (they were `unparsed`, «непонятное число «70»», «… «103»»). A letter glued to it goes with it («103-а», «5а»,
 * «12/1»). Not when a month follows it or a dot and a number glued to it, as in a date («ул. Ленина, 15 мая», «ул. Ленина, 15.05»).
 * Returns the index after it, or -1.
 */
export function streetNumber(c: Cursor, i: number): number {
  if (!c.isPunct(i - 1, ',')) return -1;
  let words = 0;
  let found = streetNamedAlone(c, i - 2) || streetAfterAddress(c, i - 2);
  for (let k = i - 2; !found && k >= 0 && k >= i - 12; k--) {
    const t = c.toks[k]!;
    if (t.type === 'word') {
      if (words > 0 && (STREET_NOUN.test(t.text) || (STREET_ABBREVIATION.has(t.text) && c.isPunct(k + 1, '.')) || hyphenStreet(c, k))) {
        found = true;
        break;
      }
      if ((t.cls !== 'other' && !(t.text.length === 1 && c.isPunct(k + 1, '.'))) || ++words > 4) return -1; // «В.И.»: initials
    } else if (!(t.type === 'punct' && (t.text === '.' || t.text === '-'))) return -1;
  }
  if (!found) return -1;
  if (c.isCls(i + 1, 'month') || (c.isPunct(i + 1, '.') && glued(c, i + 1) && c.toks[i + 2]?.type === 'num' && glued(c, i + 2))) return -1;
  let j = gluedParts(c, i + 1, (t) => t.type === 'num' || (t.type === 'word' && t.text.length === 1));
  if (c.toks[j]?.type === 'word' && c.toks[j]!.text.length === 1 && glued(c, j)) j++; // «5а»
  c.label();
  return j;
}

/** Rounds 78 and 271. A street's abbreviations written with a hyphen and no dot (the tokeniser splits them at the hyphen). */
const HYPHEN_STREET: ReadonlySet<string> = new Set(['пр-т', 'пр-кт', 'пр-д', 'б-р']);

/**
 * Round 271. «1. Назначить публичные слушания … на 27 ноября 2020 года в 13.30 час. по адресу: г. Череповец, пр-кт Строителей, 2, каб.
 * 309.» (a mayor's decree on a budget hearing, https://cherinfo.ru/glavanpa/111270-postanovlenie-glavy-goroda-cerepovca-ot-12112020-no-66-o-naznacenii-publicnyh-slusanij-po-proektu-gorodskogo-budzeta-na-2021-god
 * — corpus-real-234; it was `unparsed`, «непонятное число «2»»): a street's abbreviation written with a glued hyphen and no dot —
 * «пр-кт», «пр-т», «пр-д», «б-р» — is a street's noun like «просп.», so the number after its name and comma is the house's. The
 * tokeniser splits them at the hyphen: the last part is at `k`.
 */
function hyphenStreet(c: Cursor, k: number): boolean {
  return c.isPunct(k - 1, '-') && glued(c, k - 1) && glued(c, k) && c.toks[k - 2] !== undefined && HYPHEN_STREET.has(`${c.toks[k - 2]!.text}-${c.toks[k]!.text}`);
}

/**
 * Round 247. «3 мая в почтовом отделении на Мясницкой, 26, прошёл флешмоб «Поздравь ветерана с Победой!».» (a national weekly on the
 * «Георгиевская ленточка», https://aif.ru/society/history/pobedonoscam_nashim_akciya_georgievskaya_lentochka_startovala_11_let_nazad —
 * corpus-real-223; it was `unparsed`, «непонятное число «26»»): a street named by its adjective alone after «на» — «на Мясницкой»,
 * «на Тверской», «на Садовой», «на Невском» (an adjective in «-ской / -цкой / -овой / -евой / -иной» or the same in «-ом») — and its
 * comma is a street's name like round 78's «ул. Красина,»: the number after it is the house's. Only right after «на», so «на следующей
 * неделе, 26 …» (no such ending) and «в Московской области, 26 …» (no «на») read as before. The word at `k`.
 */
const STREET_NAME_ALONE = /(?:[сц]к|ов|ев|ин)(?:ой|ом)$/;
function streetNamedAlone(c: Cursor, k: number): boolean {
  const t = c.toks[k];
  return t !== undefined && t.type === 'word' && t.cls === 'other' && t.text.length > 5 && STREET_NAME_ALONE.test(t.text) && c.toks[k - 1]?.text === 'на';
}

/**
 * Round 282. «Выставку можно посетить с 4 по 17 июня по адресу Шубина, 1.» (a regional weekly's news of an archive's exhibition,
 * https://arh.aif.ru/culture/events/v_arhangelske_otkryvaetsya_vystavka_s_pismami_petra_i_i_ekateriny_ii — corpus-real-243; it was
 * `unparsed`, «непонятное число «1»»): a street's name alone — one or two plain words, no «ул.» — right after «по адресу» (a colon may
 * stand between) and its comma is a street's name like round 78's «ул. Красина,»: the number after it is the house's. Only right after
 * «адресу», so «по адресу: Москва, 15 мая …» keeps its day (a month after the number), as every street's number does. The word at `k`.
 */
function streetAfterAddress(c: Cursor, k: number): boolean {
  for (let w = 0; w < 2; w++, k--) {
    const t = c.toks[k];
    if (t === undefined || t.type !== 'word' || t.cls !== 'other' || t.text.length < 3) return false;
    const before = c.isPunct(k - 1, ':') ? k - 2 : k - 1;
    if (c.toks[before]?.text === 'адресу') return true;
  }
  return false;
}

/** Round 80. Nouns a telephone number or a line's number follows: «по номеру 122», «по телефону 8-800-…», «горячей линии 122». */
const PHONE_NOUN = /^(?:номер[а-я]*|телефон[а-я]*|тел|лини[яиюей])$/;

/**
 * Round 80. «Позвонив по номеру 122, пострадавший от буллинга свяжется с одним из операторов, которые находятся на рабочем месте
 * круглосуточно.» (a regional news site on the anti-bullying hot line,
 * https://vologda-poisk.ru/news/obschestvo/vologzhane-mogut-pozvonit-po-goryachey-linii-chtoby-presech-travlyu — corpus-real-69),
 * «… на телефон горячей линии 122 (круглосуточно) …»: a number right after «номер», «телефон», «тел.» or «линия» is a telephone or a
 * line's number — a label, not a day (it was `unparsed`, «непонятное число «122»»), also with up to two plain words between them
 * («телефона доверия 122»). Parts glued to it by dashes go with it («8-800-2000-122»). Not when a dot and a number follow it glued,
 * or a month, as in a date («по номеру 12.05», «номер приказа 5 мая»). Returns the index after it, or -1.
 */
export function phoneNumber(c: Cursor, i: number): number {
  const dotted = c.isPunct(i - 1, '.');
  let p = dotted ? i - 2 : i - 1;
  // Round 122: «… номер детского телефона доверия: 8-800-2000-122.», «… с мобильного телефона - 124»: a colon or a dash between the
  // noun (or its two words) and the number introduces it, as a space does
  if (!dotted && (c.isPunct(p, ':') || c.isPunct(p, '-'))) p--;
  // «телефона доверия 122», «номер горячей линии 122»: up to two plain words between the noun and the number
  for (let words = 0; words < 2 && !dotted && c.toks[p]?.type === 'word' && c.toks[p]!.cls === 'other' && !PHONE_NOUN.test(c.toks[p]!.text); words++) p--;
  const before = c.toks[p];
  if (before?.type !== 'word' || !PHONE_NOUN.test(before.text) || (dotted && before.text !== 'тел')) return -1;
  if (c.isPunct(i + 1, '.') && glued(c, i + 1) && c.toks[i + 2]?.type === 'num' && glued(c, i + 2)) return -1;
  if (c.isCls(i + 1, 'month') || c.isCls(i + 1, 'dayOfMonth')) return -1; // «номер приказа 5 мая»: a day
  const j = gluedParts(c, i + 1, (t) => t.type === 'num');
  c.label();
  return j;
}

/**
 * Round 80. «… легкоатлетическая эстафета 4х200 м., баскетбол 3х3.» (a town's education office on the school sports clubs' games,
 * http://uo-minusinsk.ru/?mode=news&id=782 — corpus-real-69; it was `unparsed`, «непонятное число «4»»): two numbers joined by a glued
 * «х» (or Latin «x») are a format of play or a relay — «3х3», «4х100», «5x5» — a label, not a day. Returns the index after it, or -1.
 */
export function timesFormat(c: Cursor, i: number): number {
  const x = c.toks[i + 1];
  if (x?.type !== 'word' || x.text !== 'х' || !glued(c, i + 1) || c.toks[i + 2]?.type !== 'num' || !glued(c, i + 2)) return -1;
  c.label();
  return i + 3;
}

/** Round 114. «серия», «серии», «серию», «серией»: the series of a document's form, before its code. */
const SERIES_NOUN = /^(?:сери[яиюе]|серией)$/;

/**
 * Round 114. «серия 66А01 № 0002304, рег. № 8616 на срок до 06 февраля 2025» (a school's self-evaluation report, its accreditation
 * line, http://2nsergi.uralschool.ru/file/card?id=1829 — corpus-real-102; it was `unparsed`, «непонятное число «01»»): the figures and
 * short letter codes right after «серия / серии» are the series of a document's form — «66А01», «03 АО1», «34 ЛО1», «66» —, a label like
 * the number after «№», never a day. The code runs on through numbers and through codes of up to three letters glued to a number before
 * or after them; it stops at any other word, a punctuation mark («№», «,») or a number with a month word after it. Not when a month word
 * or a dot and a glued number follow the first figure («серии 5 мая», «серии 15.05»: a date). Returns the index after the code, or -1.
 */
export function seriesCode(c: Cursor, i: number): number {
  const before = c.toks[i - 1];
  if (before?.type !== 'word' || !SERIES_NOUN.test(before.text)) return -1;
  if (c.isCls(i + 1, 'month') || (c.isPunct(i + 1, '.') && glued(c, i + 1) && c.toks[i + 2]?.type === 'num')) return -1;
  let j = i + 1;
  for (;;) {
    const t = c.toks[j];
    if (t === undefined) break;
    if (t.type === 'num' && !c.isCls(j + 1, 'month') && !c.isPunct(j + 1, '.')) j++;
    else if (t.type === 'word' && t.cls === 'other' && t.text.length <= 3 && (glued(c, j) || (glued(c, j + 1) && c.toks[j + 1]?.type === 'num'))) j++;
    else break;
  }
  c.label();
  return j;
}

/** Round 46. The abbreviations of a school's type and the nouns «лицей», «гимназия» that a school's number follows. */
const SCHOOL_TYPE = /^(?:сош|оош|нош|сш|ош|мсош|цо|лице[йяюе]|гимнази[яиюей]+)$/;

/**
 * Round 46. «План мероприятий мбоу оош 19 по активизации работы со слабоуспевающими выпускниками 9 класса в 2011.» (a report on work
 * with pupils at risk of failing copied in a gist, https://gist.github.com/anonymous/6ba8bcba8ad8f4ce16a3be30f658a2cd — corpus-real-42),
 * «МБОУ СОШ 5», «лицей 2», «гимназии 3»: a number right after the abbreviation of a school's type is the school's number — a label,
 * like the number after «№» (it was `unparsed`, «непонятное число «19»», the «по» after it read as the end of a window). Not when a
 * month follows it or a dot and a number glued to it, as in a date («в СОШ 15 мая», «гимназия 15.05»), nor for a number of four
 * figures («для выпускников гимназии 2001 года»: a year). Returns the index after it, or -1.
 */
export function schoolNumber(c: Cursor, i: number): number {
  const before = c.toks[i - 1];
  if (before?.type === 'word' && SCHOOL_NOUN.test(before.text)) return schoolNounNumbers(c, i);
  if (before?.type !== 'word' || !SCHOOL_TYPE.test(before.text) || c.toks[i]!.text.length > 3) return -1; // «гимназии 2001 года»: a year
  if (c.isCls(i + 1, 'month') || (c.isPunct(i + 1, '.') && glued(c, i + 1) && c.toks[i + 2]?.type === 'num')) return -1;
  c.label();
  return i + 1;
}

/** Round 166. The noun «школа» in any case and number, which a school's number may follow as after «СОШ». */
const SCHOOL_NOUN = /^школ(?:а|ы|е|у|ой|ою|ам|ами|ах)?$/;

/**
 * Round 166. «С 6 по 8 сентября Дом детского творчества радушно встречал учащихся школ 276 и 279.» (a house of children's creativity's
 * news of its open days, https://ddt-gadzhievo.ru/news/2018-09-11 — corpus-real-154; it was `unparsed`, «непонятное число «276»»):
 * numbers of one to three figures right after «школа» in any case — one, or several joined by «и» or commas — are the schools'
 * numbers, labels like round 46's «СОШ 19». Only when what follows the last of them is no date word, no count's word and no dot glued
 * to a figure («в школе 5 и 6 мая», «в школе 1 сентября», «школы 2 раза в год» read as before), and each number is bare (no dot or
 * dash glued to it). Returns the index after the last number, or -1.
 */
function schoolNounNumbers(c: Cursor, i: number): number {
  let j = i;
  for (;;) {
    const t = c.toks[j];
    if (t?.type !== 'num' || t.text.length > 3) return -1;
    const next = c.toks[j + 1];
    if (next !== undefined && next.type === 'punct' && !next.space && (next.text === '.' || next.text === '-') && c.toks[j + 2]?.type === 'num') return -1;
    j++;
    const k = c.isPunct(j, ',') ? j + 1 : c.toks[j]?.text === 'и' ? j + 1 : -1;
    if (k < 0 || c.toks[k]?.type !== 'num') break;
    j = k;
  }
  const after = c.toks[j];
  if (after !== undefined && after.type === 'word' && after.cls !== 'other') return -1; // «в школе 5 и 6 мая», «школы 2 раза в год»
  c.label();
  return j;
}

/**
 * Round 127. The abbreviations of an educational organisation that a district report or a plan writes its number after: «ОУ», «ОО»,
 * «ДОУ» and the municipal and state ones («МОУ», «МБОУ», «МАОУ», «МКОУ», «ГБОУ», «ГОУ», «МДОУ», «МБДОУ», «МАДОУ», «ГБДОУ»).
 */
const ORGANISATION_TYPE = /^(?:оу|оо|доу|доо|моу|мбоу|маоу|мкоу|гбоу|гоу|гаоу|ноу|мдоу|мбдоу|мадоу|мкдоу|гбдоу)$/;

/**
 * Round 127. «Кустовое родительское собрание прошло 5 апреля в ОУ 264.» (a district centre's report of its vocational-guidance month,
 * http://prof.cduttkirspb.ru/p46aa1.html — corpus-real-115; it was `unparsed`, «непонятное число «264»»), «ГБОУ 221», «МБДОУ 12»: a
 * number of one to three figures right after the abbreviation of an educational organisation is its number — a label, like round
 * 46's «МБОУ СОШ 5». A word after the number made it a label already; this reads it before punctuation or the text's end too. A number
 * that can be a day (1–31) is not taken when a month, a dot and a number glued to it, a count's word («ОО 1 раз в месяц», «ОУ 10
 * дней») or a dash, comma, «и», «по» and another number follow (a date or a window: «руководителей ОО 15-16 сентября», «в МБОУ 15
 * мая»); a larger one is no day, so its dash before a date is a label's («для ОУ 264 – 20 октября»). Returns the index after it, or -1.
 */
export function organisationNumber(c: Cursor, i: number): number {
  const before = c.toks[i - 1];
  const t = c.toks[i]!;
  if (before?.type !== 'word' || !ORGANISATION_TYPE.test(before.text) || t.text.length > 3) return -1;
  if (t.n <= 31) {
    const w = c.toks[i + 1];
    if (w !== undefined && w.type === 'word' && w.cls !== 'other') return -1; // «в МБОУ 15 мая», «ОО 1 раз в месяц»
    if (w !== undefined && w.type === 'punct' && c.toks[i + 2]?.type === 'num' && (w.text !== '.' || glued(c, i + 2) || c.isCls(i + 3, 'month'))) return -1;
    if (w !== undefined && (w.cls === 'and' || w.cls === 'to') && c.toks[i + 2]?.type === 'num') return -1; // «ОО 15 и 16 сентября»
  }
  c.label();
  return i + 1;
}

/**
 * Round 31. «8. карта формы №26/у-2000 (…, но не позднее 05 сентября …)» (a school's list of admission documents), «приказ
 * №01-28/08-01»: a number after «№» runs on through the parts glued to it by «/» or «-», numbers or short letter codes («у», «Р»,
 * «од»), with no space on either side — all of it is the code, so its «2000» is no year. A part after a spaced dash is not its
 * («№ 5 - 15 мая»). Returns the index after the code.
 */
function numberCodeEnd(c: Cursor, j: number): number {
  // Round 187. «… на основании письма Министерства общего и профессионального образования №24/3.2-14536 от 06.09.2023, …» (a district
  // education office's news of the Неделя безопасности дорожного движения, https://bkobr.ru/press-centr/novosti/3787-vserossijskaya-nedelya-bezopasnosti-dorozhnogo-dvizheniya
  // — corpus-real-173; it was `unparsed`, «непонятное число «2»»): a part after a slash may have its own dotted parts («/3.2»), and
  // the parts glued after them by «-» or «/» are the number's too («-14536»), so the whole «24/3.2-14536» is one act's number. Only
  // after a «/» or «-» part (a plain «№ 5.12» is read as before), each step reading two tokens
  // Round 180. «Приказ № 30а от 25.02.2022» (a kindergarten's instruction on personnel records, its approval line,
  // https://bur-madou-st.tvoysadik.ru/file/card?id=6499 — corpus-real-166; it was `on` 2022-02-25): a letter glued to the number
  // («№ 30а», «№ 12б») is part of it, as «-а» after a dash is, so the date after «от» is the act's label (round 40). Not «г»,
  // a year's word
  j = gluedLetterEnd(c, j);
  let k = gluedParts(c, j, isCodePart);
  if (k > j) while (c.isPunct(k, '.') && glued(c, k) && c.toks[k + 1]?.type === 'num' && glued(c, k + 1)) k = gluedParts(c, k + 2, isCodePart);
  // Round 200. «Приказ №62-е от 23.06.2025г.» (a school's Положение о профилактике деструктивного поведения, its approval line,
  // https://moschki-sosh.tverschool.ru/file/card?id=634 — corpus-real-184; it was `on` 2025-06-23): a letter glued after a dash that
  // is also an ordinal's ending («-е», «-й», «-я») is the number's letter after «№» too, as «№ 1-з», «№ 62-а» are — a number has no
  // ordinal ending —, so the date after «от» is the act's label (round 40)
  if (c.isPunct(k, '-') && glued(c, k) && glued(c, k + 1) && c.toks[k + 1]?.type === 'word' && c.toks[k + 1]!.text.length === 1 && c.toks[k + 1]!.cls === 'ordinalSuffix') k += 2;
  return gluedLetterEnd(c, k);
}

/** Round 180: one letter glued after a number's figures («30а», «01-02/15а»), not «г» (a year's word); the index after it, or `j`. */
function gluedLetterEnd(c: Cursor, j: number): number {
  const letter = c.toks[j];
  return letter?.type === 'word' && letter.text.length === 1 && letter.text !== 'г' && glued(c, j) ? j + 1 : j;
}

/** Whether the token at `k` is there and written with no space before it. */
function glued(c: Cursor, k: number): boolean {
  return c.toks[k] !== undefined && !c.toks[k]!.space;
}

/**
 * From `j`, the parts joined to what came before by a «/» or «-» with no space on either side, each a token `part` accepts
 * («12/1», «5-7» of an address, «/у-2000» of a form's number). Returns the index after the last one.
 */
function gluedParts(c: Cursor, j: number, part: (t: Token) => boolean): number {
  while ((c.isPunct(j, '/') || c.isPunct(j, '-')) && glued(c, j) && glued(c, j + 1) && part(c.toks[j + 1]!)) j += 2;
  return j;
}

/**
 * Round 42. «Результаты экзаменов по ОГЭ за 30.05 и ОГЭ и ГВЭ за 01.06, кроме литературы, являются предварительными до 16:00 13 июня.»
 * (an exam page copied in a public gist, https://gist.github.com/7275ecc536f2594e649ea4f39f2d0c63): a day right after «за» («за
 * 30.05», «за 1 июня», «за 30.05.2021») is the day a result or a report is for — a label, like the year of «за 2020 год» — when a
 * deadline with its own number follows later («до …», «не позднее …», «к …»); they read as `on` every day named. «за 30.05» alone,
 * «за 2 дня до …» and «за 10 дней» read as before. Returns the index after the day, or -1.
 */
export function reportedDay(c: Cursor, i: number): number {
  if (c.toks[i - 1]?.text !== 'за' || c.toks[i]!.n < 1 || c.toks[i]!.n > 31) return -1;
  let j: number;
  if (c.isPunct(i + 1, '.') && c.isNum(i + 2) && c.toks[i + 2]!.text.length === 2 && c.toks[i + 2]!.n >= 1 && c.toks[i + 2]!.n <= 12) {
    j = c.isPunct(i + 3, '.') && c.isNum(i + 4, 4) ? i + 5 : i + 3; // «за 30.05», «за 30.05.2021»
  } else if (c.isCls(i + 1, 'month')) j = c.isNum(i + 2, 4) ? i + 3 : i + 2; // «за 1 июня», «за 1 июня 2021»
  else return -1;
  if (lastDeadlineNumber(c) < j) return -1;
  c.label();
  return j;
}

/** The index of the last «до / к / позднее» with a number right after it in the text (−1 if none); found once per cursor, so many «за» stay linear. */
const LAST_DEADLINE = new WeakMap<Cursor, number>();
function lastDeadlineNumber(c: Cursor): number {
  let last = LAST_DEADLINE.get(c);
  if (last === undefined) {
    last = -1;
    for (let k = c.n - 2; k >= 0; k--) {
      if ((c.isCls(k, 'by') || c.isCls(k, 'towards') || c.toks[k]!.text === 'позднее') && c.isNum(k + 1)) {
        last = k;
        break;
      }
    }
    LAST_DEADLINE.set(c, last);
  }
  return last;
}

/**
 * Round 210. How far before the date the verb of `registryNumberAfter` still makes it the day it happened: the registry's full name may
 * stand between — «Зарегистрировано в Национальном реестре правовых актов Республики Беларусь 30 марта 2005 г. N 8/12342» (a Belarusian
 * ministry's decree on a school's site, https://ozerich.pukhovichi-asveta.gov.by/… — corpus-real-193; it was `unparsed`: seven words
 * stand between the verb and the date, one more than round 168's six) is on 2005-03-30 like round 168's «Зарегистрировано в НРПА РБ 8
 * августа 2011 г. N 9/43036». Ten tokens; punctuation other than «:» and «.» still ends the reach.
 */
const REGISTERED_REACH = 11;
/** Round 168: the verbs and participles of what happens to a text on a day — registered, published, posted, received, updated (`registryNumberAfter`). */
const HAPPENED_TO_TEXT = /^(?:зарегистрирова|регистрир|опубликова|публик|размещ|поступ|получ|обновл|добавл|изменен|внесен)[а-яё]*$/;

/**
 * Round 168. «ПРОФИЛАКТИКА ОСТРЫХ РЕСПИРАТОРНЫХ ВИРУСНЫХ ИНФЕКЦИЙ (МЕТОДИЧЕСКИЕ РЕКОМЕНДАЦИИ) 12 июня 1980 г. N 08-14/4-14» (a doctors'
 * forum quoting the ministry's guidance of 1980, https://www.medspecial.ru/forum/forum28/topic2120/ — corpus-real-156; it was `on`
 * 1980-06-12): a full date with its year, then «№ / N» and a registry number with its parts glued by «-» or «/» («08-14/4-14»,
 * «01/01-28/4091»), is a document's date and number even with no «от» and no act's noun before it (round 44 wanted the noun): a plan
 * dates its work, it does not number it so. Not after a verb of registering, publishing or posting within the six words before the date
 * («Зарегистрировано в НРПА РБ 8 августа 2011 г. N 9/43036», «Опубликовано 15.03.2021 N 12»): that date is the day it happened (round 63). `i` is the date's day.
 * Reads a few tokens after the date and at most six before it.
 */
function registryNumberAfter(c: Cursor, i: number): boolean {
  for (let p = i - 1; p >= 0 && p > i - REGISTERED_REACH; p--) {
    const t = c.toks[p]!;
    if (t.type === 'word' && HAPPENED_TO_TEXT.test(t.text)) return false;
    if (t.type === 'punct' && t.text !== ':' && t.text !== '.') break;
  }
  const numeric = c.isPunct(i + 1, '.') && c.isNum(i + 2) && c.isPunct(i + 3, '.') && c.isNum(i + 4, 4) && c.toks[i + 4]!.text.length === 4;
  const inWords = !numeric && c.isCls(i + 1, 'month') && c.isNum(i + 2, 4) && c.toks[i + 2]!.text.length === 4;
  if (!numeric && !inWords) return false;
  const j = skipYearWords(c, i + (numeric ? 5 : 3), { school: false, plural: false });
  const t = c.toks[j];
  if (!t || (t.text !== '№' && t.text !== 'n') || c.toks[j + 1]?.type !== 'num') return false;
  return (c.isPunct(j + 2, '-') || c.isPunct(j + 2, '/')) && glued(c, j + 2) && glued(c, j + 3) && c.toks[j + 3]?.type === 'num';
}

/**
 * «Приказом Минобрнауки России от 07.04.2014 N 276 …»: a full date between «от» and a document's number («№», «N») is that
 * document's date — a label, like the number after it, not a deadline.
 * Round 44. «Постановление администрации 30.05.2016 1048 "Об утверждении плана мероприятий («дорожная карта») … на период 2016-2030
 * годы"» (an accessibility roadmap's act, listed in a public gist, https://gist.github.com/9f50df9be06d7f4e869bc37c98d4d686 —
 * corpus-real-40): with no «от», a full date right after the noun of an issued act (within six words: «Постановление администрации»,
 * «приказ управления образования»), and a number after it — with «№» / «N», or bare before the act's title (a quote, «о / об») — are
 * the act's date and number, labels (it was `unparsed`, «непонятное число «1048»»); the plan's years after them are read as before.
 * Returns the index after the number, or -1.
 */
export function documentDate(c: Cursor, i: number): number {
  const from = c.toks[i - 1]?.text === 'от';
  if (from && protocolBefore(c, i - 2)) return -1;
  if (from && periodicalBefore(c, i - 2)) return -1; // round 221: a periodical's issue, the day it came out
  // round 178: «(с изменениями на 8 апреля 2015 года)», the date of a text's edition (`changesOnBefore`); round 208: «(в новой
  // редакции 31.08.2022 г.)», the edition's noun right before its date, «от» left out (`editionBefore`, round 160's «Редакция от …»)
  const changesOn = !from && c.toks[i - 1] !== undefined && (changesOnBefore(c, i - 1) || editionBefore(c, i - 1));
  // round 44: with no «от», the noun of an issued act just before the date (`issuedActBefore`); round 129: or before the example
  // word that introduces the date (`exampleWordBefore`)
  if (!from && !changesOn && !issuedActBefore(c, i - 1) && !issuedActBefore(c, exampleWordBefore(c, i - 1)) && !issuedActBefore(c, i - 1, APPROVED) && !registryNumberAfter(c, i) && !dayAfterBlankNumber(c, i)) return -1;
  // «от 07.04.2014 N 276», «от 15 мая 2020 года № 236»
  const numeric = c.isPunct(i + 1, '.') && c.isNum(i + 2) && c.isPunct(i + 3, '.') && c.isNum(i + 4, 4);
  // Round 108. «от 23.06 2000 N 1884» (an order's date in an old edition of the extern regulation,
  // https://docs.cntd.ru/document/901764134/titles/6580IP — corpus-real-96; it was `on` 2000-06-23): the year after a space, the dot
  // before it missed, is the same full date when the act's number follows
  const spaced = !numeric && c.isPunct(i + 1, '.') && c.isNum(i + 2) && c.isNum(i + 3, 4);
  const inWords = !numeric && !spaced && c.isCls(i + 1, 'month') && c.isNum(i + 2, 4);
  // Round 163. «Приказом и.о.директора МБОУ «Коробицынская СОШ» от 31 августа № 243» (a консилиум's Положение, its approval line,
  // https://korobitsyno.lenschool.ru/file/card?id=2224 — corpus-real-152; it was `on` 2021-08-31): a day and its month between «от» and
  // the act's number, the year left out, are the act's date too, a label like a full one
  const noYear = from && !numeric && !spaced && !inWords && c.isCls(i + 1, 'month') && (c.toks[i + 2]?.text === '№' || c.toks[i + 2]?.text === 'n');
  if (!numeric && !spaced && !inWords && !noYear) return from ? actDateAtEnd(c, i) : -1;
  const dated = noYear ? i + 2 : skipYearWords(c, i + (numeric ? 5 : spaced ? 4 : 3), { school: false, plural: false });
  const place = placeBeforeNumber(c, dated); // round 270: «от 13 декабря 2023 г. с. Бея № 145/1»
  const j = place >= 0 ? place : dated;
  const t = c.toks[j];
  let end = t && (t.text === '№' || t.text === 'n') ? documentNumberEnd(c, j + 1) : -1;
  if (end < 0 && t?.text === '№') end = blankNumberEnd(c, j + 1); // round 161: «приказ от 31.08.2023 № ___»
  // round 44: a bare number before the act's title («… 30.05.2016 1048 "Об утверждении …"») is its number too
  if (end < 0 && t?.type === 'num') {
    const bare = documentNumberEnd(c, j);
    if (bare >= 0 && actTitleAt(c, bare)) end = bare;
  }
  if (end < 0) {
    // round 178: an edition in brackets right after the date («Форма 1-ДО от 20.07.2011 (ред. от 02.02.2012)», `editionAfter`)
    // round 184: the day right after an issued act's blank «№», «от» left out («Приказ №______«28» марта 2025 г.», `dayAfterBlankNumber`)
    if (!changesOn && !(from && (blankNumberBefore(c, i - 2) || editionBefore(c, i - 2) || normCodeBefore(c, i - 2) || editionAfter(c, j) || numberedActBefore(c, i - 2))) && !dayAfterBlankNumber(c, i)) return -1;
    c.label();
    return j;
  }
  // Round 52. «Во исполнение письма Комитета по образованию Санкт-Петербурга от 27.02.2017 № 03-17-1165/17-0-1 от 27.02.2017 в срок до
  // 07 марта 2017 года …» (a district office's notice, https://nevarono.spb.ru/roo/1-roo/2646-vykhod-na-ljod.html — corpus-real-47): the
  // act's date written again after its number is the same label (round 40's `dateOfNumberEnd`); it was read with the «до» after it as
  // a window, `on` 2017-03-07 instead of `by`
  end = dateOfNumberEnd(c, end);
  c.label();
  return end; // the number after «№» / «N» is the document's too
}

/**
 * Round 270. «от 13 декабря 2023 г. с. Бея № 145/1» (the date line of a rural council's act on its accounting policy,
 * corpus-real-229's row; it was `on` 2023-12-13): the place an act was issued, written between its date and its number — a kind of
 * settlement with its dot or none («с.», «п.», «пос.», «пгт.», «д.», «ст.», «х.», «г.»; «с.» and «с.п.» before a capital the normaliser
 * has already cleared) and a name of one or two words (a hyphen inside one: «Ханты-Мансийск»), a dot after it or none — leaves the
 * date the act's. A meeting's record is no place: «от 31 августа 2022 года протокол № 1» stays the meeting's day (round 40). Returns the index of the «№» / «N» after the place (a number right after it), or -1.
 */
function placeBeforeNumber(c: Cursor, j: number): number {
  let k = j;
  if (SETTLEMENT_KINDS.has(c.toks[k]?.text ?? '') && c.isPunct(k + 1, '.')) k += 2;
  const name = k;
  for (let words = 0; words < 2 && isPlainWord(c, k); words++) k = c.isPunct(k + 1, '-') && isPlainWord(c, k + 2) ? k + 3 : k + 1;
  if (k === name) return -1;
  if (c.isPunct(k, '.')) k++;
  const t = c.toks[k];
  return t !== undefined && (t.text === '№' || t.text === 'n') && c.toks[k + 1]?.type === 'num' ? k : -1;
}
/** Round 270: the kinds of settlement written before a place's name, as tokens («с.п.» is one: «сп»). */
const SETTLEMENT_KINDS: ReadonlySet<string> = new Set([...SETTLEMENT_ABBREVIATIONS, 'сп']);
function isPlainWord(c: Cursor, k: number): boolean {
  return c.toks[k]?.type === 'word' && c.isCls(k, 'other') && c.toks[k]!.text !== 'n' && !NOT_A_PLACE.test(c.toks[k]!.text);
}
/** Round 270: a meeting's record after its date is no place («от 31 августа 2022 года протокол № 1» stays the meeting's day, round 40). */
const NOT_A_PLACE = /^(?:протокол|заседани|собрани|решени|приказ|постановлени|распоряжени)/;

/**
 * Round 160. «приказ № от 25.08.2014 года» (the approval line of a school's programme «Одаренные дети», the order's number left blank,
 * https://lib-5.ru/urok1/urok-39390.php — corpus-real-149; it was `on` 2014-08-25): a full date after «№ от» — the number left blank —
 * with the noun of an issued act before the «№» (`issuedActBefore`) is the act's date, a label like «Приказ № 42.6 от 01.09.2022»; a
 * protocol's blank «Протокол № от 30.08.2021» stays the day of its meeting (round 40). `k` is the token before «от».
 * Round 161. «Приказ №_____ от 31.08.2023 г.» (the approval line of a school's curriculum for pupils with intellectual disabilities,
 * https://talschool8.uralschool.ru/file/card?id=4911 — corpus-real-150; it was `on` 2023-08-31): the underscores a form leaves for the
 * number after «№» are the same blank (a long run of them the normaliser clears, leaving the bare «№»); and a date before «№ ___»
 * («приказ от 31.08.2023 № ___») is the act's too (`blankNumberEnd`).
 */
/** Round 221: the words of publishing that head the line of a text's official publication («ОПУБЛИКОВАНО», «опубликован», «публикация»). */
const PUBLISHED = /^(?:опубликова|публикац)[а-яё]*$/;
/** Round 221: how many tokens may stand between the word of publishing and the periodical's quoted name («в газете», «:»). */
const PUBLISHED_REACH = 4;

/**
 * Round 221. «ОПУБЛИКОВАНО: «Волна» от 05.07.2011 №30;» (the publication line of a regional decree on a legal database's card,
 * https://za-nas-zakon.ru/doc/postanovlenie-ot-21062011-N-203-pp-pravitelstvo-arhangelskoi-oblasti — corpus-real-201; it was
 * `unparsed`, the date read as an act's): a periodical's quoted name right before «от», with a word of publishing within a few tokens
 * before the name, makes the date and the number an issue's — the day the issue came out, as round 210 reads «Опубликовано 15.03.2021
 * N 12» and round 40 a bare «№ … от <дата>». **Decided**: a newspaper's or a bulletin's issue is no issued act. An act's noun between
 * the word and the name («опубликован приказ "…" от …») stops the look, so an act published under its title keeps its date a label.
 * `k` is the token before «от».
 */
function periodicalBefore(c: Cursor, k: number): boolean {
  const open = k >= 0 ? quotedNameStart(c, k) : -1;
  if (open < 0) return false;
  for (let p = open - 1; p >= 0 && p >= open - PUBLISHED_REACH; p--) {
    const t = c.toks[p]!;
    if (t.type === 'word') {
      if (PUBLISHED.test(t.text)) return true;
      if (ISSUED_ACT.test(t.text)) return false;
    } else if (t.text !== ':') return false;
  }
  return false;
}

/** Round 199: how many words of the act's issuer may stand between its number and «от» («№ 1961 Президента РФ от»). */
const ISSUER_WORDS = 4;

/**
 * Round 199. «По указу № 1961 Президента РФ от 3 октября 1994 года День учителя стал отмечаться 5 октября вместе со Всемирным днём
 * учителей.» (a teacher's blog on the Day of the teacher, http://bogdan-bal.ru/s-dnem-uchitelya/ — corpus-real-183; it was `on`
 * 1994-10-05: the act's date was read as a day and gave its year to «5 октября»): an issued act's «№ N» with the issuer's words after
 * it («Президента РФ», «Минобрнауки России», at most `ISSUER_WORDS`), then «от» and a full date, is the act's number and date, a label
 * like «№ N от <дата>» (round 40) — the act's noun before the «№» (`issuedActBefore`) says so. `k` is the token before «от». A
 * protocol's number keeps its meeting's day (`issuedActBefore`), and a date after «от» with no act's number before it reads as before.
 */
function numberedActBefore(c: Cursor, k: number): boolean {
  let p = k;
  for (let n = 0; n < ISSUER_WORDS && c.toks[p]?.type === 'word'; n++) p--;
  if (p === k || c.toks[p]?.type !== 'num' || !c.isPunct(p - 1, '№')) return false;
  return issuedActBefore(c, p - 1);
}

function blankNumberBefore(c: Cursor, k: number): boolean {
  let p = k;
  while (c.isPunct(p, '_')) p--;
  return c.isPunct(p, '№') && issuedActBefore(c, p);
}

/**
 * Round 160. «Редакция от 17.11.2016 — Действует с 18.12.2016» (the edition line of the federal order on the olympiad's procedure,
 * https://sbbars.ru/prikaz-ob-utverzhdenii-rezultatov-shkolnogo-etapa-olimpiady-ob — corpus-real-149; it was `range` 2016-11-17..
 * 2016-12-18): a full date after «редакция / ред. от» is the date of a text's edition, a label like an act's date; the time the text
 * names (here «Действует с 18.12.2016») is read as before. `k` is the token before «от».
 * Round 208. «(в новой редакции 31.08.2022 г.)» (the title page of a kindergarten's programme «Школа здоровья»,
 * http://rodnichok77.kaluga.ru/file/card?id=1224 — corpus-real-191; it was `on` 2022-08-31): with «от» left out the noun stands right
 * before the date (`documentDate` passes the token before the date), the same edition's day, a label.
 */
function editionBefore(c: Cursor, k: number): boolean {
  if (c.isPunct(k, '.')) k--;
  const t = c.toks[k];
  return t?.type === 'word' && EDITION_NOUN.test(t.text) && (t.text !== 'ред' || c.isPunct(k + 1, '.'));
}

/**
 * Round 178. «(с изменениями на 8 апреля 2015 года)», «… финансового обеспечения выполнения муниципального задания (с изменениями на 6
 * марта 2024 года)» (the edition lines of a legal database's copies of the Minfin order on bus.gov.ru and of a city's order on municipal
 * tasks, https://docs.cntd.ru/document/420245838/titles/6500IL, https://docs.cntd.ru/document/440526459/titles/370M4EP — corpus-real-164;
 * they were `on` that day): a full date after «с изменениями [и дополнениями] на[:]» is the date of the text's edition, a label like
 * round 160's «Редакция от …»: it says which wording the copy has, not when anything is done. `k` is the token before the date. Only
 * «на» (the state of a text on a day): «с изменениями и дополнениями от 22.12.2023» names the amending act's day and is read as before.
 * Round 207: «Текст документа с изменениями и дополнениями по состоянию на 10 июля 2009 года» (a legal database's edition line over a
 * Belarusian list of documents' storage terms, http://levonevski.net/pravo/norm2009/num12/d12975/page8.html — corpus-real-190; it was
 * `on` 2009-07-10): «по состоянию на» between the edition words and the date says the same state of the wording; «по состоянию на …»
 * with no «с изменениями» before it («(по состоянию на 10 июля 2006 года)») is still that day.
 */
export function changesOnBefore(c: Cursor, k: number): boolean {
  if (c.isPunct(k, ':')) k--;
  if (c.toks[k]?.text !== 'на') return false;
  let p = k - 1;
  if (c.toks[p]?.text === 'состоянию' && c.toks[p - 1]?.text === 'по') p -= 2; // round 207
  if (c.toks[p]?.text === 'дополнениями' && c.toks[p - 1]?.text === 'и') p -= 2;
  return c.toks[p]?.text === 'изменениями' && c.toks[p - 1]?.text === 'с';
}

/**
 * Round 178. «Форма 1-ДО от 20.07.2011 (ред. от 02.02.2012)» (a legal database's list of a statistical form's versions,
 * https://normativ.kontur.ru/document?moduleId=44&documentId=26103&from=similarforms — corpus-real-164; it was `on` 2011-07-20): a date
 * after «от» with an edition in brackets right after it — «(ред. …», «(в ред. …», «(с изменениями …» — is the date of an act, a label
 * (round 40): only an act has editions. `j` is the token after the date and its year words.
 */
function editionAfter(c: Cursor, j: number): boolean {
  if (!c.isPunct(j, '(')) return false;
  let k = j + 1;
  if (c.toks[k]?.text === 'в') k++;
  if (c.toks[k]?.text === 'с') return c.toks[k + 1]?.text === 'изменениями';
  const t = c.toks[k];
  return t?.type === 'word' && EDITION_NOUN.test(t.text) && (t.text !== 'ред' || c.isPunct(k + 1, '.'));
}

/** Round 160: the noun of a text's edition, «редакция» in any case, and its abbreviation «ред.» (with its dot). */
const EDITION_NOUN = /^(?:редакци(?:я|и|ю|ей|ях|ям|ями|й)|ред)$/;

/**
 * Round 172. «Распоряжение Правительства Российской Федерации № 1993-р (17 декабря 2009 г.) закрепляет за школами ответственность за
 * предоставление родителям и ученикам информации об успеваемости в электронном виде.» (a district office's news on prosecutors' checks of
 * electronic journals, https://uprobr.ucoz.ru/news/prokurorskaja_proverka_ehlektronnykh_zhurnalov_i_dnevnikov_chto_delat_shkole/2019-02-26-8183
 * — corpus-real-160; it was `on` 2009-12-17): a full date in brackets right after an issued act's number is that act's date, a label
 * like the date after «№ <номер> от» (round 40). The date in figures («(17.12.2009)») or in words with its year («(17 декабря 2009 г.)»),
 * nothing else in the bracket; only where round 40's «от» would be read (an issued act's noun before the «№», `issuedActBefore`), so a
 * protocol's «№ 2 (30.08.2021)» stays the day of its meeting. Returns the index after the closing bracket, or `j`.
 */
function bracketedDateOfNumberEnd(c: Cursor, j: number): number {
  const k = j + 1;
  if (!c.isNum(k)) return j;
  const numeric = c.isPunct(k + 1, '.') && c.isNum(k + 2) && c.isPunct(k + 3, '.') && c.isNum(k + 4, 4);
  const inWords = !numeric && c.isCls(k + 1, 'month') && c.isNum(k + 2, 4);
  if (!numeric && !inWords) return j;
  const end = skipYearWords(c, k + (numeric ? 5 : 3), { school: false, plural: false });
  return c.isPunct(end, ')') ? end + 1 : j;
}

/**
 * The index after a form's blank number that starts at `k` after «№» — underscores, or nothing before a mark or the text's end (a long
 * run of underscores is a blank the normaliser clears, `normalize.ts`) — or -1 (round 161).
 */
function blankNumberEnd(c: Cursor, k: number): number {
  let p = k;
  while (c.isPunct(p, '_')) p++;
  const next = c.toks[p];
  return p > k || next === undefined || (next.type === 'punct' && /^[.,;:)]$/.test(next.text)) ? p : -1;
}

/**
 * Round 49. «Перейти ОУ с 01 сентября года на обучение по Федеральному государственному образовательного стандарта …, утвержденного
 * приказом Министерства образования и науки РФ от 6 октября г.» (a school's order on ФГОС НОО copied into a gist, the years dropped,
 * https://gist.github.com/fcac7332eb4c9c809932c7e52b4f8625 — corpus-real-44): a day and its month after «от» that follows the noun of
 * an issued act (within six words: «приказом Министерства … РФ от», `issuedActBefore`) is that act's date — a label, like the dates
 * with a number above — also with no number after it, when nothing but the year words («г.», «года») follows: the act's date closes
 * the text or its clause (it was the end of a window from 09-01 to 10-06). A date with a year in figures and no number keeps its reading
 * («… приказом от 15 мая 2020 года» names a day a reader may need). Returns the index after the date, or -1.
 */
function actDateAtEnd(c: Cursor, i: number): number {
  if (!c.isCls(i + 1, 'month') || !issuedActBefore(c, i - 2)) return -1;
  let j = i + 2;
  if (c.isCls(j, 'year')) j = c.skipDot(j + 1);
  const t = c.toks[j];
  if (t !== undefined && !(t.type === 'punct' && (t.text === ';' || t.text === ')' || t.text === ','))) return -1;
  c.label();
  return j;
}

/**
 * Round 172. «2.Финансовому отделу, Администрации города при формировании бюджета на 2005 год предусмотреть финансирование данной
 * Программы.» (a city council's decree on a programme of its libraries, http://kemer-gov.ru/doc/1124 — corpus-real-160; it was the range
 * of 2005): the year of a budget being drafted — «при формировании / составлении / утверждении [проекта] бюджета на <год> год» — is
 * that budget's year, a label: the task is done while the budget is drafted, a condition the event phrases read («при формировании
 * бюджета» → `event`), not in the year the budget is for. Only with «на» between the budget and the year and a noun of drafting right
 * before «бюджета», or before «проекта» or the budget's level («областного», «местного» …) before it; «В федеральном бюджете на
 * 2023–2025 годы … предусмотрено … ежегодно» (corpus-real-114) and «на 2022 год» with no budget keep their years. Returns the index
 * after the year and its words, or -1.
 */
export function draftedBudgetYear(c: Cursor, i: number): number {
  if (c.toks[i - 1]?.text !== 'на' || !BUDGET_GENITIVE.test(c.toks[i - 2]?.text ?? '')) return -1;
  let p = i - 3;
  if (c.toks[p]?.text === 'проекта' || c.toks[p]?.type === 'word' && /^(?:областного|местного|городского|районного|муниципального|федерального|республиканского)$/.test(c.toks[p]!.text)) p--;
  if (c.toks[p]?.type !== 'word' || !DRAFTING_NOUN.test(c.toks[p]!.text)) return -1;
  c.label();
  return skipYearWords(c, i + 1, { school: false, plural: false });
}

/** Round 172: «бюджета» (the genitive a budget being drafted is in). */
const BUDGET_GENITIVE = /^бюджета$/;

/** Round 172: the nouns of drafting a budget whose «при …» the event phrases read («при подготовке / разработке …» they do not). */
const DRAFTING_NOUN = /^(?:формировани|составлени|утверждени)[а-яё]*$/;

/** «"Об утверждении …"», ««О мерах …»», «О внесении …»: the title of an act starts at `k` (an opening quote, or «о / об / обо»). */
function actTitleAt(c: Cursor, k: number): boolean {
  const t = c.toks[k];
  if (t === undefined) return false;
  if (t.type === 'punct') return OPENING_QUOTES.has(t.text);
  return t.type === 'word' && /^(?:о|об|обо)$/.test(t.text);
}

/**
 * Round 167. «… в соответствии с поручением Президента Российской Федерации от 4 апреля 2013 г. № Пр-756, поручением Правительства
 * Российской Федерации от 12 апреля 2013 г. № ДК-П12-2441.» (a sport school's page of the Положение of the winter festival «Президентские
 * спортивные игры», http://dyussh-kom.ru/info/ — corpus-real-155; it was `on` 2013-04-12): an act's number whose code has a letter or two
 * glued to its figures («П12», after the code's prefix and its hyphen or right after «№») is the act's number, so the date before it
 * is the act's label, as «№ Пр-756» already was. Only one or two letters, glued with no space to the figures after them.
 */
function seriesLetter(c: Cursor, j: number): boolean {
  const t = c.toks[j];
  const next = c.toks[j + 1];
  return t !== undefined && t.type === 'word' && t.text.length <= 2 && next !== undefined && next.type === 'num' && !next.space;
}

/**
 * Round 25. The end of a document's number that starts at `i`: «276», a series of letters before it («Р-682», «ОД-15») and
 * glued parts after it («01-12/345»). Returns the index after it, or -1 when no number starts there.
 */
function documentNumberEnd(c: Cursor, i: number): number {
  let j = i;
  const prefix = c.toks[j];
  // round 192: or by a slash, «№ ПГ/59245-6-1», «№ ГР/933/2023» (`letteredNumberAt`)
  if (prefix?.type === 'word' && prefix.text.length <= 4 && (c.isPunct(j + 1, '-') || c.isPunct(j + 1, '/')) && !c.toks[j + 1]!.space && !c.toks[j + 2]?.space) j += 2;
  // round 167: a series letter glued to the figures, «П12» of «№ ДК-П12-2441» (`seriesLetter`)
  if (seriesLetter(c, j)) j++;
  if (c.toks[j]?.type !== 'num') return -1;
  j++;
  // round 166: a dot glued between figures too, «№ 101.1/01-05» (an order of a district's education office in a МОЦ's Положение,
  // https://dussh1kamenka.profiedu.ru/file/card?id=26 — corpus-real-154; its «1/01» was read as a day, `on` 2021-01-01)
  while ((c.isPunct(j, '-') || c.isPunct(j, '/') || c.isPunct(j, '.')) && !c.toks[j]!.space && c.toks[j + 1]?.type === 'num' && !c.toks[j + 1]!.space) j += 2;
  return j;
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '«', "'"]);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '»', "'"]);

/** True when a class letter in quotes starts at `j` («А"», «Б»») and a word follows it. */
function classLetter(c: Cursor, j: number): boolean {
  const letter = c.toks[j];
  const close = c.toks[j + 1];
  return letter !== undefined && letter.type === 'word' && letter.text.length === 1 && close !== undefined && close.type === 'punct'
    && CLOSING_QUOTES.has(close.text) && c.toks[j + 2]?.type === 'word' && c.isCls(j + 2, 'other');
}

/** The month of the nearest month name before `i` in the same clause (up to a «;»), or 0. */
function monthBefore(c: Cursor, i: number): number {
  for (let k = i - 1; k >= 0 && !c.isPunct(k, ';'); k--) if (c.isCls(k, 'month')) return c.toks[k]!.n;
  return 0;
}

/**
 * Round 27. «Репетиция НИКО пройдет для наших учащихся 14 ноября, а 29 – само исследование.» (a district education department's
 * news, zbs.rooivacevichi.gov.by): a bare number after «а» that follows a day and its month, and stands before a dash or at the
 * end («…, а 29.»), is another day of that month — as «… а 25-го» (round 20). Not before a word («…, а 29 человек»): a count.
 */
function bareDayAfterBut(c: Cursor, i: number, next: Token | undefined): boolean {
  if (c.toks[i - 1]?.text !== 'а' || monthBefore(c, i) === 0) return false;
  if (next !== undefined && !(next.type === 'punct' && BARE_DAY_ENDS.has(next.text))) return false;
  return c.items.some((it) => it.kind === 'atom' && it.type === 'date' && it.day > 0);
}

/**
 * Round 101. «Неделя стартует первого октября и будет проводится по девятое включительно.» (a district paper's news of a teachers'
 * week, https://gazetasami.ru/…/ — corpus-real-89; it was `ongoing` from 10-01, the ordinal ignored): after «по», an ordinal day in
 * words («по девятое», «по двадцать пятое») or a day in figures with no month («по 9 включительно»), at the clause's end or before
 * «включительно» / «числа», when a day with its month stands before it in the clause, is the end day in that month — as «с 1 октября по
 * 9-е» already was. Returns the month, or 0. Not before a noun («по 9 класс», «по девятое задание»), not with no day and month before
 * («с 5 по 9 включительно»: grades or items).
 */
function endDayAfterTo(c: Cursor, i: number, j: number, day: number): number {
  if (c.toks[i]!.type !== 'num' && c.toks[i]!.cls !== 'ordinal') return 0;
  if (day < 1 || day > 31) return 0;
  const before = TENS[c.toks[i - 1]?.text ?? ''] !== undefined && c.toks[i]!.type !== 'num' ? i - 2 : i - 1;
  if (c.toks[before]?.text !== 'по') return 0;
  const w = c.toks[j];
  if (!(w === undefined || w.type === 'punct' || w.text === 'включительно' || w.cls === 'dayOfMonth')) return 0;
  if (!c.items.some((it) => it.kind === 'atom' && it.type === 'date' && it.day > 0)) return 0;
  return monthBefore(c, i);
}

/**
 * Round 144. «В пресс-службе минобразования Забайкалья сообщили, что деньги на школу в Засопку были перечислены 5 октября, 6-го их
 * отправят на счета работников.» (a regional news page on a delay of teachers' pay, https://tayga.info/160120 — corpus-real-132; the
 * «6-го» was a label before the word): a day in figures with the genitive ending «-го», after a comma, «и» or «а» that follows a day
 * and its month, is another day of that month before a word too, as «… а 25-го» at the end already was — the ending is the day's
 * («шестого числа»). Not before the noun it agrees with: a word in «-а / -я» («6-го класса», «2-го этапа», «3-го созыва»; a verb in
 * «-ся» is no noun: «а 16-го состоится …») or an adjective in «-го» («6-го учебного …»); `monthBefore` then finds the month.
 */
function genitiveDayBeforeWord(c: Cursor, i: number, j: number): boolean {
  const w = c.toks[j];
  if (w === undefined || w.type !== 'word' || w.cls !== 'other' || /(?:а|[^с]я|го)$/.test(w.text)) return false;
  if (c.toks[j - 1]?.text !== 'го') return false;
  const before = c.toks[i - 1]?.text;
  if (before !== ',' && before !== 'и' && before !== 'а') return false;
  return c.items.some((it) => it.kind === 'atom' && it.type === 'date' && it.day > 0);
}

/** Round 241: whether the clause ends at `j` — the text's end, or a stop, a comma or a semicolon not glued to more figures. */
function daysEndClause(c: Cursor, j: number): boolean {
  const w = c.toks[j];
  if (w === undefined) return true;
  if (w.type !== 'punct' || (w.text !== '.' && w.text !== ',' && w.text !== ';')) return false;
  return !(c.toks[j + 1]?.type === 'num' && !c.toks[j + 1]!.space);
}

/** What may follow a bare day after «а»: a dash before what happens that day, or the end of the clause. */
const BARE_DAY_ENDS: ReadonlySet<string> = new Set(['-', '.', ',', ';']);

/** Punctuation after which a number may open a list item inside a sentence: «…: 1. конкурс …, 2. викторина …; 3) …». */
const ITEM_OPENERS: ReadonlySet<string> = new Set([':', ',', ';']);

/**
 * «мероприятия …: 1. литературно-художественный конкурс …, 2.занимательная викторина …», «проведены: 1) конкурс, 2) викторина»:
 * a number of one or two digits after «:», «,» or «;», with a dot or a closing bracket and then a word that is no date word,
 * numbers a list item — a label (at the start of the text «1)» and «2.» are dropped by the normaliser).
 */
/**
 * Round 106. «Ранее были закрыты на карантин семь школ, с 1 февраля к ним добавятся ещё 12.» (a regional news page on schools closed for
 * flu, https://kamchatka.aif.ru/health/na_kamchatke_zakryvayutsya_na_karantin_vse_shkoly_elizovskogo_rayona — corpus-real-94; it was
 * `unparsed`, «непонятное число «12»»): a number in figures at `i` right after «ещё / еще», with the clause ending after it (at `j`: the
 * text's end or a stop, a comma, a semicolon, a dash or a bracket; not a dot before more figures), counts more of what the sentence named —
 * a label, like «13 классов из 22». «ещё 11 марта» (a day), «ещё 12 школ» (a count with its noun) and «ещё 12.03» read as before.
 */
function moreOf(c: Cursor, i: number, j: number): boolean {
  const before = c.toks[i - 1]?.text;
  if (before !== 'ещё' && before !== 'еще') return false;
  const w = c.toks[j];
  if (w === undefined) return true;
  if (w.type !== 'punct' || !'.,;:!?-)'.includes(w.text)) return false;
  return !(w.text === '.' && c.isNum(j + 1));
}

function listItem(c: Cursor, i: number): boolean {
  const before = c.toks[i - 1];
  if (before === undefined || before.type !== 'punct' || !(ITEM_OPENERS.has(before.text) || itemAfterDate(c, i))) return false;
  if (!(c.isPunct(i + 1, '.') || c.isPunct(i + 1, ')'))) return false;
  return c.isCls(i + 2, 'other') && c.toks[i + 2]!.type === 'word';
}

/**
 * Round 54. «22.05.16. 1.Подведение итогов работы классного родительского комитета.» (a parents' committee's minutes copied in a public
 * gist, https://gist.github.com/ac5a01edc8f1bfc6f83b875853ac1ec8 — corpus-real-49; it was `unparsed`, «непонятное число «16.1»»): after a
 * date and its closing dot, a number with a space before it opens the next item of the minutes or of a plan («… 2016. 2.Провести …»),
 * so with its dot and a word after it, it is a label, like a list item after «:» (the date's two-digit year is kept, `numericDate`).
 */
function itemAfterDate(c: Cursor, i: number): boolean {
  return c.toks[i - 1]!.text === '.' && c.toks[i]!.space && c.items.at(-1)?.kind === 'atom' && c.items.at(-1)!.type === 'date';
}

/** Round 170. An adjective of a week of lessons, school or work between an ordinal and «неделя»: «первая учебная неделя октября». */
const WEEK_ADJECTIVE = /^(?:учебн|школьн|рабоч)(?:ая|ой|ую|ее|ей)$/;

/** The singular of «неделя» / «половина» after a run of numbers: «1-2 неделя сентября». */
const SINGULAR_PART = /^(?:неделя|неделе|неделю|половина|половине|половину)$/;

/**
 * «первая неделя сентября», «1-я неделя ноября», «в течение второй недели марта», «вторая половина сентября»: the part of a month
 * that the ordinal `nth` and the noun at `j` name, or null («пятая неделя», «третья половина» name none).
 */
function weekOrHalf(c: Cursor, j: number, nth: number): Part | null {
  if (c.isCls(j, 'weekWord') && c.toks[j]!.text !== 'нед') return WEEK_PART[nth - 1] ?? null;
  if (c.toks[j]?.text.startsWith('половин')) return HALF_PART[nth - 1] ?? null;
  return null;
}

/**
 * Round 219. «Реализовываться он начнет, вероятно, во второй половине 2024 года.» (a regional news page on a national project's centre,
 * corpus-real-195; it was the whole of 2024): «половина» after an ordinal is a half of the year after it — a year in figures
 * («2024 года», «2024 г.», «2023/2024 учебного года»), a bare «года», «учебного года», or an adjective of the year before «года»
 * («текущего / следующего года») — the way «полугодие» is (`units`: January–June, July–December; of a school year September–December,
 * January–August; a half with no year is the school year's in a school-year roadmap). Not a half of a day or of anything else («во
 * второй половине дня» stays unread), nor of a month (`monthPart`). `k` is the token after «половина».
 */
function halfOfYearAt(c: Cursor, k: number): boolean {
  if (yearAt(c, k, true) !== null) return true;
  if (c.isCls(k, 'year') && c.toks[k]!.text === 'года') return true;
  if (c.isCls(k, 'school') && c.isCls(c.skipDot(k + 1), 'year')) return true;
  return c.toks[k]?.type === 'word' && RELATIVE_YEAR_SHIFT[c.toks[k]!.text] !== undefined && c.toks[k + 1]?.text === 'года';
}

/** Words after a part that name its own window («в конце августа», «в начале года»): then it is no part of the month before it. */
const OWN_WINDOW: ReadonlySet<WordClass> = new Set<WordClass>(['month', 'year', 'school', 'quarter', 'half', 'schoolQuarter', 'trimester', 'season', 'roman', 'ordinal']);

/** Words that may open a part of a month written after the month: «в», «во», «на», «в течение». */
const PART_LEAD = /^(?:в|во|на|течение|течении)$/;

/**
 * Round 21. «сентябрь, в конце месяца», «октябрь (в начале месяца)», «май, последняя неделя», «ноябрь – 2 декада», «декабрь (вторая
 * половина месяца)»: after a month written alone, a part of «месяца» (or of nothing) is that part of the written month. `i` is the
 * «,» / «(» / «-» / «:» after the month; sets the month's part and returns the index after the part (and its «)»), or -1.
 */
export function partOfWrittenMonth(c: Cursor, i: number): number {
  const last = c.items.at(-1);
  if (!last || last.kind !== 'atom' || last.type !== 'month' || last.part) return -1;
  let j = i + 1;
  while (j < i + 3 && c.toks[j]?.type === 'word' && PART_LEAD.test(c.toks[j]!.text)) j++;
  const t = c.toks[j];
  if (!t) return -1;
  let part: Part | null = null;
  if (t.cls === 'begin' || t.cls === 'middle' || t.cls === 'end') {
    part = t.cls;
    j++;
  } else {
    const lastOne = t.type === 'word' && t.text.startsWith('последн');
    const nth = t.type === 'num' && t.text.length === 1 ? t.n : t.cls === 'ordinal' ? t.n : 0;
    if (!lastOne && nth === 0) return -1;
    const k = t.type === 'num' ? c.skipSuffix(j + 1) : j + 1;
    const unit = c.toks[k];
    if (unit?.cls === 'decade') part = lastOne ? 'end' : DECADE_PART[nth - 1] ?? null;
    else if (lastOne && unit?.cls === 'weekWord') part = 'weekLast';
    else if (lastOne && unit?.text.startsWith('половин')) part = 'half2';
    else if (!lastOne) part = weekOrHalf(c, k, nth);
    if (part === null) return -1;
    j = k + 1;
  }
  if (c.isCls(j, 'monthWord') && c.toks[j]!.text !== 'месяцы') j++; // «в конце месяца»
  else if (c.toks[j]?.type === 'word' && OWN_WINDOW.has(c.toks[j]!.cls)) return -1; // «до сентября, в конце августа»: a part of a window of its own
  if (c.isPunct(i, '(')) {
    if (!c.isPunct(j, ')')) return -1; // a bracket that says more is a note, as before
    j++;
  }
  last.part = part;
  return j;
}

/**
 * Parts of a month (weeks, halves) named before the month at `j`, joined by `conns` («первая-вторая неделя сентября»): pushes
 * them; returns the index after the month and its year.
 */
export function monthPart(c: Cursor, j: number, parts: readonly Part[], conns: ReadonlyArray<Connector['type']> = []): number {
  const month = c.toks[j]!.n;
  const k = c.skipDot(j + 1);
  const y = yearAt(c, k, false);
  parts.forEach((part, idx) => {
    if (idx > 0) c.conn(conns[idx - 1]!);
    c.push(atom('month', y ? y.year : null, { month, part }));
  });
  return y ? y.next : k;
}

/** Round 51: a noun of a school grade after a number: «классов», «классы», «кл». */
export const GRADE_NOUN = /^(?:класс[а-я]*|кл)$/;

/**
 * Round 51. «Справка по итогам проверки планов воспитательной работы классных руководителей 1 9х классов на 2009 2010учебный.» (a gist
 * of ВШК справки, https://gist.github.com/anonymous/6c19758a18ad1b6ebc3841c53c14489a — corpus-real-46; it was `unparsed`, «непонятное
 * число «1»»): at `i` a grade, then at `j` — with only a space between, where a copy lost the dash — a higher grade (with or without
 * its case ending: «9х», «9-х», «11-ти») and a noun of grades: the two are a range of grades, a label like «1-9х классов» and «5–9 кл.»
 * (the rule «Grades are labels, never days»). Grades are 1–11. Returns the index of the noun, or -1.
 */
function gradesWithoutDash(c: Cursor, i: number, j: number): number {
  const a = c.toks[i]!;
  const b = c.toks[j];
  if (j !== c.skipSuffix(i + 1) || b === undefined || b.type !== 'num' || !b.space || b.text.length > 2) return -1;
  if (a.n < 1 || a.n > 11 || b.n <= a.n || b.n > 11) return -1;
  const k = c.skipSuffix(j + 1);
  return GRADE_NOUN.test(c.toks[k]?.text ?? '') ? k : -1;
}

/**
 * Round 74. «Выпускные вечера 11-классников - 24 июня, время проведения мероприятия должно быть не позднее 22.00 часов.» (a region's news
 * of school-leaving parties, https://tuvaonline.ru/2023/06/21/print:page,1,vypusknye-vechera-dlya-11-h-klassov-v-tuve-sostoyatsya-24-iyunya.html
 * — corpus-real-65; it was `unparsed`, «непонятное число «11»»): a grade joined by a hyphen, with no space, to a word of the grade
 * («11-классники / -классников», «9-классницы», «5-классный») is one word — the pupils of that grade, a label like «11 классов». `j` is
 * the hyphen after the number.
 */
function gradeCompound(c: Cursor, j: number): boolean {
  const w = c.toks[j + 1];
  return c.isPunct(j, '-') && !c.toks[j]!.space && w !== undefined && !w.space && w.type === 'word' && w.text.startsWith('класс');
}

/** Round 74: a class's figure (1–11) with its letter glued to it, no space: «1а», «5в», «6д». */
function classWithLetterAt(c: Cursor, i: number): boolean {
  const t = c.toks[i];
  const letter = c.toks[i + 1];
  return t !== undefined && t.type === 'num' && t.n >= 1 && t.n <= 11 && t.text.length <= 2
    && letter !== undefined && letter.type === 'word' && letter.text.length === 1 && !letter.space;
}

/**
 * Round 74. «В 1а, 1е, 3г, 3з, 4е, 5а, 5в, 5д, 6д классах с 13.12.2022 по 19.12.2022 приостановлена образовательная деятельность» (a
 * school's news of a quarantine, https://shkola35tambov-r68.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/poleznaya-informatsiya/novosti_67.html
 * — corpus-real-65; it was `unparsed`, «непонятное число «1»»): a class's figure with its letter glued to it is a label, like «в 5 "А"
 * классе» (round 22), when a word of grades follows it («6д классах», «5а класс») or another such class follows after a comma or «и»
 * (a list of classes: «1а, 1е, …»). Alone («3х дней», «1е полугодие») the letter stays what it was.
 */
function gradeWithLetter(c: Cursor, i: number): boolean {
  if (!classWithLetterAt(c, i)) return false;
  const after = c.toks[i + 2];
  if (after !== undefined && after.type === 'word' && GRADE_NOUN.test(after.text)) return true;
  // Round 179. «Так, 6-7 сентября в библиотеку на Луначарского, …, вышли ребята 9г, а 8 сентября еще два 9 класса: 9д и 9л, …» (a
  // school's news of its career guidance, https://school22tmn.ru/… — corpus-real-165; it was `unparsed`, «непонятное число «9»»: the
  // «г» read as a year's): a class right after a noun of pupils («ребята 9г», «ученики 11а», «учащиеся 8в») or closing a list of
  // classes («8в и 9г», «9д и 9л») is a label too
  const before = c.toks[i - 1];
  if (before !== undefined && before.type === 'word' && PUPILS_NOUN.test(before.text)) return true;
  if ((c.isPunct(i - 1, ',') || c.isCls(i - 1, 'and')) && i >= 3 && classWithLetterAt(c, i - 3)) return true;
  return (c.isPunct(i + 2, ',') || c.isCls(i + 2, 'and')) && classWithLetterAt(c, i + 3);
}

/** Round 179: nouns of pupils a class's figure and letter may follow («ребята 9г», «ученики 11а», «учащихся 8в»). */
const PUPILS_NOUN = /^(?:ребят[а-я]*|учени(?:к|ц)[а-я]*|учащи[а-я]*|обучающи[а-я]*|школьни(?:к|ц)[а-я]*|выпускни(?:к|ц)[а-я]*)$/;

/**
 * Round 87. «А к 2024 году в системе разместят материалы по каждому уроку для всех предметов с 1-го класса по 11-й.» (a regional TV's
 * news of «Моя школа», https://podcast.gtrk-vyatka.ru/vesti/education/76179-kirovskim-uchiteljam-predstavjat-informacionnuju-sistemu-moja-shkola.html
 * — corpus-real-76; it was `unparsed`, «непонятное число «11»»): a grade with its ordinal ending («11-й», «9-го», «8-х») right after «по /
 * до / -» that follows a noun of grades («… с 1-го класса по 11-й», «с 5 класса до 9-го») is the last grade of that range, its noun
 * left out — a label like «с 1 по 11 классы». Only a grade (1–11) written with its ending, and not before a date word.
 */
function elidedGrade(c: Cursor, i: number, j: number): boolean {
  const n = c.toks[i]!.n;
  if (j === i + 1 || n < 1 || n > 11 || !GRADE_NOUN.test(c.toks[i - 2]?.text ?? '')) return false;
  const sep = c.toks[i - 1];
  if (sep === undefined || !(sep.text === 'по' || sep.text === 'до' || sep.text === '-')) return false;
  const w = c.toks[j];
  return w === undefined || w.type === 'punct' || !DATE_WORDS_AFTER_GRADE.has(w.cls);
}
const DATE_WORDS_AFTER_GRADE = new Set(['month', 'year', 'school', 'quarter', 'half', 'schoolQuarter', 'trimester', 'decade', 'dayOfMonth', 'weekday']);

/**
 * Round 127. «Теперь День профориентации будет проходить каждую 2 и 4 субботу месяца в течение 2 академических часов.» (a Kazakh news
 * page on the day of vocational guidance in schools, https://profinance.kz/news/work/v_kazahstanskih_shkolah_vvoditsy — corpus-real-115;
 * it was `unparsed`, «непонятное число «2»»): figures 1–5 with no ending, one or a list joined by «и» or a comma, right before a
 * weekday in the singular (the nominative or the accusative: «субботу», «суббота», «четверг») and «месяца» say which weekdays of every
 * month — the numbers are a label, and the repeat is read like «2-я суббота месяца» (`ordinalWeekdayOfEvery` in `recurrence.ts`).
 * Not a count («2 субботы месяца»: the genitive), not a month named after the weekday («во 2-ю среду февраля» is a day). `j` is the
 * index after the run.
 */
function weekdaysOfEveryMonth(c: Cursor, nums: number[], conns: Array<Connector['type']>, j: number): boolean {
  if (!nums.every((n) => n >= 1 && n <= 5) || !conns.every((t) => t === 'and')) return false;
  const k = c.toks[j]?.text.startsWith('рабоч') ? j + 1 : j;
  return WEEKDAY_SINGULAR.has(c.toks[k]?.text ?? '') && c.toks[k + 1]?.text === 'месяца';
}

/** Round 127: the weekdays in the nominative and accusative singular, which one of a month is said of. */
const WEEKDAY_SINGULAR: ReadonlySet<string> = new Set(['понедельник', 'вторник', 'среда', 'среду', 'четверг', 'пятница', 'пятницу', 'суббота', 'субботу', 'воскресенье']);

/**
 * Round 253. «Сроки, место, порядок проведения и список участников 2-го (очного) тура Конкурса будут уточнены информационным письмом не
 * позднее 26 ноября 2025 года, …» (a regional centre's call to its contest of research works «Отечество»,
 * https://muraveynik59.ru/main/novosti/2025/093/o_provedenii_kraevogo_konkursa_kraevedcheskih_issledovatelskih_i_proektnyh_rabot_otechestvo.html
 * — corpus-real-224; it was `unparsed`, «непонятное число «2»»): one word in brackets right after an ordinal in figures with its
 * ending («2-го (очного) тура», «1-й (заочный) этап», «3-я (итоговая) сессия»), then a word that is no date word, is that word's
 * adjective — the ordinal is a label as «2-го тура» is. Not when the bracketed word or the word after it is a date word («1-го
 * (понедельник) сентября» reads as before). `j` is the index after the ending.
 */
function bracketedWordBeforeNoun(c: Cursor, j: number): boolean {
  return c.isPunct(j, '(') && c.toks[j + 1]?.type === 'word' && c.isCls(j + 1, 'other') && c.isPunct(j + 2, ')')
    && c.toks[j + 3]?.type === 'word' && c.isCls(j + 3, 'other');
}

/** A run of numbers or ordinal words joined by «-», «,», «и», «по», then what they count. Returns the next index. */
/**
 * Round 208. «1.1.Установить режим работы МБДОУ при 5-дневной рабочей неделе 12 часов, ежедневно в соответствии с Уставом - с 07.30
 * до 19.30.» (a kindergarten's order on the organisation of its year, http://dou66magadan.ru/main/118-prikaz-129-ob-organizacii-raboty-v-2017-2018-uchebnom-godu.html
 * — corpus-real-191; it was `unparsed`, «срок отсчитывается от события: «12 часов»»): «ежедневно» right after a count of hours or
 * minutes, a comma between or not, says «every day» as round 151's «в день» does — the count is the day's length, a label, and the
 * daily word is read as before (round 10: open-ended work). `k` is the token after the unit.
 */
function dailyWordAt(c: Cursor, k: number): boolean {
  return c.toks[k]?.text === 'ежедневно' || (c.isPunct(k, ',') && c.toks[k + 1]?.text === 'ежедневно');
}

/** Round 151. «в день / в сутки» at `k` closing a count per day: nothing after it, a mark, or a word opening another phrase. */
function perDayAt(c: Cursor, k: number): boolean {
  if (c.toks[k]?.text !== 'в' || (c.toks[k + 1]?.text !== 'день' && c.toks[k + 1]?.text !== 'сутки')) return false;
  const next = c.toks[k + 2];
  return next === undefined || next.type === 'punct' || AFTER_PER_DAY.has(next.text);
}

/**
 * Round 192. «2.Установить продолжительность работы котельных по неполному графику от 8 до 12 часов в сутки в зависимости от температуры
 * воздуха …» (a district's order on the heating season of its schools, https://kostrom-gov.ru/doc/13603 — corpus-real-177; it was
 * `schedule` «неполный график …», the «8» a stray number): a range of counts «от N до M» before hours or minutes, or before «раз / раза»,
 * and «в день / в сутки» is how long or how often every day, like «8-12 часов в сутки» and «с 8 до 12 часов в сутки» (round 151): the
 * first count is read with the second, a label, and the daily work is read as before (`timesPerDay`). Only right after «от», with «до»
 * and the second count after it, so «от 8 до 12 лет» and «до 12 часов» read as before. `j` is the index after the first count.
 */
function perDayRangeAt(c: Cursor, i: number, j: number): boolean {
  const toks = c.toks;
  if (toks[i - 1]?.text !== 'от' || toks[j]?.text !== 'до' || toks[j + 1]?.type !== 'num') return false;
  const unit = toks[j + 2];
  if (unit === undefined || unit.type !== 'word') return false;
  return (HOUR_UNITS.has(unit.text) || MINUTE_UNITS.has(unit.text) || unit.cls === 'times') && perDayAt(c, j + 3);
}

/**
 * Round 240. «Для второй категории сроки зачисления – до 9 и до 17 августа соответственно.» (a Belarusian college's news of the dates of
 * admission, https://vitprofles.by/news/nachalsya-priem-dokumentov-v-kolledgi-kogda-proydut-vstupitelnie-ispitaniya — corpus-real-217;
 * it was `unparsed`, «непонятное число «9»»): the preposition of the first day («до», «к», «на») written again before each next day of
 * the list is the same list of days of the month named last, as «до 9 и 17 августа» (a list, `on`). Only when the same preposition
 * opens the first day, and only up to a month or a day in figures with its month («до 9 и до 17.08»): «до 9 и до 17 лет», «к 9 и к 17
 * часам» and «до 10 и до 25 числа» read as before. `k` is the repeated preposition; O(length of the list).
 */
const REPEATED_PREPOSITION: ReadonlySet<string> = new Set(['до', 'к', 'ко', 'на']);
function repeatedBeforeDays(c: Cursor, k: number): boolean {
  const prep = c.toks[k]!.text;
  for (;;) {
    if (c.toks[k]?.text !== prep || !c.isNum(k + 1) || c.toks[k + 1]!.text.length > 2) return false;
    if (c.isCls(k + 2, 'month') || dateStarts(c, k + 1)) return true;
    const sep = c.toks[k + 2];
    if (sep === undefined || !(sep.text === ',' || sep.cls === 'and')) return false;
    k += 3;
  }
}

export function run(c: Cursor, i: number): number {
  const toks = c.toks;
  const first = toks[i]!;
  if (first.type === 'num' && gradeWithLetter(c, i)) {
    c.label(); // round 74: «В 1а, 1е, 3г, … 6д классах с 13.12.2022 по 19.12.2022 …»: a class's number and its letter are a label
    return i + 2;
  }
  const nums = [first.n];
  const conns: Array<Connector['type']> = [];
  const numeric = first.type === 'num';
  let j = numeric ? c.skipSuffix(i + 1) : i + 1;
  const countFirst = numeric ? thresholdCountFirst(c, j) : -1;
  if (countFirst >= 0) {
    c.label(); // «5 и более дней»: a threshold, no span (round 48)
    return countFirst;
  }
  for (;;) {
    if (numeric && c.isPunct(j, '.') && c.isPunct(j + 1, '-')) j++; // «01.- 08.05.15г.»: a day written with its dot before a dash
    const sep = toks[j];
    let nx = toks[j + 1];
    if (!sep || !nx) break;
    // «с 12 до 17 июля»: after «с», a «до» between two days joins them like «по»
    const untilAfterFrom = sep.cls === 'by' && nums.length === 1 && c.isCls(i - 1, 'from');
    const type: Connector['type'] | null =
      sep.text === '-' ? 'dash' : sep.text === ',' || sep.cls === 'and' ? 'and' : sep.cls === 'to' || untilAfterFrom ? 'to' : null;
    if (!type) break;
    // round 240: «до 9 и до 17 августа» — the preposition of the first day repeated before the next one is the same list's
    if (numeric && type === 'and' && nx.type === 'word' && REPEATED_PREPOSITION.has(nx.text) && toks[i - 1]?.text === nx.text && repeatedBeforeDays(c, j + 1)) nx = toks[++j + 1]!;
    if (numeric && dateStarts(c, j + 1)) {
      // «15 – 19.02.2021», «с 15 по 19.02», «25 и 26.12.2022», «01,08,15,22,29. 10.16»: the days before a date take its month
      const month = toks[j + 3]!.n;
      for (let idx = 0; idx < nums.length; idx++) {
        if (idx > 0) c.conn(conns[idx - 1]!);
        const d = nums[idx]!;
        if (d < 1 || d > 31) c.fail(`несуществующая дата «${d}»`);
        else c.push(atom('date', null, { month, day: d }));
      }
      return j;
    }
    const same = numeric ? nx.type === 'num' && nx.text.length <= 2 && !dateStarts(c, j + 1) : nx.cls === 'roman' || nx.cls === 'ordinal';
    if (!same) break;
    nums.push(nx.n);
    conns.push(type);
    j = numeric ? c.skipSuffix(j + 2) : j + 2;
  }
  if (numeric && nums.length === 1 && gradeCompound(c, j)) {
    c.label(); // round 74: «Выпускные вечера 11-классников - 24 июня»: a grade joined to its noun by a hyphen is a label
    return j + 2;
  }
  const grades = numeric && nums.length === 1 ? gradesWithoutDash(c, i, j) : -1;
  if (grades >= 0) {
    c.label(); // round 51: «… классных руководителей 1 9х классов …»: two grades whose dash was lost are a label
    return grades;
  }
  const w = toks[j];
  if (numeric && nums.length === 1 && j > i + 1 && c.toks[j - 1]!.type === 'word' && bracketedWordBeforeNoun(c, j)) {
    c.label(); // round 253: «2-го (очного) тура»: an ordinal in figures, a word in brackets, then its noun — a label like «2-го тура»
    return j + 4;
  }
  if (numeric && nums.length === 1 && elidedGrade(c, i, j)) {
    c.label(); // round 87: «… для всех предметов с 1-го класса по 11-й»: the last grade of a range whose noun stood after the first
    return j;
  }
  if (numeric && nums.length === 1 && c.toks[i - 1]?.text === 'из' && (w === undefined || w.type === 'punct')) {
    c.label(); // «представители 13 классов из 22 (…)»: a number after «из» is the whole a count is out of, a label
    return j;
  }
  if (numeric && nums.length === 1 && moreOf(c, i, j)) {
    c.label(); // round 106: «…, с 1 февраля к ним добавятся ещё 12.»: a number after «ещё» with no noun is a count of more, a label
    return j;
  }
  if (numeric && nums.length === 1 && j === i + 1 && listItem(c, i)) {
    c.label(); // «…: 1. литературно-художественный конкурс …, 2.занимательная викторина …»: a list item's number is a label
    return j + 1;
  }
  // Round 170: «Первая учебная неделя октября в школе началась с …» — a week of lessons, school or work («учебная / школьная / рабочая»)
  // is the same week of the month (`jw`: the noun after the adjective); a count («2 рабочие недели марта») stays one
  const jw = WEEK_ADJECTIVE.test(toks[j]?.text ?? '') && c.isCls(j + 1, 'weekWord') ? j + 1 : j;
  // in figures with its «-я» («1-я неделя») or a singular noun («1 неделя», «1-2 неделя»); «2 недели марта» is a count
  if (numeric ? (j > i + 1 && c.toks[j - 1]!.type === 'word') || SINGULAR_PART.test(toks[jw]?.text ?? '') : first.cls === 'ordinal') {
    // «первая неделя сентября», «1-я неделя ноября», «первая-вторая неделя сентября», «вторая половина сентября»: weeks or halves of a month
    const parts = nums.map((v) => weekOrHalf(c, jw, v));
    if (c.isCls(jw + 1, 'month') && parts.every((p) => p !== null)) return monthPart(c, jw + 1, parts as Part[], conns);
    // Round 219: «во второй половине 2024 года», «в первой половине года», «вторая половина учебного года»: a half of a year is its
    // полугодие, read as «во втором полугодии …» is (`halfOfYearAt`)
    if (toks[jw]?.text.startsWith('половин') && halfOfYearAt(c, jw + 1)) return units(c, jw, nums, conns, 'half'); // «третья половина 2021 года»: «нет полугодия с номером 3»
  }
  if (!numeric && nums.length === 1 && first.cls === 'ordinal') {
    // «в первую среду декабря», «во вторую рабочую среду марта»: a weekday of a month
    const k = w !== undefined && w.text.startsWith('рабоч') ? j + 1 : j;
    if (c.isCls(k, 'weekday') && c.toks[k]!.n > 0 && c.isCls(k + 1, 'month')) return weekdayOfMonth(c, k + 1, [first.n], c.toks[k]!.n);
  }
  if (numeric && nums.length === 1 && j > i + 1 && first.n >= 1 && first.n <= 5) {
    // «в 4-й понедельник октября», «во 2-ю среду февраля»: a weekday of a month with its number in figures
    const k = w !== undefined && w.text.startsWith('рабоч') ? j + 1 : j;
    if (c.isCls(k, 'weekday') && c.toks[k]!.n > 0 && c.isCls(k + 1, 'month')) return weekdayOfMonth(c, k + 1, [first.n], c.toks[k]!.n);
  }
  // round 235: «в первую и третью субботу октября», «во 2-ю и 4-ю среду февраля», «в первую и последнюю субботу сентября»: the same
  // weekday of two or more weeks of a month (the last is the fifth, as round 95 reads «в последнюю субботу»)
  const andLast = !numeric && first.cls === 'ordinal' && w?.cls === 'and' && (toks[j + 1]?.text.startsWith('последн') ?? false);
  if ((nums.length > 1 || andLast) && conns.every((t) => t === 'and') && (numeric ? c.toks[j - 1]!.type === 'word' : first.cls === 'ordinal')) {
    const at = andLast ? j + 2 : j;
    const k = toks[at]?.text.startsWith('рабоч') ? at + 1 : at;
    if (c.isCls(k, 'weekday') && c.toks[k]!.n > 0 && c.isCls(k + 1, 'month')) {
      return weekdayOfMonth(c, k + 1, andLast ? [...nums, 5] : nums, c.toks[k]!.n, andLast ? [...conns, 'and'] : conns);
    }
  }
  if (numeric && j === i + 1 + 2 * (nums.length - 1) && weekdaysOfEveryMonth(c, nums, conns, j)) {
    c.label(); // round 127: «каждую 2 и 4 субботу месяца»: which weekdays of every month, a repeat read by `recurrence.ts`
    return j;
  }
  if (!numeric && first.cls === 'ordinal' && w !== undefined && w.cls === 'month') {
    // «с тридцатого августа по третье сентября», «двадцать пятого мая»: ordinal words before a month are its days
    const tens = TENS[c.toks[i - 1]?.text ?? ''] ?? 0;
    return monthWithDays(c, j, nums.map((v, idx) => (idx === 0 ? v + tens : v)), conns);
  }
  if (numeric && nums.length === 1 && w && HOUR_UNITS.has(w.text) && first.n <= 23 && c.items.at(-1)?.kind === 'atom') {
    // «6 июня 2012 года 09 часов 30 минут»: a time of day written in words right after a date
    return c.isNum(j + 1) && c.toks[j + 2] !== undefined && MINUTE_UNITS.has(c.toks[j + 2]!.text) ? j + 3 : j + 1;
  }
  if (numeric && nums.length === 1 && j === i + 1 && w && HOUR_UNITS.has(w.text) && first.n <= 23 && c.toks[i - 1]?.text === 'в') {
    // Round 39. «… и заканчиваются в 20 часов ежедневно», «начало в 9 часов 30 минут»: an hour after «в» is a time of day, not a
    // span (a span after «в» is «в течение …», «в 24 часа», «в 3-дневный срок»); a lyceum's ОДОД page,
    // https://lyceum179.ru/%D0%BE%D1%80%D0%B3%D0%B0%D0%BD%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D1%8F-%D1%80%D0%B0%D0%B1%D0%BE%D1%82%D1%8B-%D0%BE%D0%B4%D0%BE%D0%B4/ (corpus-real-35)
    return c.isNum(j + 1) && c.toks[j + 2] !== undefined && MINUTE_UNITS.has(c.toks[j + 2]!.text) ? j + 3 : j + 1;
  }
  if (numeric && nums.length === 1 && j === i + 1 && w && (HOUR_UNITS.has(w.text) || w.text === 'часам') && first.n <= 24) {
    // round 264: «до 24 часов 31 декабря» — the day's midnight, its last hour, is a time of day too (only right before a day and its month)
    const k = hourBeforeDay(c, i, j);
    if (k >= 0) return k;
  }
  if (numeric && nums.length === 1 && j === i + 1 && first.n >= 1 && first.n <= 31 && bareDayAfterBut(c, i, w)) {
    c.push(atom('date', null, { month: monthBefore(c, i), day: first.n }));
    return j;
  }
  if (numeric && nums.length === 1 && j > i + 1 && first.n >= 1 && first.n <= 31 && (w === undefined || w.type === 'punct' || w.cls === 'dayOfMonth' || genitiveDayBeforeWord(c, i, j))) {
    // «… не 31 мая, как раньше, а 25-го», «вместо 5 мая оно пройдёт 12-го числа»: a day with its «-го» and no month takes the month
    // of the day written before it
    const month = monthBefore(c, i);
    if (month > 0) {
      c.push(atom('date', null, { month, day: first.n }));
      return w?.cls === 'dayOfMonth' ? j + 1 : j;
    }
  }
  // round 101: an ordinal in words may follow its tens («двадцать пятое»)
  const toDay = numeric ? first.n : first.n + (TENS[c.toks[i - 1]?.text ?? ''] ?? 0);
  const endMonth = nums.length === 1 ? endDayAfterTo(c, i, j, toDay) : 0;
  if (endMonth > 0) {
    c.push(atom('date', null, { month: endMonth, day: toDay }));
    return c.isCls(j, 'dayOfMonth') ? j + 1 : j;
  }
  if (numeric && nums.length === 2 && conns[0] === 'to' && c.isCls(i - 1, 'from') && daysEndClause(c, j)) {
    // Round 241: «В июне пленарные заседания запланированы с 6 по 19.», «В документе отмечается, что пленарные заседания в мае пройдут в
    // период с 16 по 29.» (https://dumatv.ru/news/deputati-opredelili-poryadok-raboti-do-kontsa-sessii — corpus-real-218; it was
    // `unparsed`, «непонятное число «16»»): «с <день> по / до <день>» in figures with no month after it, ending the clause, after a
    // month named in the clause («в мае», «в июне») are days of that month — the window the month was said for, as round 106's «в
    // октябре … с 9 по 17 число». No month before («для каждого класса с 1 по 11.»), a noun after («с 1 по 11 классы») or a month after
    // («с 16 по 29 мая») read as before.
    const month = monthBefore(c, i);
    if (month > 0 && nums[0]! >= 1 && nums[1]! <= 31 && nums[0]! < nums[1]!) {
      const at = c.items.findLastIndex((it) => it.kind === 'atom' && it.type === 'month' && it.month === month);
      if (at >= 0) {
        c.items.splice(at, 1);
        c.atoms--;
      }
      c.push(atom('date', null, { month, day: nums[0]! }));
      c.conn('to');
      c.push(atom('date', null, { month, day: nums[1]! }));
      return j;
    }
  }
  if (w && w.type === 'word') {
    if (w.cls === 'month' && numeric) return monthWithDays(c, j, nums, conns);
    if (UNIT_LIMIT[w.cls]) return units(c, j, nums, conns);
    // Round 80. «Ученики 6 класса в течение всей четвертой учебной четверти работали над составлением родословной своих семей.» (a
    // village school's news of a class meeting, https://myangorch-zivil.edu21.cap.ru/news/2017/06/02/news_495491/ — corpus-real-69;
    // it was open-ended over the year): «учебная» between a school quarter's number and «четверть» is skipped — every «четверть» is
    // a school one («в I учебной четверти», «за 2-ю учебную четверть»)
    if (SCHOOL_ADJECTIVE.test(w.text) && c.isCls(j + 1, 'schoolQuarter')) return units(c, j + 1, nums, conns);
    if (w.cls === 'dayOfMonth' && numeric && nums.length > 1) {
      // Round 106. «Ученики, обучающиеся по триместрам, уже насладились каникулами в октябре, когда отдыхали с 9 по 17 число.» (a news
      // page on school holidays, https://marsrus.ru/041224/novosti-uchatsya-li-shkolniki-v-pyatnitsu — corpus-real-94; it was
      // `unparsed`, «число месяца без месяца»): two or more days with «число / числа» after them and a month named before them in the
      // clause («в октябре», «октября») are days of that month — the window or list the month was said for. A single «N числа» reads
      // as before (a day of every month, or a stray number).
      const month = monthBefore(c, i);
      if (month > 0 && nums.every((d) => d >= 1 && d <= 31)) {
        // the month was said for these days: its own window goes («в октябре … с 9 по 17 число» is 10-09..10-17, not October)
        const at = c.items.findLastIndex((it) => it.kind === 'atom' && it.type === 'month' && it.month === month);
        if (at >= 0) {
          c.items.splice(at, 1);
          c.atoms--;
        }
        nums.forEach((d, idx) => {
          if (idx > 0) c.conn(conns[idx - 1]!);
          c.push(atom('date', null, { month, day: d }));
        });
        return j + 1;
      }
    }
    if (w.cls === 'dayOfMonth' && numeric) {
      c.strayNumber(`число месяца без месяца: «${first.text} ${w.text}»`, true);
      return j + 1;
    }
    if (w.cls === 'other') {
      // «2 этап», «5-7 классы», «с 1 по 11 классы», «25 человек»: a label in a note; the «с»/«по»/«-» it took are its own
      c.label();
      return j;
    }
    if (w.cls === 'school' && numeric && c.toks[j + 1]?.type === 'word' && c.isCls(j + 1, 'other') && !TEACHING_TIME.test(c.toks[j + 1]!.text)) {
      // Round 161. «С 1 сентября 2027 года учебный план в десятых и одиннадцатых классах предусматривает обязательное изучение минимум
      // 13 учебных предметов и два на углубленном уровне» (TASS on the draft ФГОС СОО, https://tass.ru/obschestvo/25813097 —
      // corpus-real-150; it was `unparsed`, «непонятное число «13»»): «учебных / учебные» between a count and a noun that is no date
      // word is an adjective of the things counted («13 учебных предметов», «5 учебных кабинетов»), a label like «13 предметов» — round
      // 142's rule for counts of three or more figures; before a unit of time («34 учебные недели», «2 учебных года», «35 учебным часам»)
      // it is read as before
      c.label();
      return j;
    }
    if (w.cls === 'recurring' && numeric && nums.length === 1 && j > i + 1 && SERIES_ADJECTIVE.test(w.text)) {
      // Round 88. «С 1 августа дан старт 7-й ежегодной общереспубликанской акции «Дорога в школу» по девизом «Дари добро детям».» (a
      // Kazakh news site on the campaign helping children to school, https://xn--80aeaj2aesddcjte.news/po-vsemu-kazaxstanu-startovala-akciya-doroga-v-shkolu/
      // — corpus-real-77; it was `unparsed`, «непонятное число «7»»): an ordinal in figures with its ending («7-й», «10-я», «25-го»)
      // right before a repeat adjective numbers one instance of the series — a label, like «10-я традиционная ярмарка»
      c.label();
      return j;
    }
    if (w.cls === 'seasonAdj' && numeric && nums.length === 1 && j > i + 1) {
      // Round 124. «С 14 июня по 18 июня 2024 г. … состоится 65-й летний туристский слет обучающихся Тульской области.» (a region's
      // summer слёт of pupils, https://xn--d1aa2abrz.xn--p1ai/blog/2024/05/24/… — corpus-real-112; it was `unparsed`, «непонятное
      // число «65»»): an ordinal in figures with its ending («65-й», «2-я», «10-го») right before a season's adjective («летний»,
      // «зимняя», «осеннего») numbers one instance of a series — a label, like round 88's «7-й ежегодной акции»; the season it names
      // is an adjective of the event («летний слёт»), not a window, and the dates beside it are read
      c.label();
      return j + 1;
    }
    if (w.cls === 'times' && numeric) {
      // Round 30. «1 раз в год (с 24 апреля по 15 мая)», «2 раза в месяц с сентября по май»: the count of a repeat is a label, like
      // «25 человек»; the repeat itself is read from the tokens (`recurrence.ts`), and the dates name its window as after «ежегодно»
      c.label();
      return j;
    }
  }
  if (numeric && w !== undefined && OPENING_QUOTES.has(w.text) && classLetter(c, j + 1)) {
    c.label(); // «в 5 "А" классе», «11 «Б» класса»: a class's number and letter are a label
    return j + 3;
  }
  if (numeric && c.isPunct(j, '%')) {
    c.label(); // «охват не менее 80 %», «до 1 декабря (100%)»: a percentage is a label in a note
    return j + 1;
  }
  if (!numeric) {
    // a Roman numeral or an ordinal word with nothing to count is ignored, and so is the «с» right before it: «пройдет
    // собеседование с первого раза …, предусмотрены резервные дни — 11 марта и 20 апреля» are days, not a range from them
    const last = c.items.at(-1);
    if (last?.kind === 'conn' && last.type === 'from' && c.isCls(i - 1, 'from')) c.items.pop();
    return i + 1;
  }
  if (numeric && nums.length === 1 && j === i + 1) {
    const months = firstMonthsOfYear(c, i, j);
    if (months >= 0) return months;
  }
  // Round 38: «3 года» right before a window of years counts like «5 лет» (see `yearsWindowAt`)
  const yearsSpan = w !== undefined && w.type === 'word' && w.cls === 'year' && nums.length === 1 && first.n >= 1 && first.n <= 20 && yearsWindowAt(c, j + 1);
  const duration = w !== undefined && w.type === 'word' && (DURATION.has(w.cls) || yearsSpan);
  const threshold = duration ? thresholdEnd(c, i, j) : -1;
  if (threshold >= 0) {
    c.label(); // «болеющие 2 дня и более», «отсутствующие более 3 дней»: a threshold of a condition, no span (round 48)
    return threshold;
  }
  if (duration && RATE_UNITS.has(w.text) && c.toks[i - 1]?.text === 'по') {
    c.label(); // «Дежурство … ежедневно по 6 часов и продлится до 9 мая»: hours or minutes each time, a rate, no span (round 77)
    return j;
  }
  if (duration && lastingVerbBefore(c, i)) {
    c.label(); // round 79: «конкурс … продлится 3 месяца, а акции … – в течение всего 2024 года»: how long it lasts, a label
    return j;
  }
  if ((duration || YEAR_COUNT_WORDS.has(w?.text ?? '')) && w?.type === 'word' && c.toks[j + 1]?.text === 'назад') {
    // round 140: «… было построено 45 лет назад в 1973 году …» (a district newspaper on new boiler houses for a school and a kindergarten,
    // http://znamja.com/vse-novosti/media/2018/10/19/novyie-kotelnyie-dlya-shkolyi-i-sadika/ — corpus-real-128; it was the bare span
    // «45 лет»; «2 года назад» was «непонятное число «2»»): a span before «назад» says how long ago something happened, counted from the
    // page's own day — a label like «25 человек»
    c.label();
    return j + 2;
  }
  const clock = duration ? clockHoursEnd(c, i, j) : -1;
  if (clock >= 0) {
    c.label(); // «не ранее 8 часов утра», «завершаться не позднее 19 часов»: an hour of the day, no span (round 150)
    return clock;
  }
  if (duration && periodDashBefore(c, i)) {
    c.label(); // «в течение всего календарного года – 36 недель»: the period's length after a dash, a label (round 166)
    return j;
  }
  if (duration && lengthNounBefore(c, i)) {
    c.label(); // «продолжительность урока 35 минут (сентябрь, …)», «длительность смены – 21 день»: the length of something, a label
    return j;
  }
  if (duration && c.atoms > 0 && c.depth === 0 && windowAfter(c, j + 1)) {
    // «летние – 92 дня с 1 июня 2023 г. по 31 августа 2023 г., для учащихся …, – 81 день с 12 июня 2023 г. по 31 августа 2023
    // г.»: after dates too, a span right before a window with both ends written is its length, like one before any date (round 22)
    c.label();
    return j + 1;
  }
  if (duration && (HOUR_UNITS.has(w.text) || MINUTE_UNITS.has(w.text)) && perDayAt(c, j + 1)) {
    c.label(); // «12 часов в день», «не более 30 минут в день»: how long every day lasts, daily work (round 151, recurrence.ts)
    return j + 3;
  }
  if (duration && (HOUR_UNITS.has(w.text) || MINUTE_UNITS.has(w.text)) && dailyWordAt(c, j + 1)) {
    c.label(); // round 208: «12 часов, ежедневно»: the day's length before the daily word, which is read as before
    return j + 1;
  }
  if (numeric && nums.length === 1 && perDayRangeAt(c, i, j)) {
    c.label(); // round 192: «от 8 до 12 часов в сутки»: the first count of a range of daily lengths or times, read with the second
    return j;
  }
  if (duration && restatedByDayAt(c, j + 1)) {
    c.label(); // round 191: «в течение 12 дней – то есть до 16 декабря»: the span spelt out by the day after «то есть», its length
    return j + 1;
  }
  // «До 31 августа. Не позднее 1 рабочего дня с даты подачи заявления»: a span after a date counts from an event — a note
  if (duration && c.spanAt < 0) c.spanAt = i;
  if (duration && c.atoms > 0) c.relative(i);
  // «9 дней (с 30 октября по 7 ноября)»: a span before any date may be the length of the window written after it
  if (duration && c.atoms === 0 && c.leadSpanAt < 0 && c.depth === 0) c.leadSpanAt = c.pos;
  c.strayNumber(duration ? `срок отсчитывается от события: «${first.text} ${w.text}»` : `непонятное число «${first.text}»`);
  return j;
}

/**
 * Round 40. «4 января – 240 лет со дня рождения немецкого писателя-сказочника Якоба Гримма (1785–1863).» (a children's library's
 * exhibition of writers' anniversaries, https://cdb-mich.ucoz.ru/news/literaturnaja_mozaika/2025-01-16-1478): at `j`, after a count,
 * «лет / года / год» and «со дня» or «с момента» of a birth, a death or a founding — the count is an anniversary, a label like
 * «к 180-летию со дня рождения» (round 21; it was `unparsed`, «непонятное число «240»»). Any other event after «со дня» keeps the
 * count a span from it («3 года со дня подписания»). Returns the index after the event's noun, or -1.
 */
export function anniversaryEnd(c: Cursor, j: number): number {
  if (!YEAR_COUNT_WORDS.has(c.toks[j]?.text ?? '')) return -1;
  const since = (c.toks[j + 1]?.text === 'со' && c.toks[j + 2]?.text === 'дня') || (c.toks[j + 1]?.text === 'с' && c.toks[j + 2]?.text === 'момента');
  return since && ANNIVERSARY_EVENT.test(c.toks[j + 3]?.text ?? '') ? j + 4 : -1;
}

/**
 * Round 77. «Дежурство у мемориала осуществляется ежедневно по 6 часов и продлится до 9 мая.» (a children's library's news of the
 * cadets' Вахта Памяти, http://deti.sovlib.ru/kursanty-v-biblioteke — corpus-real-66; it was `unparsed`, «срок отсчитывается от
 * события: «6 часов»»): hours or minutes after a distributive «по» («по 6 часов», «по 15-20 минут», «по 45 мин») are how long each
 * session lasts — a rate, a label like a lesson's length — not a span counted from an event. Days, weeks and months after «по» read as
 * before («по 10 дней» stays a span).
 */
const RATE_UNITS: ReadonlySet<string> = new Set(['час', 'часа', 'часов', 'ч', 'мин', 'минут', 'минуты', 'минуте', 'минуту']);

/** Round 40: at `i`, a count of teaching time («34 учебные недели», «170 учебных дней») with no offset word before it (`OFFSET_WORDS`). */
export function teachingTimeEnd(c: Cursor, i: number): number {
  const school = c.toks[i + 1];
  const unit = c.toks[i + 2];
  if (school?.type !== 'word' || school.cls !== 'school' || unit?.type !== 'word' || !DURATION.has(unit.cls)) return -1;
  return OFFSET_WORDS.has(c.toks[i - 1]?.text ?? '') ? -1 : i + 3;
}

const YEAR_COUNT_WORDS: ReadonlySet<string> = new Set(['лет', 'год', 'года']);
/** «рождения», «основания», «смерти»: the events an anniversary counts from. */
const ANNIVERSARY_EVENT = /^(?:рождени|основани|образовани|создани|открыти|смерти|гибели|кончин)[а-я]*$/;
/**
 * Round 40. Words that make a count of teaching time («5 учебных дней») an offset from an event rather than a count: «в течение 5
 * учебных дней после …», «через 2 учебные недели», «за 3 учебных дня до …», «не позднее 5 учебных дней». Without them a count
 * before «учебные недели / учебных дней» is how much teaching a year or a course has — «34 учебные недели», «170 учебных дней» —
 * a label (it was `unparsed`, «непонятное число «34»»). Source: a ДДТ's calendar schedule, https://ddtpravdinsk.klgdschool.ru/file/card?id=6619.
 */
const OFFSET_WORDS: ReadonlySet<string> = new Set(['течение', 'течении', 'теч', 'через', 'за', 'позднее', 'позже', 'более', 'менее', 'до', 'спустя', 'истечении']);

/**
 * Round 38. «Эксперимент рассчитан на 3 года 2001-2003.», «на 3 года (2021-2023 гг.)», «на 5 лет: 2021-2025»: at `k`, after a count of
 * years, a window of two four-digit years (in brackets or after a colon or dash) — the count is that window's length, a span before a
 * window written in full (round 22), not a stray number (it was `unparsed`, «непонятное число «3»»). Source: a regional institute's
 * page on the ЕГЭ experiment, https://ooipkro.ru/Bank_HTML/Text/t19_141.htm.
 */
/**
 * Round 208. «Срок реализации программы – 1 год (октябрь-май)» (the title page of a kindergarten's programme «Школа здоровья»,
 * http://rodnichok77.kaluga.ru/file/card?id=1224 — corpus-real-191; it was `unparsed`, «непонятное число «1»»): a window of two months
 * in brackets after the count of years («(октябрь-май)», «(сентябрь – май)») is the year's window too, as «9 месяцев (сентябрь-май)»
 * already read — the count its length, the months when (calendar order, round 1). Only in brackets and only two month words joined by
 * a dash, so «1 год, май» reads as before.
 */
function yearsWindowAt(c: Cursor, k: number): boolean {
  if (c.isPunct(k, '(') && c.isCls(k + 1, 'month') && c.isPunct(k + 2, '-') && c.isCls(k + 3, 'month') && c.isPunct(k + 4, ')')) return true;
  if (c.isPunct(k, '(') || c.isPunct(k, ':') || c.isPunct(k, '-')) k++;
  const a = c.toks[k];
  const b = c.toks[k + 2];
  return a?.type === 'num' && a.text.length === 4 && c.isPunct(k + 1, '-') && b?.type === 'num' && b.text.length === 4 && b.n > a.n;
}

/**
 * «81 день с 12 июня 2023 г. по 31 августа 2023 г.», «5 дней (с 1 по 5 июня)»: at `j`, right after a span's unit, «с» and a day, then —
 * within six tokens, in the same clause — «по» and a day: a window with both ends written.
 */
function windowAfter(c: Cursor, j: number): boolean {
  let k = c.isPunct(j, '(') ? j + 1 : j;
  if (!c.isCls(k, 'from') || c.toks[k]!.text.length > 2 || !c.isNum(k + 1)) return false;
  for (k += 2; k < j + 10 && k < c.n; k++) {
    const t = c.toks[k]!;
    if (t.type === 'punct' && (t.text === ';' || t.text === ',')) return false;
    if (c.isCls(k, 'to')) return c.isNum(k + 1);
  }
  return false;
}

/**
 * Round 191. «Проверку и обработку материалов должны завершить в течение 12 дней – то есть до 16 декабря.» (a Tula news page on the
 * итоговое сочинение, https://russian.city/tula/393130088 — corpus-real-176; it was `unparsed`, «срок отсчитывается от события: «12
 * дней»»): at `k`, right after a span's unit (or its adjective: «рабочих / календарных дней»), «то есть» or «т. е.» (after a dash or a
 * comma, or none) and then a day — with «до / по / к / не позднее» before it or not — restate the span as the day it ends on: the span is
 * the day's distance from the text's own day, a length like one before a window (round 22), and the day is the deadline. Only when the
 * day follows within those words; a span with «то есть» and no day («в течение 10 дней, то есть быстро») and spans counted from a named
 * event («через 10 дней после …») read as before. O(1): at most nine tokens are read.
 */
function restatedByDayAt(c: Cursor, k: number): boolean {
  if (c.isCls(k, 'duration')) k++; // «10 рабочих дней», «10 календарных дней»: the unit after its adjective
  if (c.isPunct(k, ',') || c.isPunct(k, '-') || c.isPunct(k, '–') || c.isPunct(k, '—')) k++;
  const t = (d: number) => c.toks[k + d]?.text;
  if (t(0) === 'то' && t(1) === 'есть') k += 2;
  else if (t(0) === 'т' && c.isPunct(k + 1, '.') && t(2) === 'е' && c.isPunct(k + 3, '.')) k += 4;
  else return false;
  if (c.isPunct(k, ',')) k++;
  if (t(0) === 'не' && /^(?:позднее|позже)$/.test(t(1) ?? '')) k += 2;
  else if (c.isCls(k, 'by') || c.isCls(k, 'to') || t(0) === 'к') k++;
  return c.isNum(k) && (c.isCls(k + 1, 'month') || c.isPunct(k + 1, '.'));
}

/** «продолжительность», «длительность» in any case. */
const LENGTH_NOUN = /^(?:продолжительност|длительност)/;

/**
 * «продолжительность урока 35 минут (сентябрь, …) и 40 минут (январь-май)», «длительность смены – 21 день»: after a noun of
 * length anywhere before it, a span is a length, not counted from an event.
 */
/** Round 48. The words of «or more» after a count or before it: «и более», «и больше», «и дольше», «и свыше», «или более»; «более», «свыше» before. */
const MORE = /^(?:более|больше|дольше|долее|свыше)$/;

/**
 * Round 48. «Дети, болеющие 2 дня и более, должны обследоваться у участкового врача детской поликлиники по месту жительства.» (a
 * school's medical page, https://school3-5959.narod.ru/p82aa1.html — corpus-real-43): a span with «и / или более» after it («2 дня и
 * более», «3 недели или больше», «5 дней и дольше»), or with «более / свыше / больше» before it and no «не» («пропустившие более 3
 * дней», «свыше 10 дней»), counts how long something lasts for the condition to hold — a threshold, not a span from an event (it
 * was `unparsed`, «срок отсчитывается от события: «2 дня»»); the text is the condition's `event` (`EVENT_CONDITIONS`). «не более 10
 * дней» stays a span. `i` is the count, `j` its unit; returns the index after the phrase, or -1.
 */
function thresholdEnd(c: Cursor, i: number, j: number): number {
  let k = c.skipDot(j + 1);
  if (DURATION.has(c.toks[k]?.cls ?? 'other')) k = c.skipDot(k + 1); // «10 рабочих дней и более», «5 раб. дн. и более»
  const or = c.toks[k]?.text;
  if ((or === 'и' || or === 'или') && MORE.test(c.toks[k + 1]?.text ?? '')) return k + 2;
  return MORE.test(c.toks[i - 1]?.text ?? '') && c.toks[i - 2]?.text !== 'не' ? j + 1 : -1;
}

/** Round 48. «5 и более дней», «3 или больше недель»: a count, «и / или более», then its unit — a threshold. `j` is after the count; the index after the unit, or -1. */
function thresholdCountFirst(c: Cursor, j: number): number {
  const or = c.toks[j]?.text;
  if ((or !== 'и' && or !== 'или') || !MORE.test(c.toks[j + 1]?.text ?? '')) return -1;
  const unit = c.toks[j + 2];
  return unit !== undefined && DURATION.has(unit.cls) ? j + 3 : -1;
}

/** Round 79. A verb of lasting: «продлится», «продлятся», «продлилась», «продолжится», «продолжается», «длится», «длилась», «будет длиться». */
const LASTING_VERB = /^(?:продл(?:ится|ятся|ился|илась|илось|ились)|продолж(?:ится|атся|ается|аются|ался|алась|алось|ались|аться)|дл(?:ится|ятся|ился|илась|илось|ились|иться))$/;
/** Round 79. A word that may stand between the verb and the count: «продлится всего 3 месяца», «будет длиться около двух недель». */
const LASTING_ADVERB = /^(?:всего|около|примерно|почти|еще|ещё|целых|лишь|только|более|менее)$/;

/**
 * Round 79. «Районный конкурс художественного творчества «Герб моей семьи» продлится 3 месяца, а такие акции, как …, – в течение всего
 * 2024 года.» (a district's Year-of-the-family plan in the news, https://ngt54.ru/bolee-70-razlichnyh-meroprijatij-projdut-v-tatarskom-rajone-v-ramkah-goda-semi
 * — corpus-real-68): right after a verb of lasting (one adverb may stand between), a span says how long something lasts — a length,
 * like one after «продолжительность» — not a span counted from an event (it was `unparsed`, «срок отсчитывается от события: «3
 * месяца»»). Alone it names no deadline, as before.
 */
function lastingVerbBefore(c: Cursor, i: number): boolean {
  const t = c.toks[i - 1];
  if (t?.type !== 'word') return false;
  if (LASTING_VERB.test(t.text)) return true;
  return LASTING_ADVERB.test(t.text) && c.toks[i - 2]?.type === 'word' && LASTING_VERB.test(c.toks[i - 2]!.text);
}

/**
 * Round 166. «Занятия с детьми проходят в течение всего календарного года – 36 недель.» (a children's and youth centre's режим работы,
 * http://dutz-altay.ru/index.php/roditelyam/rezhim-raboty?tmpl=component&print=1 — corpus-real-154; it was `unparsed`, «срок
 * отсчитывается от события: «36 недель»»): a span right after a dash that follows the word of a period — «года», «периода», «смены»,
 * «четверти», «полугодия» — says how long that period is, a length like one after «продолжительность», not a span counted from an
 * event. O(1): only the two tokens before the span are read.
 */
function periodDashBefore(c: Cursor, i: number): boolean {
  const dash = c.toks[i - 1];
  if (dash?.type !== 'punct' || !/^[-–—]$/.test(dash.text)) return false;
  const w = c.toks[i - 2];
  return w?.type === 'word' && /^(?:года|периода|смены|четверти|полугодия|триместра|семестра)$/.test(w.text);
}

function lengthNounBefore(c: Cursor, i: number): boolean {
  const first = firstLengthNoun(c.toks);
  return first >= 0 && first < i;
}

/**
 * Round 55, mend. The first token that is a length noun («продолжительность», «длительность»), or -1: found once per text and kept,
 * so `lengthNounBefore` no longer reads the whole text back at every span — a pasted cell of spans («за 30 дней до » repeated) took
 * time growing with the square of its length (1 MB: 134 s).
 */
function firstLengthNoun(toks: readonly Token[]): number {
  let first = FIRST_LENGTH_NOUN.get(toks);
  if (first === undefined) {
    first = toks.findIndex((t) => LENGTH_NOUN.test(t.text));
    FIRST_LENGTH_NOUN.set(toks, first);
  }
  return first;
}

const FIRST_LENGTH_NOUN = new WeakMap<readonly Token[], number>();

/** Months a quarter or a school quarter covers (school quarters as the README has them: I Sep–Oct … IV Apr–May). */
const SCHOOL_QUARTER_MONTHS: ReadonlyArray<readonly [number, number]> = [[9, 10], [11, 12], [1, 3], [4, 5]];
/** Round 204: the months of each trimester (the second runs from December over the new year to February). */
const TRIMESTER_MONTHS: ReadonlyArray<readonly [number, number]> = [[9, 11], [12, 2], [3, 5]];

function periodMonths(a: Atom): readonly [number, number] | null {
  if (a.type === 'quarter') return [a.n * 3 - 2, a.n * 3];
  if (a.type === 'schoolQuarter') return SCHOOL_QUARTER_MONTHS[a.n - 1] ?? null;
  if (a.type === 'trimester') return TRIMESTER_MONTHS[a.n - 1] ?? null;
  return null;
}

/**
 * «в третьей четверти … – с 20 по 26 февраля», «I квартал, до 15 марта»: a quarter or school quarter named first, with no
 * year, before days that all fall inside it says where they fall — a label, like a period before a colon. Returns the items
 * without it (and the «,»/«-» after it), or the items as they were.
 * Round 195. «I квартал, февраль», «II квартал, апрель» (the «срок проведения» cells of a district commission's plan of the summer
 * rest, https://old-shumer.cap.ru/SiteMap.aspx?id=2737430 — corpus-real-180; they were the union, to the quarter's end): one whole
 * month of the quarter after it is the same label's month, the meeting's month the quarter only places. Only one month and only a
 * whole one: «I квартал, январь-март» and «I квартал (январь, февраль, март)» keep the union, and a month outside the quarter («I
 * квартал, апрель») keeps it too.
 */
export function withoutPeriodLabel(items: Item[]): Item[] {
  // round 204: a comma after an opening word («Так, каникулы в первом триместре будут со 2 по 8 октября») leaves a joint before the period
  const lead = afterJoints(items, 0);
  const first = items[lead];
  if (!first || first.kind !== 'atom' || first.explicit) return items;
  const months = periodMonths(first);
  if (!months) return items;
  const atoms = items.slice(lead + 1).filter((it): it is Atom => it.kind === 'atom');
  // a trimester's months may run over the new year (December–February)
  const inside = (a: Atom): boolean => (months[0] <= months[1] ? a.month >= months[0] && a.month <= months[1] : a.month >= months[0] || a.month <= months[1]);
  // round 195: one month of the quarter, whole, after it says the same («I квартал, февраль» → February)
  const oneMonth = atoms.length === 1 && atoms[0]!.type === 'month' && atoms[0]!.part === null && inside(atoms[0]!);
  // round 204: a part of a month inside it is days inside it («осенний триместр — с начала сентября до середины ноября»), and so is a
  // month after «до» («III триместр — с 11 марта до конца мая»: its last day)
  const untilMonth = new Set<Item>();
  for (let i = lead + 2; i < items.length; i++) if (items[i]!.kind === 'atom' && items[i - 1]!.kind === 'conn' && (items[i - 1] as Connector).type === 'by') untilMonth.add(items[i]!);
  const days = (a: Atom): boolean => ((a.type === 'date' && a.day > 0) || (a.type === 'month' && (a.part !== null || untilMonth.has(a)))) && inside(a);
  if (atoms.length === 0 || !(oneMonth || atoms.every(days))) return items;
  const k = afterJoints(items, lead + 1);
  return lead === 0 ? items.slice(k) : [...items.slice(0, lead), ...items.slice(k)];
}

/** The index of the first item at or after `k` that is not a joint «,» / «и» / «-» between windows. */
function afterJoints(items: Item[], k: number): number {
  while (k < items.length && items[k]!.kind === 'conn' && ((items[k] as Connector).type === 'and' || (items[k] as Connector).type === 'dash')) k++;
  return k;
}

/**
 * Round 66. «К такому заявлению её подтолкнула печальная статистика за 9 месяцев 2014 года.» (a news item on head-lice checks in schools,
 * http://caomed.ru/novosti/1805-vshej-nachnut-iskat-u-rossijskikh-shkolnikov.html — corpus-real-60): a count of months (1–12) right
 * before a year in figures — «9 месяцев 2014 года», «за 6 месяцев 2021 г.», «за 11 месяцев 2020 года» — is the first months of that
 * year, the period reports count («за 9 месяцев» as accountants write it): January to the count's month (it was an offset «за 9
 * месяцев» before an event). The number at `i`, its month word at `j`; returns the index after the year, or -1. A count with no year
 * right after it («за 9 месяцев до …», «в течение 6 месяцев») reads as before.
 */
export function firstMonthsOfYear(c: Cursor, i: number, j: number): number {
  if (!monthsOfYearAt(c, i)) return -1;
  const n = monthCountAt(c.toks[i]!);
  const y = yearAt(c, j + 1, false);
  const year = y === null ? null : y.year; // round 187: «этого года», the context's year
  c.push(atom('month', year, { month: 1 }));
  c.conn('dash');
  c.push(atom('month', year, { month: n }));
  return y === null ? j + 3 : y.next;
}

/** Round 66: whether the number at `k` counts the first months of the year right after its month word («9 месяцев 2014 года»). */
export function monthsOfYearAt(c: Cursor, k: number): boolean {
  const t = c.toks[k];
  const w = c.toks[k + 1];
  if (t === undefined || monthCountAt(t) === 0 || w === undefined || !c.isCls(k + 1, 'monthWord') || !MONTH_COUNT_WORDS.has(w.text)) return false;
  return yearAt(c, k + 2, false) !== null || (CURRENT_YEAR_OF.test(c.toks[k + 2]?.text ?? '') && c.toks[k + 3]?.text === 'года');
}

/**
 * Round 187. «За 11 месяцев этого года на территории области произошло 210 дорожно-транспортных происшествий в которых пострадали
 * несовершеннолетние саратовцы.» (a regional paper's news of the «Внимание - дети!» action, https://saratov.aif.ru/society/details/713714
 * — corpus-real-173; it was `event`, «за 11 месяцев» an offset): the current year in words after a count of months — «этого / текущего /
 * нынешнего / сего года» — is the context's year, whose first months the count names as round 66's year in figures does (January to
 * November of 2021). Only the genitive right after the month word; «за 11 месяцев до начала года» reads as before.
 */
const CURRENT_YEAR_OF = /^(?:этого|текущего|нынешнего|сего)$/;

/**
 * The count of months a token gives, 1–12, or 0. Round 135. «В трех школах Чародинского района за четыре месяца 2022 года образовалась
 * задолженность по заработной платы в размере более 1,3 млн рублей.» (a regional paper's news of teachers' unpaid salaries,
 * https://dag.aif.ru/amp/society/prokuratura_v_dagestane_dobilas_vyplaty_uchitelyam_prosrochennoy_zarplaty — corpus-real-123; it was
 * `event`, «за четыре месяца» an offset): a count in words («четыре», «шести», «девяти») counts the first months of the year after it
 * like one in figures (round 66), so «за четыре месяца 2022 года» is January–April 2022.
 */
function monthCountAt(t: Token): number {
  if (t.type === 'num') return t.n >= 1 && t.n <= 12 ? t.n : 0;
  return t.type === 'word' ? (CARDINAL_VALUE[t.text] ?? 0) : 0;
}

/** Round 66. The month word after a count of months: «месяцев», «месяца» (2–4), «месяц» (1, 21), «мес.». */
const MONTH_COUNT_WORDS: ReadonlySet<string> = new Set(['месяцев', 'месяца', 'месяц', 'мес']);


/**
 * Round 150. «Он должен начинаться не ранее 8 часов утра и завершаться не позднее 19 часов при наличии второй смены.» (a news page on
 * the Ministry's rules of the school day, https://www.tatar-inform.ru/news/minprosveshheniya-rf-opredelilo-prodolzitelnost-ucebnogo-dnya-v-skolax-5996818
 * — corpus-real-138; it was `event`, the condition, with «8 часов» a bare span): a figure of 0–24 with «ч / час / часа / часов» is an
 * hour of the clock, not a span, when «утра / вечера» follows it or an imperfective verb of starting or ending stands before it
 * («начинаться не ранее …», «завершаться не позднее …»: `dailyHours` in recurrence.ts reads those hours as daily work). The index after
 * it, or -1; «в течение 8 часов», «за 3 часа до …» read as before.
 */
function clockHoursEnd(c: Cursor, i: number, j: number): number {
  const n = c.toks[i]!;
  const w = c.toks[j];
  if (n.type !== 'num' || n.text.length > 2 || n.n > 24 || w?.type !== 'word' || !HOUR_UNITS.has(w.text)) return -1;
  if (c.toks[j + 1]?.type === 'word' && DAY_PART.has(c.toks[j + 1]!.text)) return j + 2;
  const k = pastBeforeClock(c.toks, i - 1, -1);
  return k < i - 1 && c.toks[k]?.type === 'word' && ROUTINE_EDGE_VERB.test(c.toks[k]!.text) ? j + 1 : -1;
}
