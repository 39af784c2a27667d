/** Words: month names, connectors (с, по, до, не позднее, и), parts (конец, начало), implicit years, event markers. */
import { CARDINAL, HOUR_UNITS, isWeekdaysDative, OPENING_QUOTE_MARKS, RELATIVE_YEAR_SHIFT, VERBAL_NOUN_END, type WordClass } from '../lexicon';
import type { Cursor } from './cursor';
import { atom, lastDayAtom, type Connector } from './types';
import { monthWithDays, timeAt, weekdayOfMonth } from './dates';
import { changesOnBefore, firstMonthsOfYear, GRADE_NOUN, monthPart, monthsOfYearAt, run, UNIT_NAME, units } from './numbers';
import { MAX_YEAR, MIN_YEAR, shortPair, skipYearWords, yearAt } from './years';
import { MONTHS_NOMINATIVE } from '../../dates';

/** «в соответствии с графиком», «в связи с …», «совместно с …»: a «с» that is part of a compound preposition is not «from». */
const COMPOUND_WITH = /^(?:соответствии|связи|совместно|вместе|наряду|согласии|сравнении)$/;
/** «с целью …», «с учетом …», «с помощью …»: a «с» before these words starts no window (they name a purpose or a means). */
const WITH_NOT_FROM = /^(?:целью|учетом|учётом|помощью|использованием|участием|привлечением)$/;

/** Word classes that a «с» meaning «from» may reach through one or two other words: «с текущего года», «с самого начала». */
const DATE_WORDS: ReadonlySet<WordClass> = new Set<WordClass>([
  'month', 'year', 'school', 'quarter', 'half', 'schoolQuarter', 'decade', 'season', 'seasonAdj', 'begin', 'end', 'middle',
  'weekday', 'monthWord', 'weekWord', 'dayOfMonth',
]);

/** Words after «через» that start a span: «через несколько дней», «через полгода», «через пару недель». */
const SPAN_AFTER_THROUGH = /^(?:несколько|нескольких|полгода|полчаса|полтора|полторы|пару|пара|сутки|год)$/;

/**
 * Round 35, «через» of a means. «Установление причин отставания … через беседы с педагогическими работниками … (сентябрь)»
 * (a deputy head's «алгоритм» against неуспеваемость, https://lib-5.ru/urok3/urok-192355.php), «через дневник», «через сайт
 * школы»: «через» before a word that is no number, no number word and no unit of time names the way the work is done, not an
 * offset, so the dates after it are read («через 10 дней», «через три дня», «через неделю», «через месяц», «через несколько
 * дней» still count from an event).
 */
function throughMeans(c: Cursor, i: number): boolean {
  // round 271: a quoted name after «через» («через «Единый портал …»», «через "Госуслуги"») is a means like «через портал»
  const quoted = c.toks[i + 1]?.type === 'punct' && OPENING_QUOTE_MARKS.has(c.toks[i + 1]!.text);
  const next = c.toks[quoted ? i + 2 : i + 1];
  if (next === undefined || next.type !== 'word' || next.cls !== 'other') return false;
  return !CARDINAL.test(next.text) && !SPAN_AFTER_THROUGH.test(next.text) && !TENS_WORD.test(next.text);
}

/**
 * «внедрение к 2024 году (начиная с 2020 года)», «К 2030 году … должна быть создана»: a calendar year after «к» is the target year of
 * a programme, reached within it — by its end (2024-12-31), unlike «до 2024 года» and «к сентябрю», which are before their window
 * starts. Only «к» with a year of four figures and «году / г.» right after it: «к 2024-2025 учебному году», «к новому учебному году»
 * and «к началу 2024 года» read as before. Seen: a federal strategic direction of digital transformation in education (corpus-real-34).
 */
function targetYearAt(c: Cursor, i: number): boolean {
  const t = c.toks[i]!.text;
  const y = c.toks[i + 1];
  return (t === 'к' || t === 'ко') && y?.type === 'num' && y.text.length === 4 && c.isCls(i + 2, 'year') && !c.isCls(i + 3, 'school');
}

/**
 * Round 42. «Для участия в ГИА необходимо подать в образовательную организацию заявление с указанием выбранных учебных предметов до
 * 1 марта включительно.» (a ГИА page copied in a public gist, https://gist.github.com/1b92132a10ba028fad98e7f2f1a708ee): «учебный»
 * before a noun that is no year («учебных предметов», «учебного плана», «учебные пособия») is the adjective of that noun, not of a
 * school year, so a «с» before it names a partner or a means and starts no window (it read «с … до 1 марта» as open-ended from 1
 * March); «с учебного года», «с начала учебного года», «с нового учебного года» read as before.
 */
function schoolNotYear(c: Cursor, j: number): boolean {
  return c.isCls(j, 'school') && c.toks[c.skipDot(j + 1)]?.type === 'word' && !c.isCls(c.skipDot(j + 1), 'year');
}

/**
 * Round 46. «Изучение нормативных документов и методических рекомендаций по работе с одаренными детьми сентябрь.» (a report on work
 * with gifted children copied in a gist, https://gist.github.com/anonymous/79ebd19411b25148b4941cfed08e73df — corpus-real-42): a month
 * in the nominative is the plan's column run into the text, never the object of «с» — a window starts «с сентября» — so the «с»
 * before the partner words names the partner (it was `ongoing` from 1 September).
 */
const MONTH_NOMINATIVE: ReadonlySet<string> = new Set(MONTHS_NOMINATIVE);

/**
 * «работа с одаренными детьми … 17 сентября», «Встреча с ветеранами пройдет 17 сентября»: a «с» before a word that is no date
 * word, with no date word in the one or two words after it, names a partner («with»), not the start of a window. The same test
 * tells an event after «к» («к юбилею школы (май)», round 21) from a date.
 */
function withPartner(c: Cursor, i: number): boolean {
  if (schoolNotYear(c, i + 1)) return true; // «работа с учебным планом 17 сентября» (round 42, above)
  if (!c.isCls(i + 1, 'other') || TENS_WORD.test(c.toks[i + 1]!.text)) return false; // «с двадцать пятого мая»
  for (let j = i + 2; j <= i + 3; j++) {
    const t = c.toks[j];
    if (t === undefined || t.type !== 'word') return true;
    if (schoolNotYear(c, j)) return true; // «с указанием учебных предметов» (round 42, above)
    // round 114: «нагрянула … с проверкой в сентябре», «Встреча с родителями в сентябре»: a «в / во» after the partner word opens a
    // window of its own, so the date after it is that «в»'s, not the end of a window the «с» starts
    if (t.text === 'в' || t.text === 'во') return true;
    if (t.cls === 'month' && MONTH_NOMINATIVE.has(t.text)) return true; // «с одаренными детьми сентябрь» (round 46, below)
    if (DATE_WORDS.has(t.cls) || t.cls === 'ordinal' || t.cls === 'roman') return false; // «с текущего года», «с самого начала»
    if (t.cls !== 'other') return true;
  }
  return true;
}

/**
 * Round 31. «Указ вступает в силу со дня его подписания, 27 июня 2022 года.» (a teachers' forum quoting the decree on the Year of
 * the teacher): «со дня» / «с даты» before a word that is no date word names an event («подписания», «его опубликования»); the «с»
 * is that event's, like the «с» of «с момента подписания», and starts no window at a day written after it — that day is the event's
 * day. «со дня начала учебного года» (a date word after «дня») and «с 1 сентября» read as before.
 */
function dayOfEvent(c: Cursor, i: number): boolean {
  const noun = c.toks[i + 1]?.text;
  if (noun !== 'дня' && noun !== 'даты') return false;
  const next = c.toks[i + 2];
  return next !== undefined && next.type === 'word' && next.cls === 'other';
}

/** Round 60: the genitive of an adjective of the next or the previous year after a day: «следующего», «будущего», «прошлого». */
// Round 213: «наступающего» and «грядущего» too, as round 199 reads them after «с / со»: «С января наступающего года начинается реализация
// проекта по капремонту школ» (a city paper's news, https://kr-gazeta.ru/obrazovanie/s-yanvarya-nastupayushchego-goda-nachinaetsya-realizatsiya-proekta-po-kapremontu-shkol
// — corpus-real-195; it was open-ended from January of the context year) → from 2022-01-01, no due, as «с января следующего года».
const NEXT_YEAR_GENITIVE = /^(?:следующ|будущ|предстоящ|очередн|наступающ|грядущ)(?:его|ого)$/;
/** Round 135: «минувшего», «прошедшего» too («с января по май минувшего года»), as round 62's `RELATIVE_YEAR_SHIFT` reads them after «с». */
const PREVIOUS_YEAR_GENITIVE = /^(?:прошл|предыдущ|минувш|прошедш)(?:ого|его)$/;
/** Round 86: the kind of year between the adjective and «года»: «следующего календарного / финансового / бюджетного года». */
const KIND_OF_YEAR = /^(?:календарн|финансов|бюджетн)(?:ого|ый|ом)$/;

/**
 * Round 86. «Образовательные организации, которым государственное задание формируется на учебный год, составляют План на очередной
 * финансовый год и плановый период до начала очередного финансового года.» (a Moscow department's order on the plans of its
 * institutions, https://ru24.pro/documents/409092753 — corpus-real-75): the year of «до начала / до конца / к началу … года» named by an
 * adjective of the next or the previous year — «следующего / будущего / предстоящего / очередного [финансового / календарного] года»
 * (+1), «прошлого / предыдущего …» (−1) — is that year, not the context's (it was by 2020-12-31, the start of the context year; «до
 * конца следующего года» was by 2021-12-31). `i` is «года»; the shift, 0 when there is none.
 */
/**
 * Round 177. «В течение следующего года им предстоит нести службу у мемориала, посвященного памяти кузбассовцев, …» (a region's news of
 * the cadets' watch at Пост № 1, https://kuzbass1.ru/news/official/140834 — corpus-real-163; it was `unparsed`, «срок отсчитывается от
 * события»): «в течение следующего / будущего / предстоящего / очередного [календарного …] года» with no anchor after it is the year
 * after the context's, as «в следующем году» is (round 13), not a span of one year counted from an event. With «после / с / со / от /
 * за» after «года» it still counts from that event («в течение следующего года после выпуска» stays `event`). `i` is «года».
 */
const SPAN_ANCHOR_AFTER: ReadonlySet<string> = new Set(['после', 'с', 'со', 'от', 'за']);
/**
 * Round 232. «- В течение прошлого года специалисты отдела в рамках своей компетенции осуществляли плановый и внеплановый учредительный
 * контроль в отношении муниципальных бюджетных и автономных дошкольных образовательных организаций, - отметила Ирина Синенко.» (a city
 * paper's news of the education committee's control of kindergartens, https://news-life.pro/barnaul/420832805 — corpus-real-211; it was
 * `ongoing` over the context's year): «в течение прошлого / предыдущего / минувшего / прошедшего [календарного …] года» is the year
 * before the context's, as «в прошлом году» is (round 13) and round 177 reads the next year. Returns the shift (±1), 0 when it is not.
 */
function duringRelativeYear(c: Cursor, i: number): number {
  if (c.toks[i]!.text !== 'года' || SPAN_ANCHOR_AFTER.has(c.toks[i + 1]?.text ?? '')) return 0;
  const shift = yearShiftBefore(c, i);
  if (shift === 0) return 0;
  const k = KIND_OF_YEAR.test(c.toks[i - 1]?.text ?? '') ? i - 3 : i - 2;
  return c.toks[k]?.text === 'течение' && c.toks[k - 1]?.text === 'в' ? shift : 0;
}

function yearShiftBefore(c: Cursor, i: number): number {
  let k = i - 1;
  if (KIND_OF_YEAR.test(c.toks[k]?.text ?? '')) k--;
  const adj = c.toks[k]?.text ?? '';
  return NEXT_YEAR_GENITIVE.test(adj) ? 1 : PREVIOUS_YEAR_GENITIVE.test(adj) ? -1 : 0;
}

/**
 * Round 60. «При отказе заявителя от предложенных организаций желаемая дата поступления автоматически изменяется на 1 сентября
 * следующего календарного года с сохранением даты постановки на учет.» (a kindergarten's memo for parents,
 * http://mbdou41.ru/index/pamjatka_dlja_roditelej/0-51 — corpus-real-54): «следующего / будущего [календарного] года» right after a day
 * with no year written puts the day in the year after the context year, «прошлого / предыдущего года» in the year before (it was the
 * context year: 2021-09-01); «текущего года» already was the context year. `i` is «года»; marks the day, true when it did.
 */
function yearOfDayInWords(c: Cursor, i: number): boolean {
  if (c.toks[i]!.text !== 'года') return false;
  let k = i - 1;
  if (KIND_OF_YEAR.test(c.toks[k]?.text ?? '')) k--; // round 86: «… следующего финансового года» as «… следующего календарного года»
  const shift = yearShiftBefore(c, i);
  if (shift === 0) {
    currentYearOfDay(c, k);
    return false;
  }
  const prev = c.toks[k - 1];
  if (prev === undefined || prev.type === 'punct') return false;
  const day = c.items.at(-1);
  if (day === undefined || day.kind !== 'atom' || day.year !== null) return false;
  if (prev.type === 'word' && (prev.cls === 'season' || (day.type === 'month' && day.season && prev.text.startsWith('период')))) return seasonOfYearInWords(c, shift);
  // Round 219: a half or a quarter of that year — «во втором полугодии / во второй половине / в 1 квартале следующего года» — is in it
  // too (it was the context year's); not a school year's half, whose year is the school year
  if ((day.type === 'half' && !day.school) || day.type === 'quarter') {
    if (prev.type !== 'word' || !(prev.cls === 'half' || prev.cls === 'quarter' || prev.text.startsWith('половин'))) return false;
    day.yearShift = shift;
    return true;
  }
  if (prev.type === 'word' && prev.cls !== 'month') return false;
  // round 82: a month too, whole or a part of it, not a season's («в декабре следующего года», «в середине сентября будущего года»)
  if (!(day.type === 'date' && day.day !== 0) && day.type !== 'month') return false;
  day.yearShift = shift;
  windowStartInYearOfWords(c, shift);
  return true;
}

/** Round 265: the genitive of the current year after a day («текущего», «этого», «нынешнего», «сего»). */
const CURRENT_YEAR_GENITIVE = /^(?:текущего|этого|нынешнего|сего)$/;

/**
 * Round 265. «Глава Первомайского района Оренбургской области вносит проект решения о районном бюджете на очередной финансовый год
 * (очередной финансовый год и плановый период) на рассмотрение в Совет депутатов муниципального образования не позднее 15 ноября
 * текущего года.» (a district's Положение о бюджетном процессе, https://base.garant.ru/74733559/f0919a1a5b9327ff53d0b0cd9f3489ec —
 * corpus-real-230; it was by 2022-11-15): «текущего / этого / нынешнего / сего [финансового …] года» right after a day and its month
 * names that day's year in words, the context's, so the next year in words written before it («(очередной финансовый год …)», read
 * as «в следующем году» when no «на» stands before it) does not move the day, as round 218 kept «на очередной финансовый год … не
 * позднее 30 декабря текущего года» in the context's December. `k` is the adjective; marks the day.
 */
function currentYearOfDay(c: Cursor, k: number): void {
  if (!CURRENT_YEAR_GENITIVE.test(c.toks[k]?.text ?? '') || !c.isCls(k - 1, 'month')) return;
  const day = c.items.at(-1);
  if (day !== undefined && day.kind === 'atom' && day.year === null && day.type === 'date' && day.day !== 0) day.ownCurrentYear = true;
}

/**
 * Round 133. «В таком отчете отражаются сведения за период с 1 января по 31 декабря предыдущего года.» (a page on guardians' yearly
 * reports, https://blanker.ru/note/srok-sdachi-otcheta-opekuna — corpus-real-121; it was the window of 2021): when the day or month
 * that round 60's relative year follows ends a window («с … по …», «… – …»), the window's start with no year of its own is in that
 * year too («с 1 по 15 марта следующего года» → 2022-03-01..03-15, «с марта по май следующего года» → 2022-03..05); before, the start
 * kept the context's year and carried it to the end. A start with its year written keeps it, as does a list («10 марта, 15 апреля
 * следующего года»: only the last day is named so) and a window across the new year («с 1 сентября по 31 мая следующего года»: the
 * end's year is the one after the start's).
 */
function windowStartInYearOfWords(c: Cursor, shift: number): void {
  const link = c.items.at(-2);
  const first = c.items.at(-3);
  if (link?.kind !== 'conn' || (link.type !== 'to' && link.type !== 'dash')) return;
  if (first?.kind !== 'atom' || first.year !== null || first.yearShift !== 0) return;
  if (first.type !== 'date' && first.type !== 'month') return;
  const end = c.items.at(-1)!;
  if (end.kind !== 'atom') return;
  // a window across the new year («с 1 сентября по 31 мая следующего года», «с 25 декабря по 9 января …») names the end's year after
  // the start's: the start keeps the context's year, as before
  if (first.month !== 0 && (first.month > end.month || (first.month === end.month && first.day > end.day))) return;
  first.yearShift = shift;
}

/**
 * Round 133. «• второе контрольное обследование — по истечении 11 месяцев со дня вступления в законную силу решения суда, но не позднее
 * окончания 13-го месяца со дня вступления в законную силу решения суда;» (a Moscow page on the checks of adoptive families,
 * https://www.gorod-moskva.ru/inform-block/952.html — corpus-real-121): «месяца» after an ordinal («13-го», «седьмого») and before what
 * it counts from («со дня / с даты / с момента / от даты …», «со вступления …», «после …») is the Nth month of a span from an event, not a calendar month
 * left unnamed («до конца месяца», round 10's «не указано, какого месяца»): the text is read on, and the anchor makes it an offset
 * (it was `unparsed`). `i` is «месяца»; true when it is such a month.
 */
/** What «с / со / от» counts from after an ordinal month: «дня», «даты», «момента» or a verbal noun (`VERBAL_NOUN_END`). */
const ANCHOR_NOUN = new RegExp(`^(?:дня|даты|момента|[а-я]+${VERBAL_NOUN_END})$`);

/**
 * Round 209. «С 15 апреля и до конца месяца на территории Костромы будут проводиться мероприятия, направленные на борьбу с грызунами.»
 * (a city's news of its spring дератизация, http://kostroma-news.net/society/2020/04/14/21162.html — corpus-real-192; it was `unparsed`,
 * «не указано, какого месяца»): «до конца / до окончания месяца» right after a day and its month names that month, the end of the window
 * the day opens («с 15 апреля до конца месяца» → 04-15..04-30), as «до конца года» after a date names its year. Only «месяца» right after
 * «до конца» (the `by` connector last), with a date or a month read before it; with no month before, it stays «не указано, какого
 * месяца». `i` is «месяца»; pushes the month and returns true.
 */
function monthOfDayBefore(c: Cursor, i: number): boolean {
  if (c.toks[i]!.text !== 'месяца') return false;
  const by = c.items.at(-1);
  if (by === undefined || by.kind !== 'conn' || by.type !== 'by') return false;
  for (let k = c.items.length - 2; k >= 0; k--) {
    const a = c.items[k]!;
    if (a.kind === 'conn') continue;
    if ((a.type !== 'date' && a.type !== 'month') || a.month === 0) return false;
    c.push(atom('month', a.explicit ? a.year : null, { month: a.month }));
    return true;
  }
  return false;
}

/**
 * Round 243. «Она заработает только к концу месяца — 22 сентября.Подрядчик не успел завершить ремонт.» (a news site on a school whose
 * капремонт ran late, https://m.smi24.net/voronezh/409849825 — corpus-real-219; it was `unparsed`, «не указано, какого месяца»): «к концу
 * / до конца / до окончания месяца» with a dash and a day and its month right after it is that day, the end of the month named in
 * apposition — by 09-22, as «до 22 сентября» (round 209 read the month named before). Only with the `by` connector last and a dash
 * then a day in figures and a month word; «до конца месяца» alone stays «не указано, какого месяца». `i` is «месяца»; the index of the
 * day when the apposition follows (the dash is skipped, the connector stays), else -1.
 */
function monthNamedAfter(c: Cursor, i: number): number {
  if (c.toks[i]!.text !== 'месяца' || !c.isPunct(i + 1, '-') || !c.isNum(i + 2) || !c.isCls(i + 3, 'month')) return -1;
  const by = c.items.at(-1);
  return by !== undefined && by.kind === 'conn' && by.type === 'by' ? i + 2 : -1;
}

/**
 * Round 209. «Памятка направлена в преддверии нового учебного года 2023/2024 в связи с сохранением на территории РФ рисков
 * распространения инфекций, передающихся воздушно-капельным путем.» (a legal news site on Роспотребнадзор's memo to schools,
 * https://respectrb.ru/print/54678 — corpus-real-192; it was the school year 2023/24 as a window): the school year after «в преддверии»
 * is what the event phrase names, with its years written or not — «в преддверии нового учебного года 2023/2024», «в преддверии
 * 2023/2024 учебного года», «в преддверии нового 2023-2024 учебного года» stay the event phrase, like «В преддверии нового учебного
 * года …» (corpus-real-32's label; round 11's `EVENT_ANYWHERE`). `i` is «преддверии»; the index after the school year and its years
 * (an adjective of the coming year, «учебного года», the years and their «/» or dash, within eight tokens), or `i` when no school
 * year with a year in figures follows. A day and its month after «в преддверии» keep round 186's «by».
 */
function schoolYearOfEve(c: Cursor, i: number): number {
  let school = false;
  let year = false;
  let j = i + 1;
  for (; j < c.toks.length && j <= i + 8; j++) {
    const t = c.toks[j]!;
    if (t.type === 'num' && t.text.length === 4) year = true;
    else if (t.cls === 'school') school = true;
    else if (!(t.cls === 'year' || t.text === '/' || t.text === '-' || (t.type === 'word' && EVE_YEAR_ADJECTIVE.test(t.text)))) break;
  }
  return school && year ? j : i;
}

/** Round 209: the adjectives of the coming school year after «в преддверии» («нового», «предстоящего», «следующего», «очередного»). */
const EVE_YEAR_ADJECTIVE = /^(?:нового|предстоящего|следующего|очередного)$/;

/**
 * Round 209. «Мероприятие состоялось 28 апреля 2021 года, его основной целью является подготовка к летнему оздоровительному сезону 2021
 * года.» (a district's news of the hygienic training of school staff, http://edu-novreg.ru/content/v-grigorovskoy-shkole-proshlo-gigienicheskoe-obuchenie-i-attestaciya-rabotnikov
 * — corpus-real-192; «к летнему … сезону 2021 года» was read as «к 2021 году», by 2020-12-31): the noun after a season's adjective that
 * makes it a season, «период» or «сезон» in any case («в летний период», «к летнему оздоровительному сезону 2021 года»).
 */
const SEASON_PERIOD = /^(?:период|сезон)/;

/**
 * Round 209: the token at `k` makes a season's adjective a season (`SEASON_PERIOD`): «период» always, «сезон» only with its year
 * written right after it («к летнему оздоровительному сезону 2021 года»). Without a year «летний оздоровительный сезон» is the camps'
 * season, an event («Все детские лагеря … к началу летнего оздоровительного сезона обязаны получить …», corpus-real-53's `event`).
 */
function seasonPeriodAt(c: Cursor, k: number): boolean {
  const t = c.toks[k];
  if (t === undefined || !SEASON_PERIOD.test(t.text)) return false;
  return t.text.startsWith('период') || (c.toks[k + 1]?.type === 'num' && c.toks[k + 1]!.text.length === 4);
}

function countedMonthOfEvent(c: Cursor, i: number): boolean {
  const before = c.toks[i - 1];
  if (before === undefined || (before.cls !== 'ordinalSuffix' && before.cls !== 'ordinal')) return false;
  const next = c.toks[i + 1];
  if (next === undefined) return false;
  if (next.cls === 'relative' && next.text === 'после') return true;
  // «со дня / с даты / с момента …», or the verbal noun right after «с / со / от» (this round's `<отсчёт>`: «со вступления решения»)
  return /^(?:с|со|от)$/.test(next.text) && ANCHOR_NOUN.test(c.toks[i + 2]?.text ?? '');
}

/**
 * Round 112. «За плечами у них уже три полевых выхода, хотя отряд был создан только осенью прошлого года.» (a Crimean paper on a
 * school search party, https://krym.aif.ru/society/-my-idem-iskat-sakskie-krasnye-sledopyty-rabotayut-v-pole — corpus-real-100; it
 * was the autumn of the context's year): a spring, summer or autumn right before «прошлого / предыдущего года» is that season of the
 * year before the context's, before «следующего / будущего / предстоящего / очередного года» of the year after, as round 82 reads a
 * month there and round 88 reads «прошлым летом». The season's word («осенью прошлого года», «с весны следующего года», «до осени
 * следующего года») or «период» after its adjective («в летний период прошлого года») must stand right before the adjective of the
 * year; winter, which runs from one year into the next, is left as it was (`nextSeasonShift` leaves it too). Shifts every month of
 * the season's window; true when it did.
 */
function seasonOfYearInWords(c: Cursor, shift: number): boolean {
  const last = c.items.at(-1)!;
  if (last.kind !== 'atom' || last.type !== 'month' || last.month === 12 || last.month <= 2) return false;
  last.yearShift = shift;
  const dash = c.items.at(-2);
  const first = c.items.at(-3);
  if (dash?.kind === 'conn' && dash.type === 'dash' && first?.kind === 'atom' && first.season && first.year === null) first.yearShift = shift;
  return true;
}

/**
 * Round 31. «Отчет ДОУ … за 2025 год осуществляется до 01 февраля, следующего за отчетным годом …» (a kindergarten's page on its
 * municipal task): «следующего за отчетным [годом]» right after a day with no year (a comma or «года» may stand between) puts that day
 * in the year after the year reported on — the year written first (`leadingYear`) plus one. Marks the day; true when it did.
 */
function afterReportedYear(c: Cursor, i: number): boolean {
  if (c.toks[i + 1]?.text !== 'за' || !/^отч[её]тн/.test(c.toks[i + 2]?.text ?? '')) return false;
  const after = c.toks[i + 3]?.text;
  if (after !== undefined && c.toks[i + 3]!.type === 'word' && !after.startsWith('год')) return false; // «… за отчетным кварталом»
  let k = c.items.length - 1;
  while (k >= 0 && c.items[k]!.kind === 'conn' && (c.items[k] as { type: string }).type === 'and') k--;
  const day = c.items[k];
  if (day === undefined || day.kind !== 'atom' || day.type !== 'date' || day.day === 0 || day.year !== null) return false;
  day.afterReport = true;
  return true;
}

/**
 * Round 41. «В 2004 году начинается второй этап лицензирования учебных заведений.» (a city's news,
 * https://hron.ru/news/read/7001), «В феврале в Мурманской области стартует приём заявок на конкурс грантов для школ …»
 * (https://ria24.today/news/v-murmanskoy-oblasti-moderniziruyut/6035292): a verb of starting AFTER the month or the year it starts
 * in reads as «с» before it — «с 2004 года начинается», open-ended from its first day, as «начинается 1 апреля» already was (they were
 * the window of that year or month). Only a month or a year as the last thing read, with no connector after it, no «с» before it, and
 * no figure or month right after the verb («В 2021 году стартует 1 сентября» keeps its day). Puts the «from» before that atom; true when
 * it did.
 */
/**
 * Round 175. «В период с 2017-2019 годов с целью принятия целенаправленных мер в сфере профилактики безнадзорности и правонарушений
 * несовершеннолетних субъектами профилактики реализован Комплекс мероприятий, …» (a district's programme of prevention among minors,
 * https://chernevka.schools.by/pages/kompleks-meroprijatij-po-profilaktike-beznadzornosti-i-pravonarushenij-sredi-nesovershennoletnih-v-dribinskom-rajone-na-2020-2022-gg
 * — corpus-real-161; it was open-ended from 2017): «с» before two years joined by a dash and the plural «годов» names those years,
 * the window «2017-2019 годов» as after «в период» alone, not an open start — «с 2017 года» (one year) and «с 2021-2022 учебного года»
 * (a school year to start from) stay open-ended. True when the «с» at `i` stands so.
 */
function yearsOfPeriod(c: Cursor, i: number): boolean {
  if (!c.isPunct(i + 2, '-') || c.toks[i + 4]?.text !== 'годов') return false;
  const y = yearAt(c, i + 1, true);
  return y !== null && y.pair && !y.school && c.toks[i + 3]?.type === 'num' && c.toks[i + 3]!.text.length === 4;
}

function startAfterPeriod(c: Cursor, i: number): boolean {
  if (c.toks[i]!.text.length <= 2) return false; // «с», «со» themselves
  const next = c.toks[i + 1];
  if (next !== undefined && (next.type === 'num' || c.isCls(i + 1, 'month') || c.isCls(i + 1, 'from'))) return false;
  if (seasonBeforeStart(c)) return true;
  const n = c.items.length;
  const last = c.items[n - 1];
  if (last === undefined || last.kind !== 'atom' || (last.type !== 'month' && last.type !== 'year')) return false;
  const before = c.items[n - 2];
  if (before !== undefined && before.kind === 'conn' && !leadingClauseComma(c, n - 2)) return false;
  c.items.splice(n - 1, 0, { kind: 'conn', type: 'from', strict: false });
  return true;
}

/**
 * Round 65. «Летом этого года мы начинаем обучение руководителей школ новых регионов образовательным практикам …» (the minister on
 * courses in the new regions, https://gorlovka-pravda.com/novosti-gorlovki/dnr-news/v-vosoedinenyh-regionah-strany-trudjatsja-okolo-36-tysjach-uchitelei-24687.html
 * — corpus-real-59): a verb of starting after the season it starts in reads as «с» before the season, like after a month or a year
 * (`startAfterPeriod`): open-ended from the season's first month (it was the season's three months). The season is read as its first
 * month, a dash and its last month (`season`); only when they are the last items and nothing but a clause's comma stands before them.
 * True when it rewrote them.
 */
function seasonBeforeStart(c: Cursor): boolean {
  const n = c.items.length;
  const first = c.items[n - 3];
  const dash = c.items[n - 2];
  const last = c.items[n - 1];
  if (first?.kind !== 'atom' || last?.kind !== 'atom' || dash?.kind !== 'conn' || dash.type !== 'dash') return false;
  if (first.type !== 'month' || last.type !== 'month' || !first.season || !last.season) return false;
  const before = c.items[n - 4];
  if (before !== undefined && (before.kind !== 'conn' || !leadingClauseComma(c, n - 4))) return false;
  c.items.splice(n - 3, 3, { kind: 'conn', type: 'from', strict: false }, first);
  return true;
}

/**
 * Round 65. «Как сообщили РОСВУЗу в Минобрнауки, в июне стартовала программа курсов повышения квалификации для учителей Крыма.» (a news
 * page on courses for Crimea's teachers, https://rosvuz.ru/news/187-bolee-20-tys-uchitelej-kryma-povysili-svoyu-kvalifikaciyu —
 * corpus-real-59): the comma that closes a clause before the first date («Как сообщили …,», «По словам министра,», «Сообщается, что»)
 * joins that date to nothing, so it is no connector that keeps a verb of starting from reading as «с» (`startAfterPeriod`; it was the
 * month's window). True when the item at `k` is such a comma («and») and nothing before it is a date — only connectors, like the dash
 * of «пресс-службы».
 */
function leadingClauseComma(c: Cursor, k: number): boolean {
  const comma = c.items[k];
  if (comma?.kind !== 'conn' || comma.type !== 'and') return false;
  for (let j = 0; j < k; j++) if (c.items[j]!.kind !== 'conn') return false;
  return true;
}

/**
 * Round 41. «Основная трудность заключается в росте задолженности перед поставщиками: на 1 октября 2003 года долг составляет …»
 * (a city's news on the licensing of schools, https://hron.ru/news/read/7001): «перед» before a person or a body — a party one owes or
 * answers to («перед поставщиками», «отчитывается перед родителями», «ответственность перед государством», «перед коллективом»,
 * «перед учредителем») — means «in front of», not «before»; the day after it keeps its own reading (it was `by` that day). «перед
 * началом …», «перед экзаменами», «перед 1 сентября» read as before.
 */
const PARTY = /^(?:родител|поставщик|учредител|коллектив|обучающ|учащ|ученик|педагог|государств|обществ|кредитор|работник|сотрудник|граждан|потребител|заказчик|избирател|студент|школьник|старшеклассник|первоклассник|выпускник|воспитанник|участник|кандидат|депутат|член|зрител|слушател|читател|жител|гостями|жюри|комиссией|публикой|коллег|детьми|ними|нами|вами|заместител|директор|руководител|начальник|заведующ|специалист)[а-яё]*$/;

/**
 * Round 131. «Избирательные участки распахнут свои двери перед студентами-избирателями 25 апреля 2025 года в 8.45.» (a city's news of
 * the colleges' student-council elections, https://astrakhan-news.net/society/2025/04/24/213582.html — corpus-real-119; it was `by`
 * that day): round 41's party after «перед» is a person or a body in every role news give them — students, pupils, graduates,
 * candidates, deputies, members, an audience («перед зрителями / слушателями / жюри / комиссией / публикой»; not «аудиторией», whose
 * number after it is a room, «в аудитории 25»), a plural personal pronoun («перед ними / нами / вами») — and a compound of two nouns
 * joined by a hyphen with no space («студентами-избирателями», «юнкорами-участниками») is a party when either part is. «перед
 * выпускным», «перед экзаменами», «перед выборами-дебатами», «перед началом …» keep «before».
 */
// Round 169: the heads and staff of schools and offices too — «перед заместителями / директорами / руководителями / начальниками /
// заведующими / специалистами» («Из огромного количества управленческих задач, стоящих перед заместителями по воспитанию в текущем
// учебном году, …», a district education office's news, http://oo-krgv.ru/news/itogi-rajonnogo-grazhdansko-patrioticheskogo-proekta-znaem-pomnim-khranim
// — corpus-real-157; it was `by` 2020-08-31, «перед» read as «before» the school year).
function partyAfter(c: Cursor, i: number): boolean {
  const word = (j: number): string => (c.toks[j]?.type === 'word' ? c.toks[j]!.text : '');
  if (word(i + 1) === '') return false;
  if (PARTY.test(word(i + 1))) return true;
  const hyphen = c.toks[i + 2];
  return hyphen?.type === 'punct' && hyphen.text === '-' && !hyphen.space && c.toks[i + 3]?.space === false && PARTY.test(word(i + 3));
}

/** «к Новому году (декабрь)»: the feast, an event named in words, not a year (round 21). */
const NEW_YEAR_FEAST = /^новому году$/;

/** «80-летию», «столетия», «годовщине»: an anniversary. */
const ANNIVERSARY = /(?:лети[юяе]|годовщин[а-я]*)$/;

/** «двадцать», «тридцать» before an ordinal day. */
const TENS_WORD = /^(?:двадцать|тридцать)$/;

/** The dative of a noun of starting or ending: «началу», «концу», «окончанию». */
const DATIVE = /[ую]$/;

/** «новому», «предстоящему», «следующему», «очередному», «наступающему», «будущему» (and their other cases): an adjective of a year. */
// Round 171: «грядущему» too, as «предстоящему» («к грядущему учебному году»).
const YEAR_ADJECTIVE_WORD = /^(?:нов|предстоящ|грядущ|следующ|очередн|наступающ|будущ)[а-я]*$/;

/**
 * Round 44. «- О подготовке образовательных организаций к новому 2024-2025 учебному году.» (a district education office's meeting,
 * http://talrono.ru/?p=7551), «О подготовке … к новому 2009 - 2010 учебному году» (a regional order on colleges, https://zakon-region.ru/1/101111/
 * — corpus-real-40): an adjective of a year between «к / до / перед» and a school year written in figures («2024-2025», «2024/2025»,
 * «2009 - 2010» before «учебному году») changes nothing — by the start of that school year, like «к 2024-2025 учебному году» (they were
 * the whole school year, the adjective keeping «к» from reaching it). Returns the index of the first year (the scanner reads the school
 * year from there with the connector set), or -1. «к новому учебному году» (no figures) is `newSchoolYearAt`.
 */
function yearAfterAdjective(c: Cursor, j: number): number {
  const adj = c.toks[j];
  if (adj?.type !== 'word' || !YEAR_ADJECTIVE_WORD.test(adj.text)) return -1;
  // Round 161: a comma may set the school year off as an apposition («с нового, 2025/26 учебного года»)
  const y = c.isPunct(j + 1, ',') ? j + 2 : j + 1;
  if (!c.isNum(y, 4)) return -1;
  const sep = c.toks[y + 1]?.text;
  if ((sep !== '/' && sep !== '-') || !c.isNum(y + 2, 4)) return -1;
  return c.isCls(y + 3, 'school') ? y : -1;
}

/** «нового / новому …» at `k`. */
function isNewAt(c: Cursor, k: number): boolean {
  return c.isCls(k, 'other') && c.toks[k]!.text.startsWith('нов');
}

/** «новому учебному году», «учебным новым годом», «нового учебного года»: the index after the year word, or -1. */
/**
 * Round 159. «Набраться новых впечатлений перед учебным годом сюда приезжают дети из 13 сел.» (a regional paper's news of a tent camp,
 * http://www.orinfo.ru/95825/v-lagere-zastava-otdokhnut-100-podrostkov-iz-ilekskogo-raiona — corpus-real-148; it was `unparsed`):
 * «перед учебным годом» (the instrumental, without «новым») is before the coming school year starts, like round 30's «накануне
 * учебного года» and «перед новым учебным годом» — by its start. Only those two words right after «перед» at `i`: «перед учебным
 * 2022-2023 годом» and «перед началом учебного года» are read as before.
 */
function beforeSchoolYear(c: Cursor, i: number): boolean {
  return c.toks[i]!.text === 'перед' && c.toks[i + 1]?.text === 'учебным' && c.toks[i + 2]?.text === 'годом';
}

function newSchoolYearAt(c: Cursor, j: number): number {
  const k = isNewAt(c, j) && c.isCls(j + 1, 'school') ? j + 2 : c.isCls(j, 'school') && isNewAt(c, j + 1) ? j + 2 : -1;
  return k >= 0 && c.isCls(k, 'year') ? c.skipDot(k + 1) : -1;
}

/**
 * Round 27. «… с 1 марта по 31 мая будет проводиться комплектование дошкольных образовательных учреждений на 1 сентября 2012 года»
 * (www.2499.ru/show/komplekt): after a window of days («с … по …», «… – …»), a day after «на» is what the window is for — a note,
 * whose year is the window's (`titleYear` in `segments.ts`). True when a window of two days was read before `c.pos`.
 */
export function windowOfDaysBefore(c: Cursor): boolean {
  const items = c.items;
  let seen = windowsSeen.get(c);
  if (!seen) windowsSeen.set(c, (seen = { next: 1, at: -1 }));
  if (seen.at >= 0 && windowOfDaysAt(items, seen.at)) return true;
  seen.at = -1;
  // Items change only at their end (a connector popped, one put before the last atom): read again from just before where it stopped.
  let k = Math.max(1, Math.min(seen.next, items.length) - 2);
  for (; k + 1 < items.length; k++) {
    if (windowOfDaysAt(items, k)) {
      seen.at = k;
      seen.next = k;
      return true;
    }
  }
  seen.next = k;
  return false;
}

/**
 * Where `windowOfDaysBefore` stopped reading a cursor's items, and the window it found: it is asked at every «на» and «к» of a
 * text, so reading all items each time made a long text of such words take the square of its length («к 30 декабря, до 1 мая …»
 * repeated: 1 MB took 52 s).
 */
const windowsSeen = new WeakMap<Cursor, { next: number; at: number }>();

/** A window of two days around the connector at `k`: «с 1 марта по 31 мая», «1 – 5 марта». */
function windowOfDaysAt(items: Cursor['items'], k: number): boolean {
  const a = items[k - 1];
  const conn = items[k];
  const b = items[k + 1];
  return a?.kind === 'atom' && a.type === 'date' && a.day > 0 && conn?.kind === 'conn' && (conn.type === 'to' || conn.type === 'dash') && b?.kind === 'atom' && b.type === 'date' && b.day > 0;
}

/**
 * Round 72. «1. Определить персональную ответственность руководителей образовательных организаций, …, за проведение до 1 августа 2024 года
 * мероприятий по подготовке образовательных учреждений городского округа Нальчик к новому 2024 - 2025 учебному году.» (a city's yearly
 * decree on preparing schools, https://base.garant.ru/409236622/ — corpus-real-64): after «до <день>» (a day with its month), «к [новому]
 * <учебному году>» is what the work prepares for — a note, as after a window of days (round 39); the day is the deadline (it was a range
 * to the end of August). True when the last two items read are «до» and a day. Checks the two last items only: no scan back.
 */
function byDayBefore(c: Cursor): boolean {
  const items = c.items;
  const conn = items[items.length - 2];
  const day = items[items.length - 1];
  return conn?.kind === 'conn' && conn.type === 'by' && day?.kind === 'atom' && day.type === 'date' && day.day > 0;
}

/** Round 72: the index of the last verb of ending in the text (a `to` word that is not «по»), once per cursor; -1 if none. */
const lastEndingVerb = new WeakMap<Cursor, number>();

/**
 * Round 72. «Для закрепленных лиц прием заявлений в первый класс начинается не позднее 1 февраля и завершается не позднее 30 июня текущего
 * года.» (a district's news on first-class admission, https://sevadm.ru/news/all_news/obrazovanie/49846/ — corpus-real-64): «не позднее»
 * right after a verb of starting, with a verb of ending later in the text, bounds when the window opens — the verb's «с» stands, and the
 * window runs from that day to the end (it was `on`, two days). A start alone («прием начинается не позднее 1 февраля») stays by that
 * day. The «не» at `i`. The verbs of ending are found in one pass over the text, kept per cursor: no scan once per occurrence.
 */
function startNotLater(c: Cursor, i: number): boolean {
  const verb = c.toks[i - 1];
  if (verb === undefined || !c.isCls(i - 1, 'from') || verb.text === 'с' || verb.text === 'со') return false;
  let last = lastEndingVerb.get(c);
  if (last === undefined) {
    last = -1;
    for (let k = c.toks.length - 1; k >= 0; k--) {
      if (c.isCls(k, 'to') && c.toks[k]!.text !== 'по') {
        last = k;
        break;
      }
    }
    lastEndingVerb.set(c, last);
  }
  return last > i;
}

/** Round 48. «нового», «следующего», «предстоящего», «будущего», «наступающего», «очередного»: the genitive of an adjective of a next year. */
// Round 171: «грядущего» too, as «предстоящего» («с грядущего учебного года»).
const NEXT_GENITIVE = /^(?:нов|следующ|предстоящ|грядущ|будущ|наступающ|очередн)(?:ого|его)$/;

/**
 * Round 48. «… чтобы эти нормы распространялись на все регионы уже с нового учебного года.» (a school's page on federal rules,
 * http://kuragsosh.dagestanschool.ru/?section_id=53 — corpus-real-43): after «с / со», the genitive of an adjective of a next year and
 * «учебного года» (either order: «с учебного нового года» is not Russian, so only the adjective first) name the next school year's
 * start — the text is open-ended from it, like «с 1 сентября следующего учебного года» (it was `unparsed`). Returns the index after
 * «года», or -1. «с нового 2022/2023 учебного года» (figures) and «с начала учебного года» are read as before.
 */
function nextSchoolYearAt(c: Cursor, j: number): number {
  if (!NEXT_GENITIVE.test(c.toks[j]?.text ?? '') || !c.isCls(j + 1, 'school')) return -1;
  const k = c.skipDot(j + 2);
  return c.isCls(k, 'year') && c.toks[k]!.text === 'года' ? c.skipDot(k + 1) : -1;
}

/**
 * Round 39. «В период с 02.08.2022 по 12.08.2022 специальной межведомственной комиссией проводится приёмка образовательных учреждений к
 * 2022/2023 учебному году.» (a kindergarten's news on accepting schools, http://dou135.ivedu.ru/print.php?item_id=5815&type=N — corpus-real-35): after a window of days
 * with both ends written, «к <учебному году>» («к 2022/2023 / 2022-2023 учебному году», «к новому учебному году») is what the window
 * prepares for — a note, like round 27's «на 1 сентября 2012 года» after a window. Returns the index after it, or -1. A start with
 * no end («Ремонт с 1 июня к новому учебному году») keeps it as the deadline (by the school year's start).
 */
function schoolYearPurpose(c: Cursor, i: number): number {
  const byDay = byDayBefore(c);
  if (!byDay && !windowOfDaysBefore(c)) return -1;
  const fresh = newSchoolYearAt(c, i + 1);
  if (fresh >= 0) return fresh;
  // Round 72: «к новому 2024 - 2025 учебному году» after a day — the adjective before the years, as `yearAfterAdjective` reads it
  const adjective = yearAfterAdjective(c, i + 1);
  if (byDay && adjective >= 0 && c.isCls(adjective + 4, 'year')) return c.skipDot(adjective + 5);
  const y = c.toks[i + 1];
  const sep = c.toks[i + 2]?.text;
  if (y?.type !== 'num' || y.text.length !== 4 || (sep !== '/' && sep !== '-') || !c.isNum(i + 3, 4)) return -1;
  return c.isCls(i + 4, 'school') && c.isCls(i + 5, 'year') ? c.skipDot(i + 6) : -1;
}

/**
 * Round 45. «Составление плана работы РМО на следующий учебный год.» (a district methodical association's plan copied into a gist,
 * https://gist.github.com/97e1f968921f54dbbf01dbca76cd3858 — corpus-real-41): «на <следующий / текущий / новый> учебный год» after
 * the name of what is done is the period the plan covers, like «на 2022-2023 учебный год» after it (round 22); round 17 read the
 * words only when the cell opens with them. The accusative after «на» only: «в новом учебном году» inside a sentence («На первом
 * заседании совета школы в новом учебном году …») still names a meeting, not a period. `i` is the index of «учебный».
 */
function coveredSchoolYear(c: Cursor, i: number): boolean {
  return c.toks[i - 2]?.text === 'на' && /(?:ий|ый)$/.test(c.toks[i - 1]?.text ?? '');
}

/**
 * Round 51. «Преподавание предмета «География» в МБ ОУ ______ В этом учебном году преподает географию в 5 классах.» (a gist of
 * ВШК справки on the teaching of subjects, https://gist.github.com/anonymous/c5936904779b4617c67aa8c8ee4196dd — corpus-real-46; it was
 * `unparsed`): «в текущем / этом / нынешнем учебном году» (and «в следующем / будущем / предстоящем учебном году») inside a sentence is
 * the school year the row speaks of, as when the cell opens with it (round 17) and like a bare «в учебном году» anywhere in the row
 * (round 48). Only «в» and the prepositional with «году»: «в новом учебном году» inside a sentence still names a meeting («На первом
 * заседании совета школы в новом учебном году …», round 17) — since round 150 only with a «первый» before it (`firstOfYear`) —, and «в
 * течение текущего учебного года» stays open-ended work. `i` is the index of «учебном», `j` of «году».
 */
function namedSchoolYear(c: Cursor, i: number, j: number): boolean {
  const adj = c.toks[i - 1]?.text ?? '';
  if (c.toks[i - 2]?.text !== 'в' || c.toks[j]?.text !== 'году') return false;
  return CURRENT.test(adj) || NEXT.test(adj) || PREVIOUS.test(adj) || (adj === 'новом' && !firstOfYear(c, i - 2));
}

/** Round 150. How far before «в новом учебном году» an ordinal «первый» still makes it the first of something in that year. */
const FIRST_OF_REACH = 6;

/**
 * Round 150. «Единый звонок с урока в российских школах отменят в новом учебном году» (a Chita news heading, https://zab.ru/news/131612 —
 * corpus-real-138; it was `unparsed`): «в новом учебном году» inside a sentence is the next school year, like «в следующем учебном году»
 * there (round 51) and as when the cell opens with it (round 17) — unless a «первый» stands a few words before it: «На первом заседании
 * совета школы в новом учебном году …», «первое в новом учебном году занятие» name the first meeting or lesson of the year, an event
 * (round 17), not the year. `k` is the index of «в».
 */
function firstOfYear(c: Cursor, k: number): boolean {
  for (let m = k - 1; m >= 0 && m >= k - FIRST_OF_REACH; m--) if (/^перв/.test(c.toks[m]!.text)) return true;
  return false;
}

/** Round 215. The signs that may not follow a preposition: a word before them is no «с / со» starting a window. */
const SIGN_AFTER_WORD: ReadonlySet<string> = new Set([',', ';', ')', '»', '"']);

/**
 * Round 215. «Права и обязанности семей, которые выбрали СО, конкретизированы в письме Минобрнауки России от 15 ноября 2013 года.» (a
 * guide to family education, https://mgkasp.ru/kak-perejti-na-semejnoe-obucenie.html — corpus-real-197; it was `ongoing` from 2013-11-15):
 * «СО» is what guides and parents' forums write for «семейное образование» («выбрали СО», «перейти на СО», «на СО»), and lower-cased it
 * is the preposition «со», which opened a window at the next date. A preposition always has its object after it, so «с / со» right
 * before a comma, a semicolon, a closing bracket or quote, or at the text's end names nothing that starts: it is read as a word of no
 * time. «со 2 по 5 мая», «СО 2 ПО 5 МАЯ» (a cell in capitals) and «с.» with its dot («с. 11–17», «с.15.09») read as before.
 */
function noObjectAfter(c: Cursor, i: number): boolean {
  const next = c.toks[i + 1];
  return next === undefined || (next.type === 'punct' && SIGN_AFTER_WORD.has(next.text));
}

/** Round 51. The verbs and nouns of bringing something to someone: «довести», «доводится», «доведение», «донести», «доносить». */
const DELIVER = /^(?:дов[её]д|довод|довест|донос|донес|донест|донош)/;

/**
 * Round 51. «Он доводится до членов педагогического коллектива в начале учебного года.» (a gist of a kindergarten's rules of control,
 * https://gist.github.com/36f842f51eefca76fbacb9b42444db4c — corpus-real-46; it was `by` September): the «до» of a verb of bringing
 * something to someone («доводится до членов коллектива», «довести до родителей», «доведение до учащихся») and «до сведения» anywhere
 * («Довести приказ до сведения учителей») name whom it reaches, not a deadline — the dates of the text are read without «до».
 * «Довести до конца», «доведение до 1 сентября» (a date word or a figure after «до») keep their «до».
 */
function deliveredTo(c: Cursor, i: number): boolean {
  const next = c.toks[i + 1];
  if (next === undefined || next.type !== 'word') return false;
  if (next.text.startsWith('сведени')) return true;
  return DELIVER.test(c.toks[i - 1]?.text ?? '') && next.cls === 'other';
}

/** Round 48. What may stand where a copy lost the years of a school year: «в — учебном году», «в ___ учебном году», «в … учебном году». */
const LOST_YEARS: ReadonlySet<string> = new Set(['-', '_', '…']);

/**
 * Round 48. «Организовать и провести по мере необходимости аттестацию педагогических работников … в — учебном году.» (a school's
 * methodical-work plan copied into a gist, https://gist.github.com/2a2a4991394045f6211ba206c3797b4c — corpus-real-41), «Обеспечить
 * учебно-методическую поддержку перехода на ФГОС второго поколения в учебном году, …» (https://gist.github.com/800993f4638fb8c2785cfa7b062c87d6
 * — corpus-real-42): «в учебном году» (also «в уч. году») with no year and no adjective — or with a dash, underscores or an ellipsis
 * where a copy or a blank form lost the years — is the school year the plan is for, the context's, like «в текущем учебном году»
 * (they were an `event` and `unparsed`). `i` is the index of «учебном»; the caller asks that no date was read before, and the
 * school year is pushed only when none is read after it either (a month or a day in the row wins: «… в учебном году Апрель» is
 * April). A repeat («дважды в учебном году») is read before any of this.
 */
function bareSchoolYear(c: Cursor, i: number): boolean {
  if (!/^(?:учебном|уч|учеб|учебн)$/.test(c.toks[i]!.text) || c.toks[c.skipDot(i + 1)]?.text !== 'году') return false;
  let k = i - 1;
  while (k > 0 && c.toks[k]!.type === 'punct' && LOST_YEARS.has(c.toks[k]!.text)) k--;
  return c.toks[k]?.text === 'в' && c.toks[k]!.type === 'word' && !TIMES_PER.test(c.toks[k - 1]?.text ?? '');
}

/**
 * Round 210. «8. Приказ о создании аттестационной комиссии на учебный год (с указанием срока полномочий).» (a list of an attestation
 * commission's documents, https://m-bratstvo.ru/trud/instrukciya-o-poryadke-provedeniya-attestacii-pedagogicheskih-rabotnikov-sistemy-obrazovaniya-2020-prikaz.html
 * — corpus-real-193; it was `unparsed`), «1.4.1. ИУП разрабатывается на учебный год (текущий ИУП) …» (corpus-real-152, round 163's known
 * miss): a bare «на учебный год» — the accusative after «на» with no adjective and no years — is the school year the thing is made for,
 * the context's, as round 48's bare «в учебном году» is and as round 45's «на текущий учебный год» after what is done. Only «на» right
 * before «учебный» and «год» after it; a count of times before «на» is not read here («два раза на учебный год» is a repeat), nor a
 * year after an act in the instrumental (`ACT_INSTRUMENTAL`).
 */
function bareCoveredSchoolYear(c: Cursor, i: number, j: number): boolean {
  if (c.toks[i]!.text !== 'учебный' || c.toks[j]?.text !== 'год' || c.toks[i - 1]?.text !== 'на' || TIMES_PER.test(c.toks[i - 2]?.text ?? '')) return false;
  for (let k = 0; k < i - 1; k++) if (ACT_INSTRUMENTAL.test(c.toks[k]!.text)) return false;
  return true;
}

/**
 * Round 210. An act in the instrumental before a bare «на учебный год» is who sets the thing for the year, a schedule (round 91's
 * «Председатель комиссии назначается приказом по Учреждению на учебный год», pinned): the year is then the term the act gives, not read.
 */
const ACT_INSTRUMENTAL = /^(?:приказом|распоряжением|постановлением|решением|протоколом|указом)$/;

/** Round 48. «дважды / два раза / не реже одного раза в учебном году»: a count of times before «в учебном году» makes it the unit of a repeat. */
const TIMES_PER = /^(?:раз|раза|однажды|дважды|трижды|четырежды)$/;

/** Word classes of the period a noun of starting or ending names before its day: «учебного года», «IV четверти», «I полугодия». */
const PERIOD_END: ReadonlySet<string> = new Set(['schoolQuarter', 'quarter', 'half', 'trimester']);

/**
 * Round 182. «Информируем вас о начале мероприятий по проведению социально-психологического тестирования учащихся  в 2020/2021 учебном
 * году.» (a school's notice, https://school117.oshkole.ru/adverts/13551.html — corpus-real-168; it was September 2020, the start of
 * the school year): a noun of starting right before a plural noun in the genitive that is no date word («о начале мероприятий /
 * занятий / соревнований») is the start of those, not of a period named later; the period is read whole. Only the plural in
 * «-ий / -ов / -ей» of a word of no date class (not «-ней», the soft adjectives «летней», «последней»), so «в начале учебного года», «в начале 2021 года», «в начале сентября», «в начале
 * каждого месяца» keep their part.
 */
function activityAfterPart(c: Cursor, i: number): boolean {
  const n = c.toks[i + 1];
  return n !== undefined && n.type === 'word' && n.cls === 'other' && n.text.length > 4 && /(?:ий|ов|ей)$/.test(n.text) && !/ней$/.test(n.text);
}

/** Words of a label that may stand between «начало»/«окончание» and its dash: «предоставления муниципальной услуги». */
const LABEL_WORDS = 6;

/**
 * Round 72. «… установить дату начало второй четверти 2022-2023 учебном году — 7 ноября 2022 года во всех ГБОУ Херсонской области, …» (a
 * regional ministry's order on the second quarter, https://kherson-news.ru/other/2022/10/30/59405-amp.html — corpus-real-64): a school
 * year in figures after the period of a label («начало второй четверти 2022-2023 учебного года — <день>») belongs to the label, like the
 * quarter's own words; the day after the dash is the day (it was a range over the quarter). True at `j` for «YYYY - / YYYY» and a word of
 * «учебный».
 */
function labelSchoolYear(c: Cursor, j: number): boolean {
  const sep = c.toks[j + 1]?.text;
  return c.isNum(j, 4) && (sep === '-' || sep === '/') && c.isNum(j + 2, 4) && c.isCls(j + 3, 'school');
}

/** A grade a label may name: one or two digits, 1 to 12. */
function gradeNumber(c: Cursor, j: number): boolean {
  const n = c.toks[j]?.n ?? 0;
  return c.isNum(j) && n >= 1 && n <= 12;
}

/**
 * Round 125. «- Начало учебного года для учащихся 1-11 классов– 01.09.2021 года;», «- Окончание учебного года для 1-х классов-25 мая
 * 2022 г., 9 и 11 классов-25 мая 2022 г., 2-8 классов-31 мая 2022г.» (a city school's calendar graph,
 * https://shkola51ulyanovsk-r73.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/dokumenty/dokumenty-all-52_7.html —
 * corpus-real-113): the grades a label is for, figures with their noun of grades («1-11 классов», «1-х классов», «9 и 11 классов»,
 * «5-8 кл.»), belong to the label between «начало / окончание <период>» and its dash, like its words. Returns how many tokens the
 * grades take at `j` (the figures, their endings, the «-», «,» or «и» between them and the noun), or 0 when no noun of grades closes
 * them.
 */
function labelGrades(c: Cursor, j: number): number {
  if (!gradeNumber(c, j)) return 0;
  let k = j + 1;
  for (;;) {
    if (c.isPunct(k, '-') && c.isCls(k + 1, 'ordinalSuffix')) k += 2; // «1-х», «9-ти»
    else if ((c.isPunct(k, '-') || c.isPunct(k, ',') || c.isCls(k, 'and')) && gradeNumber(c, k + 1)) k += 2; // «1-11», «9 и 11»
    else break;
  }
  if (!GRADE_NOUN.test(c.toks[k]?.text ?? '')) return 0;
  return c.toks[k]!.text === 'кл' && c.isPunct(k + 1, '.') ? k + 2 - j : k + 1 - j; // «5-8 кл.»: the abbreviation's dot goes with it
}

/**
 * «Начало предоставления услуги - 25 августа, срок окончания … - 15 сентября»: a noun of starting or ending, a label,
 * then a dash or colon and a day. Returns the index of the day, or -1.
 */
function labelledDay(c: Cursor, i: number): number {
  // Round 281. «дата начала 01.12.2021 дата завершения 10.12.2021 г. (включительно)» (a village's notice of an independent review of
  // a draft Положение on municipal control, http://xn----7sbabuda0bdhmgdekgkoui.xn--p1ai/documents/630.html — corpus-real-242; it was
  // `on` 12-10): after «дата», a noun of starting or ending with a full date right after it names that day with no dash, as «Начало … -
  // 25 августа, срок окончания … - 15 сентября» does with one
  if (c.toks[i - 1]?.text === 'дата' && c.isNum(i + 1) && c.isPunct(i + 2, '.') && c.isNum(i + 3) && c.isPunct(i + 4, '.') && c.isNum(i + 5, 4)) return i + 1;
  let j = i + 1;
  let figures = 0; // round 72: the tokens of a school year in figures inside the label; round 125: and of its grades
  // round 45: a school quarter, quarter or half with its numeral is a label too («Начало IV четверти - 28 марта»)
  for (;;) {
    let grades = 0;
    if (j <= i + LABEL_WORDS + figures && (c.isCls(j, 'other') || c.isCls(j, 'school') || c.isCls(j, 'year') || c.isCls(j, 'roman') || c.isCls(j, 'ordinal') || PERIOD_END.has(c.toks[j]?.cls ?? ''))) j++;
    else if (j > i + 1 && labelSchoolYear(c, j)) {
      j += 3;
      figures += 3;
    } else if (j > i + 1 && j <= i + LABEL_WORDS + figures && (grades = labelGrades(c, j)) > 0) {
      j += grades;
      figures += grades;
    } else break;
  }
  if (j === i + 1 || !(c.isPunct(j, '-') || c.isPunct(j, ':'))) return periodThenDay(c, i);
  if (c.isNum(j + 1)) return j + 1;
  // «Начало учебного года: с 01 сентября 2023 года»: a «с» / «по» / «до» / «к» before the day is read as usual
  const conn = c.isCls(j + 1, 'from') || c.isCls(j + 1, 'to') || c.isCls(j + 1, 'by') || c.isCls(j + 1, 'towards');
  return conn && c.isNum(j + 2) ? j + 1 : -1;
}

/**
 * Round 45. «Для 1,9,11 классов окончание учебного года 25 мая г.», «Начало IV четверти 28 марта г.» (a school's calendar graph
 * copied into a gist, https://gist.github.com/ce7df50755ab36a594afa89033be2a57 — corpus-real-41): a noun of starting or ending, the
 * period it is of, then right away a day with its month, with no dash or colon between, names that day like «Окончание учебного года:
 * 31 мая» (it was read as the end part of the school year, May, or the start of the fourth quarter, April, joined with the day).
 * Only when the words after the noun are the period's («учебного года», a numeral and «четверти / квартала / полугодия») and the
 * day follows them at once. Returns the index of the day, or -1.
 */
function periodThenDay(c: Cursor, i: number): number {
  let j = i + 1;
  if (c.isCls(j, 'school') && c.isCls(j + 1, 'year')) j += 2;
  else {
    if (c.isCls(j, 'roman') || c.isCls(j, 'ordinal') || c.isNum(j, 1)) j++;
    if (!PERIOD_END.has(c.toks[j]?.cls ?? '')) return -1;
    j++;
  }
  const day = c.toks[j];
  return day !== undefined && c.isNum(j) && day.n >= 1 && day.n <= 31 && c.isCls(j + 1, 'month') ? j : -1;
}

/** Round 72: the index of the last noun of ending in the text, found once per cursor; -1 if none. */
const lastEndNoun = new WeakMap<Cursor, number>();

/**
 * True when a noun of `cls` stands after `i` (the ending that pairs with a starting). Round 72: it read the rest of the text once per
 * labelled «начало» — a cell of «Начало IV четверти - 28 марта » repeated took the square of its length (round 72's school year in a
 * label made more cells reach it: 1 MB took 10 s); the last noun of ending is now found once per text and kept per cursor.
 */
function laterWord(c: Cursor, i: number, cls: 'end'): boolean {
  let last = lastEndNoun.get(c);
  if (last === undefined) {
    last = -1;
    for (let j = c.n - 1; j >= 0; j--) {
      if (c.isCls(j, cls)) {
        last = j;
        break;
      }
    }
    lastEndNoun.set(c, last);
  }
  return last > i;
}

/** Round 74: the words of a season's edge day before its name — «первый / последний день лета» (any case). */
const EDGE_DAY = /^(?:день|дня|дню|днем)$/;

/**
 * Round 74. «В последний день лета социальный патруль выехал в рейд.», «В первый день лета в городе заработают пришкольные
 * оздоровительные лагеря …» (a town's news of a social patrol, https://biabor.info/news/bncommunity/1844-sotsialnyj-patrul-v-dejstvii;
 * a city's news of day camps, http://www.electrostal.ru/novosti/novosti-goroda/1-iyunya-v-elektrostali-nachinayut-rabotu-prishkol-nye-lagerya/
 * — corpus-real-65; they were the season's three months and an `event`): «первый / последний день <сезона>» is that one day, the
 * first day of the season's first month or the last day of its last month. `i` is the season's token; returns 'first', 'last' or null.
 */
function seasonEdgeDay(c: Cursor, i: number): 'first' | 'last' | null {
  if (!EDGE_DAY.test(c.toks[i - 1]?.text ?? '')) return null;
  const w = c.toks[i - 2];
  if (w === undefined || w.type !== 'word') return null;
  if (w.cls === 'ordinal' && w.n === 1) return 'first';
  return w.text.startsWith('последн') ? 'last' : null;
}

/** Round 77. The adjectives of the next one: «следующего / будущего / предстоящего лета», «следующей весной». */
const NEXT_SEASON = /^(?:следующ|будущ|предстоящ)[а-я]*$/;

/**
 * Round 77. «До следующего лета им предстоит нести службу у мемориала …» (a region's news of the cadets' watch at Пост № 1, September,
 * https://kuzbassnews.ru/news/yunarmeycy-posta-no1-v-kemerove-zastupili-na-vahtu-pamyati — corpus-real-66; it was by 2021-05-31): a
 * spring, summer or autumn after «следующего / будущего / предстоящего», with no year written, is that season of the year after the
 * context's, as «в следующем году» is that year (round 13). Winter, which runs from one year into the next, is left as it was
 * («до следующей зимы» by 2021-11-30), and so is a season with its year («следующим летом 2021 года»).
 */
function nextSeasonShift(c: Cursor, first: number, next: number, written: boolean): number {
  if (written || first === 12) return 0;
  const before = c.toks[next - 2]?.text ?? '';
  return NEXT_SEASON.test(before) ? 1 : PREVIOUS_SEASON.test(before) ? -1 : 0;
}

/**
 * Round 88. «Отметим, что прошлым летом в загородных лагерях отдохнули 712 детей участников СВО.» (a region's news on free camp
 * vouchers for the children of SVO participants, https://www.gtrk-vyatka.ru/vesti/society/print:page,1,93462-v-2024-godu-deti-uchastnikov-svo-vnov-smogut-besplatno-otdohnut-v-lagerjah.html
 * — corpus-real-77; it was the summer of the context's year): a spring, summer or autumn after «прошлым / прошлой / прошлого /
 * прошедшим / минувшим», with no year written, is that season of the year before the context's, as «в прошлом году» is that year
 * (`nextSeasonShift`, round 77's next season mirrored). Winter, which runs from one year into the next, is left as it was.
 */
const PREVIOUS_SEASON = /^(?:прошл|прошедш|минувш)(?:ым|им|ой|ей|ого|его|ую|юю|ое|ее|ая|яя|ий|ый)$/;

/** What may follow «от <сезона>» when the season opens a window: «от весны до осени», «от зимы к весне», «от лета - …». */
const SEASON_WINDOW_AFTER: ReadonlySet<string> = new Set(['до', 'к', 'ко', 'по', '-']);

/**
 * Round 90. «Сегодня, 10 февраля, теплого подарка от зимы ждали участники III районного фестиваля спорта …» (a district paper on
 * frost-cancelled competitions, https://uvatskie.ru/news/media/2017/2/10/iz-za-holodov-v-uvate-otmenenyi-turniryi/ — corpus-real-79;
 * it was a range to 2022-02-28): a season after «от» with no «до / к / по» or dash after it names what something comes from (a gift
 * from winter, a rest from summer), no window of three months; «от весны до осени» and «с зимы» stay windows.
 */
function fromSeasonNoWindow(c: Cursor, i: number): boolean {
  if (c.toks[i - 1]?.text !== 'от' || c.isNum(i + 1)) return false;
  const next = c.toks[i + 1];
  return !(next !== undefined && SEASON_WINDOW_AFTER.has(next.text));
}

/**
 * Round 254. «Обычно начало сессии зимой совпадает с новогодними праздниками, но в этом году в большинстве российских вузов сессия
 * начинается 9 января.» (a news page on the winter session, http://www.spravda.ru/news/17159.html — corpus-real-225; it was a range
 * 01-09..12-31): a season in the instrumental is an adverb of time («зимой», «летом», «осенью», «весной»), so a part word before it
 * («начало сессии») is the part of another noun, not of the season; «в начале лета», «начало зимы» (the genitive) read as before.
 */
const SEASON_ADVERB: ReadonlySet<string> = new Set(['зимой', 'летом', 'осенью', 'весной']);

/** «летом 2022», «в течение лета», «в летний период»: three months from the season's first; returns the next index. */
function season(c: Cursor, first: number, next: number, afterWith = false): number {
  const y = yearAt(c, next, true);
  const yearShift = nextSeasonShift(c, first, next, y !== null);
  const last = (first % 12) + 2; // лето 6 → 8, осень 9 → 11, весна 3 → 5, зима 12 → 2
  // round 28: a season of a school year («весной 2021-2022 учебного года», «летом 2021/2022 учебного года») is in the calendar year
  // the season falls in: spring and summer in the second, autumn and winter from the first
  const firstYear = y ? (y.pair && y.school && first >= 3 && first <= 6 ? y.year2 : y.year) : null;
  // winter runs into the next year: «зима 2021-2022», «зимой 2021» → December 2021 – February 2022
  const lastYear = y && first > last ? (y.pair ? y.year2 : y.year + 1) : firstYear;
  const edge = seasonEdgeDay(c, next - 1);
  if (edge !== null) {
    // round 74: «в последний день лета» → 08-31, «в первый день лета» → 06-01 (`seasonEdgeDay`); winter's last day is fixed once the
    // year is known (`monthLast`: February's 28th or 29th)
    c.push(edge === 'first' ? atom('date', firstYear, { month: first, day: 1 }) : atom('date', lastYear, lastDayAtom(lastYear, last)));
    return y ? y.next : next;
  }
  const before = c.items.at(-1);
  if (before?.kind === 'conn' && before.type === 'by') {
    // Round 43: «до начала осени», «до осени», «к лету» are before the season's first month, like «до начала сентября» and «к
    // сентябрю»; «до конца осени» is by its last month's end, like «до конца ноября» (they were the season's three months)
    const end = c.anchor === 'end' && c.implicitOk && before.strict === false && c.toks[next - 2] !== undefined && c.isCls(next - 2, 'end');
    c.push(atom('month', end ? lastYear : firstYear, end ? { month: last, yearShift } : { month: first, yearShift, seasonEve: true }));
    return y ? y.next : next;
  }
  if (afterWith && before?.kind === 'conn' && before.type === 'from' && c.atoms === 0) {
    // Round 53: «с весны 2021 года», «с осени», «начиная с лета 2020 года» start at the season's first month, like «с сентября 2021
    // года» (they were the season's three months): «Несколько пилотных площадок работали у нас в районе с весны 2021 года.» (a
    // district's news on mentoring, https://dokrgv.ru/mod/page/view.php?id=15607 — corpus-real-48). A season after «по» / «до» / a dash
    // still ends the window at its last month («с весны по осень 2021 года» → March to November), and a verb of starting before the
    // season keeps its window («вакцинация начинается осенью (октябрь – ноябрь)», corpus-real-43): only the preposition «с / со».
    c.push(atom('month', firstYear, { month: first, season: true, yearShift }));
    return y ? y.next : next;
  }
  // round 254: a season in the instrumental («начало сессии зимой») says when the thing is, not whose part «начало» names
  if (c.pendingPart !== null && c.pairedParts.length === 0 && SEASON_ADVERB.has(c.toks[next - 1]?.text ?? '')) c.pendingPart = null;
  const part = c.pairedParts.length === 0 ? c.pendingPart : null;
  if (part === 'begin' || part === 'middle' || part === 'end') {
    // Round 215. «Для сотни тысяч российских выпускников начало лета ознаменовалось сдачей ЕГЭ.» (a page on exams in the USSR,
    // https://examwiki.ru/kak-prohodili-ekzameny-v-sssr — corpus-real-197; it was the three months of summer): the beginning, the middle
    // or the end of a season is its first, middle or last month («в начале лета» → June, «в середине лета» → July, «в конце весны» →
    // May, «в середине зимы 2021-2022» → January 2022), as «в начале / в конце учебного года» name a part of their year; the part is
    // spent on the season (it used to fall on the first month: «в конце лета» was June 21 – August 31)
    const month = part === 'begin' ? first : part === 'end' ? last : (first % 12) + 1;
    c.pendingPart = null;
    c.push(atom('month', part === 'begin' || month >= first ? firstYear : lastYear, { month, yearShift }));
    return y ? y.next : next;
  }
  c.push(atom('month', firstYear, { month: first, season: true, yearShift }));
  c.conn('dash');
  c.push(atom('month', lastYear, { month: last, season: true, yearShift }));
  return y ? y.next : next;
}

/** «в текущем году», «в этом году», «в нынешнем году», «текущий год»: the current year in words. */
// Round 124: «этот» too, the accusative after «на / за» («На этот год намечены экскурсии …», a regional TV page on the Kaluga
// school excursions, https://gtrk-kaluga.ru/news/obschestvo/news-4182 — corpus-real-112; it was `unparsed`), as «текущий» already was.
const CURRENT = /^(?:текущем|этом|нынешнем|текущий|нынешний|этот)$/;
/** «в следующем году», «в будущем году», «в предстоящем году»: the year after the current one, in words. */
// Round 171: «грядущем / грядущий» too («Школьные каникулы в грядущем учебном году продлятся 7 дней.», a Tver news page on the school
// calendar, https://vedtver.ru/news/society/stal-izvesten-shkolnyj-kalendar-na-grjadushhij-uchebnyj-god-kogda-roditeljam-brat-bilety-v-teplye-kraja/
// — corpus-real-159; it was `unparsed`): the bookish word for the coming one, as «предстоящем» is.
// Round 218: «очередной / очередном» too («План … составляется на очередной финансовый год и плановый период.», a Moscow department's
// order, corpus-real-186; it was `unparsed`): in the plans of budgets and of schools the coming one, as its genitive «очередного» already
// was after «до начала» (round 86).
const NEXT = /^(?:следующем|будущем|предстоящем|грядущем|очередном|следующий|будущий|предстоящий|грядущий|очередной)$/;
/**
 * «в прошлом году», «в прошедшем году», «в минувшем году»: the year before the current one, in words (only after «в»: «отчет … за
 * прошедший год» names the period a report covers).
 */
const PREVIOUS = /^(?:прошлом|прошедшем|минувшем)$/;
/** Round 200: the accusative adjective of «за <adj> год» and the year it names, relative to the context's (see `coveredYear`). */
const COVERED_YEAR_SHIFT: Readonly<Record<string, number>> = { прошлый: -1, прошедший: -1, минувший: -1, истекший: -1, истёкший: -1, текущий: 0, этот: 0 };
/**
 * Round 61. «— В новом году продолжим работу по созданию в школах цифровой образовательной среды.» (a governor on the «Цифровая
 * образовательная среда» project in December, https://amurnews.ru/society/317180 — corpus-real-55): «в новом / наступающем году» is the
 * year after the current one, like «в следующем году» (it was `unparsed`). Only after «в» and in the prepositional: «Новый год», «к
 * Новому году», «на новый год» name the holiday.
 */
const NEW_YEAR = /^(?:новом|наступающем)$/;
/** Round 200: the accusative adjectives of «на <adj> учебный год» that name a school year (`coveredSchoolYear`). */
const SCHOOL_YEAR_ADJ = /^(?:следующий|будущий|предстоящий|грядущий|текущий|нынешний|новый|очередной)$/;
/** «в новом учебном году», «новый учебный год»: for a school year, «new» is the next one too. */
const NEW_SCHOOL = /^(?:новом|новый)$/;
/** The forms of «год» after those adjectives: «в текущем году», «текущий год», «на текущий учебный год». */
const YEAR_AFTER_ADJ = /^(?:году|год)$/;

/**
 * «25 января заканчивается …»: the only date so far is a day and ends right before `i` (its month, year or «г.»), with no
 * connector before it — a verb of ending after it governs it as one before it would.
 *
 * Round 127. «26 июля вузы завершают прием документов от абитуриентов, поступающих только по результатам ЕГЭ, сообщает Рособрнадзор.»
 * (a district's news of the admission campaign, https://drogganoye.tatarstan.ru/index.htm/news/975441.htm — corpus-real-115; it was
 * `on`): the subject of the verb may stand between the day and the verb — one to `SUBJECT_WORDS` plain words with no punctuation
 * («вузы», «в колледжах области», «приёмная комиссия»): the verb governs the day as right after it (`by` 07-26). The past still
 * reports the day (round 65's `PAST_ENDING`, checked before), and a verb of starting keeps its day (round 13).
 */
function dayJustBefore(c: Cursor, i: number): boolean {
  const last = c.items.at(-1);
  const n = c.items.length;
  const lead = n === 3 && c.items[0]!.kind === 'conn' && c.items[0]!.type === 'and' ? 1 : 0; // «Сегодня,»: its comma joins nothing
  if (n === 2 + lead && last?.kind === 'conn' && last.type === 'and' && c.isPunct(i - 1, ',')) {
    const day = c.items[lead]!;
    if (day.kind !== 'atom' || day.type !== 'date' || PAST_ENDING.test(c.toks[i]!.text) || !todayApposition(c, i - 1)) return false;
    c.items.pop(); // the apposition's closing comma joins nothing
    return true;
  }
  const only = c.items.length === 1 ? c.items[0]! : null;
  if (!only || only.kind !== 'atom' || only.type !== 'date') return false;
  let e = i;
  while (e > i - SUBJECT_WORDS && c.toks[e - 1]?.type === 'word' && c.toks[e - 1]!.cls === 'other') e--;
  const p = c.toks[e - 1];
  return p !== undefined && (p.type === 'num' || p.cls === 'month' || p.cls === 'year' || (c.isPunct(e - 1, '.') && c.isCls(e - 2, 'year')));
}

/**
 * Round 238. «Сегодня, 17 марта, завершается первая Всероссийская неделя финансовой грамотности для детей и молодежи, …» (a news
 * video's caption, https://moovly.ru/movies/aEVHOUhjWTNhRklCbVdhNWZPa0dLL0FNN1hHODRZejVBVVRудG5SWXVTQT0 — corpus-real-215; it was
 * `on`): a day in the apposition «Сегодня / Завтра, <день>,» is the day of the news, and the verb of ending right after its closing comma
 * governs it as one right after the day does (round 12: `by` 03-17). `comma` is the index of that closing comma; true when the tokens
 * before it are a day with its month (and year), opened by a comma after «сегодня / завтра». The past still reports the day (round 65),
 * a verb of starting keeps it (round 13), and a day after a comma with no such opener («15 мая, завершается …») reads as before.
 */
function todayApposition(c: Cursor, comma: number): boolean {
  let k = comma - 1;
  if (!(c.toks[k]?.type === 'num' || c.isCls(k, 'month') || c.isCls(k, 'year') || c.isPunct(k, '.'))) return false;
  while (k >= 0 && (c.toks[k]!.type === 'num' || c.isCls(k, 'month') || c.isCls(k, 'year') || c.isPunct(k, '.'))) k--;
  return c.isPunct(k, ',') && TODAY.test(c.toks[k - 1]?.text ?? '');
}
const TODAY = /^(?:сегодня|завтра)$/i;

/**
 * Round 145. «… изучение курса Основы безопасности жизнедеятельности завершаются учебными (учебно-полевыми) сборами, …, 20 марта начались
 * учебно-полевые сборы для юношей 10 классов …» (a school's news of the pre-military camp, https://nok-school.ucoz.ru/news/nachalis_uchebno_polevye_sbory/2023-03-20-2718
 * — corpus-real-133; it was `by` 03-20): a day with a verb of starting right after it is that verb's day (round 13: `on` that day), so
 * a verb of ending written earlier with other words between (here «завершаются … сборами», what the course ends with) is not the end
 * of a window at that day; its «to» is dropped. Only when the day's last token touches the verb of starting (no comma between) and the
 * «to» came from a verb of ending, not «по» («с 1 по 20 марта начались …» is the window as before).
 */
function endingBeforeStartedDay(c: Cursor, i: number): void {
  const n = c.items.length;
  const day = c.items[n - 1];
  if (day?.kind !== 'atom' || day.type !== 'date') return;
  const p = c.toks[i - 1];
  if (p === undefined || !(p.type === 'num' || p.cls === 'month' || p.cls === 'year')) return;
  // only the commas («и») and hyphens («учебно-полевыми») of the words between stand between the verb and the day
  let e = n - 2;
  for (let it = c.items[e]; it?.kind === 'conn' && (it.type === 'and' || it.type === 'dash'); it = c.items[e]) e--;
  const ending = c.items[e];
  if (ending?.kind !== 'conn' || ending.type !== 'to' || !ending.verb) return;
  c.items.splice(e, n - 1 - e);
}

/** Round 127: the most words of a subject between a day and its verb of ending («26 июля в колледжах области завершается …»). */
const SUBJECT_WORDS = 3;

/**
 * Round 68. «- У нас есть такие родители, которые тянут до последнего, приходят 30 августа и просят взять ребенка в школу.» (a city
 * education office on textbooks, https://mgorod.kz/news/v-uralskix-shkolax-poyavilis-tetradi-dlya-klassov-predshkolnoj-podgotovki —
 * corpus-real-59's sister set corpus-real-62): «до последнего» with nothing after it in its clause (a comma, a dot, a dash or the text's
 * end) is the adverb «to the last moment», not «до» before a date — the day after it keeps its own reading (it was `by` 08-30). «до
 * последнего дня / числа / звонка …» keep their noun. The «до» at `i`.
 */
function toTheLast(c: Cursor, i: number): boolean {
  if (!/^последн(?:его|ей|их)$/.test(c.toks[i + 1]?.text ?? '')) return false;
  const after = c.toks[i + 2];
  return after === undefined || (after.type === 'punct' && (after.text === ',' || after.text === '.' || after.text === '-' || after.text === ';'));
}

/** Round 65: the past forms of the verbs of ending («завершился», «закончилась», «окончились» …), the `to` words of `lexicon.ts`.
 * Round 103: and the transitive past of «завершить» («ТИК завершила приём …»), a `to` word since that round. Round 124: and the past
 * of «прекратиться» («1 декабря прекратился приём …» stays that day). */
const PAST_ENDING = /^(?:(?:заверш|законч|оконч|прекрат)ил(?:ся|ась|ось|ись)|завершил[аои]?)$/;

/** «посвящённый / посвященная / посвящённых …» (a participle of dedication, any ending). */
const DEDICATED = /^посвященн[а-я]*$/;

/**
 * Round 70. «30 декабря в ЧОУ «Православная начальная школа …» прошёл традиционный педагогический совет, посвящённый итогам первого
 * полугодия 2022-2023 учебного года.» (a school's news, http://georg-eparhia.ru/6077-pedagogicheskiy-sovet-svyato-sergievskoy-pnsh-podvel-itogi-pervogo-uchebnogo-polugodiya.html
 * — corpus-real-63): after a date, a participle of dedication before «итогам / результатам / окончанию / завершению» says what the
 * meeting of that day reviewed — a note, whatever periods it names, like «по итогам …» after a date (it was the half year, 2022-12-31).
 * With no date before it the words are read as before.
 */
function dedicatedToResults(c: Cursor, i: number): boolean {
  return c.atoms > 0 && DEDICATED.test(c.toks[i]!.text) && c.toks[i + 1]?.type === 'word' && NOTE_AFTER_DATES.test(c.toks[i + 1]!.text);
}

/** «по итогам …», «по результатам …», «по окончании …» after a date: an event the date belongs to — a note, whatever dates it names. */
const NOTE_AFTER_DATES = /^(?:итогам|результатам|окончани[юи]|завершени[юи]|предварительным)$/;

/** Words that may stand between «за 10» and its «до»: «за 10 рабочих дней до», «за 2 недели до». */
function offsetBy(c: Cursor, i: number): number {
  let j = i + 2;
  // Round 232. «5.2. Предложения по включению в план проведения проверок … представляют … заблаговременно, за 1 (один) месяц до начала
  // предстоящего года или ранее указанного срока.» (a town's rules of municipal land control,
  // https://base.garant.ru/402813562/63e4cf8f9e6a86c9ba7c43cbb5645947/ — corpus-real-211; it was by 2021-12-31): the count repeated in
  // words in brackets after the figure («1 (один)», «10 (десять)») is the same count, as «в течение 10 (десяти) рабочих дней» reads
  if (c.isPunct(j, '(') && c.isPunct(j + 2, ')') && CARDINAL.test(c.toks[j + 1]?.text ?? '')) j += 3;
  while (c.isCls(j, 'duration') || c.isCls(j, 'weekWord') || c.isCls(j, 'monthWord') || c.isCls(j, 'ordinalSuffix') || c.isPunct(j, '-')) j++;
  return c.isCls(j, 'by') ? j : -1;
}

/**
 * «За 4 квартал 2015г. - не позднее 25.01.2016г.»: after «за», a period (a quarter, a half, a month, a year) that a report
 * covers, then a deadline. Returns the index of the deadline's «до» / «не позднее» (or of a full date written right after the
 * period: «За I квартал 2023 года 25.04.2023»), or -1 (then «за N …» is an offset).
 */
function coveredPeriod(c: Cursor, i: number): number {
  let period = false;
  // Round 272. «за 9 месяцев — до 27 октября;» (a list of the insurance contributions' terms, «за I квартал — до 25 апреля; за
  // полугодие — до 25 июля; за 9 месяцев — до 27 октября; …», https://buro-finance.ru/faq/kak-korrektno-formirovat-raschyot-po-strakhovym-vznosam
  // — corpus-real-235; it was `event`, its reason the whole text): a count of months right after «за», then a dash and the deadline, is
  // the period a report covers («за 9 месяцев» of a year, round 66), not a count of months before an event; «за 9 месяцев до начала …»
  // (no dash) and «за 2 недели - до 15 мая» (weeks) count as before
  if (c.isNum(i + 1) && c.isCls(i + 2, 'monthWord') && c.isPunct(i + 3, '-')) {
    const k = i + 4;
    if (c.isCls(k, 'by') || (c.isCls(k, 'not') && c.isCls(k + 1, 'later'))) return k;
  }
  for (let j = i + 1; j < c.n && j <= i + COVERED_PERIOD_TOKENS; j++) {
    const cls = c.toks[j]!.cls;
    if (cls === 'by' || (cls === 'not' && c.isCls(j + 1, 'later'))) return period ? j : -1;
    // «За I квартал 2023 года 25.04.2023»: a full date right after the period is its deadline, as in a reporting table
    if (period && c.isNum(j) && c.isPunct(j + 1, '.') && c.isNum(j + 2) && c.isPunct(j + 3, '.') && c.isNum(j + 4, 4)) return j;
    // Round 144. «Ранее в СМИ появилась информация о том, что часть педагогов не получила выплаты за декабрь — 25 и 29 декабря.» (a
    // news page on a delay of teachers' pay, https://news.mail.ru/society/69275522/ — corpus-real-132; it was a range from 12-01): a
    // month named right after «за» is what is paid or reported for, and a day written with its month right after it is when — as the
    // full date after a quarter above («Отчёт за сентябрь – 5 октября» → 10-05). Only a month right after «за», so «за участие … в
    // сентябре 25 октября» keeps its month, and only with nothing but a dash or a comma between (not a year: «за декабрь 2020 года —
    // 25 декабря» is not read so)
    if (c.isCls(i + 1, 'month') && (j === i + 2 || (j === i + 3 && c.toks[i + 2]!.type === 'punct')) && dayOfMonthAt(c, j)) return j;
    if (cls === 'duration' || cls === 'weekWord' || cls === 'relative') return -1;
    if (cls === 'quarter' || cls === 'half' || cls === 'schoolQuarter' || cls === 'trimester' || cls === 'month') period = true;
    // Round 48. «Сроки подачи апелляций за учебный и летний периоды — не позднее 20 августа и 11 сентября соответственно.» (a student
    // sports club's page, http://ssca.ru/?p=4672 — corpus-real-43): a season or its period after «за» («за летний период», «за зиму»)
    // is covered too, not a window of its own (it made the list of days a range from June). A year in figures is not skipped: it
    // gives its year to «до 01 февраля, следующего за отчетным годом» (round 31).
    if (cls === 'season' || cls === 'seasonAdj') period = true;
  }
  return -1;
}

/**
 * Round 281. «до 10 апреля — за I квартал текущего года» (a consultant's calendar of ecological reporting,
 * https://bitvadizainerov.ru/koap/3514-kalendar-yekologa-2023-kakuyu-otchetnost-neobkhodimo-sdat-za-2022-god.html — corpus-real-242;
 * it was a range from 04-10 to 2022-03-31), «20 июля – срок сдачи расчета платы … за 2-й квартал» (https://ecocentrp.ru/about/calendar/…
 * — the same set): after a day already read, «за» and a numbered quarter, half or school quarter — with «текущего / прошлого … года»
 * after it, and nothing but the end of the text or a punctuation mark after that — is the period the report due that day covers, a
 * note, as «за I квартал 2021 года - до 20 апреля» (the README's decisions) reads it before the deadline. Returns the index past the period, or -1. A year in
 * figures after the period («за I квартал 2021 года») is read as before, and so is a period with no day before it.
 */
function coveredAfterDay(c: Cursor, i: number): number {
  let j = i + 1;
  if (!(c.isNum(j, 1) || c.isCls(j, 'roman'))) return -1;
  j++;
  if (c.isPunct(j, '-') && c.isCls(j + 1, 'ordinalSuffix')) j += 2; // «за 2-й квартал», «за 1-е полугодие»
  if (!(c.isCls(j, 'quarter') || c.isCls(j, 'half') || c.isCls(j, 'schoolQuarter'))) return -1;
  j++;
  if (RELATIVE_YEAR_SHIFT[c.toks[j]?.text ?? ''] !== undefined && c.isCls(j + 1, 'year')) j += 2; // «текущего года»
  if (j < c.n && c.toks[j]!.type !== 'punct') return -1;
  // a day of a month before it: «10 апреля», «20 июля», «10.04»
  for (let k = i - 1; k > 0 && k >= i - COVERED_PERIOD_TOKENS * 2; k--) {
    if (c.isCls(k, 'month') && c.isNum(k - 1)) return j;
    if (c.isNum(k) && c.isPunct(k - 1, '.') && c.isNum(k - 2)) return j;
  }
  return -1;
}

/** How far after «за» the deadline of a covered period may stand: «за I квартал 2021 г. - до 20 апреля». */
const COVERED_PERIOD_TOKENS = 10;

/** Round 204: the trimester a season adjective names, by the season's first month (autumn I, winter II, spring III; summer none). */
const SEASON_TRIMESTER: Readonly<Record<number, number>> = { 9: 1, 12: 2, 3: 3 };

/** Units whose name is feminine («какой четверти», «какой декады»). */
const FEMININE: ReadonlySet<WordClass> = new Set<WordClass>(['schoolQuarter', 'decade']);

/**
 * Round 146. «Данные Рособрнадзора свидетельствуют, что за пять месяцев (апрель-август) свыше 23,5 тысячи детей-мигрантов были заявлены
 * на обучение.» (a national news site on the migrant children's test, https://news.mail.ru/society/68503184/ — corpus-real-134; it was
 * `event`, «за пять месяцев …» read as an offset «за N … до»): at `j`, right after «за», a span (in figures or words) and a bracket
 * that writes a window with both ends — «(апрель-август)», «(с 1 апреля по 31 августа)» — the span is the window's length, the time
 * the figures cover, as «5 месяцев (апрель-август)» and «9 дней (с 30 октября по 7 ноября)» already are (round 22), not a span before an
 * event; «за 2 недели до …» and «за пять месяцев» with no window after it count as before.
 */
function spanOfWindowAt(c: Cursor, j: number): boolean {
  const k = c.isNum(j, 9) || (c.isCls(j, 'other') && CARDINAL.test(c.toks[j]!.text)) ? j + 1 : -1;
  if (k < 0 || !(c.isCls(k, 'duration') || c.isCls(k, 'weekWord') || c.isCls(k, 'monthWord')) || !c.isPunct(k + 1, '(')) return false;
  let from = false;
  for (let m = k + 2; m < k + 14 && m < c.n; m++) {
    if (c.isPunct(m, ')') || c.isPunct(m, ';')) return false;
    if (c.isCls(m, 'month') && c.isPunct(m + 1, '-') && c.isCls(m + 2, 'month')) return true;
    if (m === k + 2 && c.isCls(m, 'from')) from = true;
    else if (from && c.isCls(m, 'to')) return true;
  }
  return false;
}

/**
 * Round 247. «За месяц с 14 сентября по 14 октябре в акции примут участие 77 подмосковных городов.» (a town's news of a waste-paper
 * drive, https://kolomna-spravka.ru/news/16296 — corpus-real-223; it was `event`, «за месяц …» read as an offset «за N … до»): at `j`,
 * right after «за», a span (with or without its count) and then, with no bracket, «с <число> … по <число>» — the span is the
 * window's length, as round 146's bracket «за пять месяцев (апрель-август)» is. «за месяц до …», «за 2 недели до 1 мая» (no «с» after
 * the span) and «за месяц с момента подачи» (no figure after «с») count as before; «за месяц с 1 марта до 1 апреля» (a span counted
 * from a day, round 247 left it) too.
 */
function spanBeforeWindowAt(c: Cursor, j: number): boolean {
  const k = c.isNum(j, 9) || (c.isCls(j, 'other') && CARDINAL.test(c.toks[j]!.text)) ? j + 1 : j;
  if (!(c.isCls(k, 'duration') || c.isCls(k, 'weekWord') || c.isCls(k, 'monthWord')) || !c.isCls(k + 1, 'from') || !c.isNum(k + 2)) return false;
  for (let m = k + 3; m < k + 9 && m < c.n; m++) {
    if (c.isCls(m, 'to') && c.isNum(m + 1)) return true;
    if (c.isPunct(m, ';') || c.isPunct(m, '(')) return false;
  }
  return false;
}

/** «за месяц до …», «за неделю до …», «за один рабочий день», «за две недели»: a span written without figures starts at `j`. */
function spanStartsAt(c: Cursor, j: number): boolean {
  const k = c.isCls(j, 'other') && CARDINAL.test(c.toks[j]!.text) ? j + 1 : j;
  return c.isCls(k, 'duration') || c.isCls(k, 'weekWord') || c.isCls(k, 'monthWord');
}

/**
 * «не 31 мая, как раньше, а 25-го», «вместо 5 мая»: a day and its month (and year) after «не» or «вместо» are a date that no longer
 * holds — skipped, with the connectors before them kept for the date that replaces it; round 49: a weekday of a month after
 * «вместо» too (`weekdayOfMonthEnd`). Returns the index after it, or -1.
 */
function cancelledDate(c: Cursor, j: number): number {
  const w = weekdayOfMonthEnd(c, j);
  if (w < 0 && (!c.isNum(j) || !c.isCls(j + 1, 'month'))) return -1;
  const k = w >= 0 ? w : c.skipDot(j + 2);
  const y = yearAt(c, k, false);
  return y ? y.next : k;
}

/**
 * Round 49. «Изменена дополнительная дата проведения итогового собеседования: вместо первого рабочего понедельника мая – третий
 * понедельник апреля.» (a district education office's ГИА archive, https://obrpoch.admin-smolensk.ru/gosudarstvennaya-itogovaya-attestaciya/novyj-razdel/arhiv-2022-2023-g-g
 * — corpus-real-44): a weekday of a month after «вместо» («первого [рабочего] понедельника мая») is a date that no longer holds too,
 * like «вместо 5 мая»: the weekday that replaces it is the day (it was a window from 2021-05-03 to the third Monday of April 2022).
 * Returns the index after the month at `j`'s «<ordinal> [рабочего] <weekday> <month>», or -1.
 */
function weekdayOfMonthEnd(c: Cursor, j: number): number {
  if (!c.isCls(j, 'ordinal')) return -1;
  let k = j + 1;
  if (/^рабоч/.test(c.toks[k]?.text ?? '')) k++;
  return c.isCls(k, 'weekday') && c.isCls(k + 1, 'month') ? c.skipDot(k + 2) : -1;
}

/**
 * Round 39. Verbs of planning or deciding in any form: «планируют», «планируется», «запланировано», «предполагается», «намерены», «намечено», «решено», «собираются».
 * Round 186: the noun of a decision before the infinitive — «принято решение / приняли решение начать» — is «решено начать»: «Сегодня в
 * горадминистрации принято решение начать отопительный сезон еще раньше — 9 октября, то есть завтра.» (a city paper on the start of
 * heating in schools, https://bga32.ru/2024/10/08/otopitelnyj-sezon-startuet-zavtra — corpus-real-172; it was `on` 10-09).
 */
const PLANNING = /^(?:планир|запланир|предполага|намер|намеч|решено|решили|решени[ея]$|собира)/;

/**
 * Round 82. «В технической документации указано, что подрядчик должен приступить к работам 1 октября 2026 года и завершить их до 1
 * декабря 2027 года.» (a republic's news of a school's капремонт tender, https://komiinform.ru/news/291092 — corpus-real-71): what a
 * contract obliges a contractor to start — «должен / должна / должно / должны / обязан … начать | приступить» — reads like a planned
 * start (round 39): open-ended from that day, a window with a day of ending (it was `on`, two days).
 */
const OBLIGED = /^(?:должен|должна|должно|должны|обязан|обязана|обязаны)$/;

/**
 * Round 39. «Капитальный ремонт четырёх школ в Рязани планируют начать 16 мая.» (a city's news on school repairs,
 * https://rzn.mk.ru/amp/social/2022/02/03/kapitalnyy-remont-chetyryokh-shkol-v-ryazani-planiruyut-nachat-v-seredine-maya.html — corpus-real-25): the infinitive «начать / приступить» after a verb of planning says when work starts, like
 * «начнут / начнётся» (the verbs of starting read as «с», round 13): open-ended from that day, a window with a day of ending. The
 * infinitive alone opening a plan item («Начать 2023/2024 учебный год 1 сентября …», corpus-real-21) stays the day it names.
 */
function plannedStart(c: Cursor, i: number): boolean {
  const t = c.toks[i]!.text;
  return (t === 'начать' || t === 'приступить') && (PLANNING.test(c.toks[i - 1]?.text ?? '') || OBLIGED.test(c.toks[i - 1]?.text ?? ''));
}

/** Round 49. The verb of entering into force in any tense and its participles: «вступает», «вступил», «вступит», «вступающий», «вступивший». */
const INTO_FORCE = /^вступ(?:ает|ают|ит|ят|ил|ила|ило|или|ать|ающ[а-яё]*|ивш[а-яё]*)$/;

/**
 * Round 49. «Приказ "Об утверждении положения о порядке и формах проведения ГИА …", вступающий в силу 1 сентября 2013 г» (a school's
 * ГИА page copied into a gist, https://gist.github.com/anonymous/360fe7acae2c99c51a82e528b3557ed7 — corpus-real-44): a document
 * entering into force on a day is in force from that day on, as «вступает в силу с 1 сентября» already was (it was that one day);
 * «вступает / вступил / вступит / вступающий в силу <day or month>» reads as «с» («вступит в силу в сентябре 2022 года» → from
 * 2022-09-01). Only with the day or the month (after «в») right after «в силу»:
 * «вступает в силу со дня его подписания[, 27 июня 2022 года]» keeps the event's reading (round 31), «вступил в силу 01.09.2023 г. и
 * действует до …» its window.
 */
function intoForceFrom(c: Cursor, i: number): boolean {
  if (!INTO_FORCE.test(c.toks[i]!.text) || c.toks[i + 1]?.text !== 'в') return false;
  // Round 275. «Федеральным законом от 05.04.2013 года N 49-ФЗ внесены изменения в ст. 20.25 и ст. 32.2 КоАП РФ, которые вступили в
  // законную силу 06.05.2013 года.» (a district's news on the КоАП's fines, https://matv.kodms.ru/news/izmeneniya-v-koap-rf —
  // corpus-real-238; it was `on` that day): «в законную силу» is «в силу», so the day after it starts the act's force as above
  const s = c.toks[i + 2]?.text === 'законную' ? i + 3 : i + 2;
  if (c.toks[s]?.text !== 'силу') return false;
  const k = s + 1;
  if (c.isNum(k) || c.isCls(k, 'month') || (c.toks[k]?.text === 'в' && c.isCls(k + 1, 'month'))) return true;
  // Round 99. «Приказом Минобрнауки России от 29.11.2016 N 1487 внесены изменения в Порядок заполнения, учета и выдачи документов о
  // высшем образовании и о квалификации и их дубликатов, которые вступают в силу в 2017 году.» (a regional news site on the order of
  // issuing diplomas, http://toptyumen.ru/2017/03/28/27520 — corpus-real-87; it was the window of 2017): a year after «в» is in force
  // from its first day, as a month after «в» is (round 49); a year with no «в» («вступил в силу 2017») is not written
  return c.toks[k]?.text === 'в' && c.toks[k + 1]?.type === 'num' && c.toks[k + 1]!.text.length === 4;
}

/**
 * Round 39. «(вступил в силу 01.09.2023 г. и действует до 31.08.2029 г.)» (a gymnasium's attestation page,
 * https://gimn-14.odinedu.ru/%d0%b0%d1%82%d1%82%d0%b5%d1%81%d1%82%d0%b0%d1%86%d0%b8%d1%8f-%d0%bf%d0%b5%d0%b4%d0%b0%d0%b3%d0%be%d0%b3%d0%b8%d1%87%d0%b5%d1%81%d0%ba%d0%b8%d1%85-%d1%80%d0%b0%d0%b1%d0%be%d1%82%d0%bd%d0%b8%d0%ba%d0%be — corpus-real-33): «и действует / действуют / будет действовать до <day>» after a day
 * is the end of a window that starts on that day (a document in force from one day to another), as «с 01.09.2023 и действует до
 * 31.08.2029» already was; «до» here keeps the day it names, like «по».
 */
const LASTING = /^(?:действует|действуют|действовал|действовала|действовало|действовали|действовать|продлится|продлятся)$/;

/** At `j`, «[будет / будут] действует … до|по»: the index after «до / по», or -1. */
function lastingUntil(c: Cursor, j: number): number {
  const k = c.toks[j]?.text === 'будет' || c.toks[j]?.text === 'будут' ? j + 1 : j;
  return LASTING.test(c.toks[k]?.text ?? '') && (c.isCls(k + 1, 'by') || c.isCls(k + 1, 'to')) ? k + 2 : -1;
}

/**
 * Round 116. «Они вступят в силу 1 января и будут действовать до 2027 года.» (a news aggregator's note on the sanitary rules for
 * schools, https://imag.one/news/kak-v-novom-godu-budut-uchitsya-rossiyskie/5631891 — corpus-real-104; it was the window to 2027-12-31):
 * a bare year after round 39's «и действует / будет действовать / продлится до» ends the window on that year's eve, as «до 2027 года»
 * alone and «будут действовать до 2027 года» alone do («до» with a year means before it starts). A day or a month after «до» keeps the
 * day it names (round 39), «до начала / до конца …» reads as round 87 has it, «по 2027 год» and «до 2029 года включительно» keep the year.
 */
function untilYear(c: Cursor, k: number): boolean {
  const y = c.toks[k];
  if (c.toks[k - 1]?.text !== 'до' || y?.type !== 'num' || y.text.length !== 4) return false;
  const next = c.toks[k + 1];
  if (c.isCls(k + 1, 'year')) return !/^включ/.test(c.toks[c.skipDot(k + 2)]?.text ?? ''); // «до 2029 года включительно» keeps the year
  if (next === undefined) return true;
  return next.type === 'punct' && [',', ';', ')', '.'].includes(next.text) && !c.isNum(k + 2);
}

/**
 * Round 62. «Госпрограмма начала свою работу в 2019 году и направлена на создание доступной среды для людей с инвалидностью.» (news of a
 * programme of accessibility, https://tiraspol-news.ru/society/2024/05/28/118701.html — corpus-real-56): «начала» before what is begun
 * — «[свою] работу», «деятельность», «работать», «действовать», «функционировать», «прием», «выдачу», «реализацию» — is the past of
 * «начать», a verb of starting, not the genitive of «начало» (it was January of that year, «начала года»); read as «стартовала».
 */
/**
 * Round 280. «Ветеринарные врачи уже в январе начнут вакцинацию от нодулярного дерматита КРС – смертельно опасного для животных
 * заболевания.» (a Rostov news site on the vaccination of cattle, https://www.go61.ru/news/1496628/skotinu-novosahtinska-privut —
 * corpus-real-241; it was the window of January): a verbal noun in «-цию» in the accusative — «вакцинацию», «регистрацию»,
 * «дезинфекцию», «иммунизацию», «реконструкцию» — names the work begun like «реализацию» or «выдачу», so the verb before it is a verb of
 * starting (round 77) and after its month reads as «с» (round 41). Other nouns («обучение», «проверку», «движение») read as before.
 */
const BEGUN = /^(?:работу|деятельность|работать|действовать|функционировать|прием|приём|выдачу|реализацию|действие|набор|запись|[а-яё]{3,}цию)$/;

/**
 * Round 77. «Всероссийское военно-патриотическое движение "Юнармия" начнет свою работу 1 сентября.» (a news agency's report of the
 * movement's founding, http://riata.ru/v-rossii/item/17465-v-rossii-sozdadut-voenno-patrioticheskoe-dvizhenie-yunarmiya.html —
 * corpus-real-66; it was `on` 09-01): the transitive verb of starting in the present, the future or the past — «начнёт / начнет / начнут
 * / начинает / начинают / начал / начали» — before what is begun (`BEGUN`, «[свою] работу», «деятельность», «прием» …) reads as
 * «начнётся» (round 13): open-ended from the day after it. Right after its day it is that day, as every verb of starting is
 * («1 сентября центр начнёт работу» stays `on`); with nothing begun after it («Школы начнут 1 сентября») it reads as before.
 */
const BEGIN_VERB = /^(?:начн[её]т|начнут|начинает|начинают|начал|начали)$/;

/**
 * Round 85. «В июле будет дан старт работ трудовых отрядов в селе Хатанга, п. Усть-Порт и п. Байкаловск.» (a region's news of the
 * teenagers' labour brigades, http://ksmo.ru/news/4399 — corpus-real-74; it was the window of July): «старт» right after a form of «дать»
 * («дан / дали / дадут / дается / будет дан старт …») is the verb «стартует» said with a noun, a verb of starting — after the month or
 * year it starts in it reads as «с» before it (`startAfterPeriod`), before a day as «с» that day. The noun alone («Старт акции – 1
 * сентября») keeps its reading.
 */
const GIVEN = /^(?:дан|дана|дано|даны|дали|дал|дала|дадут|даст|дается|даётся|даются|дают)$/;

/** Round 193: the forms of «быть» between «старт» and a form of «дать» («старт будет дан», «старт был дан»). */
const BE_FORM = /^(?:будет|будут|был|была|было|были)$/;

/**
 * Round 193. «Её старт будет дан в Туле 2 октября — День среднего профессионального образования, где состоится награждения …» (a
 * ministry-watch site on the Большая учительская неделя of 2–8 October 2023, https://eduinspector.ru/2023/09/29/2-8-oktyabrya-2023-goda-bolshaya-uchitelskaya-nedelya/
 * — corpus-real-178; it was `on` 10-02): the noun «старт» before a form of «дать» — the order of round 85's «будет дан старт …»
 * turned round, «старт [<its thing>] [будет / был] дан» — is the same verb of starting, so a day after it opens the window from that
 * day (round 13: «стартует 2 октября»). Up to three words between «старт» and the verb (its genitive: «Старт акции будет дан …»), none
 * a mark of punctuation; a day before the noun keeps its reading («1 сентября старт был дан …» stays that day, round 88). Returns the
 * index of «старт», or -1. `i` is the form of «дать».
 */
function startNounBefore(c: Cursor, i: number): number {
  let k = i - 1;
  if (BE_FORM.test(c.toks[k]?.text ?? '')) k--;
  for (let n = 0; n < 4 && k >= 0; n++, k--) {
    const w = c.toks[k]!;
    if (w.type !== 'word') return -1;
    if (w.text === 'старт') return k;
  }
  return -1;
}

/**
 * Round 105. «Как говорится в сообщении, дети в мае этого года начали принимать участие в экологической акции по сбору отработанных
 * батареек, …» (a city news site on a school's battery collection, https://odessa-life.od.ua/news/37720-vtoroklassniki-sobrali-pochti-9-tysyach-ispolzovannyh-batareek
 * — corpus-real-93; it was the window of May): the transitive «начать» before an infinitive — «начали принимать», «начнёт выдавать»,
 * «начала работать» — is a verb of starting like «начал свою работу» (round 77): what is begun is the action the infinitive names. An
 * infinitive is a word of five letters or more ending in «-ать / -ять / -еть / -ить / -уть / -ыть / -оть» or «-ться / -тись»; the
 * numerals («пять», «десять», «двадцать» …) and the nouns «печать», «память», «кровать», «знать» that end so are none.
 */
const INFINITIVE = /^[а-яё]{2,}(?:ать|ять|еть|ить|уть|ыть|оть|ться|тись)$/;
const NOT_INFINITIVE = /^(?:[а-яё]*(?:дцать|десять|девять|пять)|печать|память|кровать|благодать|знать|опять|вспять)$/;

/**
 * Round 107. «Принимать заявки от образовательных учреждений начнут 5 августа.» (a district's news of the «Вклад в будущее» grant
 * contest for schools, https://ru24.pro/various/384883289 — corpus-real-95; it was `on` 08-05): the action begun put BEFORE the
 * transitive verb of starting (`BEGIN_VERB`) in its clause — an infinitive («Принимать заявки … начнут 5 августа», «Выдавать путевки
 * начнут в июне») or a noun round 77 begins («Прием заявок начнут 5 августа») — makes it a verb of starting as round 105's infinitive
 * after it does: it reads as «начнётся», open-ended from the day after it. Right after its day it is still that day («1 октября
 * отопление начнут постепенно подключать …» stays `on`), and with nothing begun («Школы начнут 1 сентября») it reads as before.
 */
function begunBefore(c: Cursor, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) { // the verb's clause: no figure, date word or mark between; bounded, so a long cell stays linear
    const t = c.toks[k]!;
    if (t.type !== 'word' || DATE_WORDS.has(t.cls)) return false;
    if (BEGUN.test(t.text) || (INFINITIVE.test(t.text) && !NOT_INFINITIVE.test(t.text))) return true;
  }
  return false;
}

/**
 * Round 154. «Работа будет завершена к 1 января 2023 года, а в школах новые образовательные программы начнут применять до 1 сентября 2023
 * года.» (a city news site on the single programmes of schools, https://kirov-news.net/society/2022/09/22/244063.html — corpus-real-142;
 * it was the window 2023-01-01..2023-09-01): a verb of starting with what is begun (round 77's `BEGUN`, round 105's infinitive) and a
 * «до / к / перед / не позднее» after them — up to three plain words of what is begun between («начнут принимать заявки в школах до …»)
 * — is the day by which the start must come, a deadline like «будут применять до …», not «с»: the verb keeps no window, so the two days
 * are round 18's list of «до» days. «… начнут применять с 1 сентября» and «Принимать заявки начнут 5 августа» read as before.
 */
function startBy(c: Cursor, i: number): boolean {
  const k = c.toks[i + 1]?.text === 'свою' || c.toks[i + 1]?.text === 'свое' || c.toks[i + 1]?.text === 'свой' ? i + 2 : i + 1;
  const w = c.toks[k]?.text ?? '';
  const begun = BEGUN.test(w) || (INFINITIVE.test(w) && !NOT_INFINITIVE.test(w)) ? k + 1 : i + 1;
  for (let j = begun; j <= begun + 3; j++) { // what is begun and up to three words of its own («… принимать заявки в школах до …»); bounded
    if (c.isCls(j, 'by') || c.isCls(j, 'towards') || (c.isCls(j, 'not') && c.isCls(j + 1, 'later'))) return true; // до, к, не позднее
    const t = c.toks[j];
    if (t === undefined || t.type !== 'word' || DATE_WORDS.has(t.cls)) return false;
  }
  return false;
}

/** At `i` («начала», «начали» …), whether what is begun follows it (`BEGUN` or an infinitive, round 105; after «свою» at most). */
function startedWork(c: Cursor, i: number): boolean {
  const k = c.toks[i + 1]?.text === 'свою' || c.toks[i + 1]?.text === 'свое' || c.toks[i + 1]?.text === 'свой' ? i + 2 : i + 1;
  const next = c.toks[k]?.text ?? '';
  return BEGUN.test(next) || (k === i + 1 && INFINITIVE.test(next) && !NOT_INFINITIVE.test(next));
}

/**
 * Round 169. Nouns of results summed up for a period, as round 59's `RESULTS_NOUN` (scan/years.ts) without «анализ». Round 179:
 * «Большинство выпускников этого года (71,7%) либо четко определились с профессией, либо находились в активной стадии выбора.» (a
 * regional paper on the diagnostics of «Билет в будущее», https://newsprom.online/news/Obschestvo/289196.html — corpus-real-165; it was
 * `unparsed`): the graduates of a year named relative to the current one («выпускники / выпускников / выпускницы этого / прошлого /
 * следующего года») are that year's cohort, as «выпускники 2021 года» are 2021's, so the text with no date speaks of that year.
 */
const RESULTS_OF = /^(?:итог|результат|выпускни[кц])[а-яё]*$/;
/**
 * Round 169. «Глава администрации Сакского района … подвел итоги уходящего года в образовательных учреждениях района.» (a district's news
 * of its December meeting of school heads, https://crimea-news.com/society/2022/12/27/1005713.html — corpus-real-157; it was `unparsed`):
 * with no date in the text, the results of a year named relative to the current one — «итоги / результаты» right before «прошлого /
 * минувшего / этого / текущего / уходящего / следующего … года» — cover that year, as round 59 reads «итоги 2020 года» alone (the
 * window of 2020). «уходящего» is the current year (round 61 read «в феврале уходящего года» so). The shift, or null.
 */
function resultsOfRelativeYear(c: Cursor, i: number): number | null {
  if (c.toks[i]?.text !== 'года') return null;
  const shift = RELATIVE_YEAR_SHIFT[c.toks[i - 1]?.text ?? ''];
  if (shift === undefined) return null;
  // round 233: up to two words in the genitive between the results and the adjective (`resultsHead`)
  for (let k = i - 2, words = 0; k >= 0 && words <= 2; k--) {
    const w = c.toks[k]!;
    if (w.type === 'word' && RESULTS_OF.test(w.text)) return shift;
    if (w.type === 'punct' && w.text === '-' && words > 0 && c.toks[k - 1]?.type === 'word') { k--; continue; } // «отчетно-выборной»
    if (w.type !== 'word' || !GENITIVE_BETWEEN.test(w.text)) return null;
    words++;
  }
  return null;
}
/**
 * Round 233. «Подведены итоги отчетно-выборной кампании прошлого года.» (a regional Profsoyuz page on its congress, https://ksp.eseur.ru/?cat=1
 * — corpus-real-212; it was `unparsed`): one or two words in the genitive — a noun, or an adjective and its noun («итоги работы прошлого
 * года», «итоги отчетно-выборной кампании прошлого года», «результаты ЕГЭ прошлого года» is no genitive word and stays) — may stand between
 * the results and round 169's adjective of the year: the results are still that year's. The words end as a
 * genitive of the first or second declension or an adjective's (the first part of a compound before its hyphen is skipped, «отчетно-выборной»).
 */
const GENITIVE_BETWEEN = /^[а-яё][а-яё-]*(?:ой|ей|ого|его|ы|и|а|я)$/;

/**
 * Round 62. «Как пояснил глава ведомства, в 36 городах и районах республики программа действует уже с прошлого года.» (news of
 * certificates for кружки in Bashkiria, http://sallaty.ru/politika/v-bashkirii-s-novogo-uchebnogo-goda-roditelyam-nachnut-vydavat-sertifikaty-na-detskie-kruzhki.html
 * — corpus-real-56): «с / со» before a year named relative to the current one — «прошлого / прошедшего / минувшего / предыдущего»
 * (−1), «этого / текущего / нынешнего» (0), «следующего / будущего / нового / наступающего» (+1), then «года» — is open-ended from that
 * year's first day, as «со следующего учебного года» is from the school year's (round 48; it was `unparsed`). The shift (`RELATIVE_YEAR_SHIFT` in the lexicon), or null.
 */
function relativeYearAt(c: Cursor, j: number): number | null {
  const shift = RELATIVE_YEAR_SHIFT[c.toks[j]?.text ?? ''];
  return shift !== undefined && c.isCls(j + 1, 'year') && c.toks[j + 1]!.text === 'года' ? shift : null;
}

/**
 * Round 80. «В школах начались Всероссийские проверочные работы, которые завершатся в мае.» (a national newspaper on the first ВПР,
 * https://rg.ru/2017/04/19/v-shkolah-nachalis-vserossijskie-proverochnye-raboty.html — corpus-real-69; it was open-ended from May): a
 * verb of starting («начались», «начнутся», «стартовал» …) with no day, month or year of its own before a verb of ending
 * («завершатся», «закончится» …) later in the text starts nothing — the work has begun, and the day after the verb of ending is
 * when it ends («… завершатся в мае» → by 05-31). A verb of starting with its own date («начинается 1 апреля и завершается 30
 * июня») is read as before.
 */
function undatedStart(c: Cursor, i: number): boolean {
  const t = c.toks[i]!;
  if (t.text === 'с' || t.text === 'со') return false;
  for (let k = i + 1; k < c.n && k <= i + 24; k++) { // a clause or two: bounded, so a long cell stays linear
    const w = c.toks[k]!;
    if (w.type === 'num' || DATE_WORDS.has(w.cls) || w.cls === 'from' || w.cls === 'by' || w.cls === 'towards') return false;
    if (w.cls === 'to' && w.text !== 'по') return true;
  }
  return false;
}

/**
 * Round 247. «А начнем мы с похода в Дом престарелых п. Октябрьского 1 октября, в преддверии праздника «Дня пожилых людей».» (a school
 * volunteer squad's news, https://edu-net.khb.ru/edunet-news/50/21_09_2017_6585 — corpus-real-223; it was open-ended from 10-01): a verb
 * of starting followed (past a personal pronoun: «начнем мы») by «с / со» and a word that is no date word — «с похода», «с
 * торжественной линейки» — says what comes first, not when something begins: the verb starts no window, and the day after is the day
 * of that first thing, as «Поход в музей 1 октября» is. «Начнем с 1 октября», «начнем с понедельника», «начнется с начала сентября»
 * (a date word after «с»), a verb of starting before its day with no «с» («Начнем работу 1 октября», round 13) and a period as the
 * verb's subject («Учебная неделя начнётся с открытия выставки 5 марта», round 53; «Учебный год начнется с линейки 1 сентября») read as
 * before. The verb at `i`.
 */
const PERSONAL_PRONOUN = /^(?:мы|вы|они|он|она|оно|я|ты)$/;
/** A period as the verb's subject right before it: «Учебная неделя начнётся с открытия выставки 5 марта» starts the period that day
 *  (round 53's pin, open-ended), so it is no first thing of a list. */
const PERIOD_SUBJECT: ReadonlySet<string> = new Set(['неделя', 'год', 'месяц', 'четверть', 'полугодие', 'триместр', 'семестр', 'каникулы', 'смена', 'сезон', 'декада']);
function startsWithThing(c: Cursor, i: number): boolean {
  const subject = c.toks[i - 1]?.text === 'будет' ? c.toks[i - 2] : c.toks[i - 1];
  if (subject !== undefined && PERIOD_SUBJECT.has(subject.text)) return false;
  let k = i + 1;
  if (PERSONAL_PRONOUN.test(c.toks[k]?.text ?? '')) k++;
  const w = c.toks[k];
  if (w === undefined || (w.text !== 'с' && w.text !== 'со')) return false;
  const next = c.toks[k + 1];
  return next !== undefined && next.type === 'word' && next.cls === 'other' && !PERSONAL_PRONOUN.test(next.text);
}

/** Round 149: a bracket at `open` that starts with a month, or with «с / со» and a month, and closes within a few words. */
function monthsInBracket(c: Cursor, open: number): boolean {
  if (!c.isPunct(open, '(')) return false;
  const first = c.toks[open + 1]?.text === 'с' || c.toks[open + 1]?.text === 'со' ? open + 2 : open + 1;
  if (!c.isCls(first, 'month')) return false;
  for (let k = first + 1; k < c.n && k <= first + 6; k++) if (c.isPunct(k, ')')) return true;
  return false;
}

/** Round 149: a season in the nominative, the noun of a name. */
const SEASON_NOMINATIVE: ReadonlySet<string> = new Set(['весна', 'осень', 'зима', 'лето']);

/**
 * Round 149. «Фестиваль-конкурс «Театральная весна» проводится с 1992 года.» (a school's page on a town's festival of school theatres,
 * https://school5.yaguo.ru/?cat=107&paged=5 — corpus-real-137; it was a window from 1992 to May 2021): a name in quotes that is only
 * an adjective and a season in the nominative — «Театральная весна», «Болдинская осень», «Зелёная весна», «Студенческая весна» — is the
 * name of a festival or an action, not its time (round 67 read such a name after a date as a note; this one stands before any date or
 * alone). A season with a year in the name («Театральная осень 2009») or in another case («весной») is read as before.
 */
function seasonOfQuotedName(c: Cursor, i: number): boolean {
  const adj = c.toks[i - 1];
  if (!SEASON_NOMINATIVE.has(c.toks[i]!.text) || adj?.type !== 'word' || adj.cls !== 'other' || !/(?:ая|яя|ое|ее)$/.test(adj.text)) return false;
  return (c.isPunct(i - 2, '«') || c.isPunct(i - 2, '"')) && (c.isPunct(i + 1, '»') || c.isPunct(i + 1, '"'));
}

/**
 * Round 233. «"Отраслевое трехстороннее соглашение … между администрацией Зиминского городского муниципального образования,
 * Координационным советом организаций профсоюзов г. Зимы, Управлением образования … на 2015 - 2018 гг."» (a legal database's copy of a
 * town's sectoral agreement in education, http://htclife.ru/index.php?docid=755127 — corpus-real-212; it was the winter, to 2022-02-28):
 * a season's word right after «г.» — the abbreviation of «город» — is a town's name («г. Зима», «г. Зимы», «в г. Зиме»), no season;
 * after a year («2021 г. Зима …») the «г.» is the year's and the season is read as before. The README was silent.
 */
function townNamedAfterSeason(c: Cursor, i: number): boolean {
  return c.isPunct(i - 1, '.') && c.toks[i - 2]?.text === 'г' && c.toks[i - 3]?.type !== 'num';
}
/** A season's instrumental, the case «с» takes for company («с зимой», «с весной», «с летом», «с осенью»). */
const SEASON_INSTRUMENTAL: ReadonlySet<string> = new Set(['зимой', 'зимою', 'весной', 'весною', 'летом', 'осенью']);

/**
 * Round 162. «15 февраля ребятишки из старших и подготовительных к школе групп прощались с Зимой.» (a kindergarten's news of its
 * feasts, https://mdoy227.ucoz.ru/news/2018-02-18 — corpus-real-151; it was a range 2021-12-01..2022-02-28): a season in the
 * instrumental after «с / со» is whom or what one is with — one parts with winter, meets spring, congratulates on summer — no time,
 * like round 90's season after «от» with no «до» after it; «с зимы», «с весны 2021 года» (the genitive) stay windows from it.
 */
function withSeasonCompany(c: Cursor, i: number): boolean {
  const before = c.toks[i - 1]?.text;
  return (before === 'с' || before === 'со') && SEASON_INSTRUMENTAL.has(c.toks[i]!.text);
}

/** A season as what is seen off or met: the genitive after «проводы», the accusative after «провожать / встречать». */
const SEASON_SEEN_OFF: ReadonlySet<string> = new Set(['зимы', 'весны', 'лета', 'осени', 'зиму', 'весну', 'лето', 'осень']);
/** «проводы / проводов / проводах …», «провожают / провожали …», «встречают / встречаем / встретили …», «встреча / встречи …». */
const SEEING_OFF = /^(?:провод(?:ы|ов|ам|ами|ах)|провожа[а-яё]*|встреч[а-яё]*|встрет[а-яё]*)$/;
/** An adjective between («проводы русской зимы», «провожали снежную зиму и встречали солнечную весну»). */
const SEASON_EPITHET = /(?:ой|ей|ую|юю)$/;

/**
 * Round 162. «Весёлые проводы зимы, …, прошли 2 марта с МБДОУ « Осинский детский сад №1».» (a kindergarten's news of its Масленица,
 * https://osadou1.ru/2022/03/11; it was a range 2021-12-01..2022-03-02): a season seen off or met — the feast of «проводы зимы», «в
 * масленичную неделю люди провожают зиму и встречают весну» — names the feast, no time of three months, like a season after «с» in
 * the instrumental (`withSeasonCompany`); only the genitive after the noun and the accusative after the verbs, so «встретимся летом»
 * and «провели лето» keep their season.
 */
function seasonSeenOff(c: Cursor, i: number): boolean {
  if (!SEASON_SEEN_OFF.has(c.toks[i]!.text)) return false;
  const before = c.toks[i - 1];
  if (before?.type !== 'word') return false;
  if (SEEING_OFF.test(before.text)) return true;
  const head = c.toks[i - 2];
  return SEASON_EPITHET.test(before.text) && head?.type === 'word' && SEEING_OFF.test(head.text);
}

/** Round 135: «сих» (and «сей») of «до сих пор», «until now». */
const UNTIL_NOW = /^(?:сих|сей)$/;

/** Round 183: a possessive pronoun and a verbal noun after «до» («до его проявления», «до их проведения», «до ее начала»). */
const ITS = /^(?:его|её|ее|их)$/;
const VERBAL_NOUN = /^(?:[а-яё]{3,}(?:ни|ти)я|начала)$/;

/**
 * Round 183. «С целью профилактических мер по предупреждению экстремистской деятельности, то есть борьбы с экстремизмом ещё до его
 * проявления, ликвидации причин и условий возникновения экстремизма 21 ноября в школе проведены беседы с учащимися 7-11 классов.» (a
 * Grozny school's news of talks on extremism, https://sosh106.educhr.ru/index.php?component=public_news&new_id=307432 — corpus-real-169;
 * it was `by` 11-21): «до» before a possessive pronoun and a verbal noun is before the event the pronoun points back to (round 90's
 * offset, «до ее начала зарегистрироваться»), not «до <day>» for a date later in the sentence: the three words are skipped and that date
 * is read as written. A day or a month right after the noun, or after a dash, a colon or a comma there, is still the deadline («До его
 * проведения 10 мая» → by 05-10, round 90; «до их окончания, 15 мая» names the day of the end).
 */
function beforeItsEvent(c: Cursor, i: number): boolean {
  if (!ITS.test(c.toks[i + 1]?.text ?? '') || !VERBAL_NOUN.test(c.toks[i + 2]?.text ?? '')) return false;
  const k = c.isPunct(i + 3, '-') || c.isPunct(i + 3, ':') || c.isPunct(i + 3, ',') ? i + 4 : i + 3;
  return !c.isNum(k, 4) && !c.isCls(k, 'month');
}


/** Round 255: nouns of a level or an amount that «до» reaches («до уровня», «до размера», «до величины» …). */
const LEVEL_NOUN = /^(?:уровня|размера|величины|значения|отметки|суммы|показателя|планки)$/;

/**
 * Round 255. «Среднюю зарплату воспитателей детсадов было велено подтянуть до уровня зарплат учителей в регионе в 2013 году.» (a news
 * digest on teachers' pay, https://manicurist-centr.ru/080625/novosti-povyshenie-zarplat-uchitelyam — corpus-real-226; it was `by`
 * 2012-12-31): «до» before a noun of a level or an amount («до уровня / размера / величины / значения / суммы …») is how far a pay
 * or a figure is raised, not «до <year>» for a year later in the sentence: «до» and the noun are skipped and the year is read as
 * written (the range of 2013). A day, a month or a year right after the noun, or after a dash, a colon or a comma there, is still read
 * as before («до уровня 2019 года» stays `by` 2018-12-31: which level a year names is not said).
 */
function upToLevel(c: Cursor, i: number): boolean {
  if (!LEVEL_NOUN.test(c.toks[i + 1]?.text ?? '')) return false;
  const k = c.isPunct(i + 2, '-') || c.isPunct(i + 2, ':') || c.isPunct(i + 2, ',') ? i + 3 : i + 2;
  return !c.isNum(k, 4) && !c.isCls(k, 'month');
}

/**
 * Round 223. «2. 13.01.2025, понедельник, до 9.00 направить информацию о состоянии территории и 4-6 фотографий.» (a district education
 * office's order to schools on clearing snow, http://nevarono.imc-nev.ru/roo/1-roo/40933-uborka-territorii.html — corpus-real-203; it
 * was `on` 01-13): «до» before a clock time right after a day — only commas, a weekday or «в срок» between — is that day's deadline,
 * the hour its time (`by` the day), as «в срок до 17.00 10 июня 2023 года» (the clock before the day) already read; round 184 left the
 * same class open on «… т.е. 03.10.2023 до 18.00 часов». The clock is a time in figures (`timeOfDayAt`) or an hour in words («до 3
 * часов дня»). The day's atom gets the «до» before it; `i` is the «до». Not in brackets («19 августа 2026 г. (до 17:00 по московскому
 * времени)» is a note, `on`), not before «дня» and an event (round 184's «15 мая до 18:00 дня окончания приема заявлений» → on), not
 * after a day that is already a deadline or the end of a window.
 * It marks the day (a «by» connector before its atom in `c.items`) and says whether it did; it changes nothing otherwise.
 */
function markDayDueByClock(c: Cursor, i: number): boolean {
  const next = c.toks[i + 1];
  if (next?.type !== 'num') return false;
  const clock = timeAt(c, i + 1);
  if (clock >= 0) {
    if (c.toks[clock]?.text === 'дня') return false;
  } else if (!(next.n <= 24 && next.text.length <= 2 && HOUR_UNITS.has(c.toks[i + 2]?.text ?? ''))) return false;
  // no bracket opened before the «до» in its clause
  for (let k = i - 1; k >= 0; k--) {
    const t = c.toks[k]!;
    if (t.type === 'punct' && t.text === '(') return false;
    if (t.type === 'punct' && (t.text === ')' || t.text === '.' || t.text === ';')) break;
  }
  const items = c.items;
  let a = items.length - 1;
  while (a >= 0 && items[a]!.kind === 'conn' && (items[a] as Connector).type === 'and') a--;
  const day = items[a];
  if (day?.kind !== 'atom' || day.type !== 'date' || day.day <= 0) return false;
  if (a > 0 && items[a - 1]!.kind === 'conn' && (items[a - 1] as Connector).type !== 'and') return false;
  // only commas, a weekday, «в срок» between the day and the «до»
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const t = c.toks[k]!;
    if (t.type === 'num') {
      if (k >= 2 && timeAt(c, k - 2) === k + 1) return false; // «15 мая в 10.00 до 12.00»: hours of the day, no deadline
      items.splice(a, 0, { kind: 'conn', type: 'by', strict: false });
      return true;
    }
    if (t.type === 'punct' && t.text === ',') continue;
    if (t.type === 'word' && (t.cls === 'weekday' || t.cls === 'month' || t.text === 'в' || t.text === 'срок' || t.text === 'г' || t.text === 'года')) continue;
    if (t.type === 'punct' && t.text === '.') continue;
    return false;
  }
  return false;
}

/** Round 207: a verb of time remaining — «осталось», «остаётся», «остались». */
const REMAINING = /^(?:осталось|остается|остаётся|остаются|остались|осталась|остался|оставалось|оставалась|оставались)$/;

/**
 * Round 207. «Меньше месяца осталось до написания одиннадцатиклассниками итогового сочинения – традиционно оно проводится в первую
 * среду декабря, …» (a town's news of the итоговое сочинение, http://xn----7sbbdcrylc1ahd6a1as4e7b.xn--p1ai/news/skoro-budet-itogovoe-sochinenie/
 * — corpus-real-190; it was `by` 12-01): «до» after a verb of time remaining («осталось / остаётся / остались», up to three words before
 * it: «Меньше месяца осталось до …», «Осталось две недели до …») or before one right after its event («До написания сочинения осталось
 * …») counts the time left until the event, no deadline: «до» and the verbal noun after it are skipped, as round 183's «до его
 * проявления», and a day later in the sentence is read as written (the event's day, → `on` 12-01). A day or a month right after the
 * noun is still the deadline («осталось до проведения 25 мая» → by 05-25), and so is the start or end of what follows («остаётся до начала
 * учебного года» → by 08-31, round 132); «осталось 10 дней до 1 сентября» (no verbal noun) reads as before.
 */
function countdownTo(c: Cursor, i: number): boolean {
  // «до начала / окончания …» is the edge of what follows it, the deadline («остаётся до начала учебного года» → by 08-31, round 132)
  if (!VERBAL_NOUN.test(c.toks[i + 1]?.text ?? '') || c.isCls(i + 1, 'begin') || c.isCls(i + 1, 'end')) return false;
  let remaining = false;
  for (let k = Math.max(0, i - 3); k < i && !remaining; k++) remaining = REMAINING.test(c.toks[k]!.text);
  for (let k = i + 2; k <= i + 4 && !remaining; k++) remaining = REMAINING.test(c.toks[k]?.text ?? '');
  if (!remaining) return false;
  const k = c.isPunct(i + 2, '-') || c.isPunct(i + 2, ':') || c.isPunct(i + 2, ',') ? i + 3 : i + 2;
  return !c.isNum(k, 4) && !c.isCls(k, 'month');
}

/** Round 190: a part of a century before its numeral — «начала / конца / середины», «начале / конце / середине», «началу / концу». */
const CENTURY_PART: Readonly<Record<string, 'begin' | 'middle' | 'end'>> = {
  начала: 'begin', начале: 'begin', началу: 'begin', середины: 'middle', середине: 'middle', конца: 'end', конце: 'end', концу: 'end',
};
/** Round 190: the noun of a century after its Roman numeral, in any case. */
const CENTURY_NOUN = /^(?:век|века|веке|веку|веком|столетие|столетия|столетии)$/;
/** Round 190: prepositions a century's window follows: «с», «в», «до», «к», and their forms before a vowel cluster. */
const CENTURY_PREPOSITION = /^(?:с|со|в|во|до|к|ко)$/;
const ROMAN_DIGIT: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };

/** Round 190: the value of a Roman numeral («xx» → 20, «xxi» → 21; Cyrillic «х» and «і» for their Latin twins: «ХХ века»), or 0. */
function romanValue(word: string): number {
  const first = word.charCodeAt(0); // i, v, x, or the Cyrillic х and і a numeral is typed with: most words are not numerals
  if (first !== 0x69 && first !== 0x76 && first !== 0x78 && first !== 0x445 && first !== 0x456) return 0;
  const s = word.replace(/х/g, 'x').replace(/і/g, 'i');
  if (!/^[ivx]{1,6}$/.test(s)) return 0;
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const v = ROMAN_DIGIT[s[k]!]!;
    const next = ROMAN_DIGIT[s[k + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/**
 * Round 190. «Понятие «образовательная бедность» используется в научной литературе с конца XX века и обозначает …» (an article on
 * educational poverty, https://edpolicy.ranepa.ru/obrazovatelnaya-bednost-v-rf-problemy-izmereniya-i-ocenki — corpus-real-175; it was
 * `unparsed`): a century in a Roman numeral with «век / столетие» after it, right after «с / в / до / к» or after one of them and a
 * part of it («начала / конца / середины», «начале / конце / середине»), is a window of years, as a decade «с 1990-х годов» is: the
 * whole century (the XX is 1901–2000), its first or last decade (the begin or end of a month is its first or last decade), or the
 * middle two (1941–1960). Only the XX and XXI centuries, the years the parser reads (MIN_YEAR … MAX_YEAR); a century with no
 * preposition before it is a name — «Педагогические кадры XXI века», «навыки XXI века», «Школа XXI века» — and is read as before. At
 * `i`, the part word or the numeral; returns the index after the noun, or -1 (nothing pushed).
 */
export function centuryEnd(c: Cursor, i: number): number {
  let k = i;
  if (CENTURY_PART[c.toks[k]?.text ?? ''] !== undefined) k++;
  const n = c.toks[k]?.type === 'word' ? romanValue(c.toks[k]!.text) : 0;
  if (n < 20 || n > 21 || !CENTURY_NOUN.test(c.toks[k + 1]?.text ?? '')) return -1;
  // the preposition right before the part or the numeral; «до конца XX века»: «до конца» was read together, the numeral is at `i`
  const before = k === i && CENTURY_PART[c.toks[i - 1]?.text ?? ''] !== undefined ? i - 2 : i - 1;
  if (!CENTURY_PREPOSITION.test(c.toks[before]?.text ?? '')) return -1;
  return k + 2;
}

/** Round 190: the part of the century at `i` (see `centuryEnd`): its own word or the word right before the numeral. */
function centuryPart(c: Cursor, i: number): 'begin' | 'middle' | 'end' | null {
  return CENTURY_PART[c.toks[i]!.text] ?? CENTURY_PART[c.toks[i - 1]?.text ?? ''] ?? null;
}

/** Round 190: pushes the window of the century at `i` (see `centuryEnd`); returns the index after it, or -1. */
function century(c: Cursor, i: number): number {
  const end = centuryEnd(c, i);
  if (end < 0) return -1;
  const part = centuryPart(c, i);
  const n = romanValue(c.toks[end - 2]!.text);
  const first = (n - 1) * 100 + 1;
  const [from, to] = part === 'begin' ? [first, first + 9] : part === 'end' ? [first + 90, first + 99] : part === 'middle' ? [first + 40, first + 59] : [first, first + 99];
  c.push(atom('years', from, { year2: to }));
  return end;
}

/** A word at `i`; returns the next index. */
export function word(c: Cursor, i: number): number {
  const t = c.toks[i]!;
  // round 190: «с конца XX века», «в XX веке» — a century's window
  if (t.cls === 'other' || t.cls === 'begin' || t.cls === 'end' || t.cls === 'middle' || CENTURY_PART[t.text] !== undefined) {
    const centuryAfter = century(c, i);
    if (centuryAfter >= 0) return centuryAfter;
  }
  // round 135: «за четыре месяца 2022 года», a count of months in words before a year, is its first months (`firstMonthsOfYear`)
  if (t.cls === 'other') {
    const months = firstMonthsOfYear(c, i, i + 1);
    if (months >= 0) return months;
  }
  switch (t.cls) {
    case 'month':
      // Round 149: «Показ спектакля пройдёт в рамках школьного месячника «Арт-Март» в корпусе на Сестрорецкой улице.» (a school's news
      // of its theatre, https://perspektiva.mskobr.ru/edu-news/16393 — corpus-real-137; it was March): a month's name glued by a hyphen
      // to a word before it that is no date word («Арт-Март», «Фото-май») is the second half of a name, no month of its own — as round
      // 30 reads «осенне-весенний»; «январь-март», «сентябрь-октябрь» (a month before the hyphen) read as before
      if (c.isPunct(i - 1, '-') && !c.toks[i - 1]!.space && !t.space && c.toks[i - 2]?.type === 'word' && c.toks[i - 2]!.cls === 'other') break;
      // Round 224. «Текст документа с изменениями и дополнениями по состоянию на август 2009 года» (a legal database's edition line over
      // Brest's plan against HIV, http://levonevski.net/pravo/normreg2009/num14/d14551.html — corpus-real-204; it was August 2009): a
      // month with its year after «с изменениями [и дополнениями] [по состоянию] на» is the state of the text's wording, a label like
      // round 207's day there; «Текст документа по состоянию на июль 2011 года» (no edition words) stays that month
      if (i > 0 && c.isNum(i + 1, 4) && changesOnBefore(c, i - 1)) {
        c.label();
        return skipYearWords(c, i + 2, { school: false, plural: false });
      }
      return monthWithDays(c, i, [], []);
    case 'roman':
    case 'ordinal':
      return run(c, i);
    case 'from':
      if (t.text !== 'с' && t.text !== 'со') endingBeforeStartedDay(c, i);
      if (i > 0 && COMPOUND_WITH.test(c.toks[i - 1]!.text)) break;
      if (c.atoms === 0 && nextSchoolYearAt(c, i + 1) >= 0) {
        // round 48: «с нового учебного года», «со следующего учебного года» → open-ended from the next school year's start
        c.conn('from');
        c.push(atom('schoolYear', null, { anchor: 'start' }));
        return nextSchoolYearAt(c, i + 1);
      }
      const adjectiveYear = yearAfterAdjective(c, i + 1);
      if (adjectiveYear >= 0) {
        // Round 161. «На это направлены важные изменения, которые вступают в силу с нового, 2025/26 учебного года.» (the minister's
        // column on the school year 2025/26, https://www.vedomosti.ru/opinion/columns/2025/09/01/1135413-pervii-zvonok-uchebnogo-goda
        // — corpus-real-150; it was the whole school year): an adjective of a year between «с» and a school year in figures changes
        // nothing, as round 44's «к новому 2024-2025 учебному году» — open-ended from the start of that school year, like «с 2025/26
        // учебного года»
        c.conn('from');
        return adjectiveYear;
      }
      if (c.atoms === 0 && relativeYearAt(c, i + 1) !== null) {
        // round 62: «… программа действует уже с прошлого года», «со следующего года» → open-ended from that year's first day
        const shift = relativeYearAt(c, i + 1)!;
        c.conn('from');
        c.push(atom('year', null, { yearShift: shift, anchor: 'start' }));
        return c.skipDot(i + 3);
      }
      if ((t.text === 'с' || t.text === 'со') && centuryEnd(c, i + 1) >= 0) { c.conn('from'); break; } // round 190: «с конца XX века»
      if ((t.text === 'с' || t.text === 'со') && noObjectAfter(c, i)) break; // round 215: «… выбрали СО, …» (an abbreviation)
      if (WITH_NOT_FROM.test(c.toks[i + 1]?.text ?? '')) break; // «С целью формирования … 16 февраля … прошла …»
      if ((t.text === 'с' || t.text === 'со') && withPartner(c, i)) break; // «центр для работы с одаренными детьми … 17 сентября»
      // «к 180-летию со дня рождения писателя (май 2021)» (round 21): the «со дня …» of an anniversary names it, it starts no window
      if (t.text === 'со' && ANNIVERSARY.test(c.toks[i - 1]?.text ?? '')) break;
      if ((t.text === 'с' || t.text === 'со') && dayOfEvent(c, i)) break;
      if ((t.text === 'с' || t.text === 'со') && yearsOfPeriod(c, i)) break; // round 175: «в период с 2017-2019 годов» is those years
      if (startAfterPeriod(c, i)) break;
      if (undatedStart(c, i)) break;
      if (startsWithThing(c, i)) break;
      c.conn('from');
      if (t.text !== 'с' && t.text !== 'со') (c.items.at(-1) as Connector).verb = true; // round 158: a verb of starting (`Cursor.label`)
      break;
    case 'season':
      if (fromSeasonNoWindow(c, i)) break;
      if (seasonOfQuotedName(c, i)) break;
      if (seasonSeenOff(c, i)) break;
      if (townNamedAfterSeason(c, i)) break;
      if (withSeasonCompany(c, i)) {
        // the «с» led into no window: it goes, as the «с» before an ordinal with nothing to count does (scan/numbers.ts)
        const last = c.items.at(-1);
        if (last?.kind === 'conn' && last.type === 'from') c.items.pop();
        break;
      }
      return season(c, t.n, i + 1, c.toks[i - 1]?.text === 'с' || c.toks[i - 1]?.text === 'со');
    case 'seasonAdj': {
      // «в летний период», «в летний оздоровительный период»
      // round 30: the second half of a compound («2 раза в год, в осенне-весенний период», «осенне-зимний») is no season of its own:
      // the text names a span of seasons the contract has no window for (it used to read as spring once nothing else hid it)
      if (c.isPunct(i - 1, '-') && !c.toks[i - 1]!.space && !t.space && c.toks[i - 2]?.type === 'word') break;
      // round 204: «осенний / зимний / весенний триместр» is the first / second / third trimester, as schools name them
      if (c.isCls(i + 1, 'trimester') && SEASON_TRIMESTER[t.n] !== undefined) return units(c, i + 1, [SEASON_TRIMESTER[t.n]!], []);
      // Round 209: «сезон» with its year after the season's adjective is its period too — «к летнему оздоровительному сезону 2021
      // года» reads as «к летнему периоду 2021 года» (`seasonPeriodAt`)
      const k = c.isCls(i + 1, 'other') && !seasonPeriodAt(c, i + 1) ? i + 2 : i + 1;
      // Round 149: «Зимний период (с октября по май)» (a city museum's opening hours, http://www.bmks.ru/gorodskoj_muzej/o_muzej/chasy_raboty
      // — corpus-real-137; it was the winter, to 02-28): the months in a bracket right after a season's period are that period's
      // window — the place names its own winter — so the bracket is read and the season dropped
      if (seasonPeriodAt(c, k) && monthsInBracket(c, k + 1)) return k + 2;
      if (seasonPeriodAt(c, k)) return season(c, t.n, k + 1);
      break;
    }
    case 'to':
      // «по-новому», «по-прежнему»: an adverb, not a «по» before a date
      if (c.isPunct(i + 1, '-') && !c.toks[i + 1]!.space && c.toks[i + 2]?.type === 'word' && !c.toks[i + 2]!.space) break;
      // «по графику (октябрь 2021)», «по приказу УО, до 1 октября»: a «по» before a word that is not a date word is no «to»;
      // a verb of ending is, whatever stands between it and its day («Завершится прием заявлений от родителей 30 июня.»);
      // right after its day too: «25 января заканчивается прием заявлений …» reads as «по 25 января»
      // Round 65: a past form after its date reports the day the thing closed — «12 мая завершился ежегодный конкурс чтецов» stays
      // `on` (round 59's held event), as a verb of starting right after its day does (round 13); before its day it reads as «по»
      // («Первая часть программы (она завершилась 7 июня) …» → by 06-07)
      if (PAST_ENDING.test(t.text) && c.items.at(-1)?.kind === 'atom') break;
      if (t.text !== 'по' && dayJustBefore(c, i)) {
        c.items.splice(c.items.length - 1, 0, { kind: 'conn', type: 'to', strict: false });
        break;
      }
      if (t.text !== 'по') {
        c.items.push({ kind: 'conn', type: 'to', strict: false, verb: true });
        break;
      }
      // «Предоставить отчеты по началу учебного года …», «по окончанию учебного года»: a noun of starting or ending in the dative
      // after «по» names a subject or an event, not the day the window runs to
      if ((c.isCls(i + 1, 'begin') || c.isCls(i + 1, 'end')) && DATIVE.test(c.toks[i + 1]!.text)) return i + 2;
      // Round 173. «еженедельно по понедельникам с 5 сентября»: weekdays in the dative plural after «по» are the days of a weekly
      // repeat, not the end of a window (the «по» made the start a range's end and the repeat ran from the period's start)
      if (c.toks[i + 1] !== undefined && isWeekdaysDative(c.toks[i + 1]!)) break;
      if (c.isCls(i + 1, 'other') && c.toks[i + 1]!.type === 'word' && !NOTE_AFTER_DATES.test(c.toks[i + 1]!.text)) break;
      // Round 135. «Объем учебной нагрузки, установленный учителям при заключении трудового договора, не может быть уменьшен на следующий
      // учебный год, за исключением случаев уменьшения количества обучающихся и часов по учебным планам и программам.» (the model rules of
      // a school's internal labour order, https://docs.cntd.ru/document/902340482/titles/8PK0LU — corpus-real-123; it was `by` 2022-08-31):
      // «учебный» before a noun that is no date word («по учебным планам», «по учебному предмету») is that noun's adjective, so the «по»
      // before it is the plan's, not «по <учебный год>» (the window stays a window)
      if (c.isCls(i + 1, 'school') && c.toks[i + 2]?.type === 'word' && c.isCls(i + 2, 'other')) break;
      if (c.atoms > 0 && c.isCls(i + 1, 'other') && NOTE_AFTER_DATES.test(c.toks[i + 1]!.text)) return c.clauseEnd(i); // «13-14 декабря – по итогам 2 четверти»
      // Round 49: «Заседание секции … по итогам учебного года и определению задач на новый учебный год. Август Методист по ДОУ» (an ИМЦ
      // methodist's plan copied into a gist, https://gist.github.com/b16f34396e752159e198eb03a5bb34a8 — corpus-real-44): with no date
      // before it, the «по» of «по итогам / по результатам / по окончании …» is the event's, not «по <date>» — the cell's month after
      // the item is that month (it was `by` its end); a text that opens with the phrase is the event as before (`EVENT_START`)
      if (c.isCls(i + 1, 'other') && NOTE_AFTER_DATES.test(c.toks[i + 1]!.text)) break;
      c.conn('to');
      break;
    case 'by':
    case 'towards':
      if (i === c.offsetBy) break; // the «до» of «за 10 дней до …» names the event
      // Round 135. «До сих пор не погашена задолженность перед педагогами за 2003 год.» (a city paper's note on teachers' unpaid book
      // allowance, https://hron.ru/news/read/7698 — corpus-real-123; it was `by` 2002-12-31): «до сих пор» («until now», `UNTIL_NOW`) is an
      // adverb, no «до» before the date after it; the words are skipped and the year is read as written
      if (t.text === 'до' && UNTIL_NOW.test(c.toks[i + 1]?.text ?? '') && c.toks[i + 2]?.text === 'пор') return i + 3;
      if (t.text === 'до' && beforeItsEvent(c, i)) return i + 3; // round 183: «ещё до его проявления, … 21 ноября …»
      if (t.text === 'до' && upToLevel(c, i)) return i + 2; // round 255: «подтянуть до уровня зарплат … в 2013 году»
      if (t.text === 'до' && countdownTo(c, i)) return i + 2; // round 207: «Меньше месяца осталось до написания …»
      if (t.text === 'до' && markDayDueByClock(c, i)) return i + 1; // round 223: «13.01.2025, понедельник, до 9.00 направить …»
      if (t.text === 'перед' && partyAfter(c, i)) break; // round 41: «задолженности перед поставщиками»; round 131: «перед студентами-избирателями»
      if (c.isCls(i + 1, 'end') || c.isCls(i + 1, 'begin')) {
        const begin = c.isCls(i + 1, 'begin');
        // Round 232. «После начала мобилизации «ОПОРА РОССИИ» выступила с предложением о продлении мер до конца 2023 года.» (a news
        // page on the moratorium on planned checks, https://dzen.ru/a/Y16VMSUUZBbavJmh — corpus-real-211; it was by 2023-01-31): a part
        // word that governed a noun of its own before («начала мобилизации», «начала работы») left no part for the window of «до
        // конца / до начала …»: the new part replaces it. A part right before «до» («начала и до конца …») is paired as before
        if (c.pendingPart !== null && c.isCls(i - 1, 'other')) {
          c.pendingPart = null;
          c.pairedParts = [];
        }
        c.conn('by', begin, begin && t.text === 'до'); // «до конца …» by its end, «до начала …» before it starts
        c.implicitOk = true;
        c.anchor = begin ? 'start' : 'end';
        return i + 2;
      }
      if (t.text === 'до' && deliveredTo(c, i)) break; // round 51: «доводится до членов коллектива», «довести до сведения»
      if (t.text === 'до' && toTheLast(c, i)) return i + 2; // round 68: «тянут до последнего, приходят 30 августа …»
      // Round 56: «Накануне, 14 апреля, на базе детского сада № 180 «Солнышко» состоялась викторина …» (a city district's news,
      // https://saratovmer.ru/news/78380 — corpus-real-51): «накануне» cut off by a comma is the adverb of a news item (the day before
      // the report), not the preposition of «накануне 1 сентября» (by that day, round 13): the date after it is the day (it was `by`)
      if (t.text === 'накануне' && c.isPunct(i + 1, ',')) break;
      if ((t.text === 'накануне' || t.text === 'канун' || beforeSchoolYear(c, i)) && c.isCls(i + 1, 'school') && c.isCls(i + 2, 'year')) {
        // «Первоклассники должны посетить врача накануне учебного года»: on the eve of the school year = by its start; round 30:
        // «… анкетирования, проведенного в канун учебного года, …» is the same eve
        c.conn('by', true);
        c.push(atom('schoolYear', null, { anchor: 'start' }));
        return c.skipDot(i + 3);
      }
      if ((t.text === 'к' || t.text === 'ко') && schoolYearPurpose(c, i) >= 0) return schoolYearPurpose(c, i);
      if (newSchoolYearAt(c, i + 1) >= 0) {
        // «к новому учебному году», «перед учебным новым годом»: by the start of the next school year, like «к началу учебного года»
        c.conn('by', true);
        c.push(atom('schoolYear', null, { anchor: 'start' }));
        return newSchoolYearAt(c, i + 1);
      }
      const afterAdjective = yearAfterAdjective(c, i + 1);
      if (afterAdjective >= 0) {
        c.conn('by', true); // round 44: «к новому 2024-2025 учебному году» reads as «к 2024-2025 учебному году»
        return afterAdjective;
      }
      if (t.text === 'до' && relativeYearAt(c, i + 1) === 1) {
        // Round 97. «Проверки будут продолжаться до Нового Года.» (a city's news of checks of schools,
        // https://www.newkaliningrad.ru/news/community/32395-.html — corpus-real-83; it was `unparsed`): «до нового / следующего /
        // будущего / наступающего года» is before that year starts, by the last day of the year before it, as «до 2022 года» is; «к Новому
        // году» stays the feast (round 21)
        c.conn('by', true, true);
        c.push(atom('year', null, { yearShift: 1, anchor: 'start' }));
        return c.skipDot(i + 3);
      }
      // «к столетию школы (май 2021)», «к юбилею школы (октябрь)», «ко Дню учителя (5 октября)» (round 21): a «к» before an event named in
      // words, with no date word in the one or two words after it, names the event; the dates after it say when it is, as after «к
      // 80-летию Победы (май 2025)» (round 18)
      if ((t.text === 'к' || t.text === 'ко') && (withPartner(c, i) || NEW_YEAR_FEAST.test(`${c.toks[i + 1]?.text} ${c.toks[i + 2]?.text}`))) break;
      // Round 77. «Активности, приуроченные к Неделе, продолжатся в российских регионах и в апреле.» (a district's news of the Week of
      // financial literacy, https://rayfo-orlovsky.ru/news/3074-v-rossii-projdet-nedelya-finansovoj-gramotnosti — corpus-real-66; it was
      // `by` 03-31): after «приурочить» in any form the «к» names the event the thing is timed to (round 44 reads the phrase as an event),
      // not «к <date>»: the month after it is the time. A day or a month right after «к» is still the date («приурочено к 1 сентября»).
      if ((t.text === 'к' || t.text === 'ко') && /^приуроч/.test(c.toks[i - 1]?.text ?? '') && !c.isNum(i + 1) && !c.isCls(i + 1, 'month')) break;
      c.conn('by', !targetYearAt(c, i));
      break;
    case 'not': {
      if (c.isCls(i + 1, 'later') && startNotLater(c, i)) return i + 2; // round 72: «начинается не позднее 1 февраля и завершается …»
      if (c.isCls(i + 1, 'later')) {
        c.conn('by', false);
        return i + 2;
      }
      if (c.isCls(i + 1, 'earlier')) {
        c.conn('from');
        return i + 2;
      }
      const cancelled = cancelledDate(c, i + 1); // «будет завершаться не 31 мая, как раньше, а 25-го»
      if (cancelled >= 0) return cancelled;
      break;
    }
    case 'and':
      if (c.atoms > 0 && lastingUntil(c, i + 1) >= 0) {
        const k = lastingUntil(c, i + 1);
        // Round 247. «27 апреля акция масштабно шагнет на улицы и площади города и продлится до 9 мая.» (a city's education office on
        // the «Георгиевская ленточка», https://cro.edu-vrn.ru/archives/8356 — corpus-real-223; it was `on` 04-27 and 05-09): an «и» that
        // joined two nouns after the day («улицы и площади») led to no date; the «и» of the verb of lasting is the one that joins the day
        // to its end, so the first one's link goes (`danglingAnd`)
        danglingAnd(c);
        // round 87: «… стартует 6 июля и продлится до начала сентября» — «до начала / до конца …» after the verb is the window's end as
        // «до начала …» alone is: before the month starts, by the end of what is ended (it read «начала сентября» as its first ten days)
        if (c.toks[k - 1]!.text === 'до' && (c.isCls(k, 'begin') || c.isCls(k, 'end'))) {
          const begin = c.isCls(k, 'begin');
          c.conn('by', begin, begin);
          c.implicitOk = true;
          c.anchor = begin ? 'start' : 'end';
          return k + 1;
        }
        // round 116: «вступят в силу 1 января и будут действовать до 2027 года» — to the year's eve, as «до 2027 года» alone
        if (untilYear(c, k)) {
          c.conn('to', true, true);
          return k;
        }
        c.conn('to'); // «вступил в силу 01.09.2023 г. и действует до 31.08.2029 г.»: a window from that day (round 39)
        return k;
      }
      c.conn('and');
      break;
    case 'end':
    case 'begin':
    case 'middle': {
      // round 62: «Госпрограмма начала свою работу в 2019 году …» — «начала» before what is begun is the verb, a verb of starting
      if (t.text === 'начала' && startedWork(c, i)) {
        if (!startAfterPeriod(c, i)) c.conn('from');
        break;
      }
      // «Начало … - 25 августа, срок окончания … - 15 сентября»: the nouns name the window's start and end;
      // one noun with a label before a dash names the day after it
      const day = t.cls === 'middle' ? -1 : labelledDay(c, i);
      if (day >= 0 && t.cls === 'begin' && laterWord(c, day, 'end')) {
        c.conn('from');
        c.nounRange = true;
        return day;
      }
      if (day >= 0 && t.cls === 'begin' && c.toks[i + 1]?.text === 'действия') {
        // Round 183. «Начало действия документа - 15.10.2023.» (a labour-safety centre's news of the new requirements of anti-terror
        // protection, https://zapsib-cot.ru/news/novosti/ustanovleny-trebovaniya-k-obespecheniyu-antiterroristicheskoy-zashchishchennosti-obektov-territoriy-/
        // — corpus-real-169; it was `on` that day): the start of a document's force, with its label, is in force from that day on, as
        // «Действует с 18.12.2016» (round 160) and «вступает в силу 1 сентября» (round 49) are; an end written after it keeps the window
        c.conn('from');
        return day;
      }
      if (day >= 0 && t.cls === 'end' && c.nounRange) {
        c.conn('to');
        return day;
      }
      if (day >= 0) return day; // «Окончание учебного года: 31 мая»: the label names the day after it
      if (activityAfterPart(c, i)) break;
      const last = c.items.at(-1);
      if (c.pendingPart !== null && last?.kind === 'conn' && last.type === 'and') {
        // «в начале и в конце учебного года», «на начало и конец года»: the first part waits for the same window; the first part's
        // anchor places it
        c.items.pop();
        c.pairedParts.push(c.pendingPart);
      } else c.anchor = t.cls === 'begin' ? 'start' : 'end';
      c.pendingPart = t.cls;
      c.implicitOk = true;
      break;
    }
    case 'year': {
      if (yearOfDayInWords(c, i)) break;
      // Round 218: the adjective of the year, before the kind of year when there is one («на очередной финансовый год», «в текущем
      // финансовом году», «за прошлый календарный год»), as the genitive's `yearShiftBefore` skips it (round 86)
      const a = KIND_OF_YEAR.test(c.toks[i - 1]?.text ?? '') ? i - 2 : i - 1; // round 60: «1 сентября следующего календарного года»
      // Round 139. «• Личные дела учащихся, выбывших из школы до окончания обучения, также хранятся 3 года с момента прекращения
      // образовательных отношений.» (an article on how long a school keeps pupils' files, https://graph.org/Skolko-let-hranyatsya-lichnye-dela-v-shkole-Hranenie-Lichnyh-Del-Uchashchihsya-v-SHkole-Sroki-Pravila-i-Vazhnye-Aspekty-10-31
      // — corpus-real-127; it was `unparsed`, «непонятное число «3»»): a count right before «года» makes it a span of years, never the
      // current year that «до окончания / до конца …» lets a bare «года» name, in figures or in words («хранятся два года …»); the span is
      // read as it is without the «до …» before it
      if (c.implicitOk && (c.isNum(i - 1) || CARDINAL.test(c.toks[i - 1]?.text ?? ''))) break;
      // Round 177. «Час мужества приурочен к празднованию дня Воинской Славы России 5 декабря — день начала контрнаступления советских
      // войск под Москвой в годы Великой Отечественной войны.» (a library's lesson of courage,
      // https://culture.ru/events/5165434/o-bitvakh-surovykh-o-slavnoi-pobede-urok-muzhestva — corpus-real-163; it was a range to
      // 2022-01-31): a plural «годы / годов / годах …» («в годы войны») names years of the past, never the current year that
      // «в начале / до конца …» lets a bare «года» name
      if (c.implicitOk && t.word?.plural === true && t.text !== 'гг') break;
      if (c.implicitOk && relativeYearAt(c, i - 1) !== null) c.push(atom('year', null, { yearShift: relativeYearAt(c, i - 1)! })); // round 87
      else if (c.implicitOk) c.push(atom('year', null, { yearShift: yearShiftBefore(c, i) })); // «до конца года»; round 86: «до начала очередного финансового года»
      // Round 218. «1.2. План финансово-хозяйственной деятельности учреждения (далее - План) составляется на очередной финансовый год
      // и плановый период.» (a Moscow department's order on the plans of its institutions, corpus-real-186; it was `unparsed`): the
      // accusative «на <следующий / очередной / текущий …> [финансовый / календарный / бюджетный] год» names the year a plan is for. It
      // is the text's deadline only when nothing else is (`forYear`, read last in `parse.ts`): it no longer moves a date written beside
      // it into the next year («Проект Плана … на очередной финансовый год … представляется … не позднее 30 декабря текущего года» was
      // 2022-12-30), nor outranks a repeat or an offset from an event («… ежегодно на очередной финансовый год» keeps the context's
      // period)
      else if (t.text === 'год' && c.atoms === 0 && c.toks[a - 1]?.text === 'на' && (CURRENT.test(c.toks[a]?.text ?? '') || NEXT.test(c.toks[a]?.text ?? ''))) c.forYear = NEXT.test(c.toks[a]!.text) ? 1 : 0;
      // «… откроют в текущем году»: the current year named in words, when the text has no date, is the context year
      else if (YEAR_AFTER_ADJ.test(t.text) && c.atoms === 0 && CURRENT.test(c.toks[a]?.text ?? '')) c.currentYear = 0;
      // «… уже в следующем году появится …»: the year after it
      else if (YEAR_AFTER_ADJ.test(t.text) && c.atoms === 0 && NEXT.test(c.toks[a]?.text ?? '')) c.currentYear = 1;
      // round 61: «В новом году продолжим работу …», «в наступающем году»: the year after it too
      else if (t.text === 'году' && c.atoms === 0 && NEW_YEAR.test(c.toks[a]?.text ?? '') && c.toks[a - 1]?.text === 'в') c.currentYear = 1;
      // round 61: «В ноябре-декабре … прошли …, а в следующем году … затронет все 85 регионов»: after the text's dates, the next year
      // in words is a window of its own when no date follows it (`scanTokens` adds it at the end)
      else if (t.text === 'году' && c.atoms > 0 && c.toks[a - 1]?.text === 'в' && (NEXT.test(c.toks[a]?.text ?? '') || NEW_YEAR.test(c.toks[a]?.text ?? ''))) c.lateNextYearAtoms = c.atoms;
      // round 169: «… подвел итоги уходящего года …»: the year the results cover
      else if (c.atoms === 0 && resultsOfRelativeYear(c, i) !== null) c.currentYear = resultsOfRelativeYear(c, i)!;
      // round 177: «В течение следующего года им предстоит нести службу …»: the year after the context's; round 232: «В течение прошлого
      // года …» the year before it (`duringRelativeYear`)
      else if (c.atoms === 0 && duringRelativeYear(c, i) !== 0) c.currentYear = duringRelativeYear(c, i);
      // «В прошлом году впервые уже 25 августа акты … были подписаны»: the year before it
      else if (YEAR_AFTER_ADJ.test(t.text) && c.atoms === 0 && PREVIOUS.test(c.toks[a]?.text ?? '') && c.toks[a - 1]?.text === 'в') c.currentYear = -1;
      // Round 200. «За прошлый год на телефон службы экстренной психологической помощи в Челябинской области поступило около 56 тысяч
      // обращений.» (a Chelyabinsk news page on the children's helpline, http://podhod24.ru/news/2020/02/26/8-800-2000-122-eto-detskiy-telefon-doveriya-v-rossii-emu-ispolnyaetsya-10-let.html
      // — corpus-real-184; it was `unparsed`, as corpus-real-100's «Только за прошлый год проведено более 320 мероприятий, …» since round
      // 112): «за прошлый / прошедший / минувший / истекший год» is the year before the context's, the period a count covers, as «в
      // прошлом году» is; «за текущий / этот год» the context's. Only the accusative «год» right after «за» and its adjective; a date
      // or a repeat in the text wins, and the year is given to no date written beside it (`coveredYear`)
      else if (t.text === 'год' && c.atoms === 0 && c.toks[a - 1]?.text === 'за' && COVERED_YEAR_SHIFT[c.toks[a]?.text ?? ''] !== undefined) c.coveredYear = COVERED_YEAR_SHIFT[c.toks[a]!.text]!;
      break;
    }
    case 'school': {
      const j = c.skipDot(i + 1);
      if (c.isCls(j, 'year')) {
        // Round 200. «По сложившейся традиции в конце психологи поделились своими творческими планами на предстоящий учебный год.» (a
        // district ППМС-centre's news of its methodical association, http://stupinopmss.ru/479/ — corpus-real-184; it was May 2021,
        // the end of the context's school year): «на <следующий / предстоящий / текущий …> учебный год» names its year in the
        // accusative after «на» (`coveredSchoolYear`), so an earlier «в конце / в начале» with other words after it governs nothing
        // there — the part needs the genitive right after it («в конце следующего учебного года» reads as before)
        if (c.implicitOk && c.atoms === 0 && coveredSchoolYear(c, i) && SCHOOL_YEAR_ADJ.test(c.toks[i - 1]!.text)) {
          c.implicitOk = false;
          c.pendingPart = null;
          c.pairedParts = [];
          c.anchor = 'end';
        }
        if (c.implicitOk) c.push(atom('schoolYear', null, { anchor: c.anchor })); // «до конца учебного года»
        else if (c.atoms === 0 && YEAR_AFTER_ADJ.test(c.toks[j]!.text) && (bareSchoolYear(c, i) || bareCoveredSchoolYear(c, i, j))) {
          c.currentYear = 0; // round 48: «… в учебном году», «в — учебном году» → the context's school year
          c.currentSchool = true;
        } else if (c.atoms === 0 && (i <= 2 || coveredSchoolYear(c, i) || namedSchoolYear(c, i, j)) && YEAR_AFTER_ADJ.test(c.toks[j]!.text)) {
          // Round 17: «в текущем учебном году», «на текущий учебный год» → the context's school year; «следующий учебный год»,
          // «в новом учебном году» → the next one, when the cell opens with them («в течение текущего учебного года» is open-ended work:
          // genitive, not read here; «На первом заседании совета школы в новом учебном году …» names a meeting); round 45: also after
          // what is done, when «на» stands before the adjective (`coveredSchoolYear`)
          // Round 67. «В прошлом учебном году во время весенней акции мы спасли 25 деревьев.» (a city's news of a waste-paper
          // collection, https://riamobalashiha.ru/news/obschestvo/ucheniki-shkoly-v-balashihe-sobrali-okolo-4-t-makulatury-v-hode-aktsii —
          // corpus-real-61): «в прошлом / прошедшем / минувшем учебном году» is the school year before the context's, like «в прошлом
          // году» (it was `unparsed`). Only after «в» and in the prepositional with «году».
          const adj = c.toks[i - 1]?.text ?? '';
          const previous = PREVIOUS.test(adj) && c.toks[i - 2]?.text === 'в' && c.toks[j]?.text === 'году';
          const shift = CURRENT.test(adj) ? 0 : NEXT.test(adj) || NEW_SCHOOL.test(adj) ? 1 : previous ? -1 : null;
          if (shift !== null) {
            c.currentYear = shift;
            c.currentSchool = true;
            // round 201: «в следующем / новом / прошлом учебном году» — the time the text's dates are in, not the year a thing is for
            // («комплектование на новый учебный год … с 1 июня», the nominative subject «Новый учебный год начнется 1 сентября»)
            c.currentSchoolIn = c.toks[i - 2]?.text === 'в' && c.toks[j]?.text === 'году';
          }
        }
        return c.skipDot(j + 1);
      }
      break;
    }
    case 'quarter':
    case 'half':
    case 'schoolQuarter':
    case 'trimester':
    case 'monthWord':
      // «за 2 месяца до окончания четверти»: after an offset the period names the event, not a deadline
      if (t.cls === 'monthWord' && countedMonthOfEvent(c, i)) break; // round 133: «не позднее окончания 7-го месяца со дня …»
      if (t.cls === 'monthWord' && c.implicitOk && c.relativeAt < 0 && monthOfDayBefore(c, i)) return i + 1; // round 209
      if (t.cls === 'monthWord' && c.implicitOk && c.relativeAt < 0) {
        const day = monthNamedAfter(c, i); // round 243: «к концу месяца — 22 сентября» is that day
        if (day >= 0) return day;
      }
      if (c.implicitOk && c.relativeAt < 0) c.fail(`не указано, ${FEMININE.has(t.cls) ? 'какой' : 'какого'} ${UNIT_NAME[t.cls]}`);
      break;
    case 'relative':
      if (t.text === 'через' && throughMeans(c, i)) break; // «через беседы с …»: a means, not an offset (round 35)
      c.relative(i); // после, через, спустя
      break;
    default:
      if (dedicatedToResults(c, i)) return c.clauseEnd(i); // «30 декабря … педсовет, посвящённый итогам первого полугодия 2022-2023 …» (round 70)
      if (t.text === 'преддверии' && c.toks[i - 1]?.text === 'в') {
        const end = schoolYearOfEve(c, i); // round 209: «в преддверии нового учебного года 2023/2024» stays the event phrase
        if (end > i) return end;
      }
      if (t.text === 'преддверии' && c.toks[i - 1]?.text === 'в' && (c.isNum(i + 1) ? c.isCls(c.skipSuffix(i + 2), 'month') : c.toks[i + 1]?.type === 'word' && c.isCls(i + 2, 'month'))) {
        // Round 186. «В преддверии первого сентября Госавтоинспекция Московской области проводит масштабную проверку готовности
        // школьных автобусов.» (a regional news site on checks of school buses, https://360.ru/news/mosobl/avtoinspektsija-odintsova-proverit-shkolnye-avtobusy-pered-uchebnym-godom/
        // — corpus-real-172; it was `on` 09-01): «в преддверии» right before a day and its month (in figures or in words) is «накануне
        // 1 сентября», by that day (round 11's «в канун»); before anything else it stays the event phrase («В преддверии нового учебного
        // года …», corpus-real-32; «в преддверии Дня Победы»)
        c.conn('by', true);
        break;
      }
      if (plannedStart(c, i)) {
        c.conn('from'); // «планируют начать 16 мая» reads as «начнут с 16 мая» (round 39)
        break;
      }
      if (BEGIN_VERB.test(t.text) && (startedWork(c, i) || begunBefore(c, i))) {
        // «… начнет свою работу 1 сентября» reads as «начнётся 1 сентября» (round 77), and so does «Принимать заявки … начнут 5 августа» (round 107)
        if (!startAfterPeriod(c, i) && !startBy(c, i)) c.conn('from');
        break;
      }
      if (t.text === 'старт' && GIVEN.test(c.toks[i - 1]?.text ?? '')) {
        if (!startAfterPeriod(c, i)) c.conn('from'); // «В июле будет дан старт работ …» reads as «В июле стартуют работы …» (round 85)
        break;
      }
      if (GIVEN.test(t.text) && startNounBefore(c, i) >= 0) {
        // «Её старт будет дан в Туле 2 октября», «Старт акции был дан 1 сентября» read as «… стартует 2 октября» (round 193)
        if (!startAfterPeriod(c, startNounBefore(c, i))) c.conn('from');
        break;
      }
      if (intoForceFrom(c, i)) {
        c.conn('from'); // «вступающий в силу 1 сентября 2013 г» reads as «вступающий в силу с 1 сентября» (round 49)
        break;
      }
      // Round 95. «День открытых дверей традиционно проводится в последнюю субботу марта.» (a technical school's open-day news,
      // http://litgt.rgups.ru/… — corpus-real-84; it was the month): the last weekday of a month is one day, like «в первую среду
      // декабря»; the fifth of that weekday is the last one (a month lacking it gives its fourth), so «последн*» is the fifth
      if (t.text.startsWith('последн') && c.isCls(i + 1, 'weekday') && c.toks[i + 1]!.n > 0 && c.isCls(i + 2, 'month')) return weekdayOfMonth(c, i + 2, [5], c.toks[i + 1]!.n);
      // «в последнюю неделю декабря», «последняя неделя сентября»: the last seven days of the month
      if (t.text.startsWith('последн') && c.isCls(i + 1, 'weekWord') && c.isCls(i + 2, 'month')) return monthPart(c, i + 2, ['weekLast']);
      // «в последней декаде сентября», «последняя декада мая» (round 21): the third decade, like «3 декада»
      if (t.text.startsWith('последн') && c.isCls(i + 1, 'decade') && c.isCls(i + 2, 'month')) return monthPart(c, i + 2, ['end']);
      if (t.text.startsWith('следующ') && afterReportedYear(c, i)) break;
      if (t.text === 'вместо') {
        const cancelled = cancelledDate(c, i + 1); // «вместо 5 мая оно пройдёт 12-го числа»
        if (cancelled >= 0) return cancelled;
      }
      if (t.text === 'за' && c.atoms > 0) {
        const past = coveredAfterDay(c, i); // round 281: «до 10 апреля — за I квартал текущего года»
        if (past >= 0) return past;
      }
      if (t.text === 'за') {
        const deadline = coveredPeriod(c, i);
        if (deadline >= 0) return deadline; // the period is a note
      }
      // round 66: not «за 9 месяцев 2014 года», the first months of a year (`monthsOfYearAt`)
      if (t.text === 'за' && !monthsOfYearAt(c, i + 1) && !dayOfMonthAt(c, i + 1) && !spanOfWindowAt(c, i + 1) && !spanBeforeWindowAt(c, i + 1) && ((c.isNum(i + 1, 9) && !coveredYear(c, i + 1) && !coveredPart(c, i + 1)) || spanStartsAt(c, i + 1))) {
        c.relative(i); // «за 10 дней до …»
        c.offsetBy = offsetBy(c, i);
      }
      break;
  }
  return i + 1;
}

/**
 * Round 51. «Справка об исполнении плана ВШК за 1 четверть учебного года.», «Приказ "О выполнении программ за 1 четверть"», «Наша учба
 * Итоги успеваемости за 1 четверть 2011 2012 учебного года» (gist copies of ВШК справки and of reports on a quarter's results,
 * https://gist.github.com/anonymous/6acf4ed7e67bceca02fad0a717f6682a, https://gist.github.com/cd9d0f43b6206601031726e064a7e595,
 * https://gist.github.com/anonymous/c8b46c717de10b6b61cb316ffac60f6a — corpus-real-46): a number in figures at `k`, right after «за»,
 * then (past an ordinal ending: «за 1-ю четверть», «за 2-е полугодие») a school quarter, a quarter or a half, is the number of the part
 * a report covers — read as that part, like round 46's year after «за» («Отчет за 2020 год») and «за I полугодие» in Roman figures — not
 * a count of quarters before an event (the text was `event`, its reason the whole text). «за 2 недели до …» counts as before.
 */
function coveredPart(c: Cursor, k: number): boolean {
  if (!c.isNum(k) || c.toks[k]!.n < 1 || c.toks[k]!.n > 4) return false;
  let j = k + 1;
  if (c.isPunct(j, '-') && c.isCls(j + 1, 'ordinalSuffix')) j += 2;
  else if (c.isCls(j, 'ordinalSuffix')) j++;
  return c.isCls(j, 'schoolQuarter') || c.isCls(j, 'quarter') || c.isCls(j, 'half') || c.isCls(j, 'trimester');
}

/**
 * Round 46. «Отчет за 2020 год», «Протоколы заседаний ШМО за 2013-2014 учебный год.» (a gist of ШМО protocols,
 * https://gist.github.com/33ccc7df0f1c80b35c66961873560fc2 — corpus-real-42): a year in figures at `k`, right after «за», is the year
 * a report or a protocol covers — its period, read as a year or a school year — not a count of years before an event (the text was
 * `event`, its reason the whole text). «за 2 года до …», «за 10 дней до …» count as before.
 */
/**
 * Round 106. «Руководители учебных заведений должны разработать график отработки занятий за 25 и 26 октября.» (a news page on the days
 * added to autumn holidays, https://tv6.live/ru/2021/10/20/kanikuly-no-ne-sovsem-shkolniki-dolzhny-budut-otrabotat-dni-dobavlennye-k-osennim-kanikulam-video
 * — corpus-real-94; it was `event`, its reason the whole text): a number at `k`, right after «за», with its month in words after it
 * («за 25 октября», «за 25 и 26 октября», «за 25-26 октября», «за 25, 26 октября») is a day the work is for (the days to make up, a
 * report's day), not the count of an offset before an event: the days read as days. «за 10 дней до …», «за 2 недели» and «за 3 дня до
 * 25 октября» count as before, and so does a dotted day with no deadline after it («Итоги за 30.05 и 01.06», round 42's pin).
 */
function dayOfMonthAt(c: Cursor, k: number): boolean {
  const day = (j: number): boolean => c.isNum(j) && c.toks[j]!.n >= 1 && c.toks[j]!.n <= 31 && c.toks[j]!.text.length <= 2;
  if (!day(k)) return false;
  if (fullDateInFigures(c, k)) return true; // round 247: «Публикации за 17.04.2025»
  let j = k + 1;
  // more days of the same month: «и 26», «-26», «, 26», «или 26»
  while ((c.isPunct(j, '-') || c.isPunct(j, ',') || c.toks[j]?.text === 'и' || c.toks[j]?.text === 'или') && day(j + 1)) j += 2;
  return c.isCls(j, 'month');
}

/** Round 247: the «и» links pushed after the last atom that led to no date, dropped before the «и» of a verb of lasting joins the day to
 *  its end (`lastingUntil`). Only «и» or comma links, with no other item after them. */
function danglingAnd(c: Cursor): void {
  while (c.items.length > 0) {
    const last = c.items.at(-1)!;
    if (last.kind !== 'conn' || last.type !== 'and') return;
    c.items.pop();
  }
}

/**
 * Round 247. «Публикации за 17.04.2025» (the date line of a school site's day of news, https://5shl.uralschool.ru/site/day-events?date=2025-04-17
 * — corpus-real-223; it was `event`, an offset «за 17.04.2025»): a full date in figures after «за» — a day, a month of 1–12 and a year of
 * four figures glued by dots — is the day a list or a report covers, as «за 17 апреля 2025» already was, not a count of units before an
 * event. «за 10 дней до 17.04.2025» counts as before (its figure after «за» has no dot).
 */
function fullDateInFigures(c: Cursor, k: number): boolean {
  const month = c.toks[k + 2];
  const year = c.toks[k + 4];
  return c.isPunct(k + 1, '.') && month !== undefined && month.type === 'num' && !month.space && month.text.length <= 2 && month.n >= 1 && month.n <= 12
    && c.isPunct(k + 3, '.') && year !== undefined && year.type === 'num' && !year.space && year.text.length === 4;
}

/**
 * Round 208. «2. Анализ работы дошкольной образовательной организации за 20222023 учебный год» (the contents of a kindergarten's
 * annual plan, https://mechta-1-rt.tvoysadik.ru/file/card?id=4222 — corpus-real-191; it was `event`, an offset «за 20222023 …»): eight
 * figures that are two years glued (the second later, at most ten years on, round 30's `gluedYears`) after «за» are the years a report
 * covers, as «за 2022-2023 учебный год» is, not a count of units before an event. Whether they are a pair is `gluedYears`' to say.
 */
function gluedPairOfYears(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const year2 = Number(text.slice(4));
  return year >= MIN_YEAR && year2 <= MAX_YEAR && year2 > year && year2 - year <= 10;
}

function coveredYear(c: Cursor, k: number): boolean {
  const t = c.toks[k];
  if (t !== undefined && t.type === 'num' && t.text.length === 2 && shortPair(c, k)) return true; // round 164: «за 21-22 уч. год»
  if (t !== undefined && t.type === 'num' && t.text.length === 8 && gluedPairOfYears(t.text)) return true; // round 208: «за 20222023 учебный год»
  return t !== undefined && t.type === 'num' && t.text.length === 4 && t.n >= MIN_YEAR && t.n <= MAX_YEAR;
}
