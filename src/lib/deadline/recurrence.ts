/**
 * Repeating deadlines: «ежемесячно до 28 числа», «еженедельно по пятницам»,
 * «1 раз в квартал», «каждый месяц», «до 28 числа» (no month named → monthly).
 */
import { AFTER_PER_DAY, CARDINAL, CARDINAL_VALUE, DAY_PART, HOUR_UNITS, isWeekdaysDative, MINUTE_UNITS, obliqueRepeat, OPENING_QUOTE_MARKS, obliqueRepeatBefore, pastBeforeClock, ROUTINE_EDGE_VERB, SUBJECT_TO, VERBAL_NOUN_END } from './lexicon';
import type { DeadlineEvery } from './types';
import type { Token } from './tokens';
import { timeOfDayAt } from './scan/dates';

/** A repeat found in the tokens. */
export interface Recurrence {
  every: DeadlineEvery | null;
  day: number | null;
}

/** What stands before the weekday of «2-я суббота месяца», «вторую среду месяца»: which one of the month. */
const ORDINAL_BEFORE: ReadonlySet<string> = new Set(['ordinalSuffix', 'ordinal']);
const INSTRUMENTAL = /(ой|ым|ыми)$/;

/** Half a month written as one word («полмесяца»), the unit of «каждые полмесяца», «раз в полмесяца» (round 135). */
const HALF_MONTH = /^полмесяц[аеу]?$/;

/** The repeat unit named by the word at `j` («месяц», «неделю», «квартал»), or undefined. */
function unitAt(toks: Token[], j: number): DeadlineEvery | null | undefined {
  const t = toks[j];
  if (!t || t.type !== 'word') return undefined;
  // Round 135. «Заработная плата выплачивается не реже чем каждые полмесяца в день, установленный правилами внутреннего трудового
  // распорядка, коллективным договором, трудовым договором (ч. 6 ст. 136 ТК РФ).» (a Rostrud answer on the days of salary payment,
  // https://base.garant.ru/57293806/ — corpus-real-123; it was `schedule`, the rules that fix the day): half a month after «каждые» or
  // «раз в» is the unit of a repeat done twice a month, a monthly repeat like «дважды в месяц», so the repeat outranks the document
  if (HALF_MONTH.test(t.text)) return 'month';
  // Round 209. «Санитарные нормы требуют замены песка не реже 1 раза в сезон.» (a sand supplier's page on the sandboxes of
  // kindergartens, https://transparent-ekb.ru/bezodet — corpus-real-192; it was `unparsed`): «сезон» after «раз в» or «каждый» is the
  // unit of a repeat done once in every season — the season no one names, so no `every` value fits, like «раз в полугодие»
  if (t.text === 'сезон') return null;
  switch (t.cls) {
    case 'monthWord':
      return 'month';
    case 'weekWord':
    case 'weekday':
      return 'week';
    case 'quarter':
    case 'schoolQuarter':
      return 'quarter';
    case 'year':
      return 'year';
    case 'duration': // «1 раз в 5 лет», «каждые 5 лет» (round 19): the plural genitive of «год», like «1 раз в 3 года»
      return t.text === 'лет' ? 'year' : undefined;
    case 'season': // round 28: «каждую весну», «каждое лето», «каждую осень»: a season of every year is a yearly repeat
      return 'year';
    case 'half':
    case 'trimester': // «1 раз в триместр»: no `every` value fits, like «раз в полугодие»
      return null;
    default:
      return undefined;
  }
}

/** The repeat unit at `j` or `j + 1` («каждый месяц», «каждого учебного месяца»). */
function unitNear(toks: Token[], j: number): DeadlineEvery | null | undefined {
  // Round 132. «До 5 сентября каждого нового учебного года предоставляются следующие документы в кабинет ответственному за организацию
  // питания или классному руководителю:» (a school's page on free meals, https://bigschool3.obr.site/meal/free — corpus-real-120; it was
  // by 09-05): an adjective of the coming period («нового», «очередного», «следующего») between «каждый» and the unit is skipped, so
  // «каждого нового учебного года», «каждый очередной год», «каждого следующего месяца» repeat like «каждого учебного года»
  if (NEXT_ADJECTIVE.test(toks[j]?.text ?? '')) {
    const w = unitNear(toks, j + 1);
    if (w !== undefined) return w;
  }
  const u = unitAt(toks, j);
  if (u !== undefined) return u;
  const v = unitAt(toks, j + 1);
  if (v !== undefined) return v;
  // round 226: «1 раз в уч. год», the school year's abbreviation with its dot before the unit
  if (toks[j]?.cls === 'school' && toks[j + 1]?.text === '.') return unitAt(toks, j + 2);
  // Round 88. «Выплата предоставляется одному из родителей (законных представителей) на каждого обучающегося один раз в текущем
  // календарном году в размере 3000 рублей.» (a city's news on the school-clothes payment to large families,
  // https://id41.ru/news/ofitsialno/vyplata_na_priobretenie_odezhdy_obuchayushchikhsya_detey_iz_mnogodetnykh_semey/?print_page=yes —
  // corpus-real-77; it was `unparsed`): «календарном» between the word of the current year and «году» is skipped, so «раз в текущем /
  // этом календарном году» repeats yearly like «раз в текущем году» and «раз в календарном году»
  return CALENDAR_ADJECTIVE.test(toks[j + 1]?.text ?? '') && toks[j + 2]?.cls === 'year' ? 'year' : undefined;
}

/**
 * Round 257: at `j`, right after «каждый / каждое / каждую», an ordinal («третье», «3-ю») or «последний» in any gender and case, a
 * weekday and a month's name («каждое третье воскресенье октября», «каждый последний понедельник мая»): that weekday of the month of
 * every year. «каждую субботу октября» (no ordinal: every Saturday of October) and «каждую последнюю пятницу месяца» are not.
 */
function ordinalWeekdayOfMonth(toks: Token[], j: number): boolean {
  const t = toks[j];
  if (t === undefined) return false;
  let k = j + 1;
  if (t.type === 'num' && toks[j + 1]?.text === '-' && toks[j + 2]?.cls === 'ordinalSuffix') k = j + 3;
  else if (t.cls !== 'ordinal' && !/^последн(?:ий|ее|юю|яя|его|ей|ем)$/.test(t.text)) return false;
  return toks[k]?.cls === 'weekday' && toks[k + 1]?.cls === 'month';
}

/** Round 132: «нового / очередного / следующего» in any case, the adjective of the coming period after «каждый» (`unitNear`). */
const NEXT_ADJECTIVE = /^(?:нов|очередн|следующ)(?:ого|его|ый|ий|ой|ую|ом|ем|ая|ое|ее|ые|ие|ых|их|ей)$/;

/** Round 88: «календарном / календарный / календарного / календарный», the adjective of a calendar year (`unitNear`). */
const CALENDAR_ADJECTIVE = /^календарн(?:ом|ый|ого|ом)$/;

/**
 * Round 54. «- проводить оценочные процедуры по каждому учебному предмету в одной параллели классов не чаще 1 раза в 2,5 недели.» (a
 * school's schedule of assessment procedures, https://74lsy.uralschool.ru/file/card?id=7390 — corpus-real-49; it was `unparsed`, «срок
 * отсчитывается от события: «2 недели»»): a count of times per a span whose number has a decimal fraction («в 2,5 недели», «в 1,5
 * месяца», «в 1.5 года») repeats like «раз в 2 недели»: the unit is read after the fraction («2,5 недели» → every week, «1,5 месяца»
 * → every month). Returns the index of the fraction's last figures, or `j` when the count at `j` is whole.
 */
function decimalCountAt(toks: Token[], j: number): number {
  const sep = toks[j + 1];
  const frac = toks[j + 2];
  const whole = toks[j]?.type === 'num' && toks[j]!.text.length <= 2;
  return whole && sep && (sep.text === ',' || sep.text === '.') && !sep.space && frac?.type === 'num' && !frac.space && frac.text.length === 1 ? j + 2 : j;
}

/**
 * Round 92. «… а каждый учитель раз в 4-5 лет приходит в институт повышения квалификации", - сказал Кравцов во вторник на первом
 * заседании …» (a news agency on the Минпросвещения's plans for teachers' training, https://article.wn.com/view/WNATaf396e7dc2334b8d01208b5f3be9eb53
 * — corpus-real-82; it was `event`, «на первом заседании …»): a count of times per a span given as a range of two counts («раз в 4-5
 * лет», «1 раз в 2-3 года», «раз в 3–4 месяца», «в 2-3 недели») repeats like «раз в 5 лет»: the unit is read after the second count, a
 * count of months by the first («раз в 3-4 месяца» quarterly, like «раз в 3 месяца»). Both counts of one or two figures, the second
 * larger, a dash between. The index of the second count, else `j`.
 */
function countRangeAt(toks: Token[], j: number): number {
  const a = toks[j];
  const dash = toks[j + 1];
  const b = toks[j + 2];
  return a?.type === 'num' && a.text.length <= 2 && dash?.text === '-' && b?.type === 'num' && b.text.length <= 2 && b.n > a.n ? j + 2 : j;
}

const LEAST: ReadonlySet<string> = new Set(['менее', 'реже']);

/** A count in figures or words («4», «двух»). */
function isCount(t: Token | undefined): boolean {
  return t !== undefined && (t.type === 'num' ? t.text.length <= 2 : CARDINAL.test(t.text));
}

/** «в год», «за учебный год», «в квартал»: the period a count is per, or undefined. */
function perPeriod(toks: Token[]): DeadlineEvery | null | undefined {
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.text !== 'в' && toks[i]!.text !== 'за') continue;
    // round 57: a weekday after «в» is one day, not the period of a count («… не менее 28 тыс. человек, сообщили в пятницу …»)
    if (toks[i + 1]?.cls === 'weekday') continue;
    const u = unitAt(toks, toks[i + 1]?.cls === 'school' ? i + 2 : i + 1);
    if (u !== undefined) return u;
  }
  return undefined;
}

/** True when the token before «числа» counts the day: a number, its «-го», an ordinal word, «последнего». */
function isCountedDay(t: Token | undefined): boolean {
  return t !== undefined && (t.type === 'num' || t.cls === 'ordinalSuffix' || t.cls === 'ordinal' || t.text.startsWith('последн'));
}

/**
 * Round 228. «По строкам 01 и 02 число проведенных в группах и пропущенных дней детьми в образовательном учреждении определяется на
 * основании табелей посещаемости.» (a page of the instructions to Росстат's form 85-К, https://businessneeds.ru/buhhelp.ru/extfile/0609506_/rephlp/0609506_/part2.3.htm
 * — corpus-real-207): a figure that ends a list of a form's lines or columns («строка / графа» in any case, then figures joined by «и»,
 * a comma or a dash) is the line's number, so «02 число …» is no day of every month. `k` is the figure before «число».
 */
function formPartNumber(toks: Token[], k: number): boolean {
  let j = k;
  while (j >= 2 && toks[j - 2]?.type === 'num' && (toks[j - 1]!.text === 'и' || toks[j - 1]!.text === ',' || toks[j - 1]!.text === '-')) j -= 2;
  return /^(?:строк(?:а|и|е|у|ой|ам|ами|ах)|граф(?:а|ы|е|у|ой|ам|ами|ах))$/.test(toks[j - 1]?.text ?? '');
}

/** Counted plural endings after a number («3-х», «5-ти», «7-ми»): a count of days, not which one of the month. */
const COUNT_SUFFIX: ReadonlySet<string> = new Set(['х', 'ти', 'ми']);

/** True when the token says which one: an ordinal word, its «-я» / «-й» in figures, «последний». */
function isWhichOne(t: Token | undefined): boolean {
  if (t === undefined || t.type !== 'word') return false;
  return t.cls === 'ordinal' || (t.cls === 'ordinalSuffix' && !COUNT_SUFFIX.has(t.text)) || t.text.startsWith('последн');
}

/**
 * Round 17. «первая неделя месяца», «последний (рабочий) день месяца», «последняя пятница месяца», «последняя неделя четверти»:
 * which week, day or weekday of a month or school quarter, with none named, is one of every month or quarter. `i` is the unit.
 */
function whichOfEvery(toks: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (toks[k]!.cls === 'duration' || toks[k]!.cls === 'weekWord' || toks[k]!.cls === 'weekday' || toks[k]!.cls === 'decade')) k--;
  return k < i - 1 && (isWhichOne(toks[k]) || nthDecade(toks, k) || ordinalWeekdayOfEvery(toks, k));
}

/** Round 127: the weekdays in the nominative and accusative singular («субботу», «четверг»), which one of a month is said of. */
const WEEKDAY_SINGULAR: ReadonlySet<string> = new Set(['понедельник', 'вторник', 'среда', 'среду', 'четверг', 'пятница', 'пятницу', 'суббота', 'субботу', 'воскресенье']);

/**
 * Round 127. «каждую 2 и 4 субботу месяца», «1 и 3 четверг месяца», «каждую 2 субботу месяца» (corpus-real-115's Kazakh day of
 * vocational guidance): a figure 1–5 with no ending right before a weekday in the singular and «месяца» says which one of every month,
 * like «2-я суббота месяца» (the figure of a count takes the genitive: «2 субботы»). `k` is the figure.
 */
function ordinalWeekdayOfEvery(toks: Token[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && t.type === 'num' && t.text.length === 1 && t.n >= 1 && t.n <= 5 && WEEKDAY_SINGULAR.has(toks[k + 1]?.text ?? '') && toks[k + 2]?.text === 'месяца';
}

/** «3 декада», «2-я декада»: a decade counted in figures (round 21; a week needs its «-я»: «2 недели марта» is a count). */
function nthDecade(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || t.type !== 'num' || t.n < 1 || t.n > 3) return false;
  return toks[k + 1]?.cls === 'decade' || (toks[k + 1]?.cls === 'ordinalSuffix' && toks[k + 2]?.cls === 'decade');
}

/** «в конце четверти», «в начале месяца»: a part of a month or school quarter, with none named, is of every one («до конца месяца» is not). */
function partOfEvery(toks: Token[], i: number): boolean {
  // Round 189. «в конце учебной четверти, полугодия.» (the times of final tests in a page of rules on written work in Russian,
  // https://mywordworld.ru/seasons/pravila-oformleniya-tetradei-po-russkomu-yazyku-8-spravka-po/ — corpus-real-174; it was `unparsed`, «не
  // указано, какой четверти»): «учебной» between the part and «четверти» is the same school quarter, so «в конце учебной четверти» is of
  // every one like «в конце четверти»; only that adjective («в конце первой четверти» names one)
  if (toks[i - 1]?.text === 'учебной' && toks[i]?.text === 'четверти') i--;
  const p = toks[i - 1];
  if (p === undefined || (p.cls !== 'end' && p.cls !== 'begin' && p.cls !== 'middle')) return false;
  return toks[i - 2]?.text === 'в' || (NOMINATIVE_PART.has(p.text) && toks[i - 2]?.text !== 'до');
}

/**
 * Round 42. «Книга приказов по обучающимся — конец четверти.» (a school director's plan, copied in a public gist,
 * https://gist.github.com/c3de6d60ebcf09e525823731d383cd5b): the part named in the nominative (or the accusative of «на»), with no
 * «в», is the same time of every one as «в конце четверти»: «конец месяца», «начало четверти», «середина месяца», «окончание
 * четверти», «на конец четверти». «до конца месяца», «до окончания четверти» stay `unparsed` (round 10: a «до» names one).
 */
const NOMINATIVE_PART: ReadonlySet<string> = new Set(['конец', 'начало', 'середина', 'середину', 'окончание']);

/** The singular genitive of a unit («месяца», «четверти»): not «2 месяцев», «четвертей». */
const SINGULAR_UNIT: ReadonlySet<string> = new Set(['месяца', 'четверти', 'триместра']);

/** «по четвертям», «по кварталам» opening a cell: a plan row done in every school quarter or quarter («для школ с обучением по четвертям» is no repeat). */
const BY_UNITS: Readonly<Record<string, DeadlineEvery>> = { четвертям: 'quarter', кварталам: 'quarter' };

/** The most words a label before «по четвертям» may have. */
const LABEL_WORDS = 4;

/**
 * Round 51. «Проводится по четвертям за исключением предметов с учеб…» (a gist of reports on a quarter's results,
 * https://gist.github.com/anonymous/c8b46c717de10b6b61cb316ffac60f6a — corpus-real-46; it was `unparsed`): an exception after «по
 * <units>» — «за исключением …», «кроме …» to the end of the text, with no figure in it — is a note on what the repeat leaves out, so
 * «по четвертям» still closes the cell. Linear: one pass to the end.
 */
function exceptionAt(toks: Token[], k: number): boolean {
  if (!((toks[k]!.text === 'за' && toks[k + 1]?.text === 'исключением') || toks[k]!.text === 'кроме')) return false;
  for (let m = k + 1; m < toks.length; m++) if (toks[m]!.type === 'num') return false;
  return true;
}

/**
 * Round 29. «Промежуточная аттестация по четвертям», «Контрольные работы – по кварталам»: what is done, named in one to four plain
 * words (a dash may follow), then «по <units>» closing the cell, is done in every one, as if «по четвертям» opened it. Not when
 * anything but a plain word stands before it: «для школ с обучением по четвертям» («с») stays no repeat.
 */
function labelledByUnits(toks: Token[], i: number): boolean {
  // Each loop stops at its first token that does not fit, so a long text with many «по» stays linear.
  if (i === 0 || i > LABEL_WORDS + 1) return false;
  for (let k = i + 2; k < toks.length; k++) {
    if (exceptionAt(toks, k)) break; // round 51: «… по четвертям за исключением предметов …»
    if (toks[k]!.type !== 'punct') return false; // «… по четвертям.»
  }
  let words = 0;
  for (let k = 0; k < i; k++) {
    const t = toks[k]!;
    if (t.type === 'punct' && t.text === '-' && k === i - 1) continue;
    if (t.type !== 'word' || t.cls !== 'other') return false;
    words++;
  }
  return words <= LABEL_WORDS;
}

/**
 * Round 227. «· с 25 февраля по 16 марта 2018 года с понедельника по пятницу с 15.00 до 19.00 часов;» (a district paper's page of the
 * hours of the commissions in a presidential election, http://msmetal-kolpinfo.ru/node/589 — corpus-real-206; it was the `range` of the
 * window): a window of days written first — «с <день> [<месяц>] по / до <день> <месяц>» — and then the weekdays of a week as a span with
 * no day beside them («с понедельника по пятницу») or in words («в будние дни», «по будням», «в рабочие дни») is a weekly repeat inside
 * the window, as «ежемесячно с сентября по май» takes its window (README's `recurring`; the repeat outranks the dates): the month
 * named is the window's, not a weekday's own date. A weekday beside a day («в субботу, 23 февраля», «12 марта в выходные дни») is that
 * day as before, a lone weekday («в субботу») is no span, and weekdays in brackets after the window («Работы принимаются с 10 по 28
 * февраля … (по будням с 11:00 до 17:00, …)», corpus-real-131) are a note on its hours, the window read as before. True when «с / со»
 * and a day, then «по / до» and a day and a month in words, stand before the weekdays at `end` with no bracket opened after them.
 */
/** Round 227: a day written right after a span of weekdays («по пятницу 5 марта», «по пятницу, 5 марта»): the span is of those days. */
function dayAfterSpan(toks: Token[], k: number): boolean {
  return toks[k]?.type === 'num' || (toks[k]?.text === ',' && toks[k + 1]?.type === 'num');
}

function windowBefore(toks: Token[], end: number): boolean {
  let from = -1;
  let window = false;
  for (let k = 0; k < end - 2; k++) {
    const t = toks[k]!;
    if (t.type === 'word' && t.cls === 'weekday') return false;
    if (window && t.text === '(') return false; // the hours of the window's days in brackets are a note on it
    if (t.type !== 'word') continue;
    if (from < 0 && (t.text === 'с' || t.text === 'со') && toks[k + 1]!.type === 'num') from = k;
    else if (from >= 0 && (t.text === 'по' || t.text === 'до') && toks[k + 1]!.type === 'num' && toks[k + 2]!.cls === 'month') window = true;
  }
  return window;
}

/**
 * Round 227. «Днем голосования на выборах Президента Российской Федерации является второе воскресенье месяца, в котором проводилось
 * голосование на предыдущих общих выборах …» (a student's paper on the electoral law, http://yurii.ru/ref5/text-10240-str-3-ref.php —
 * corpus-real-206; it was `recurring`, every month): «месяца» with a relative clause right after it («, в котором …», «, которым …») is
 * one month the clause picks out, not every month, so the weekday of it is no monthly repeat (the clause names the event that fixes
 * it). The word «месяца» at `j`; «2-я суббота месяца», «вторая среда месяца, в 10.00» read as before.
 */
function monthOfClause(toks: Token[], j: number): boolean {
  if (toks[j + 1]?.text !== ',') return false;
  const w = toks[j + 2]?.text ?? '';
  return w.startsWith('котор') || ((w === 'в' || w === 'во' || w === 'на' || w === 'за') && (toks[j + 3]?.text ?? '').startsWith('котор'));
}

/** Round 17. «пн-пт», «понедельник-пятница», «с понедельника по пятницу», «пн., ср., пт.»: a span or list of weekdays (their abbreviations' dots skipped) at `i`. */
function weekdaySpan(toks: Token[], i: number): boolean {
  let k = i + 1;
  if (toks[k]?.text === '.') k++;
  const sep = toks[k]?.text;
  if (sep === 'на' && toks[k + 1]?.cls === 'weekday') return nightBetween(toks, i); // round 164: «в ночь с воскресенья на понедельник»
  if (sep === 'до') return hoursAcrossWeek(toks, i, k); // round 216: «с 7.00 ч. понедельника до 19.00 ч. пятницы»
  return (sep === '-' || sep === ',' || sep === 'по') && toks[k + 1]?.cls === 'weekday'; // «с понедельника по пятницу»
}

/**
 * An hour of the clock ending right before `j` («7.00», «19:00», «7.00 ч.», «7 ч.», «7»): the index where it starts, else -1. A clock
 * with minutes is round 43's one test of a time of day (`timeOfDayAt`); a bare hour, one or two figures up to 24, is read as one.
 */
function hourEndingAt(toks: Token[], j: number): number {
  let k = j; // the index after the clock, its unit («ч.», «час», «часов») left out
  if (toks[k - 1]?.text === '.' && toks[k - 2]?.text === 'ч') k -= 2;
  else if (HOUR_UNITS.has(toks[k - 1]?.text ?? '')) k--;
  if (k >= 3 && timeOfDayAt(toks, k - 3) === k) return k - 3;
  const hour = toks[k - 1];
  return hour?.type === 'num' && hour.text.length <= 2 && hour.n <= 24 ? k - 1 : -1;
}

/**
 * Round 216. «с 7.00 ч. понедельника до 19.00 ч. пятницы» (the stay of a kindergarten's round-the-clock group, a field of its regime,
 * https://sad16mol.uomrik.gov.by/одно-окно/режим-работы-учреждения — corpus-real-198; it was `unparsed`): a span from an hour of one
 * weekday to an hour of another («с <час> <дня> до <час> <дня>», the weekdays in the genitive) is that stretch of every week, like
 * round 17's «с понедельника по пятницу». Only with an hour before each weekday and «с» before the first hour, so «с понедельника до
 * пятницы» and «до 19.00 пятницы» read as before. `k` is the index of «до» after the first weekday at `i`.
 */
function hoursAcrossWeek(toks: Token[], i: number, k: number): boolean {
  const first = hourEndingAt(toks, i);
  if (first < 1 || toks[first - 1]?.text !== 'с') return false;
  let j = k + 1;
  while (j < toks.length && j <= k + 6 && toks[j]?.cls !== 'weekday') j++;
  return toks[j]?.cls === 'weekday' && hourEndingAt(toks, j) === k + 1;
}

/**
 * Round 164. «Замечания по ведению журналов формируются в ночь с воскресенья на понедельник.» (an electronic journal's FAQ on its weekly
 * control, http://www.rujel.net/about/Questions/method/plancontrol — corpus-real-153; it was `ongoing`, «с воскресенья» read as a start):
 * a night from one weekday to the next, «в ночь с <дня недели> на <день недели>», is that night of every week, like «с понедельника по
 * пятницу» (round 17). Only after «ночь с»: «перенесено с понедельника на вторник» names no week's night. The first weekday at `i`.
 */
function nightBetween(toks: Token[], i: number): boolean {
  return (toks[i - 1]?.text === 'с' || toks[i - 1]?.text === 'со') && toks[i - 2]?.text === 'ночь';
}

/** The weekdays in the nominative, as a timetable's day column prints them. */
const WEEKDAY_NOMINATIVE: ReadonlySet<string> = new Set(['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье']);

/**
 * Round 26. «понедельник 09.00 - 15.00», «Среда», «пятница 14.00»: one weekday in the nominative opening the cell, with nothing after
 * it but times of day, is a day of every week, like «вторник, четверг» (the hours of reception or of a club). Not with a word or a
 * month after it («пятница, 13 марта», «среда (каникулы)»). Round 32: the hours may be written with «с», «до», «по» before them
 * («среда с 12.00 до 13.00», «Понедельник с 8.30 до 17.00», a social pedagogue's consultations); «пятница до 13.05» stays 13 May.
 */
function loneWeekday(toks: Token[], i: number): boolean {
  if (!WEEKDAY_NOMINATIVE.has(toks[i]!.text) && !WEEKDAY_ABBREVIATIONS.has(toks[i]!.text)) return false;
  const from = hoursHeading(toks, i) ? i : 0; // round 55: «часы приёма: понедельник …»
  for (let k = from; k < toks.length; k++) {
    if (k === i) continue;
    const t = toks[k]!;
    if (k > i && HOURS_WORDS.has(t.text) && timeOfDayAt(toks, k + 1) >= 0) continue;
    if (k > i && nextTimetableDay(toks, k)) continue; // round 210: «Среда с 16:00 до 18:00 Пятница с 16:00 до 18:00»
    if (k > i && t.type === 'word') return noteAfterHours(toks, i, k) || bracketAfterHours(toks, i, k);
    if (t.type === 'word' || (k < i && t.type !== 'punct')) return false;
  }
  return true;
}

/**
 * Round 210. «Среда с 16:00 до 18:00 Пятница с 16:00 до 18:00» (a school's hours of receiving citizens, https://goo.kz/content/view/29/20869?lang=ru
 * — corpus-real-193; it was `unparsed`), «Вторник с 9:00 до 13:00, четверг с 14:00 до 17:00»: a timetable of round 26 may name several
 * weekdays, each after the hours of the one before — another weekday in the nominative (or its abbreviation) right after a time of day,
 * a comma or a semicolon between or not, is the next day of the same weekly timetable, not a word after the hours. Only after a figure:
 * «пятница, 13 марта» and «среда (каникулы)» keep their reading, and a weekday after words stays what round 26 left it. `k` is the weekday.
 */
function nextTimetableDay(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.type !== 'word' || (!WEEKDAY_NOMINATIVE.has(t.text) && !WEEKDAY_ABBREVIATIONS.has(t.text))) return false;
  let p = k - 1;
  if (toks[p]?.text === ',' || toks[p]?.text === ';') p--;
  return toks[p]?.type === 'num';
}

/**
 * Round 99. «понедельник: 8.00 - 10.00 - прием по личным вопросам», «четверг: 14.00 - 16.00 - прием по личным вопросам» (a
 * progymnasium's page on обращения граждан, https://nalprog70.ru/?Page=Poryadok_obrashcheniya_v_uchrezhdenie — corpus-real-87; they were
 * `unparsed`): after the weekday's hours, a spaced dash and words that say what the hours are for are a note, like what follows round
 * 33's «во вторник в 8.30»; the weekday stays a day of every week. Only after a time of day and a dash with a space before it, and only
 * words with no date in them (no number, month, weekday or season); the hours may be written «с … до …»: «пятница, 13 марта», «среда (каникулы)» and «пятница - 13 марта»
 * keep their reading. The weekday at `i`, the first word after it at `k`. Linear: it reads the tokens after the weekday once.
 */
function noteAfterHours(toks: Token[], i: number, k: number): boolean {
  const dash = toks[k - 1]!;
  if (dash.text !== '-' || !dash.space || !onlyHoursBetween(toks, i, k - 1)) return false;
  for (let j = k; j < toks.length; j++) {
    const t = toks[j]!;
    if (t.type === 'num' || (t.type === 'word' && DAY_CLASSES.has(t.cls))) return false;
  }
  return true;
}

/**
 * Rounds 99 and 273: whether the tokens after the weekday at `i`, up to `end`, are its hours — at least one time of day, with only signs
 * and the words of the clock around them («с 12.00 до 13.00»).
 */
function onlyHoursBetween(toks: Token[], i: number, end: number): boolean {
  let time = false;
  for (let j = i + 1; j < end; j++) {
    const after = timeOfDayAt(toks, j);
    if (after >= 0) {
      time = true;
      j = after - 1;
    } else if (toks[j]!.type !== 'punct' && !(HOURS_WORDS.has(toks[j]!.text) && timeOfDayAt(toks, j + 1) >= 0)) return false;
  }
  return time;
}

/**
 * Round 273. «Воскресенье с 11:00 до 17:00 (касса закрывается на 1 час раньше).» (a museum's opening hours,
 * https://museum-schvarz.ru/contact-information/opening-hours/ — corpus-real-236's page; it was `unparsed`): after the weekday's hours
 * (round 26), a bracket that closes the text is a note on them, as round 99's dash and words are, and as a bracket after a window of
 * weekdays already was («Среда – Суббота с 11:00 до 18:00 (касса …)»): the weekday stays a day of every week. Only after a time of day
 * («среда (каникулы)» keeps its reading), only with nothing but punctuation after the bracket, and only words with no date and no
 * holidays in the bracket («понедельник с 9.00 до 12.00 (в каникулы)» stays the holidays' event): a number is a count only before a word that is no day's word («1 час», «30 минут», «2 этаж»), and a time of day is a clock
 * («(перерыв с 13:00 до 14:00)»); «(15 мая)», «(15.05)», «(каникулы с 1 по 7 ноября)» keep their reading. The weekday at `i`, the first
 * word after it at `k`. Linear: it reads the tokens after the weekday once.
 */
function bracketAfterHours(toks: Token[], i: number, k: number): boolean {
  if (toks[k - 1]!.text !== '(' || !onlyHoursBetween(toks, i, k - 1)) return false;
  let j = k;
  for (; j < toks.length && toks[j]!.text !== ')'; j++) {
    const t = toks[j]!;
    if (t.text === '(') return false;
    const end = t.type === 'num' ? timeOfDayAt(toks, j) : -1;
    if (end >= 0) j = end - 1;
    else if (t.type === 'num' && (toks[j + 1]?.type !== 'word' || DAY_CLASSES.has(toks[j + 1]!.cls))) return false;
    else if (t.type === 'word' && (DAY_CLASSES.has(t.cls) || t.text.startsWith('каникул'))) return false;
  }
  if (j >= toks.length) return false;
  for (j++; j < toks.length; j++) if (toks[j]!.type !== 'punct' || toks[j]!.text === '(') return false;
  return true;
}

/** Round 55. The nouns of a timetable's heading: «часы / график / время / дни приёма», «часы работы», «консультации». Round 208: «начало
 *  / окончание» (of a shift, of lessons: «Начало 2-й смены – Понедельник с 12.30,»). */
const HOURS_HEADING = /^(?:час[ыа]?|график[а-я]*|время|дни|день|при[её]м[а-я]*|работ[аы]|консультаци[а-я]*|занят[а-я]*|режим[а-я]*|начал[оа]|окончани[ея])$/;

/** The most words a heading before the weekday may have: «часы приёма граждан:». */
const HEADING_WORDS = 3;

/**
 * Round 208. «Начало 2-й смены – Понедельник с 12.30,» (a school's calendar schedule, the start of its second shift,
 * https://nekrschool.edu.yar.ru/svedeniya_ob_obrazovatelnoy_organizatsii/godovoy_grafik_raboti.html — corpus-real-191; it was `unparsed`):
 * the heading may end with a spaced dash as well as a colon — «Прием родителей – среда с 15.00 до 17.00» — and may hold an ordinal in
 * figures («2-й смены»), one word of the heading's three; «начало / окончание» open it as a timetable's nouns do. The weekday after it
 * still opens the cell with nothing but hours after it (round 26), so «Начало занятий – понедельник, 15 марта» keeps its day.
 *
 * Round 55. «часы приёма: понедельник — 16.00.-18.00.» (a school's page on its ombudsman for pupils' rights,
 * http://school16serp.ru/informaciya/o-shkole/upolnomochennyjj-po-zashhite-prav-uchashhikhsya-mbou-sosh-16 — corpus-real-50): a
 * heading of one to three words that opens with a timetable's noun and ends with a colon right before the weekday — «часы приёма:»,
 * «График приема:», «Часы работы:», «Консультации:» — only names what the hours are of, so the weekday still opens the cell (it was
 * `unparsed`). Not any words before a colon: «Внимание: понедельник» and «Собрание: понедельник, 15 марта» keep their reading.
 * Linear: it reads only the tokens before the weekday, once.
 */
function hoursHeading(toks: Token[], i: number): boolean {
  if (i < 2 || !(toks[i - 1]!.text === ':' || (toks[i - 1]!.text === '-' && toks[i - 1]!.space))) return false;
  if (!HOURS_HEADING.test(toks[0]!.text)) return false;
  let words = 0;
  for (let k = 0; k < i - 1; k++) {
    const t = toks[k]!;
    if (t.type === 'num' && toks[k + 1]?.text === '-' && toks[k + 2]?.cls === 'ordinalSuffix') k += 2; // round 208: «2-й смены»
    else if (t.type !== 'word') return false;
    words++;
  }
  return words <= HEADING_WORDS;
}

/**
 * Round 38. «Пт 09:00–17:00», «Ср 10:00-12:00», «Сб.»: a timetable's abbreviation of one weekday, alone or with its hours, is a day of
 * every week like the full name (it was `unparsed`; «Пн-Чт 09:00–18:00» was already weekly as a span). Source: the opening hours of a
 * regional centre of professional education, https://bpoo.uksivt.ru/web/index.php?r=site/document&id=24.
 */
const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс']);

/** Round 32. The words of hours written «с 12.00 до 13.00», «с 8.30», «до 17.00» after a weekday. */
const HOURS_WORDS: ReadonlySet<string> = new Set(['с', 'до', 'по']);

/** The weekdays in the accusative, after «в / во»: «во вторник», «в среду». */
const WEEKDAY_ACCUSATIVE: ReadonlySet<string> = new Set(['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье']);

/**
 * Round 33. «Во вторник в 8.30. классный руководитель дежурного класса раздает бейджи учащимся, проводит инструктаж.» (a school's
 * duty rules, https://sopockin.schools.by/pages/objazannosti-dezhurnogo-klassa), «в среду с 14.00 до 15.00 — консультации»: a
 * weekday after «в / во» opening the text (an item number may stand before it), with an hour right after it («в 8.30», «с 14.00»),
 * is the hour of a weekly routine, like round 26's «понедельник 09.00 - 15.00»; what follows says what is done. Not a weekday
 * alone («во вторник»: which one is not said), not «в этот / следующий вторник», not with a month or a date named.
 */
function weekdayAtHour(toks: Token[], i: number): boolean {
  if (!WEEKDAY_ACCUSATIVE.has(toks[i]!.text)) return false;
  const prep = toks[i - 1]?.text;
  if (prep !== 'в' && prep !== 'во') return false;
  for (let k = 0; k < i - 1; k++) {
    const t = toks[k]!;
    if (t.type !== 'punct' && !(k === 0 && t.type === 'num' && toks[1]?.type === 'punct')) return false; // «3. Во вторник …»
  }
  const hours = toks[i + 1]?.text ?? '';
  return ((hours === 'в' || HOURS_WORDS.has(hours)) && timeOfDayAt(toks, i + 2) >= 0) || hoursLaterInClause(toks, i);
}

/** Round 159. The most words that may stand between round 33's weekday and its window of hours: «продолжительность пребывания детей будет». */
const WORDS_BEFORE_HOURS = 5;

/**
 * Round 159. «В субботу продолжительность пребывания детей будет с 08:30 до 14:30.» (a city's news of its summer camps at schools,
 * https://novostipmr.com/ru/news/14-05-19/v-tiraspole-na-baze-nekotoryh-shkol-budut-otkryty-ozdorovitelnye — corpus-real-148; it was
 * `unparsed`): a few words of what the hours are for may stand between round 33's opening weekday and a window of hours «с … до …»
 * — the regime of that day of every week, like «в среду с 14.00 до 15.00 — консультации». Only words (no number, no punctuation, no
 * date word, no preposition of a place) between, at most five, and a whole window «с <час> до <час>»: «В субботу жители смогут прийти в
 * 10:00» and «В субботу в школе пройдет субботник с 10:00 до 12:00» (one Saturday's event at a place) keep their reading.
 * The weekday at `i`. Linear: it reads at most the words before the window and the window once.
 */
function hoursLaterInClause(toks: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 1 + WORDS_BEFORE_HOURS && k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text === 'с' && k > i + 1) {
      const end = timeOfDayAt(toks, k + 1);
      return end >= 0 && toks[end]?.text === 'до' && timeOfDayAt(toks, end + 1) >= 0;
    }
    if (t.type !== 'word' || DAY_CLASSES.has(t.cls) || PLACE_PREPOSITIONS.has(t.text)) return false;
  }
  return false;
}

/** Round 159. Prepositions that bring in a place or a party between the weekday and its hours: «В субботу в школе пройдет субботник …». */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['в', 'во', 'на', 'у', 'к', 'по', 'при']);

/** Round 159. The words of a day off: «выходной», «выходные» and their noun «день / дни». */
const DAY_OFF: ReadonlySet<string> = new Set(['выходной', 'выходные', 'день', 'дни']);

/** Round 159. The words that may join a day off and its weekdays: «в / во», «и», and the weekdays themselves. */
const DAY_OFF_JOINERS: ReadonlySet<string> = new Set(['в', 'во', 'и']);

/**
 * Round 159. «В воскресенье — выходной.» (a city's news of the regime of its summer camps at schools,
 * https://novostipmr.com/ru/news/14-05-19/v-tiraspole-na-baze-nekotoryh-shkol-budut-otkryty-ozdorovitelnye — corpus-real-148; it was
 * `unparsed`), «Воскресенье - выходной день», «Выходной день — воскресенье», «В субботу и воскресенье — выходные»: a text that only
 * names weekdays as days off is a day of every week, like round 111's «в выходные дни». Only such words (the weekdays, «в / во / и»,
 * «выходной / выходные», «день / дни») and punctuation: a number, a month or any other word («В воскресенье, 9 мая, — выходной»,
 * «в воскресенье выходной у библиотекарей») keeps its reading. `onlyDaysOff` reads the text's tokens once (the caller keeps its answer
 * for every weekday of the text, so a text of many weekdays stays linear); `weekdayOff` asks it of the weekday at `i`.
 */
function onlyDaysOff(toks: Token[]): boolean {
  let off = false;
  for (const t of toks) {
    if (t.type === 'punct') continue;
    if (t.type !== 'word') return false;
    if (t.text === 'выходной' || t.text === 'выходные') off = true;
    else if (t.cls !== 'weekday' && !DAY_OFF.has(t.text) && !DAY_OFF_JOINERS.has(t.text)) return false;
  }
  return off;
}

function weekdayOff(toks: Token[], i: number, textOff: boolean): boolean {
  return textOff && (WEEKDAY_NOMINATIVE.has(toks[i]!.text) || WEEKDAY_ACCUSATIVE.has(toks[i]!.text));
}

/** Round 39. The adjectives of a day of the school or working week: «шестой школьный день», «пятый учебный день», «рабочий». */
const WEEK_DAY_ADJECTIVE = /^(?:школьн|учебн|рабоч)[а-я]*$/;

/**
 * Round 39. «4. В шестой школьный день (субботу) мероприятия проводятся по утвержденному директором школы плану с 9.00 до 14.00:»
 * (a school's положение on its regime, https://cheretyanka.schools.by/pages/rezhim-raboty-uchrezhdenija-obrazovanija — corpus-real-35): a day of the school week counted by
 * an ordinal, with its weekday in brackets right after «день», is that weekday of every week, like round 33's «во вторник в 8.30»; it
 * outranks the plan named later (a repeat > a schedule). The bracket is needed: «в первый учебный день» alone is the first day of the
 * school year. The weekday at `i`.
 */
function weekdayOfSchoolWeek(toks: Token[], i: number): boolean {
  if (toks[i - 1]?.text !== '(' || toks[i + 1]?.text !== ')' || toks[i - 2]?.text !== 'день') return false;
  const n = toks[i - 4];
  return WEEK_DAY_ADJECTIVE.test(toks[i - 3]?.text ?? '') && (n?.cls === 'ordinal' || (n?.cls === 'ordinalSuffix' && (toks[i - 5]?.type === 'num' || (toks[i - 5]?.text === '-' && toks[i - 6]?.type === 'num')))); // «в 6-й школьный день»
}

/** Round 39. The weekdays in words: «будние / рабочие» after «в», «будним / рабочим» after «по», before «дни / дням». */
const WORKDAYS: ReadonlyMap<string, readonly [string, string]> = new Map([['будние', ['в', 'дни']], ['рабочие', ['в', 'дни']], ['будним', ['по', 'дням']], ['рабочим', ['по', 'дням']]]);

/** Daily work («ежедневно», «круглосуточно»): with it the weekdays in words are the days of that work, open-ended (README, round 10). */
const DAILY = /^(?:ежедневн|круглосуточн)/;

/**
 * Round 39. «В управлении образования … в будние дни с 9:00 до 17:00 продолжает работать «горячая линия» …» (a city's news,
 * https://tvtver.ru/news/v-tverskih-detskih-sadah-prodolzhayut-rabotat-dezhurnye-gruppy/ — corpus-real-35):
 * «в будние / рабочие дни», «по будним / рабочим дням» name Monday to Friday of every week, a weekly repeat like round 17's
 * «понедельник-пятница» and «пн-пт». Not with a daily word in the text: «ежедневно (в рабочие дни) с 09:00 до 16:00» stays daily work,
 * open-ended (round 10); «в течение 5 рабочих дней» (the genitive of a span) is no weekday.
 */
function workdaysInWords(toks: Token[], i: number): boolean {
  const form = WORKDAYS.get(toks[i]!.text);
  const adjective = form !== undefined && toks[i + 1]?.text === form[1] && ((i > 0 && toks[i - 1]!.text === form[0]) || workdaysField(toks, i, form[0]));
  if (!adjective && !workdaysNoun(toks, i) && !everyWorkday(toks, i) && !exceptWeekend(toks, i) && !weekendInWords(toks, i)) return false;
  return !toks.some((t) => t.type === 'word' && DAILY.test(t.text));
}

/**
 * Round 227. «• будние дни: с 09.00 до 18.00, перерыв с 13.00 до 14.00;» (a district TIK's page of its hours in an election campaign,
 * https://aksay.ikro.ru/election-campaign/13-sentyabrya-2020-god-msu/rezhim-raboty-komissii/ — corpus-real-206; it was `unparsed`): a
 * regime's field — «будние дни» or «рабочие дни» in the nominative opening the line (a bullet or a dash before them or not), then a
 * colon or a dash — names Monday to Friday of every week, as «в будние дни» does (round 39). Only opening the line and only before the
 * colon or dash: «будние дни» inside a sentence («школьные будние дни …») or with no field's sign after them reads as before. The
 * adjective at `i`, its noun right after it.
 */
function workdaysField(toks: Token[], i: number, preposition: string): boolean {
  if (preposition !== 'в') return false;
  const sign = toks[i + 2];
  if (sign?.type !== 'punct' || (sign.text !== ':' && sign.text !== '-')) return false;
  for (let k = 0; k < i; k++) if (toks[k]!.type !== 'punct') return false;
  return true;
}

/**
 * Round 111. «Традиционно мы проводим такие встречи в выходные дни, чтобы абитуриентам и их родителям было максимально удобно
 * добраться до нас, …» (a university's news of its open days, https://dzen.ru/a/Z-1kHEmdFzLdGiLO — corpus-real-99; it was
 * `unparsed`): «в выходные дни», «по выходным дням», «по выходным» name the weekend of every week, a weekly repeat like «в будние дни»
 * (round 39). Not beside the holidays («в праздничные и выходные дни», «по выходным и праздничным дням»: the days a regime or a
 * check covers, read as before), and not «выходные» alone («выходные дни: суббота, воскресенье», «в выходной день»).
 */
function weekendInWords(toks: Token[], i: number): boolean {
  const t = toks[i]!.text;
  const before = i > 0 ? toks[i - 1]!.text : undefined; // a read before the start is a slow lookup in V8
  const after = toks[i + 1]?.text;
  if (t === 'выходные') return before === 'в' && after === 'дни' && toks[i + 2]?.text !== 'и';
  if (t !== 'выходным' || before !== 'по') return false;
  return after === 'дням' ? toks[i + 2]?.text !== 'и' : after !== 'и';
}

/** Round 214. «будний / буднее» in the gender of the part of the day after it, after «каждый / каждое». */
const EVERY_WORKDAY: ReadonlyMap<string, readonly string[]> = new Map([
  ['будний', ['день', 'вечер']],
  ['буднее', ['утро']],
]);

/**
 * Round 214. «Каждое буднее утро пазики и газели, окрашенные в яркий жёлтый цвет, с бортовой надписью «Дети» начинают свой маршрут.»
 * (a district paper's story of the drivers of school buses, https://xn----7sbalrggkc2ahebxflf9rzb.xn--p1ai/society/2024/03/06/v-krasnogorskom-mkdcz-bryanshhiny-sostoitsya-prazdnichnyj-konczert
 * — corpus-real-196; it was `unparsed`): «каждый будний день», «каждое буднее утро», «каждый будний вечер» name a part of Monday to
 * Friday of every week, a weekly repeat like «в будние дни» (round 39); «каждое утро» alone stays daily work, open-ended (round 10),
 * and so does «на каждый рабочий день» (corpus-real-191 labels it `ongoing`: «рабочий» is not read here). The adjective at `i`, «кажд…»
 * right before it and the noun of the day right after it. Also corpus-real-152's «Каждый будний день на три часа …» (its KNOWN_MISSES).
 */
function everyWorkday(toks: Token[], i: number): boolean {
  const parts = EVERY_WORKDAY.get(toks[i]!.text);
  return parts !== undefined && i > 0 && toks[i - 1]!.text.startsWith('кажд') && parts.includes(toks[i + 1]?.text ?? '');
}

/**
 * Round 77. «Нести караул юнармейцы будут по будням с 10:30 до 15:00 (с поправкой графика во время зимних морозов).» (a region's news
 * of the cadets' guard of honour at Пост № 1, https://kuzbassnews.ru/news/yunarmeycy-posta-no1-v-kemerove-zastupili-na-vahtu-pamyati —
 * corpus-real-66; it was `unparsed`): the noun «будни» after «по» («по будням») or «в» («в будни») names Monday to Friday of every week,
 * like «по будним дням» (round 39). Not «будни» alone («школьные будни», «будни юнармейца»: a word of everyday life, no time).
 */
function workdaysNoun(toks: Token[], i: number): boolean {
  const t = toks[i]!.text;
  return (t === 'будням' && toks[i - 1]?.text === 'по') || (t === 'будни' && toks[i - 1]?.text === 'в');
}

/**
 * Round 49. «8 (3842) 58-70-25, кроме субботы и воскресенья с 9.00 до 17.00.» (a school's ГИА page, the hours of a region's hot line,
 * https://school67nvkz.kuz-edu.ru/index.php?id=30932 — corpus-real-44): «кроме субботы и воскресенья», «кроме выходных [дней]» name
 * the days of the week but the weekend — the weekdays, like «в будние дни» (it was `unparsed`). With a daily word it stays daily work
 * («ежедневно, кроме субботы и воскресенья», `workdaysInWords`). The «кроме» at `i`.
 */
function exceptWeekend(toks: Token[], i: number): boolean {
  if (toks[i]!.text !== 'кроме') return false;
  const a = toks[i + 1]?.text;
  return (a === 'субботы' && toks[i + 2]?.text === 'и' && toks[i + 3]?.text === 'воскресенья') || a === 'выходных';
}

/** Round 92. The first word of a heading of working hours: «режим», «часы», «время», «график», «рабочее / рабочий» (время, день). */
const WORK_HEADING_FIRST = /^(?:режим|часы|время|график|рабочее|рабочий)$/;
/** Round 92. The word of work such a heading must hold: «работы», «рабочего», «приема», «занятий». */
const WORK_HEADING_WORD = /^(?:работы|рабочего|рабочее|рабочий|при[её]ма|занятий)$/;

/**
 * Round 92. «Режим рабочего дня с 8.15 до 18.00» (a district education office's page of its regime, http://geum.ru/next/art-384208.leaf-2.php
 * — corpus-real-82; it was `unparsed`): a heading of working hours — one to four words opening with «режим / часы / время / график /
 * рабочее / рабочий» and holding a word of work («работы», «рабочего», «приема», «занятий»): «Режим работы», «Часы работы библиотеки»,
 * «Время приема», «Рабочий день» — then, after a colon or a dash or not, the hours «с 8.15 до 18.00» (or «8.15-18.00») and nothing
 * else, is the hours of every working day: a weekly repeat, like «в будние дни с 9:00 до 17:00» (round 39). Not with a daily word
 * («ежедневно», «круглосуточно»: daily work stays open-ended, round 10), not with a day or a month named, not hours alone («с 8.15 до
 * 18.00» names no heading: unread as before). Reads the tokens once.
 */
function workingHours(toks: Token[]): boolean {
  if (toks[0]?.type !== 'word' || !WORK_HEADING_FIRST.test(toks[0].text)) return false;
  let k = 0;
  let work = false;
  for (; k < toks.length && k < 4 && toks[k]!.type === 'word'; k++) {
    if (DAILY.test(toks[k]!.text)) return false;
    if (WORK_HEADING_WORD.test(toks[k]!.text)) work = true;
  }
  if (!work || k === 0) return false;
  while (toks[k]?.type === 'punct' && (toks[k]!.text === ':' || toks[k]!.text === '-')) k++;
  if (toks[k]?.text === 'с') k++;
  const a = timeOfDayAt(toks, k);
  if (a < 0) return false;
  k = a;
  if (toks[k]?.text !== 'до' && toks[k]?.text !== '-') return false;
  const b = timeOfDayAt(toks, k + 1);
  if (b < 0) return false;
  k = toks[b]?.text === '(' ? hoursInBracket(toks, b) : b;
  if (k < 0) return false;
  for (; k < toks.length; k++) if (toks[k]!.type !== 'punct' && !/^(?:ч|час[а-я]*)$/.test(toks[k]!.text)) return false;
  return true;
}

/** Round 256. The words that may open a bracket of hours after a heading's hours: a break («обед», «перерыв [на обед]»). */
const BREAK_WORDS: ReadonlySet<string> = new Set(['обед', 'перерыв']);

/**
 * Round 256. «Режим работы ГПД с 12.30 до 18.30 (с 13.30 до 19.30).» (a school's page of its groups of the extended day,
 * http://school567.edu.ru/?page_id=442 — corpus-real-227; it was `unparsed`): a bracket right after the hours of round 92's heading
 * that holds only other hours — a second shift's «(с 13.30 до 19.30)», «(13.30-19.30)», or a break «(обед с 12.00 до 13.00)»,
 * «(перерыв на обед 13-00 – 14-00)» — says nothing of which days, so the heading stays the hours of every working day. The «(» at
 * `i`; returns the index after the «)», or -1 when anything else is inside (a weekday, a date, a word: «(по пятницам до 17.00)»).
 */
function hoursInBracket(toks: Token[], i: number): number {
  let k = i + 1;
  if (BREAK_WORDS.has(toks[k]?.text ?? '')) {
    k++;
    if (toks[k]?.text === 'на' && toks[k + 1]?.text === 'обед') k += 2;
    if (toks[k]?.text === ':' || toks[k]?.text === '-') k++;
  }
  if (toks[k]?.text === 'с') k++;
  const a = timeOfDayAt(toks, k);
  if (a < 0 || (toks[a]?.text !== 'до' && toks[a]?.text !== '-')) return -1;
  const b = timeOfDayAt(toks, a + 1);
  return b >= 0 && toks[b]?.text === ')' ? b + 1 : -1;
}

/** Round 39. The words of a length of time that a timetable gives per week or month; round 56 adds the days of a working week. */
const LOAD_UNITS: ReadonlySet<string> = new Set(['час', 'часа', 'часов', 'минут', 'минуты', 'мин', 'день', 'дня', 'дней']);
/** Round 56. The adjectives of working days between the count and «дней»: «5 рабочих дней в неделю». */
const WORKING_DAYS: ReadonlySet<string> = new Set(['рабочих', 'рабочий', 'учебных', 'учебный', 'учебного', 'рабочего']);

/**
 * Round 56. «21 марта в Управлении образованием проведено очередное еженедельное аппаратное совещание», «Сегодня, 24 января, начальник
 * Управления образованием … провела очередное еженедельное аппаратное совещание» (an education office's news,
 * https://uo-mgo.ru/21-marta-v-upravlenii-obrazovaniem-provedeno-ocherednoe-ezhenedelnoe-apparatnoe-soveshhanie and
 * https://uo-mgo.ru/?p=5280 — corpus-real-51): a repeat adjective after «очередной» in any case, before its noun, names one meeting of a
 * regular series — the next one — not the repeat: a month in the text says when that one is (they were `recurring`, week). With no
 * month the series' repeat stays («очередное ежемесячное совещание» alone is monthly), and a repeat adjective without «очередной»
 * («ежегодный отчёт до 1 сентября») is the repeat as before. The adjective at `i`.
 */
function instanceOfSeries(toks: Token[], i: number): boolean {
  return /^очередн[а-я]{2,3}$/.test(toks[i - 1]?.text ?? '') && toks[i + 1]?.type === 'word' && ADJECTIVE_ENDING.test(toks[i]!.text);
}

/** Round 59. A verb of an event held, in the past tense: «прошло», «состоялось», «проведено», «открылся», «завершилась». Round 84: the
 *  past of organising it, «организована / организовано / организован / организованы», «организовал / организовала / организовали»: «В
 *  преддверии учебного года с 16 августа до 4 сентября в региональных управлениях Роспотребнадзора организована ежегодная «горячая
 *  линия» для родителей …» (a news page, http://toys.segment.ru/review/news_business/rospotrebnadzor_pri_proverkah_shkol_vyipisal_pochti_200_mln_rubley_shtrafov
 *  — corpus-real-73) names this year's line, its days (it was `recurring`, year). */
const HELD_VERB = /^(?:прош(?:ел|ла|ло|ли)|состоял(?:ся|ась|ось|ись)|провел[аи]?|проведен[аоы]?|открыл(?:ся|ась|ось|ись)|завершил(?:ся|ась|ось|ись)|закончил(?:ся|ась|ось|ись)|начал(?:ся|ась|ось|ись)|стартовал[аио]?|организован[аоы]?|организовал[аи]?)$/;

/**
 * Round 59. «23 августа в Махачкале прошло ежегодное Августовское совещание работников образования.» (a district's news,
 * https://vestiagula.ru/tag/34-2022/page/8 — corpus-real-53) and «В 2021 году ежегодные планы направляются руководителями проектов в
 * региональный проектный офис до 15 августа 2021 г.» (a region's rules of project monitoring, corpus-real-52): a repeat adjective before
 * its noun, in a text that reports the event held (a verb of holding in the past tense: «прошло», «состоялось», «проведено») or that
 * dates it in full (a month with its year, «15 августа 2021 г.», «15.08.2021»), names one item of the series, like round 56's «очередное
 * еженедельное совещание»: the month the text names says when that one is (they were `recurring`, year). With no month the series'
 * repeat stays, and «ежегодный отчёт до 1 сентября» (no year, nothing held) is the repeat as before. One pass over the tokens, made
 * at most once per text.
 */
/** Round 84: the auxiliaries of a coming event before «организована»: «будет / будут / может / могут / быть». */
const FUTURE_AUX = /^(?:будет|будут|может|могут|быть)$/;

/** Round 246. «Финальный тур ежегодного конкурса на звание «Учитель года» начинается сегодня, 25 сентября.» (a news portal,
 *  https://russkiymir.ru/news/195927/?sphrase_id=3229321 — corpus-real-222): a yearly adjective («ежегодный / ежегодного …») in a text
 *  that names its day as today, yesterday or tomorrow («сегодня / вчера / завтра») is one item of the series, like round 59's held
 *  verb: the month the text names says when that one is (it was `recurring`, year). With no month the series' repeat stays, as for
 *  round 59. Only the yearly series — one item a year, which the news day names: a weekly or monthly one started today is the repeat
 *  it starts («Сегодня, 5 сентября, … получила старт … еженедельная акция …, которая будет проходить по понедельникам.», corpus-real-11,
 *  stays weekly). One pass over the tokens, made at most once per text. */
const NEWS_DAY = /^(?:сегодня|вчера|завтра)$/;

function newsDay(toks: Token[]): boolean {
  for (const t of toks) if (t.type === 'word' && NEWS_DAY.test(t.text)) return true;
  return false;
}

function heldOrDated(toks: Token[]): boolean {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    // round 84: not the future «будет организована …», which names a coming one of the series
    if (t.type === 'word' && HELD_VERB.test(t.text) && !(t.text.startsWith('организован') && FUTURE_AUX.test(toks[k - 1]?.text ?? ''))) return true;
    const next = toks[k + 1];
    if (t.cls === 'month' && next?.type === 'num' && next.text.length === 4) return true;
    // «15.08.2021»: a day, a month in figures and a year of four figures joined by dots
    if (t.type === 'num' && t.text.length <= 2 && toks[k + 1]?.text === '.' && toks[k + 2]?.type === 'num' && toks[k + 2]!.n >= 1 && toks[k + 2]!.n <= 12
      && toks[k + 3]?.text === '.' && toks[k + 4]?.type === 'num' && toks[k + 4]!.text.length === 4) return true;
  }
  return false;
}

/**
 * Round 63. «10 октября 2012 года в Подмосковье состоялся ежегодный, уже восьмой, Совет по архивному делу при Федеральном архивном
 * агентстве.» (a journal's article on archives, http://www.top-personal.ru/officeworkissue.html?240 — corpus-real-57): the repeat
 * adjective of round 59's held or dated event may have a parenthetical between commas before its noun («ежегодный, уже восьмой,
 * Совет», «ежегодная, двадцатая по счету, конференция») — it is still one item of the series (it was `recurring`, year). Returns the
 * index of the noun after the adjective at `i`: the next word, or the word after a comma-closed insertion of at most three words; -1
 * when there is none.
 */
function nounAfterAdjective(toks: Token[], i: number): number {
  if (toks[i + 1]?.type === 'word') return i + 1;
  // round 84: a name in quotes after the adjective, «ежегодная «горячая линия»»: its first word
  if (OPENING_QUOTE_MARKS.has(toks[i + 1]?.text ?? '') && toks[i + 2]?.type === 'word') return i + 2;
  if (toks[i + 1]?.text !== ',') return -1;
  for (let k = i + 2; k <= i + 5 && k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text === ',') return toks[k + 1]?.type === 'word' && k > i + 2 ? k + 1 : -1;
    if (t.type !== 'word') return -1;
  }
  return -1;
}

/**
 * Round 63. «1. Таблица "Годовые показатели мониторинга системы дошкольного образования" является ежегодной заполняемой таблицей
 * уровня образовательной организации, …» (a federal monitoring's guide, https://www.edudata.ru/kpmo/info/instr_monit_doy.html —
 * corpus-real-57): a repeat adjective in the instrumental right after a copula («является / являются / считается / становится / стал»)
 * is the predicate, with or without its noun after it — a repeat, like «станет еженедельной» (it was `unparsed`); elsewhere the
 * instrumental before a noun still only describes it («определяются ежегодным приказом»).
 */
const COPULA = /^(?:явля(?:ется|ются|лся|лась|лось|лись)|счита(?:ется|ются|лся|лась|лось|лись)|станов(?:ится|ятся)|стал[аио]?|станет|станут)$/;

/**
 * Round 117. «- 5. проведение ежегодной школьной научно-практической конференции «Компас»» (a school's regulation of its pupils'
 * scientific society, https://goldenhistory.ru/novosti/vazhnaya-informaciya/polozhenie-o-nauchnom-obshhestve-uchashhihs/ — corpus-real-105):
 * a repeat adjective in an oblique case right after a noun of holding («проведение / организация / подготовка / участие», in any case,
 * with «к / в / во» between) names the yearly, monthly or weekly event that is held, so it repeats: «проведение ежегодной конференции»,
 * «участие в ежегодной олимпиаде», «подготовка к ежегодной конференции», «проведение ежемесячных заседаний НОУ» (they were `unparsed`:
 * the feminine «-ой» was read as the instrumental of «ежегодным приказом», the plural «-ых» only before a noun of reporting), as
 * «организация ежегодного конкурса» already read. Other oblique forms keep their reading («по итогам ежегодного конкурса» an event,
 * «определяются ежегодным приказом» a schedule, «в рамках ежегодной конференции» nothing). `i` is the adjective.
 */
const HOLDING_NOUN = /^(?:проведени|организаци|подготовк|участи)[а-яё]*$/;
/**
 * Round 156. «Это обновленный формат еженедельных классных часов, посвященных самым различным темам.» (a district paper on the
 * «Разговоры о важном» class hours, https://znamya-truda32.ru/society/2022/08/03/v-shkolah-dubrovskogo-rajona-budet-novyj-format-klassnyh-chasov-razgovor-o-vazhnom
 * — corpus-real-144; it was `unparsed`): a noun of a series or of its form — «цикл», «серия», «формат» — before a repeat adjective in
 * the genitive names the events that repeat, like a noun of holding: «формат еженедельных классных часов», «цикл ежемесячных встреч»,
 * «серия ежемесячных вебинаров» repeat. Only these nouns in their case forms (not «циклограмма», «сериал», «форматирование»).
 */
const SERIES_NOUN = /^(?:цикл(?:а|у|ом|е|ы|ов|ам|ами|ах)?|сери(?:я|и|ю|ей|й|ям|ями|ях)|формат(?:а|у|ом|е|ы|ов|ам|ами|ах)?)$/;
function afterHolding(toks: Token[], i: number): boolean {
  if (i < 1) return false;
  let k = i - 1;
  const prev = toks[k]!.text;
  if (prev === 'к' || prev === 'в' || prev === 'во') k--;
  const noun = k >= 0 ? toks[k] : undefined;
  return noun !== undefined && noun.type === 'word' && (HOLDING_NOUN.test(noun.text) || SERIES_NOUN.test(noun.text));
}

/** Round 56. The endings of an adjective (not the adverb «еженедельно»): «еженедельное», «ежегодного», «ежемесячных». */
const ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ых|их|ую|юю|ому|ему|ым|им|ыми|ими)$/;

/**
 * Round 56. «В конце недели учащиеся могут подсчитывать и фиксировать количество положительных отметок за прошедшую неделю.» (a
 * class teacher's rules for pupils' diaries, https://neznaykan.wixsite.com/history/pravila-raboty-s-dnevnikami — corpus-real-51): the
 * end, start or middle of a week no one names («в конце недели», «в начале недели», «в середине недели») is in every week, as «в конце
 * четверти» is in every school quarter (it was `unparsed`). Only the singular genitive after the part and its «в»; a month named in
 * the text makes it that month's week (`monthNamed`, as for «в конце месяца»). The week's word at `i`.
 */
function endOfEveryWeek(toks: Token[], i: number): boolean {
  if (toks[i]!.text !== 'недели') return false;
  if (partOfEvery(toks, i) && toks[i - 2]?.text === 'в') return true;
  return endOfSchoolWeek(toks, i);
}

/**
 * Round 177. «А после завершения учебной недели, после последнего занятия, будет проходить церемония спуска флага.» (a TV channel's
 * news of the ministry's standard of the flag ceremony, https://www.ntv.ru/novosti/amp/2716440/ — corpus-real-163; it was `event`): the
 * end of the school or working week — «в конце / по окончании / после окончания / после завершения учебной | рабочей недели» — is in
 * every week, as round 56's «в конце недели» (and «в конце учебной недели» was `unparsed`). Only with «учебной / рабочей», which no
 * named week has («по окончании недели профориентации» stays the event of that week). The week's word at `i`.
 */
const SCHOOL_WEEK_ADJ = /^(?:учебной|рабочей)$/;
/** Round 177: the text names the end of every school or working week (`endOfSchoolWeek`), which outranks its «по / после» as an event. */
export function endsSchoolWeek(toks: Token[]): boolean {
  for (let i = 3; i < toks.length; i++) if (toks[i]!.text === 'недели' && endOfSchoolWeek(toks, i)) return true;
  return false;
}
function endOfSchoolWeek(toks: Token[], i: number): boolean {
  if (!SCHOOL_WEEK_ADJ.test(toks[i - 1]?.text ?? '')) return false;
  const part = toks[i - 2];
  if (part === undefined || (part.cls !== 'end' && part.text !== 'окончании' && part.text !== 'завершении')) return false;
  const before = toks[i - 3]?.text;
  return before === 'в' || before === 'по' || before === 'после';
}

/**
 * Round 39. «Тематика классных часов в 1 классе (из расчёта 30-35 минут в неделю)» (a school's plan of class hours,
 * https://videouroki.net/razrabotki/tematika-klassnykh-chasov-dlya-nachalnykh-klassov-1-klass.html — corpus-real-35), «1 час в неделю», «по 2 часа в месяц»: a length of time in figures per week or month is the
 * load of a timetable, given in every week or month — a repeat, like «2 раза в неделю». Not per year («34 часа в год» is a
 * programme's volume) and not per day (README, round 34: daily work is open-ended). The unit at `i`.
 */
function loadPer(toks: Token[], i: number): DeadlineEvery | undefined {
  if (!LOAD_UNITS.has(toks[i]!.text) || toks[i + 1]?.text !== 'в') return undefined;
  // round 56: «Детский сад работает 5 дней в неделю», «5 рабочих дней в неделю»: a count of days in a week is the week's routine
  const count = WORKING_DAYS.has(toks[i - 1]?.text ?? '') && toks[i]!.text.startsWith('д') ? toks[i - 2] : toks[i - 1];
  // round 222: the count in words reads as in figures — «три дня в неделю с 17 часов», «Один день в неделю специально отдавался …»
  if (count === undefined || (count.type !== 'num' && !CARDINAL.test(count.text))) return undefined;
  const u = unitAt(toks, i + 2);
  return u === 'week' || u === 'month' ? u : undefined;
}

/**
 * Round 167. «Постановлением правительства от 26 января 2017 года предусматривается четырехлетняя периодичность актуализации Минспортом
 * России государственных требований комплекса ГТО …» (a city paper's news of the ГТО plan, https://www.vluki.ru/news/2017/08/29/506014.html
 * — corpus-real-155; it was `on` 2017-01-26, the act's date): a periodicity of some years, «двухлетняя / трехлетняя / четырехлетняя /
 * пятилетняя периодичность» in any case, repeats every few years like «1 раз в 4 года» (`every` year); a repeat beats the dates.
 * Only the adjective right before «периодичность»: «пятилетний срок», «четырехлетний период» are spans.
 */
const MULTI_YEAR_PERIODICITY = /^(?:дв[уе]х|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти)летн(?:яя|юю|ей|ая)$/;
const PERIODICITY = /^периодичност(?:ь|и|ью)$/;

/** A periodicity written as a lone adjective (a «Периодичность» cell: «Квартальная», «месячная», «годовой»). */
const PERIODIC_ADJECTIVE: ReadonlyArray<[RegExp, DeadlineEvery | null]> = [
  [/^квартальн[а-я]{2}$/, 'quarter'],
  [/^месячн[а-я]{2}$/, 'month'],
  [/^недельн[а-я]{2}$/, 'week'],
  [/^годов[а-я]{2}$/, 'year'],
  [/^полугодов[а-я]{2}$/, null],
];

/** The verbs of a week's start after «неделя»: «начинается», «начнется», «будет начинаться», «открывается», «стартует». */
const WEEK_STARTS = /^(?:начина[а-я]*|начн[её]тся|откры[а-я]*ся|стартует)$/;
/** The adjectives of the regular week, not a themed one («Неделя математики начинается со встречи …» is one week). */
const REGULAR_WEEK: ReadonlySet<string> = new Set(['учебная', 'школьная', 'рабочая', 'каждая', 'новая']);
/** What after «с» names a day, not an activity: a weekday, a month, a number, a date word. */
const DAY_CLASSES: ReadonlySet<string> = new Set(['weekday', 'month', 'monthWord', 'weekWord', 'ordinal', 'ordinalSuffix', 'season', 'year', 'school']);

/**
 * Round 53. A week that starts with an activity — «учебная неделя будет начинаться с классного часа «Разговор о важном»» (a school's
 * news, http://nlomov409.ucoz.net/news/razgovor_o_vazhnom/2022-08-15-1998 — corpus-real-48), «школьная неделя начинается с линейки»,
 * «неделя открывается с поднятия флага» — names what is done every week: a weekly repeat, as «каждая неделя начинается с …» already
 * was. Only «неделя» in the nominative, its verb of starting right after it (or after «будет»), and, after «с / со», no day, month or
 * number («неделя начинается с понедельника» says which day a week starts on, not a repeat); the week is the regular one («учебная /
 * школьная / рабочая / каждая / новая неделя»), not a themed week, and no month is named («Учебная неделя начнётся с открытия
 * выставки 5 марта» is that day).
 */
function weekStartsWithActivity(toks: Token[], i: number): boolean {
  if (toks[i]!.text !== 'неделя' || !REGULAR_WEEK.has(toks[i - 1]?.text ?? '')) return false;
  let j = i + 1;
  if (toks[j]?.text === 'будет') j++;
  if (!WEEK_STARTS.test(toks[j]?.text ?? '')) return false;
  const next = toks[j + 1];
  if (next === undefined || (next.text !== 'с' && next.text !== 'со')) return false;
  const what = toks[j + 2];
  return what !== undefined && what.type === 'word' && !DAY_CLASSES.has(what.cls);
}

/**
 * The repeat of a text that is only a periodicity adjective, or undefined. Round 178: «Периодичность _квартальная» (the «Периодичность»
 * field of a report on a municipal task, filled in on the form's line, http://xn--80aa3agjl3d.xn--d1acj3b/file/card?id=3977 —
 * corpus-real-164; it was `unparsed`): the field's name «Периодичность» before the adjective, with a colon, a dash or the form's
 * underscore between, is the same cell, as «Периодичность ежеквартально» is read. Only that word before it; «годовой отчёт» stays no
 * repeat.
 */
function periodicAdjective(toks: Token[]): DeadlineEvery | null | undefined {
  if (toks.length > 5) return undefined; // the word, the field's name and at most a mark or two
  let only: Token | undefined;
  let named = false;
  for (const t of toks) {
    if (t.type === 'punct') continue;
    if (!only && !named && t.type === 'word' && PERIODICITY.test(t.text)) {
      named = true;
      continue;
    }
    if (only || t.type !== 'word') return undefined;
    only = t;
  }
  const hit = only && PERIODIC_ADJECTIVE.find(([re]) => re.test(only.text));
  return hit ? hit[1] : undefined;
}

/** «раз в 3 месяца» is quarterly, «раз в 6 месяцев» half-yearly (null), «раз в 12 месяцев» yearly; other counts stay monthly. */
const MONTH_COUNTS: Readonly<Record<number, DeadlineEvery | null>> = { 3: 'quarter', 6: null, 12: 'year' };
const COUNT_WORDS: Readonly<Record<string, number>> = { три: 3, шесть: 6, двенадцать: 12 };

function monthsEvery(count: Token): DeadlineEvery | null {
  const n = count.type === 'num' ? count.n : COUNT_WORDS[count.text] ?? 0;
  return n in MONTH_COUNTS ? MONTH_COUNTS[n]! : 'month';
}

/**
 * Round 86. «Льготное питание предоставляется начиная с месяца, следующего за месяцем подачи заявления, если заявление подано до 15
 * числа.» (a school's page on meals, http://www.school335.ru/index.php?option=com_content&task=view&id=1516&Itemid=30 — corpus-real-75):
 * a day of the month inside a condition — «если» earlier in the same clause, no comma, «;» or «.» between — says when the condition
 * holds, not when the thing repeats (it was monthly); «Если …, до 15 числа …» after the condition's comma counts as before. Looks back at
 * most twelve tokens, so a long cell stays linear. `i` is «числа».
 */
function dayInCondition(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
    const t = toks[k]!;
    if (t.type === 'punct' && (t.text === ',' || t.text === ';' || t.text === '.' || t.text === '(' || t.text === ')')) return false;
    if (t.type === 'word' && t.text === 'если') return true;
  }
  return false;
}

/**
 * Round 176. «Выплата указанных мер социальной поддержки осуществляется органами социальной защиты населения не позднее 26 числа месяца,
 * следующего за месяцем приема (регистрации) заявления.» (a district's page on the terms of payments to families,
 * http://www.charysh.ru/o-srokah-vyplat-otdelnyh-mer-socialnoj-podderzhki-semjam-s-detmi/ — corpus-real-162): a day of «the month after
 * the month of <an event>» — a verbal noun after «месяцем», not «отчетным / истекшим» — counts from that event once and repeats nothing
 * (it was monthly), like round 86's day inside a condition; `EVENT_ANYWHERE` reads it. `i` is «числа»; looks at five tokens after it.
 */
const EVENT_MONTH_NOUN = new RegExp(`^(?:при[её]ма|[а-я]+${VERBAL_NOUN_END})$`);
function dayOfEventMonth(toks: Token[], i: number): boolean {
  let k = i + 1;
  if (toks[k]?.text !== 'месяца') return false;
  k++;
  if (toks[k]?.text === ',') k++;
  return toks[k]?.text === 'следующего' && toks[k + 1]?.text === 'за' && toks[k + 2]?.text === 'месяцем' && EVENT_MONTH_NOUN.test(toks[k + 3]?.text ?? '');
}

/** Round 86: a month named relative to now, in the prepositional after «в»: «в следующем / текущем / этом / том же / прошлом месяце». */
const RELATIVE_MONTH = /^(?:следующем|текущем|этом|том|прошлом|предыдущем|очередном)$/;
function relativeMonthAt(toks: Token[], i: number): boolean {
  if (toks[i]!.text !== 'месяце') return false;
  let k = i - 1;
  if (toks[k]?.text === 'же') k--;
  return RELATIVE_MONTH.test(toks[k]?.text ?? '') && (toks[k - 1]?.text === 'в' || toks[k - 1]?.text === 'во');
}

/**
 * Round 278. «3 раза в летний период», «2 раза в зимний период», «1 раз в весенне-летний период» (the «Периодичность» of a Samara list
 * of the works on a house's common property, https://samara-gov.ru/doc/31803, and of a textbook's table of a yard's upkeep,
 * https://poisk-ru.ru/s7394t14.html — corpus-real-239; they were the season's range or `unparsed`): «период» after a season's
 * adjective is the unit of a count of times like round 209's «сезон» («2 раза в летний сезон» was a repeat already), a repeat with no
 * `every` value; a compound of two seasons («весенне-летний», «осенне-зимний») too. Only right after «раз в / за»: «в летний период»
 * alone stays the summer.
 */
const SEASON_PREFIX = /^(?:весенне|летне|осенне|зимне)$/;
function seasonPeriodAt(toks: Token[], j: number): boolean {
  const k = SEASON_PREFIX.test(toks[j]?.text ?? '') && toks[j + 1]?.text === '-' ? j + 2 : j;
  return toks[k]?.cls === 'seasonAdj' && toks[k + 1]?.text === 'период';
}

/**
 * A repeating deadline: «ежемесячно», «еженедельно по пятницам», «1 раз в
 * квартал», «каждый месяц», «до 28 числа» (no month named → monthly). Null
 * when the text does not repeat.
 */
/**
 * How often a count of times at `i` («1 раз», «дважды», «2 р.») repeats, read from the words after it; `k` is the index right after
 * the word of times (after the dot of «р.»). Undefined when no period follows.
 */
function timesPer(toks: Token[], i: number, k: number): DeadlineEvery | null | undefined {
  // Round 226: a slash glued to a period's word is «в» («1 раз/мес», «2 р/год»); «за» too (round 52)
  const j = toks[k]?.text === 'в' || toks[k]?.text === 'за' || (toks[k]?.text === '/' && toks[k + 1]?.type === 'word' && !toks[k + 1]!.space) ? k + 1 : -1;
  if (j < 0) return undefined;
  const d = decimalCountAt(toks, j);
  const n = countRangeAt(toks, d); // round 92: «раз в 4-5 лет»; a count of months by the first count
  const u = unitNear(toks, n);
  if (u !== undefined) return u === 'month' ? monthsEvery(toks[d]!) : u;
  if (seasonPeriodAt(toks, j)) return null;
  const days = daysPerRepeat(toks, j);
  if (days >= 7) return days % 7 === 0 ? 'week' : null;
  // Round 30. «1 раз в конце учебного года», «дважды в начале четверти», «раз в середине месяца»: the count is per the unit
  // whose part is named, so the part repeats in every one (the part and its window are read from the dates)
  const part = toks[j]?.cls;
  return part === 'end' || part === 'begin' || part === 'middle' ? unitNear(toks, j + 1) : undefined;
}

/**
 * Round 226. «1 р. в четв.», «2 р/год», «1 р в неделю» (a plan table's abbreviation of «раз»): «р», with its dot or not, right after a
 * count of one or two figures up to 12 or a count word («один», «два»), is «раз» — the index after it (after its dot), else -1. A
 * price is never so small and is written before «руб.» or with more figures («100 р. в месяц» stays unread), and «ГОСТ Р» has no
 * count before it.
 */
function timesAbbreviationAt(toks: Token[], i: number): number {
  const c = toks[i - 1];
  if (!c || !((c.type === 'num' && c.text.length <= 2 && c.n >= 1 && c.n <= 12) || (c.type === 'word' && CARDINAL.test(c.text)))) return -1;
  return toks[i + 1]?.text === '.' && !toks[i + 1]!.space ? i + 2 : i + 1;
}

export function recurrence(toks: Token[]): Recurrence | null {
  let every: DeadlineEvery | null | undefined;
  let dayWord = false;
  let dayOfEveryMonth = false;
  let monthNamed = false;
  let leastCount = false;
  let ofEvery: DeadlineEvery | null | undefined;
  let weekdays = false;
  let weeklyAt = -1; // round 227: where a span of weekdays or the weekdays in words stand, to read inside a window (`windowBefore`)
  let daysOff: boolean | undefined; // round 159's «В воскресенье — выходной»: the whole text read once, on its first weekday
  let weekStart = false;
  let series: { every: DeadlineEvery | null } | undefined;
  let relativeMonth = false; // round 86: «в следующем месяце …» names one month (`relativeMonthAt`)
  // round 60: «ежегодному учету подлежат …» — a repeat adjective in an oblique case with «подлежит / подлежат» (`SUBJECT_TO`)
  const subjectTo = toks.some((t) => t.type === 'word' && t.text.startsWith('подлеж') && SUBJECT_TO.test(t.text));
  let held: boolean | undefined; // round 59: `heldOrDated`, read once
  let today: boolean | undefined; // round 246: `newsDay`, read once
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type === 'punct') {
      // «15.03», not a time of day «14.00-16.00» (no month 00)
      if (t.text === '.' && i > 0 && toks[i - 1]!.type === 'num' && toks[i + 1]?.type === 'num' && !toks[i + 1]!.space && toks[i + 1]!.n >= 1 && toks[i + 1]!.n <= 12) monthNamed = true;
      // Round 168. «вт, 22/09/2020 - 11:41» (the date line of a kindergarten's page on its medical service, https://ds72.centerstart.ru/node/384
      // — corpus-real-156; it was `recurring`, every Tuesday): a full date written with slashes, «22/09/2020», names its month like one with
      // dots, so the weekday before it is that date's day (as «вт, 22.09.2020» was read). Only a day, a month and a year of four figures,
      // all glued, so a fraction «1/2» or a class «5/1» names none.
      if (t.text === '/' && slashDateAt(toks, i)) monthNamed = true;
      continue;
    }
    if (t.type !== 'word') continue;
    if (!weekdays && workdaysInWords(toks, i)) {
      weekdays = true;
      weeklyAt = i; // round 227: the weekdays in words, to read inside a window (`windowBefore`)
    }
    if (every === undefined && t.cls === 'duration') every = loadPer(toks, i);
    // round 167: «четырехлетняя периодичность» (`MULTI_YEAR_PERIODICITY`)
    if (every === undefined && t.text.includes('летн') && MULTI_YEAR_PERIODICITY.test(t.text) && PERIODICITY.test(toks[i + 1]?.text ?? '')) every = 'year';
    // round 59: a repeat adjective in a text that reports one held event or dates it in full is one item of the series (`heldOrDated`)
    if (t.text.startsWith('еже') && ADJECTIVE_ENDING.test(t.text) && (!INSTRUMENTAL.test(t.text) || afterHolding(toks, i)) && nounAfterAdjective(toks, i) > i
      && ((held ??= heldOrDated(toks)) || (t.text.startsWith('ежегодн') && (today ??= newsDay(toks))))) {
      const repeat = t.cls === 'recurring' ? t.word!.every : obliqueRepeatBefore(t.text, toks[nounAfterAdjective(toks, i)]!.text) ?? (afterHolding(toks, i) ? obliqueRepeat(t.text) : undefined);
      if (repeat !== undefined) {
        series ??= { every: repeat };
        continue;
      }
    }
    // round 57: «ежеквартальную информацию», «ежемесячной отчетности» (`obliqueRepeatBefore`)
    if (every === undefined && toks[i + 1]?.type === 'word') {
      // round 117: after a noun of holding, «проведение ежемесячных заседаний» (`afterHolding`)
      const oblique = obliqueRepeatBefore(t.text, toks[i + 1]!.text) ?? (subjectTo || afterHolding(toks, i) ? obliqueRepeat(t.text) : undefined);
      if (oblique !== undefined) every = oblique;
    }
    // round 226: «1 р. в мес.», «2 р/год»: «р.» after a count is «раз» (`timesAbbreviationAt`)
    if (t.text === 'р' && every === undefined && t.cls === 'other') {
      const at = timesAbbreviationAt(toks, i);
      if (at > 0) every = timesPer(toks, i, at);
    }
    switch (t.cls) {
      case 'recurring':
        // the instrumental repeats only as a predicate («станет еженедельной, …»), not before a noun («ежегодным приказом»);
        // round 63: after a copula it is the predicate with its noun («является ежегодной заполняемой таблицей», `COPULA`)
        // round 117: after a noun of holding «-ой» is the genitive, dative or prepositional of the event held («проведение ежегодной
        // конференции», `afterHolding`)
        if (INSTRUMENTAL.test(t.text) && toks[i + 1]?.type === 'word' && !COPULA.test(toks[i - 1]?.text ?? '') && !afterHolding(toks, i)) break;
        if (instanceOfSeries(toks, i)) {
          series ??= { every: t.word!.every }; // round 56: «очередное еженедельное совещание» is one meeting of the series
          break;
        }
        if (every === undefined) every = t.word!.every;
        break;
      case 'each': {
        // Round 257. «Отмечается он каждое третье воскресенье октября.» (a school's news on the Day of the father,
        // http://stolipino.nikrn.ru/razgovoryi-o-vazhnom-8 — corpus-real-228; it was weekly): an ordinal weekday of a month named after
        // «каждый» is that day of every year, a yearly repeat like «ежегодно в третье воскресенье октября»
        if (every === undefined && ordinalWeekdayOfMonth(toks, i + 1)) every = 'year';
        const u = unitNear(toks, i + 1);
        if (u !== undefined && every === undefined) every = u;
        // Round 216. «Каждый сентябрь в Калужских дворах – целое событие, как первый звонок заводит целую армию маленьких учеников.» (a
        // kindergarten's advice to the parents of future first-graders, https://brusni4ka-sbk.ru/kak-podgotovit-rebenka-k-skole-sovety-i-rekomendacii-roditelam
        // — corpus-real-198; it was the range of September): a month's name right after «каждый» is that month of every year, a
        // yearly repeat like round 28's «каждую весну», over the month it names (the window is read from the month as the season's is)
        else if (every === undefined && toks[i + 1]?.cls === 'month') every = 'year';
        break;
      }
      case 'times':
        // Round 52: «заседания, которые проводятся не реже двух раз за учебный год», «нельзя это делать реже, чем единожды за три года»
        // (a school's rule of a bonus commission and a gist on labour-protection checks, https://gist.github.com/de7fe0638f4db84583bf6a289d547754
        // and https://gist.github.com/anonymous/f39e53abdb2d045c5b334dab0ce839f1 — corpus-real-47): a count of times per a period after
        // «за» repeats like one after «в» (they were `unparsed` and `schedule`)
        if (every === undefined) every = timesPer(toks, i, i + 1);
        break;
      case 'to':
        if (toks[i + 1] !== undefined && isWeekdaysDative(toks[i + 1]!) && every === undefined) every = 'week'; // «по средам», «по воскресеньям»
        if (t.text === 'по' && (i === 0 || labelledByUnits(toks, i)) && BY_UNITS[toks[i + 1]?.text ?? ''] && every === undefined) every = BY_UNITS[toks[i + 1]!.text]; // по четвертям
        break;
      case 'weekWord':
        if (weekStartsWithActivity(toks, i)) weekStart = true;
        if (ofEvery === undefined && endOfEveryWeek(toks, i)) ofEvery = 'week'; // round 56: «в конце недели», «в начале недели»
        break;
      case 'monthWord':
        if (relativeMonthAt(toks, i)) relativeMonth = true;
      // falls through
      case 'schoolQuarter':
      case 'trimester':
        // «последняя неделя месяца», «последний рабочий день месяца», «в конце четверти»: one of every month / school quarter;
        // round 204: «в конце триместра» of every trimester, with no `every` value, as «1 раз в триместр»
        if (ofEvery === undefined && SINGULAR_UNIT.has(t.text) && (whichOfEvery(toks, i) || partOfEvery(toks, i)) && !(t.cls === 'monthWord' && monthOfClause(toks, i))) {
          ofEvery = t.cls === 'monthWord' ? 'month' : t.cls === 'trimester' ? null : 'quarter';
        }
        break;
      case 'decade':
        // «во второй декаде», «последняя декада» with no month (round 21): a decade of every month, like «в середине месяца»
        if (ofEvery === undefined && toks[i + 1]?.cls !== 'month' && toks[i + 1]?.cls !== 'monthWord' && whichOfEvery(toks, i + 1)) ofEvery = 'month';
        break;
      case 'dayOfMonth':
        // «до 28 числа», «28-го числа», «пятнадцатого числа», «последнего числа»: a day of the month is counted; «в том числе»
        // («including») and «не менее одной трети от установленного числа депутатов» (a count) are not
        if (isCountedDay(toks[i - 1]) && !dayInCondition(toks, i) && !dayOfEventMonth(toks, i) && !formPartNumber(toks, i - 1)) dayWord = true;
        // «не позднее 25-го числа месяца, следующего за истекшим кварталом: 25.04, 25.07, …»: the dates list the instances
        if (toks[i + 1]?.cls === 'monthWord') dayOfEveryMonth = true;
        break;
      case 'weekday':
        if (!weekdays && (weekdaySpan(toks, i) || loneWeekday(toks, i) || weekdayAtHour(toks, i) || weekdayOfSchoolWeek(toks, i) || weekdayOff(toks, i, (daysOff ??= onlyDaysOff(toks))))) {
          weekdays = true;
          // round 227: «с понедельника по пятницу» with no day beside it is the days of every week even with a window's month named
          if (toks[i - 1]?.text === 'с' && weekdaySpan(toks, i) && toks[i - 2]?.type !== 'num' && !dayAfterSpan(toks, i + 3)) weeklyAt = i;
        }
        // «2-я суббота месяца», «каждую вторую среду месяца»: a weekday of every month
        if (toks[i + 1]?.cls === 'monthWord' && ORDINAL_BEFORE.has(toks[i - 1]?.cls ?? 'other') && every === undefined && !monthOfClause(toks, i + 1)) every = 'month';
        if (every === undefined && ordinalWeekdayOfEvery(toks, i - 1)) every = 'month'; // round 127: «2 и 4 суббота месяца»
        break;
      case 'month':
        monthNamed = true;
        break;
      case 'not':
        // «не менее 4 заседаний», «не реже двух собраний»: a least count of meetings (with «в / за <период>» it is a repeat)
        if (LEAST.has(toks[i + 1]?.text ?? '') && isCount(toks[i + 2]) && toks[i + 3]?.type === 'word' && toks[i + 3]!.cls === 'other') leastCount = true;
        break;
      default:
        break;
    }
  }
  if (every === undefined && dayWord && (!monthNamed || dayOfEveryMonth)) every = 'month';
  if (every === undefined && weekdays && !monthNamed) every = 'week'; // «пн-пт», «пн., ср., пт.»: those days of every week
  if (every === undefined && weekdays && weeklyAt > 0 && windowBefore(toks, weeklyAt)) every = 'week'; // round 227
  if (every === undefined && workingHours(toks)) every = 'week'; // round 92: «Режим рабочего дня с 8.15 до 18.00»
  if (every === undefined && weekStart && !monthNamed) every = 'week'; // «учебная неделя начинается с классного часа»
  // «еженедельно, в последнюю неделю месяца»: which week of the month makes a weekly repeat monthly (not when a month is
  // named: «сентябрь, в конце месяца» is September)
  // round 86: nor when a month is named relative to now — «в следующем месяце, … (в конце месяца)» is the end of that month
  if (ofEvery !== undefined && !monthNamed && !(relativeMonth && ofEvery === 'month') && (every === undefined || (every === 'week' && ofEvery === 'month'))) every = ofEvery;
  // round 56: one meeting of a regular series repeats only when the text names no month for it («очередное ежегодное собрание»)
  if (every === undefined && series !== undefined && !monthNamed) every = series.every;
  if (every === undefined) every = periodicAdjective(toks);
  // «6.4.За учебный год проводятся не менее 4 заседаний методического объединения», «не реже двух собраний в год»
  if (every === undefined && leastCount) every = perPeriod(toks);
  if (every === undefined) return null;
  return { every, day: dayOf(toks) };
}


/** Round 168: the slash at `i` is the first of a full date «22/09/2020» (a day, a month 1–12, a four-figure year, no spaces). Reads four tokens. */
function slashDateAt(toks: Token[], i: number): boolean {
  const day = toks[i - 1];
  const month = toks[i + 1];
  const year = toks[i + 3];
  return day?.type === 'num' && day.text.length <= 2 && !toks[i]!.space && month?.type === 'num' && !month.space && month.n >= 1 && month.n <= 12
    && toks[i + 2]?.text === '/' && !toks[i + 2]!.space && year?.type === 'num' && !year.space && year.text.length === 4;
}

/**
 * Round 34. A count per day («не реже одного раза в день», «2 раза в день», «дважды в сутки», «раз в день») is daily work: open-ended,
 * like «ежедневно» (the contract has no daily `every`; README, round 10). Source: «… все учащиеся младших классов должны быть обеспечены
 * горячим питанием не реже одного раза в день, а в меню …» (https://zubut.dagestanschool.ru/?section_id=59). Not «раз в день
 * рождения» (a day of an event): the word after «день» must be a mark or open another phrase.
 */
/**
 * Round 209. «За лицами, контактировавшими с больным педикулезом, устанавливается медицинское наблюдение сроком на 1 месяц с
 * проведением осмотров 1 раз в 10 дней.» (a Rospotrebnadzor office's page on педикулёз, https://urpngt.rospotrebnadzor.ru/osnovnie-napravlenija/zashhita-prav-potrebitelejj/6813-mery-profilaktiki-pedikuleza.html),
 * «Предусмотрена также санитарная обработка и дезинфекция в детсадах раз в два дня.» (news of kindergartens reopening,
 * https://data-static.usercontent.dev/sampledata/20200525/13/2882671816261296414.html — both corpus-real-192; they were `unparsed`):
 * the count of days at `j` in «раз в <N> день / дня / дней» («раз в 10 дней», «1 раз в два дня», «раз в 21 день»), or 0. A repeat every
 * week or more (N ≥ 7) is a repeat (`every` the week when N is whole weeks, else none fits: «раз в 10 дней»); more often is daily
 * work, open-ended like «раз в день» (`timesPerDay`). The count in figures (one or two) or in words, then «дня / дней» and nothing
 * but a mark or a word opening another phrase after it («раз в 10 дней отпуска» is read as before).
 * Round 279. «1 раз в 2 суток» (a cleaning table's «Периодичность» column, https://docs.cntd.ru/document/456064716/titles/9MKIBD —
 * corpus-real-240; it was `unparsed`, «срок отсчитывается от события: «2 суток»»): «суток» is the unit of days as «дня / дней» is,
 * so «раз в 2 суток» is daily work like «раз в два дня» and «раз в 10 суток» a repeat like «раз в 10 дней»; «раз в сутки» reads as
 * before (a count per day).
 */
function daysPerRepeat(toks: Token[], j: number): number {
  const c = toks[j];
  const unit = toks[j + 1]?.text;
  if (c === undefined) return 0;
  // round 278: «раз в двое суток», a collective numeral before «суток»
  const collective = unit === 'суток' ? COLLECTIVE_DAYS[c.text] ?? 0 : 0;
  // round 279: «суток» counts days after a figure or a cardinal too («1 раз в 2 суток», the «Периодичность» of a yard's cleaning)
  if (collective === 0 && (!isCount(c) || (unit !== 'дней' && unit !== 'дня' && unit !== 'день' && unit !== 'суток'))) return 0;
  const next = toks[j + 2];
  if (next !== undefined && next.type !== 'punct' && !AFTER_PER_DAY.has(next.text)) return 0;
  return collective || (c.type === 'num' ? c.n : CARDINAL_VALUE[c.text] ?? 0);
}

/**
 * Round 278. «1 раз в двое суток» (the «Периодичность» of a Samara list of the works on a house's common property,
 * https://samara-gov.ru/doc/31803 — corpus-real-239; it was `unparsed`): a collective numeral before «суток» counts the days of round
 * 209's «раз в <N> дня» — «раз в двое / трое / четверо суток» is daily work, «раз в семеро суток» weekly. «вдвое суток» with the
 * preposition glued to the numeral, as a table of a textbook writes it («1 раз вдвое суток во время гололеда», https://poisk-ru.ru/s7394t14.html),
 * reads the same (`timesPerDay`).
 */
const COLLECTIVE_DAYS: Readonly<Record<string, number>> = { двое: 2, трое: 3, четверо: 4, пятеро: 5, шестеро: 6, семеро: 7 };

/**
 * Round 209. «Кроме того, медсестер обязали мерить детям температуру каждый четыре часа, а ребенка с повышенной просто не будут
 * принимать.» (news of kindergartens reopening, https://data-static.usercontent.dev/sampledata/20200525/13/2882671816261296414.html —
 * corpus-real-192; it was `unparsed`): «каждые / каждый <N> часа / часов» (the page's «каждый» for «каждые» too) is a count per day,
 * daily work like «3 раза в день»; so is «каждые <N> дня» under a week («каждые два дня», as «раз в два дня»). The count in figures or
 * in words right after «каждые», the unit right after it.
 */
function everyFewHoursAt(toks: Token[], i: number): boolean {
  if (toks[i]!.cls !== 'each' || !/^кажд(?:ые|ый)$/.test(toks[i]!.text) || !isCount(toks[i + 1])) return false;
  const unit = toks[i + 2]?.text ?? '';
  if (unit === 'часа' || unit === 'часов') return true;
  const n = toks[i + 1]!.type === 'num' ? toks[i + 1]!.n : CARDINAL_VALUE[toks[i + 1]!.text] ?? 0;
  return (unit === 'дня' || unit === 'дней') && fewDaysApart(n);
}

/** Round 209: a repeat every 2–6 days («раз в два дня») is more often than weekly, daily work. */
const fewDaysApart = (days: number): boolean => days >= 2 && days < 7;

/** Round 209: the number at `k` is the count of «раз в 3 дня» or «каждые 4 часа», daily work's count, not a stray span (parse.ts). */
export function countOfDailyWork(toks: Token[], k: number): boolean {
  if (k < 1) return false;
  if (everyFewHoursAt(toks, k - 1)) return true;
  return k >= 2 && toks[k - 2]!.cls === 'times' && toks[k - 1]!.text === 'в' && fewDaysApart(daysPerRepeat(toks, k));
}

export function timesPerDay(toks: Token[]): boolean {
  for (let i = 0; i + 2 < toks.length; i++) {
    if (everyFewHoursAt(toks, i)) return true;
    if (toks[i]!.cls === 'times' && toks[i + 1]!.text === 'в' && fewDaysApart(daysPerRepeat(toks, i + 2))) return true;
    if (toks[i]!.cls === 'times' && toks[i + 1]!.text === 'вдвое' && toks[i + 2]!.text === 'суток' && daysPerRepeat(toks, i + 1) === 0) {
      const next = toks[i + 3]; // round 278: «1 раз вдвое суток», «в» glued to «двое»
      if (next === undefined || next.type === 'punct' || AFTER_PER_DAY.has(next.text)) return true;
    }
    if ((toks[i]!.cls !== 'times' && !lengthOfDayAt(toks, i)) || toks[i + 1]!.text !== 'в') continue;
    const unit = toks[i + 2]!.text;
    if (unit !== 'день' && unit !== 'сутки') continue;
    const next = toks[i + 3];
    if (next === undefined || next.type === 'punct' || AFTER_PER_DAY.has(next.text)) return true;
  }
  return false;
}

/**
 * Round 151. «12 часов в день (с 7.00 до 19.00 часов)» (a kindergarten's calendar schedule, the working time of its groups,
 * https://5vp.tvoysadik.ru/file/card?id=3686 — corpus-real-139; it was `unparsed`, «срок отсчитывается от события: «12 часов»»): a
 * count of hours or minutes before «в день / в сутки» — «12 часов в день», «10,5 часов в день», «не более 30 минут в день» — is how
 * long something lasts every day, daily work like round 34's count of times per day: open-ended over the period. The unit must follow
 * a figure or a count in words, not an hour of the clock («с 14.00 часов в день, установленный графиком»); «6 уроков в сутки» counts
 * lessons, not time, and stays unread (corpus-real-138).
 */
function lengthOfDayAt(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.type !== 'word' || !(HOUR_UNITS.has(t.text) || MINUTE_UNITS.has(t.text))) return false;
  const prev = toks[i - 1];
  if (prev === undefined || !(prev.type === 'num' || CARDINAL.test(prev.text))) return false;
  // not an hour of the clock: «прием граждан с 14.00 часов в день, установленный графиком» (corpus-real-129's row stays a schedule)
  return !(prev.type === 'num' && (toks[i - 2]?.text === '.' || toks[i - 2]?.text === ':') && toks[i - 3]?.type === 'num');
}

/** Round 150. The nouns of the school day a present verb of starting or ending may follow: «Учебный день начинается …». */
const SCHOOL_DAY_NOUN = /^(?:занятия|уроки|урок|день|смена|смены)$/;

/**
 * Round 150. «Согласно новым правилам, занятия должны начинаться не раньше 8:00 утра и заканчиваться не позже 19:00 вечера, если в школе
 * есть вторая смена.» (a news page on the Ministry's rules of the school day, https://stolicaonego.ru/news/v-rossii-ustanovili-dlitelnost-shkolnogo-dnja/),
 * «Он должен начинаться не ранее 8 часов утра и завершаться не позднее 19 часов при наличии второй смены.»
 * (https://www.tatar-inform.ru/news/minprosveshheniya-rf-opredelilo-prodolzitelnost-ucebnogo-dnya-v-skolax-5996818), «Учебный день
 * начинается с 8-30, окончание занятий в 16-00.» (http://school43n.beluo.ru/deyatelnost/rezhim-uchebnogo-uchrezhdeniya — all
 * corpus-real-138; they were `event` from the condition and `unparsed`): the hour at which something routinely starts or ends — an
 * imperfective verb of starting or ending («начинаться», «завершаться», «начинается») with a time of day after it («8:00», «8-30», «8
 * часов утра», «19 часов»), «не ранее / не позже (чем)» and «с / в / до» between or not — is the hours of every day, daily work,
 * open-ended like «ежедневно с 10:00 до 19:00» (round 10). The infinitive (a rule: «должны начинаться») anywhere; the present only after
 * a noun of the school day a few words before («Учебный день начинается с 8-30», «занятия начинаются в 8:00»), so «Концерт начинается
 * в 18:00» stays unread. A date in the text wins as before.
 */
export function dailyHours(toks: Token[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'word' || !ROUTINE_EDGE_VERB.test(t.text)) continue;
    if (!t.text.endsWith('ться') && !schoolDayBefore(toks, i)) continue;
    const k = pastBeforeClock(toks, i + 1, 1);
    if (timeOfDayAt(toks, k) >= 0) return true;
    const h = toks[k];
    if (h?.type === 'num' && h.text.length <= 2 && h.n <= 24 && toks[k + 1]?.type === 'word' && (HOUR_UNITS.has(toks[k + 1]!.text) || DAY_PART.has(toks[k + 1]!.text))) return true;
  }
  return false;
}

/** Round 150. A noun of the school day within three words before `i`. */
function schoolDayBefore(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (toks[k]!.type === 'word' && SCHOOL_DAY_NOUN.test(toks[k]!.text)) return true;
  return false;
}

/**
 * A day of the month that no month has, written before «числа» in a monthly repeat: «ежемесячно до 32 числа» (a slip for «до 23»,
 * «до 30»). `dayOf` passes over such a number, so the repeat read as «ежемесячно» with no day and the methodist was not told; the
 * parser now says the number is wrong (`unparsed`, «несуществующее число месяца»). The number, else null.
 */
export function impossibleDayOfMonth(toks: Token[]): number | null {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'num' || t.text.length > 2 || (t.n >= 1 && t.n <= 31)) continue;
    let j = i + 1;
    if (toks[j]?.text === '-' && toks[j + 1]?.cls === 'ordinalSuffix') j += 2;
    else if (toks[j]?.cls === 'ordinalSuffix' && !toks[j]!.space) j += 1;
    if (toks[j]?.cls === 'dayOfMonth') return t.n;
  }
  return null;
}

/** Day of the month of a repeat: «до 28 числа», «28-го», «до 5», «до 1 сентября». */
function dayOf(toks: Token[]): number | null {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'num' || t.text.length > 2 || t.n < 1 || t.n > 31) continue;
    if (timeOfDayAt(toks, i) >= 0) continue; // «до 17.00», «с 8.30»: an hour, not a day (round 32; round 43: the scanner's test)
    let j = i + 1;
    if (toks[j]?.text === '-' && toks[j + 1]?.cls === 'ordinalSuffix') j += 2;
    else if (toks[j]?.cls === 'ordinalSuffix' && !toks[j]!.space) j += 1;
    const next = toks[j];
    if (next && (next.cls === 'dayOfMonth' || (j > i + 1 && next.type !== 'word'))) return t.n;
    if (j > i + 1 && !next) return t.n;
    const prev = toks[i - 1];
    if (prev && (prev.cls === 'by' || prev.cls === 'towards' || prev.cls === 'later' || prev.text === 'срок')) {
      if (next && next.cls === 'times') continue;
      // round 60: «Ежегодному персональному учету подлежат все дети до 18 лет» — a count of years after «до» is an age, not a day
      if (next && (next.text === 'лет' || next.text === 'года' || next.text === 'год')) continue;
      return t.n;
    }
  }
  return null;
}
