/**
 * Reads the tokens of a deadline into date atoms (a day, a month, a quarter, a
 * half-year, a school quarter, a year, a school year) and the connectors
 * between them (с, по, до, «-», и). Years may still be missing; `resolve.ts`
 * fills them in from neighbours and from the context.
 *
 * Files: `cursor.ts` (state, token tests) · `years.ts` · `dates.ts` (days, times of day) ·
 * `numbers.ts` (runs of numbers, quarters, halves, decades, labels) · `words.ts` · `types.ts`.
 */
import type { Token } from '../tokens';
import { Cursor } from './cursor';
import { recurrence } from '../recurrence';
import { isoDateAt, numericDate, specialtyCodeAt, timeAt, yearFromBracket } from './dates';
import { addressNumber, cadastralNumber, streetNumber, anniversaryEnd, phoneNumber, schoolNumber, organisationNumber, seriesCode, timesFormat, documentDate, draftedBudgetYear, partOfWrittenMonth, pageCount, referenceNumber, reportedDay, run, teachingTimeEnd, withoutPeriodLabel } from './numbers';
import { windowOfDaysBefore, word } from './words';
import { gluedYears, MAX_YEAR, MIN_YEAR, shortPair, standaloneYear, yearAt } from './years';
import { atom, type Atom, type Scan } from './types';
import { HOUR_UNITS } from '../lexicon';

export type { Atom, Connector, Item, Part, Scan } from './types';
export { atom } from './types';


/**
 * Round 125. «- Окончание учебного года для 1-х классов-25 мая 2022 г., 9 и 11 классов-25 мая 2022 г., 2-8 классов-31 мая 2022г.» (a
 * city school's calendar graph, https://shkola51ulyanovsk-r73.gosweb.gosuslugi.ru/svedeniya-ob-obrazovatelnoy-organizatsii/dokumenty/dokumenty-all-52_7.html
 * — corpus-real-113; the days were lost, the text read as the month of May): a day glued by a hyphen to the word before it and followed
 * by its month in the genitive («классов-25 мая», «звонок-25 мая») is that day, a dash whose spaces were lost, not part of a name like
 * «ГИА-9» or «ЕГЭ-11». Only a day (1–31) and a month written out in the genitive («мая», «июня»): «ГИА-11 май 2021» keeps its name.
 */
function dayGluedByHyphen(c: Cursor, i: number): boolean {
  const n = c.toks[i]!.n;
  const month = c.toks[i + 1];
  return n >= 1 && n <= 31 && c.isCls(i + 1, 'month') && month !== undefined && /[ая]$/.test(month.text);
}
/** «-летию», «-летия», «-летний», «-летнего»: the word after «30-» in an anniversary or an age. */
// Round 282: «… выставку документов, посвященную юбилейной дате – 80-тилетию Похвистневского районного архива, …» (a district's news of
// its archive's exhibition, http://pohr.ru/?p=27298 — corpus-real-243; it was `unparsed`, «непонятное число «80»»): the linking «-ти-»
// that «5-ти летний» writes, glued to the anniversary's or the age's noun («80-тилетию», «10-тилетний»), is the same word
const AGE_WORD = /^(?:(?:ти)?лети[юяе]|(?:ти)?летн[а-я]*|лет)$/;
/**
 * Round 56. «В апреле … была организована … выставка, посвященная 200 –летию К.Д. Ушинского.» (a kindergarten's news,
 * http://ds46.educrub.ru/?q=node/635 — corpus-real-51): an anniversary whose dash has a space before or after it is the same label as
 * «200-летию» (it was `unparsed`, «непонятное число «200»»). Only the anniversary's noun («-летию / -летия / -летие»), not «летний»:
 * «июнь 2021 – летний период» keeps its year.
 */
const ANNIVERSARY_WORD = /^лети[юяе]$/;
/**
 * Round 128. «C 24 по 28 мая 2022 года в Чувашии проходят 5-дневные учебные сборы с юношами 10 классов.» (a Chuvash school's news of
 * the сборы of 10th-grade boys, https://trakgym-krarm.edu21-test.cap.ru/news/2022/05/24/c-24-po-28-maya-2022-goda-v-chuvashii-prohodyat-5-dnevnie-uchebnie-sbori-s-yunoshami-10-klassov/
 * — corpus-real-116; it was `unparsed`, «непонятное число «5»»): a number joined by a hyphen, with no space, to an adjective of a
 * length or a count — «5-дневные сборы», «36-часовая программа», «3-месячная стажировка», «2-недельный курс», «10-минутная зарядка»,
 * «2-этапный конкурс», «2-разовое питание» — is one word, what the thing is like, a label like «5-летний план» and «5-ти дневные»
 * (which the ordinal suffix already let through). Only the adjective's endings, so the noun «5-часов» is not one.
 */
const MEASURE_ADJECTIVE = /^(?:дневн|суточн|часов|минутн|недельн|месячн|годичн|этапн|разов|кратн)(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ой|ей|ом|ем|ому|ему|ую|юю|ых|их|ым|им|ыми|ими)$/;

/** Round 230: a unit of length after a count — «м», «км», «метров», «километра», «см», «мм». */
const LENGTH_UNIT = /^(?:м|км|см|мм|метр(?:а|ов|ы)?|километр(?:а|ов|ы)?)$/;

/**
 * Round 230. «- 11:00 – регистрация участников лыжной гонки на 2016 м, 5-3 км;» (a district's notice of «Лыжня России – 2016»,
 * http://opkhv.ru/news/nko/2062 — corpus-real-209; it was the year 2016, a range to 2016-12-31): a count right before a unit of length
 * is a distance, a label — «на 2016 м», «бег на 1000 м», «2000 метров», «5 км» — whatever its figures, so «15 мая - бег на 1000 м» is
 * that day (it was `unparsed`, «непонятное число «1000»») and «бег на 2000 метров 15 мая» the day of the context's year (it was
 * 2000-05-15). Not after an hour («в 10 ч. 30 м.»: minutes). Returns the index after the unit, or -1.
 */
function distanceEnd(c: Cursor, i: number): number {
  const u = c.toks[i + 1];
  if (u === undefined || u.type !== 'word' || u.text.length > 10) return -1;
  const first = u.text.charCodeAt(0); // «м», «к», «с»: a first-letter look before the pattern (most words after a count are months)
  if ((first !== 0x43c && first !== 0x43a && first !== 0x441) || !LENGTH_UNIT.test(u.text)) return -1;
  const before = c.isPunct(i - 1, '.') ? c.toks[i - 2] : c.toks[i - 1];
  if (before !== undefined && before.type === 'word' && HOUR_UNITS.has(before.text)) return -1;
  return i + 2;
}

/**
 * Round 243. «Завершить работы планируют в сентябре 2024 года.Телеканал 360°» (a news aggregator's story of a kindergarten's
 * construction in the Moscow region, its source «Телеканал 360°» glued to the sentence, https://dzen.ru/news/story/7f974473-e10a-5ab4-9b3d-7e7f535b60c5
 * — corpus-real-219; it was `unparsed`, «непонятное число «360»»): a count with a degree sign right after it, no space between —
 * «360°», «+8°», «-25°C», «18 °С» with the sign spaced from nothing but the figures — is a measure (degrees of heat or of a circle, a
 * channel's name), never a date: a label like «80 %». A Latin or Cyrillic «C» glued to the sign (Celsius) goes with it, so it is no
 * «с» (from). Returns the index after the sign (and its «C»), or -1.
 */
function degreesEnd(c: Cursor, i: number): number {
  const d = c.toks[i + 1];
  if (d === undefined || d.type !== 'punct' || d.space || (d.text !== '°' && d.text !== 'º')) return -1;
  const u = c.toks[i + 2];
  return u !== undefined && !u.space && (u.text === 'с' || u.text === 'c') ? i + 3 : i + 2;
}

/** «детей», «учащихся», «человек»: people counted in the genitive plural after a number (round 121). */
const COUNTED_PEOPLE = /^(?:детей|человек|учащихся|обучающихся|школьников|учеников|подростков|несовершеннолетних|студентов|педагогов|учителей|участников|выпускников|воспитанников|ребят|семей|родителей)$/;

/**
 * Round 213. «В рамках реализации мероприятия к 2023 году будет создано 2015 новых мест в общеобразовательных организациях.» (a
 * republic's education programme, https://docs.cntd.ru/document/561697775/titles/3NIIBI7 — corpus-real-195; it was one window
 * 2015..2023): round 121's four figures before people counted extend to the things a national project counts — places, schools,
 * buildings, objects, centres, rooms, quotas, applications, sites — and to one adjective in the genitive plural between («2015 новых
 * мест», «2019 новых участников»): a count, a label. A year is never followed by «мест» or «новых школ»; «2021 года», «2021 учебного
 * года» and «2020-2021 учебных годов» read as before.
 */
const COUNTED_THINGS = /^(?:мест|школ|зданий|объектов|центров|кабинетов|квот|заявок|площадок)$/;
const GENITIVE_PLURAL_ADJECTIVE = /^[а-яё]{3,}(?:ых|их)$/;
function countedAfter(c: Cursor, i: number): boolean {
  const counted = (k: number): boolean => {
    const w = c.toks[k];
    return w?.type === 'word' && (COUNTED_PEOPLE.test(w.text) || COUNTED_THINGS.test(w.text));
  };
  if (counted(i + 1)) return true;
  const adj = c.toks[i + 1];
  return adj?.type === 'word' && GENITIVE_PLURAL_ADJECTIVE.test(adj.text) && counted(i + 2);
}

/** «млн», «тыс.», «рублей»: a unit of money or of thousands after an amount. */
const AMOUNT_UNIT = /^(?:млн|млрд|тыс|трлн|миллион[а-я]*|миллиард[а-я]*|тысяч[а-я]*|руб[а-я]*)$/;

/**
 * Round 36. An amount at `i` is a label like «25 человек»; returns its end, or -1. Two forms, both seen in news of the «Цифровая
 * образовательная среда» and «Билет в будущее» projects (corpus-real-34):
 * - a number with a decimal fraction before a unit of money or of thousands: «На закупку оборудования в этом году … выделено около
 *   121,6 млн рублей.» (https://www.infoorel.ru/news/v-orlovskoy-oblasti-namereny-zakupit-oborudovanie-dlya-cifrovoy-obrazovatelnoy-sredy.html),
 *   «Около 121.6 млн рублей выделено … в 2021 году.» (http://admindolgan.ru/index.php?art=1476&cont=239) — both used to stop at
 *   «непонятное число «121»»; only before the unit, so «до 15.06 мероприятия» stays a date;
 * - a number written in groups of three digits before a word: «… в 2021 году стали 32 656 учеников 6-11 классов.»
 *   (https://www3.interfax-russia.ru/center/novosti-podmoskovya/devyat-uchiteley-podmoskovya-stali-luchshimi-pedagogami-navigatorami-proekta-bilet-v-budushchee),
 *   which used to stop at «непонятное число «32»».
 */
function amountEnd(c: Cursor, i: number): number {
  const t = c.toks;
  const sep = t[i + 1];
  const frac = t[i + 2];
  if (sep && frac && (sep.text === ',' || sep.text === '.') && !sep.space && frac.type === 'num' && !frac.space && AMOUNT_UNIT.test(t[i + 3]?.text ?? '')) return i + 3;
  // Round 83: a decimal fraction whose whole part is no day of a month, before a word that is no date word, is an amount too: «В
  // текущем году в документе от 9 июля фиксируется цифра 2093,92 единицы.» (https://udm-info.ru/news/society/22-07-2021/vlasti-malopurginskogo-rayona-sokraschayut-shtatnye-edinitsy-v-shkolah-i-detsadah
  // — corpus-real-72; «2093» was a year), «0,5 ставки», «1250,75 рубля»; «25,26 декабря» and «10,11 классы» are read as before
  if (sep && frac && sep.text === ',' && !sep.space && frac.type === 'num' && !frac.space && (t[i]!.n > 31 || t[i]!.n === 0) && t[i + 3]?.type === 'word' && c.isCls(i + 3, 'other')) return i + 3;
  let j = i + 1;
  while (t[j]?.type === 'num' && t[j]!.text.length === 3 && t[j]!.space) j++;
  if (j > i + 1 && t[i]!.text.length <= 3 && c.isCls(j, 'other') && t[j]!.type === 'word') return j;
  // Round 176: «С 1 февраля 2024 года данное пособие выплачивается в размере 24 604,30 рублей.» (a city's news on the lump-sum benefit on
  // taking a child into a family, https://xn--h1aigka1a.xn--p1ai/2024/02/22/ — corpus-real-162; it was `unparsed`, «непонятное число
  // «24»»): groups of three figures with a decimal fraction before a unit of money are an amount too
  if (j > i + 1 && t[i]!.text.length <= 3 && t[j]?.text === ',' && !t[j]!.space && t[j + 1]?.type === 'num' && !t[j + 1]!.space && AMOUNT_UNIT.test(t[j + 2]?.text ?? '')) return j + 2;
  const words = amountInWordsEnd(c, j);
  if (words >= 0 && (j > i + 1 ? t[i]!.text.length <= 3 : true)) return words;
  return -1;
}

/**
 * Round 83. «По состоянию на утро понедельника, 26 августа, в Таллинне 172 активные вакансии в сфере образования: из них 28 – опорных
 * специалистов, в школах – чуть более 70 вакансий, …» (a news digest on Tallinn's teacher shortage, http://moles.ee/24/Aug/26/est1.php —
 * corpus-real-72; it was `unparsed`, «непонятное число «28»»): a number right after «из них / из которых / из них же» is the part of a
 * whole counted before it, a label like «25 человек», also when a dash stands between it and what it counts («из них 28 – опорных
 * специалистов»). Not before a month or a unit of time («из них 5 дней …» stays a span). Returns the index after it (and the dash), or -1.
 */
function partOfWholeEnd(c: Cursor, i: number): number {
  if (i < 2) return -1;
  const t = c.toks;
  if (!afterWholeAt(c, i)) return -1;
  const j = c.isPunct(i + 1, '-') ? i + 2 : i + 1;
  const w = t[j];
  if (w === undefined || w.type !== 'word' || !c.isCls(j, 'other')) return -1;
  return j;
}

/** How many parts of one whole `afterWholeAt` walks back over: a bound that keeps the look back constant. */
const MAX_PARTS = 6;

/**
 * True when the number at `i` follows «из них / из которых», or (round 186) follows such a part and its noun after «и» or a comma.
 * Round 186. «По состоянию на 31 июля проверены 73 образовательные организации, из них 32 – общеобразовательные и 41 – дошкольные.» (a
 * city weekly on the check of its schools before the school year, https://smolnarod.ru/sn/smolenskie-shkoly-proveryayut-k-uchebnomu-godu/
 * — corpus-real-172; it was `unparsed`, «непонятное число «41»»): the parts of one whole are listed — «из них 32 – …, 41 – … и 5 – …» — and
 * each count after the first (one or two words counted after each), with its dash or not, is a part like the first (round 83); up to
 * `MAX_PARTS` parts back.
 */
function afterWholeAt(c: Cursor, i: number): boolean {
  const t = c.toks;
  let k = i;
  for (let n = 0; n < MAX_PARTS && k >= 2; n++) {
    const p1 = t[k - 1]!.text;
    if (t[k - 2]!.text === 'из' && (p1 === 'них' || p1 === 'которых')) return true;
    // «… 32 – общеобразовательные и 41 …»: «и» or a comma, one or two words counted, a dash or not, the part's count before it
    if (p1 !== 'и' && p1 !== ',') return false;
    let j = k - 2;
    if (!(t[j]?.type === 'word' && c.isCls(j, 'other'))) return false;
    j--;
    if (t[j]?.type === 'word' && c.isCls(j, 'other')) j--;
    if (c.isPunct(j, '-')) j--;
    if (t[j]?.type !== 'num' || j < 0) return false;
    k = j;
  }
  return false;
}

/**
 * Round 213. «28 мая 2007 в 00:00 848 0» (a regional paper's news line, https://www.infoorel.ru/news/rasporyajenie--120-r.html —
 * corpus-real-195; it was `unparsed`, «непонятное число «848»»): a page's counters after its date line may be two — views and
 * comments — so one or two more numbers of one to four figures may follow the count of views before the text closes; all are labels.
 * Returns the index after the last counter.
 */
function closingCountersEnd(c: Cursor, i: number): number {
  let end = i + 1;
  let more = 0;
  for (let k = i + 1; k < c.toks.length; k++) {
    const t = c.toks[k]!;
    if (t.type === 'punct') continue;
    if (t.type !== 'num' || t.text.length > 4 || ++more > 2) return -1;
    end = k + 1;
  }
  return end;
}

/**
 * Round 133: true when the number at `i` closes the text (only punctuation after it, or round 213's one or two more counters) and the
 * last thing read before it is a date with its year written — a page's date line and its count of views («28.02.2022 371», «28.02.2022
 * 12:30 371»).
 */
function countClosingDateLine(c: Cursor, i: number): boolean {
  if (closingCountersEnd(c, i) < 0) return false;
  const last = c.items.at(-1);
  return last !== undefined && last.kind === 'atom' && last.type === 'date' && last.day !== 0 && last.year !== null;
}

/** Round 92. Verbs of being or amounting before a count: «было», «будет», «быть», «стало», «составило», «насчитывается». */
const BEING_VERB = /^(?:было|были|был|была|будет|будут|быть|стало|стали|станет|станут|стать|составил[аои]?|составит|составят|составляет|составляют|составлять|насчитыва[а-я]*)$/;
/**
 * Round 194. Verbs of reaching a count: «Ожидается, что в 2024 году их число достигнет 340.» (a news site on the «IT-куб» centres,
 * https://publico.ru/news/v-rossii-sozdany-bolee-190-centrov-cifrovogo-obrazovaniya-it-kub — corpus-real-179; it was `unparsed`,
 * «непонятное число «340»»): «достигнет / достигнут / достигло / достиг / достигает / достичь» before a number say what it amounts to,
 * like round 92's «составит».
 */
const REACHING_VERB = /^(?:достиг(?:ла|ло|ли)?|достигн[а-я]*|достига[а-я]*|достичь)$/;
/**
 * Round 194. Verbs of changing a count before «до» and the number it is brought to: «Однако с января 2022 года количество мест мы
 * планируем увеличить до 500, набрав еще 250 учащихся», — …» (a news site on the first school «IT-куб» in Ulyanovsk,
 * https://xn--80aapampemcchfmo7a3c9ehj.xn--p1ai/news/v-ulyanovske-otkrylsya-pervyy-shkolnyy-it-kub — corpus-real-179; it was `unparsed`,
 * «непонятное число «500»»): «увеличить / увеличится / сократить / снизить / вырастет / возрастет / довести / расширить … до <число>» is
 * the count it is brought to, not a day: «до» is no deadline there. Right before «до» only; a month, a unit or a date's dot after the
 * number keeps its reading («увеличить до 15 мая» is still by 05-15).
 */
const CHANGING_VERB = /^(?:увелич|сократ|сокращ|сниз|сниж|уменьш|вырас|вырос|возрас|возрос|довест|довед|расшир|нарасти|нарастят|нараща)[а-я]*$/;
/** Round 92. Words that may hedge the count after such a verb: «было около 300», «станет более 200», «чуть больше». */
const COUNT_HEDGE = /^(?:около|более|менее|почти|свыше|всего|лишь|только|уже|порядка|примерно|больше|меньше|чуть|не)$/;

/**
 * Round 92. «Так, в прошлом году таких учебных заведений по стране было 3116, из которых в Воронежской области – 33.» (a regional news
 * site on schools with doubtful ЕГЭ results, https://poligraf.media/obsestvo/20180828/v-27-skolah-voronezskoj-oblasti-rezultaty-ege-byli-nazvany-somnitelnymi)
 * and «До конца года мы должны построить чуть больше 45 центров по всей стране, к 2024 году таких центров непрерывного повышения
 * профессионального мастерства должно быть 225», — рассказала она.» (a news site on ЦНППМ,
 * https://news.rambler.ru/education/43053702-pervyy-v-rossii-tsentr-povysheniya-profmasterstva-pedagogov-otkrylsya-v-podmoskove/ — both
 * corpus-real-82; they were `unparsed`, «непонятное число «3116»», «… «225»»): a number right after a verb of being or amounting
 * («было / будет / должно быть / станет / составило / насчитывается», one hedge word «около / более / чуть больше» between or not)
 * is a count, a label like «25 человек», also with no noun after it; and so is a number after a dash closing a clause opened by «из
 * них / из которых» («из которых в Воронежской области – 33», up to eight tokens back, no comma between), like round 83's «из них 28 –
 * …». Not before a month, a unit of time or a date's dot: «Экзамен будет 15 мая», «было 10 дней», «будет 15.05» keep their reading.
 * Returns the index after it, or -1.
 */
function countAfterBeingEnd(c: Cursor, i: number): number {
  const t = c.toks;
  const next = t[i + 1];
  if (next !== undefined && next.type === 'word' && !c.isCls(i + 1, 'other')) return -1;
  if (next !== undefined && next.type === 'punct' && (next.text === '.' || next.text === '/' || next.text === ':' || next.text === '-') && c.isNum(i + 2)) return -1;
  let k = i - 1;
  if (COUNT_HEDGE.test(t[k]?.text ?? '')) k--;
  if (COUNT_HEDGE.test(t[k]?.text ?? '')) k--; // «чуть больше», «не менее»
  if (t[k]?.type === 'word' && (BEING_VERB.test(t[k]!.text) || REACHING_VERB.test(t[k]!.text))) return i + 1;
  if (t[i - 1]?.text === 'до' && t[i - 2]?.type === 'word' && CHANGING_VERB.test(t[i - 2]!.text)) return i + 1; // round 194
  if (!c.isPunct(i - 1, '-')) return -1;
  for (k = i - 2; k >= 0 && k >= i - 10; k--) {
    const w = t[k]!;
    if (w.type === 'punct' && w.text !== '-') return -1;
    if (w.type === 'num') return -1;
    if (w.text === 'из' && (t[k + 1]?.text === 'них' || t[k + 1]?.text === 'которых')) return i + 1;
  }
  return -1;
}

/**
 * Round 83. «1.Установить единовременную денежную выплату в размере 100 000 (сто тысяч) рублей молодым воспитателям … с ежегодным
 * вручением, начиная с 1 января 2015 года.» (a head of a republic's decree on young teachers' lifting allowance,
 * http://www.kalmykia-gov.ru/doc/18426 — corpus-real-72; it was `unparsed`, «непонятное число «100»»): an amount written again in
 * words in brackets before its unit of money — «100 000 (сто тысяч) рублей», «50000 (пятьдесят тысяч) руб.», «1 (один) миллион
 * рублей» — is an amount, a label. At `j`, after the figures: the bracket holds words only, and a unit of money or of thousands follows
 * it. «10 (десяти) рабочих дней» and «до 15 (пятнадцатого) числа» are no amounts. Returns the index after the unit, or -1.
 */
function amountInWordsEnd(c: Cursor, j: number): number {
  const t = c.toks;
  if (t[j]?.text !== '(') return -1;
  let k = j + 1;
  while (t[k]?.type === 'word') k++;
  if (k === j + 1 || t[k]?.text !== ')' || !AMOUNT_UNIT.test(t[k + 1]?.text ?? '')) return -1;
  return c.isPunct(k + 2, '.') ? k + 3 : k + 2;
}

/**
 * Round 61. «Ежедневно к проекту присоединяются от 10 до 50 тыс. школьников.» (news of «Билет в будущее», https://yoldash.ru/news/v-proekt-bilet-v-budushchee-po
 * — corpus-real-55): «от N до M» before a unit of thousands or money («тыс.», «млн», «рублей») or before a word that is no date word
 * («от 10 до 50 человек», «от 3 до 5 участников») is a count of things, a label like «25 человек» (it was `unparsed`, «непонятное число
 * «10»»: «до 50» was taken for a day). «от 10 до 15 дней» (a span), «от 10 до 15 мая» (days of a month) and «от 10.05 до 15.05» are
 * not counts and are read as before. Returns the index after it, or -1.
 * Round 137. «С 2023 года число победителей выросло с 1000 до 1250 человек.» (news of the premiums to the best teachers,
 * https://adi19.ru/news/69846-v-rossii-uvelicili-cislo-premij-lucsim-ucitelam-za-dostizenia-v-pedagogike — corpus-real-125; it was
 * `unparsed`, «непонятное число «1000»»): a figure's change after «с / со» is such a count too («выросло с 1000 до 1250 человек»,
 * «увеличится со 100 до 125 премий»), and so are counts of four to seven figures after «от» or «с» («конкурс собрал от 1000 до 1500
 * заявок»). Not when either figure can be a year: «с 2020 до 2025 года», «с 2021 до 2024 включительно» stay a window of years.
 */
function countRangeEnd(c: Cursor, i: number): number {
  const t = c.toks;
  const from = t[i - 1]?.text;
  const first = t[i]!;
  const second = t[i + 2];
  if (second?.type !== 'num') return -1;
  if (c.isPunct(i + 1, '-')) {
    // Round 185. «Я думаю, что до конца августа еще порядка 100−150 человек подойдут, заявления напишут.» (a news page on a city's first
    // classes, https://news.mail.ru/society/67368191/ — corpus-real-171; it was `unparsed`, «непонятное число «100»»): two counts of
    // three to seven figures that cannot be years, joined by a dash, the second the larger, before a counted noun or an amount's unit
    // («100-150 человек», «200 - 300 участников») are a range of a count like «от 100 до 150 человек» — no day or month has three figures
    if (first.text.length < 3 || second.text.length < 3 || second.n <= first.n) return -1;
  } else if ((from !== 'от' && from !== 'с' && from !== 'со') || t[i + 1]?.text !== 'до') return -1;
  if (first.text.length > 7 || second.text.length > 7 || isYearFigure(first) || isYearFigure(second)) return -1;
  const unit = t[i + 3];
  if (unit === undefined || unit.type !== 'word') return -1;
  if (AMOUNT_UNIT.test(unit.text)) return c.isPunct(i + 4, '.') ? i + 5 : i + 4;
  return c.isCls(i + 3, 'other') ? i + 3 : -1;
}

/** Round 137. Four figures that can be a year (1900–2199): «2021». */
function isYearFigure(t: { text: string; n: number }): boolean {
  return t.text.length === 4 && t.n >= MIN_YEAR && t.n <= MAX_YEAR;
}

/**
 * «срок», «этап», «тур», «поток», «смена», «волна»: a noun of one of several parts of a schedule, numbered after it. Round 65: «Часть 2
 * — 20 апреля Математика — 25 апреля Окружающий мир — 27 апреля.» (a ВПР timetable copied into a gist,
 * https://gist.github.com/8a97205a0098386ace09f860f9caf42c — corpus-real-59; «2 — 20 апреля» was a window from 04-02): the other
 * numbered parts of a test, a course or a programme — «часть», «вариант», «день», «блок», «модуль», «раздел», «сессия», «занятие»,
 * «встреча», «задание» — are numbered the same way.
 */
const STAGE_NOUN = /^(?:срок|этап|тур|поток|смена|волна|часть|вариант|день|блок|модуль|раздел|сессия|занятие|встреча|задание)$/;

/**
 * Round 61. «2) дополнительный срок 1 (вторая рабочая среда марта) – 15 марта 2022 года», «3) дополнительный срок 2 (…) – 15 мая 2022
 * года» (a district's ОГЭ timetable, http://muuo-alyta.ucoz.ru/index/raspisanie_oge2019/0-75 — corpus-real-55): a number of one or two
 * figures right after a noun of a part of a schedule in the nominative («срок 1», «этап 2», «смена 3») is that part's number, a label
 * like «2 этап» (it was `unparsed`, «непонятное число «1»», or the start of a window «1 – 15 марта»). Not before a unit, a month or a
 * dot: «срок 10 дней» is a span, «срок 15 мая», «срок 15.05» are dates. Returns the index after it, or -1.
 */
function stageNumberEnd(c: Cursor, i: number): number {
  if (c.toks[i]!.text.length > 2 || !STAGE_NOUN.test(c.toks[i - 1]?.text ?? '') || c.toks[i - 1]!.type !== 'word') return -1;
  const next = c.toks[i + 1];
  if (next === undefined) return i + 1;
  if (next.type === 'num' || c.isPunct(i + 1, '.') || c.isPunct(i + 1, '/')) return -1;
  if (next.type === 'word' && next.cls !== 'other') return -1; // «срок 10 дней», «этап 15 мая», «смена 1 июня»
  return i + 1;
}

/**
 * Round 65. «Добавлено (07.02.2016, 05:34) --------------------------------------------- Сергей53, У нас только копии заверенные
 * директором, подлиники оставляем себе.» (a teachers' forum on attestation, https://easyen.ru/forum/46-2095-8 — corpus-real-59; it was
 * `unparsed`, «непонятное число «53»»): figures glued to the end of a word of three letters or more that is no date word — a user's
 * nickname («Сергей53», «nina78», «Учитель5») — are part of that word, a label. Not a year of four figures
 * («ГИА2017», «ВПР2021» keep their year), nor when a dot, a slash or a colon and a number follow (a date or a time glued to a word
 * keeps its reading). Returns the index after them, or -1.
 * Round 120. «Новости31 августа, 2022» (a magazine's news heading glued to its date,
 * https://mel.fm/novosti/1489362-opros-dlya-roditeley-stalkivalis-li-vy-s-poborami-v-shkole — corpus-real-108; it was `range` of all
 * August 2022): nor when the figures are a day and its month's name follows — a page's heading, a rubric or a label glued to the day
 * of its date line («Объявление15 марта 2021 года», «Опубликовано5 октября») is that day.
 */
function gluedToWordEnd(c: Cursor, i: number): number {
  const t = c.toks[i]!;
  const word = c.toks[i - 1];
  if (t.space || word === undefined || word.type !== 'word' || word.cls !== 'other' || word.text.length < 3) return -1;
  if (t.text.length === 4 && t.n >= MIN_YEAR && t.n <= MAX_YEAR) return -1; // «ГИА2017», «ВПР2021»: a year glued to its exam
  const next = c.toks[i + 1];
  if (next !== undefined && next.type === 'punct' && !next.space && (next.text === '.' || next.text === '/' || next.text === ':') && c.isNum(i + 2)) return -1;
  // round 120: a day glued to a page's heading before its month («Новости31 августа, 2022») is that day
  if (next !== undefined && next.type === 'word' && next.cls === 'month' && t.text.length <= 2 && t.n >= 1 && t.n <= 31) return -1;
  return i + 1;
}

/**
 * Round 78. True when `j` is the closing quote («»», «"») of a name that opened with a word after its opening quote in the same
 * clause: «Школы 800», «"Лицей 1535"». The opening quote is looked for back to the start or a «;», at most eight tokens.
 */
function nameQuoteClose(c: Cursor, j: number): boolean {
  const close = c.toks[j];
  if (close === undefined || close.type !== 'punct' || (close.text !== '»' && close.text !== '"')) return false;
  for (let k = j - 2; k >= 0 && k >= j - 9; k--) {
    const t = c.toks[k]!;
    if (t.type === 'punct' && (t.text === '«' || t.text === '"')) return c.toks[k + 1]?.type === 'word';
    if (t.type === 'punct' && (t.text === ';' || t.text === '»')) return false;
  }
  return false;
}

/** A number: a document part's number, a full date, a year, a time, a numeric date or a run of numbers. Returns the next index. */
function numberAt(c: Cursor, i: number): number {
  const t = c.toks[i]!;
  if (c.isPunct(i + 1, ':')) {
    const cadastral = cadastralNumber(c, i);
    if (cadastral >= 0) return cadastral; // «43:30:390813:3803»: a land plot's cadastral number, a label (round 271)
  }
  const ref = referenceNumber(c, i);
  if (ref >= 0) return ref;
  const pages = pageCount(c, i);
  if (pages >= 0) return pages; // «2013. – 186 с.»: a book's count of pages, a label (round 182)
  const series = seriesCode(c, i);
  if (series >= 0) return series; // «серия 66А01 № …», «серия 03 АО1»: a form's series, a label (round 114)
  const nick = gluedToWordEnd(c, i);
  if (nick >= 0) {
    c.label(); // «Сергей53»: a nickname's figures (round 65)
    return nick;
  }
  const stage = stageNumberEnd(c, i);
  if (stage >= 0) {
    c.label(); // «дополнительный срок 1 (…) – 15 марта 2022 года»: the number of a part of a schedule (round 61)
    return stage;
  }
  const address = addressNumber(c, i);
  if (address >= 0) return address;
  const street = streetNumber(c, i);
  if (street >= 0) return street; // «ул. Красина, 70»: a house's number after its street, a label (round 78)
  const phone = phoneNumber(c, i);
  if (phone >= 0) return phone; // «по номеру 122», «горячей линии 122»: a telephone or a line's number (round 80)
  const format = timesFormat(c, i);
  if (format >= 0) return format; // «баскетбол 3х3», «эстафета 4х200 м.»: a format of play (round 80)
  const distance = distanceEnd(c, i);
  if (distance >= 0) {
    c.label(); // «на 2016 м», «бег на 1000 м»: a distance, a label (round 230)
    return distance;
  }
  const degrees = degreesEnd(c, i);
  if (degrees >= 0) {
    c.label(); // «Телеканал 360°», «+8°», «-25°C»: degrees, a measure, a label (round 243)
    return degrees;
  }
  const school = schoolNumber(c, i);
  if (school >= 0) return school; // «мбоу оош 19 по …»: a school's number, a label (round 46)
  const organisation = organisationNumber(c, i);
  if (organisation >= 0) return organisation; // «в ОУ 264.»: an educational organisation's number, a label (round 127)
  const prev = c.toks[i - 1];
  if (prev && !t.space && (/[a-z]/.test(prev.text) && prev.type === 'word' || (prev.text === '-' && !prev.space && c.toks[i - 2]?.cls === 'other' && c.toks[i - 2]!.type === 'word' && t.text.length <= 2 && !dayGluedByHyphen(c, i)))) {
    // «oekr2017@mail.ru»: digits glued to Latin letters belong to an address or a code; «ГИА-9», «ЕГЭ-11»: a number joined to a
    // word by a hyphen is part of a name — labels, not dates (a year there is a title's year: «математики-2012»)
    c.label();
    return i + 1;
  }
  if (c.isPunct(i + 1, '-') && !c.toks[i + 1]!.space && AGE_WORD.test(c.toks[i + 2]?.text ?? '') && !c.toks[i + 2]!.space) {
    c.label(); // «приурочено к 30-летию …», «5-летний план», «для детей 7-летнего возраста»: an age or an anniversary, not a date
    return i + 3;
  }
  if (c.isPunct(i + 1, '-') && !c.toks[i + 1]!.space && MEASURE_ADJECTIVE.test(c.toks[i + 2]?.text ?? '') && !c.toks[i + 2]!.space) {
    c.label(); // round 128: «5-дневные учебные сборы», «36-часовая программа»: a length or a count joined to its adjective, a label
    return i + 3;
  }
  if (c.isPunct(i + 1, '-') && ANNIVERSARY_WORD.test(c.toks[i + 2]?.text ?? '')) {
    c.label(); // round 56: «посвященная 200 –летию К.Д. Ушинского», «к 80 - летию Победы»: the dash of an anniversary spaced, a label
    return i + 3;
  }
  const anniversary = anniversaryEnd(c, i + 1);
  if (anniversary >= 0) {
    c.label(); // «4 января – 240 лет со дня рождения …»: the count of an anniversary, a label (round 40, see `anniversaryEnd`)
    return anniversary;
  }
  const teaching = teachingTimeEnd(c, i);
  if (teaching >= 0) {
    c.label(); // «- 26 мая 2026 года - 34 учебные недели.»: a count of teaching time, a label (round 40, see `OFFSET_WORDS`)
    return teaching;
  }
  const counted = countRangeEnd(c, i);
  if (counted >= 0) {
    c.label(); // «от 10 до 50 тыс. школьников», «от 10 до 50 человек»: a count of things, a label (round 61)
    return counted;
  }
  const part = partOfWholeEnd(c, i);
  if (part >= 0) {
    c.label(); // «… 172 активные вакансии …: из них 28 – опорных специалистов, …»: a part of a whole counted before, a label (round 83)
    return part;
  }
  const being = countAfterBeingEnd(c, i);
  if (being >= 0) {
    c.label(); // «было 3116», «должно быть 225», «из которых в Воронежской области – 33»: a count, a label (round 92)
    return being;
  }
  const amount = amountEnd(c, i);
  if (amount >= 0) {
    c.label(); // «около 121,6 млн рублей», «32 656 учеников»: an amount, a label in a note (round 36)
    return amount;
  }
  if (t.text.length >= 3 && t.text.length <= 4 && (t.n < MIN_YEAR || t.n > MAX_YEAR) && (c.isPunct(i + 1, '%') || nameQuoteClose(c, i + 1))) {
    // Round 78. «… готовность учебных заведений к 1 сентября составляет почти 100%, однако …» (https://news.mail.ru/politics/67494411/)
    // and «Корпус «Школы 800» в Верхних Печёрах готов на 95%, его планируют ввести в эксплуатацию до 1 июля 2022 года, …»
    // (https://auditor-sajta.ru/231124/novosti-800-shkola-nizhnij-novgorod-verhnie-pechery — both corpus-real-67): a count of three
    // or four figures that cannot be a year before «%» is a percentage, and before the closing quote of a name that opened before it
    // («Школы 800», «Лицей 1535») it is part of that name — labels, as «80 %» and the figures of a nickname are (they were `unparsed`,
    // «непонятное число «100»», «… «800»»)
    c.label();
    return c.isPunct(i + 1, '%') ? i + 2 : i + 1;
  }
  if (t.text.length <= 2 && c.toks[i - 1]?.type === 'word' && c.toks[i - 1]!.cls === 'other' && nameQuoteClose(c, i + 1)) {
    // Round 266. «Ранее «МК в Ленобласти» рассказал, что Центр военно-патриотического воспитания детей и молодежи «Авангард 47»
    // открылся в октябре 2024 года …» (a regional paper on the Gatchina district's military training camps,
    // https://www.mk-lenobl.ru/amp/social/2025/11/06/u-shkolnikov-gatchinskogo-okruga-nachalis-uchebnovoennye-sbory.html —
    // corpus-real-231; it was `unparsed`, «непонятное число «47»»): one or two figures right after a plain word and before the
    // closing quote of a name that opened before it («Авангард 47», «"Лицей 17"», «Школа 21») are part of the name, as round 78's three
    // or four figures are — a label (→ range 2024-10). After a month («"Декабрь 15"»), a preposition («"с 1 по 15"») or a figure,
    // and with no quote closing right after them, the figures read as before.
    c.label();
    return i + 1;
  }
  const amounts = amountRangeEnd(c, i);
  if (amounts >= 0) {
    c.label(); // «в пределах от 620 до 653», «от 1020 до 1122 часов»: a range of amounts, a label (round 150)
    return amounts;
  }
  // Round 142. «Тула. 3 сентября. ИНТЕРФАКС - Более 300 учебных заведений в Тульской области, где расположены избирательные участки,
  // перейдут на дистанционное обучение …» (https://interfax-russia.ru/center/main/chast-tulskih-shkol-pereydet-na-distant-6-sentyabrya-iz-za-vyborov
  // — corpus-real-130; it was `unparsed`, «непонятное число «300»»): «учебных / учебные» between such a count and its noun is an
  // adjective of the things counted («300 учебных заведений»), as any word is; before a unit of time it is teaching time (round 40) and
  // read above
  // Round 180. «Как уточнили в региональной прокуратуре, 320-ти педагогам задолжали шесть миллионов рублей за декабрь 2019 года.» (a
  // regional news site on a salary debt to teachers, https://sarinform.ru/node/218066 — corpus-real-166; it was `unparsed`, «непонятное
  // число «320»»): a case ending glued to the count by a dash («320-ти», «150-ти», «200-х») stands between it and its noun as in
  // «10-ти дней» (`skipSuffix`), so the count is a label like «320 педагогам»
  const countEnd = c.skipSuffix(i + 1);
  const countedNoun = c.isCls(countEnd, 'other') || (c.isCls(countEnd, 'school') && c.isCls(countEnd + 1, 'other'));
  if (((t.text.length >= 3 && t.text.length <= 4 && (t.n < MIN_YEAR || t.n > MAX_YEAR)) || (t.text.length >= 5 && t.text.length <= 7)) && countedNoun) {
    // «проведение 1135 наблюдений», «для 350 участников»: a count that cannot be a year, before a word, is a label; round 61: also a
    // number of five to seven figures, which no date or year has: «До 2024 года в школах России будет создано 19950 центров …»
    // (https://itat.kuz-edu.ru/index.php?id=41286 — corpus-real-55; it was `unparsed`, «непонятное число «19950»»)
    c.label();
    return countEnd;
  }
  if (closingCount(c, i)) {
    // Round 255. «… направляет заключения … в Комитет по адресу: Комитет по образованию, пер.Антоненко, д.8, Санкт-Петербург, 190000.»
    // (a city's rules of its premiums in education, https://docs.cntd.ru/document/891831842/titles/7DU0KC) and «С 1 сентября советники
    // директора по воспитанию появятся только в 335 школах Удмуртии при общем количестве школ более 600.»
    // (https://udm-info.ru/news/2023-02-13/30-mln-rubley-vydelyat-udmurtii-na-zarplatu-sovetnikov-direktorov-shkol-po-vospitaniyu-2661251
    // — both corpus-real-226; they were `unparsed`, «непонятное число «190000»», «… «600»»): a number of five to seven figures, which
    // no day, month or year has (a postcode, a sum), and a count of three or four figures that cannot be a year after a word of
    // quantity («более / свыше / около …»), are labels with nothing but punctuation after them too, as round 61 reads them before a word
    c.label();
    return i + 1;
  }
  if (t.text.length >= 3 && t.text.length <= 4 && (t.n < MIN_YEAR || t.n > MAX_YEAR) && countClosingDateLine(c, i)) {
    // Round 133. «28.02.2022 371» (a Moscow placement site's news line, https://usynovi-moskva.ru/news/155882/ — corpus-real-121; it was
    // `unparsed`, «непонятное число «371»»): a count of three or four figures that cannot be a year, closing the text right after a
    // date with its year (a time or a «|» between or not), is the page's count of views after its date line — a label, as «Дата:
    // 29.01.2019 Просмотров: 744» is read with its word. Not a number with anything but punctuation after it, and not after a day with
    // no year («28.02 371» stays `unparsed`)
    c.label();
    return closingCountersEnd(c, i);
  }
  if (t.text.length === 4 && countedAfter(c, i)) {
    // Round 121. «В 2012 году в Пскове тест прошли 2040 детей, положительных результатов было только 2: …» (a regional paper's answer
    // on drug tests of pupils, https://pskov.aif.ru/dontknows/1279051?from_inject=1 — corpus-real-109; it was the year 2040, which beat
    // the year written with «году»): four figures right before a noun of people in the genitive plural count those people, a label
    // like «25 человек» — a year is never followed by «детей» or «учащихся» («в 2021 году», «2021 г.», «выпускники 2021 года» read
    // as before)
    c.label();
    return i + 1;
  }
  if (t.text.length === 4) {
    const j = isoDateAt(c, i);
    if (j >= 0) return j;
    const budget = draftedBudgetYear(c, i);
    return budget >= 0 ? budget : standaloneYear(c, i); // «при формировании бюджета на 2005 год»: the budget's year (round 172)
  }
  if (t.text.length <= 2) {
    if (t.text.length === 2 && shortPair(c, i)) return standaloneYear(c, i); // «22-23гг», «21-22 учебный год» (round 164)
    const doc = documentDate(c, i);
    if (doc >= 0) return doc;
    const reported = reportedDay(c, i);
    if (reported >= 0) return reported; // «за 30.05 … до 13 июня»: the day a result is for, a label (round 42)
    const code = specialtyCodeAt(c, i);
    if (code >= 0) return code; // «УГСН 44.00.00», «44.03.01 Педагогическое образование»: a speciality's code, a label (round 119)
    let j = timeAt(c, i);
    if (j >= 0 && c.isCls(i - 1, 'month')) return yearAfterNote(c, j); // «10 октября 15.00 2023 года» (round 61)
    const hours = j >= 0 ? windowOfHoursEnd(c, i, j) : -1;
    if (hours >= 0) return hours; // «с 9.00 час до 10.00 час 30.04.2025 года» (round 97)
    if (j < 0) j = numericDate(c, i);
    return j >= 0 ? j : run(c, i);
  }
  const glued = gluedYears(c, i);
  if (glued >= 0) return glued;
  c.strayNumber(`непонятное число «${t.text}»`);
  return i + 1;
}

/** Round 255: the words of quantity before a count («более 600», «свыше 120», «около 300»). */
const QUANTITY_WORDS: ReadonlySet<string> = new Set(['более', 'менее', 'свыше', 'около', 'почти', 'порядка', 'больше', 'меньше']);

/**
 * Round 255. A number that closes its sentence or text (only punctuation after it, a full stop, comma, semicolon or closing mark) and
 * is no date: five to seven figures not opening with a nought after a comma or a colon («…, Санкт-Петербург, 190000.»: the postcode
 * closing an address) or after a date line with its year (round 133's view count, «07.10.2021 19:04 43740»), or three or four figures
 * that cannot be a year right after a word of quantity («при общем количестве школ более 600.»). A number before a dot and a figure
 * («190000.5», «600.01») is not closing; «отчёт 12345» (no comma) and «18 октября 202218» (a year glued to a day) stay unread.
 */
function closingCount(c: Cursor, i: number): boolean {
  const t = c.toks[i]!;
  const len = t.text.length;
  if (len < 3 || len > 7 || len === 4 && t.n >= MIN_YEAR && t.n <= MAX_YEAR) return false;
  const next = c.toks[i + 1];
  if (next !== undefined && (next.type !== 'punct' || next.text === '-' || next.text === '/' || next.text === '%' || c.toks[i + 2]?.type === 'num' && !c.toks[i + 2]!.space)) return false;
  const prev = c.toks[i - 1];
  if (len >= 5) return t.text[0] !== '0' && (prev?.type === 'punct' && (prev.text === ',' || prev.text === ':') || countClosingDateLine(c, i));
  return prev !== undefined && prev.type === 'word' && QUANTITY_WORDS.has(prev.text.toLowerCase());
}

/** Three or four figures that cannot be a year: an amount, never a day, month or year. */
function amountFigures(c: Cursor, i: number): boolean {
  const t = c.toks[i];
  return t?.type === 'num' && t.text.length >= 3 && t.text.length <= 4 && (t.n < MIN_YEAR || t.n > MAX_YEAR);
}

/**
 * Round 150. «Согласно новым нормативам, вводимым в действие с 1 сентября, для первоклассников годовой объём учебных часов будет
 * варьироваться в пределах от 620 до 653.» (a news page on the yearly hours of schooling, https://news.mail.ru/society/67484670/ —
 * corpus-real-138; it was `unparsed`, «непонятное число «620»»): «от N до M» with both ends of three or four figures that no year has
 * is a range of amounts — hours, pupils, roubles —, a label like a count before its noun, whatever follows it («от 1020 до 1122 часов»
 * counts hours, not a span of time). `i` is the first figure, right after «от»; the index after the second, or -1. «от 2021 до 2023»
 * (years) reads as before.
 */
function amountRangeEnd(c: Cursor, i: number): number {
  if (c.toks[i - 1]?.text !== 'от' || !amountFigures(c, i) || c.toks[i + 1]?.text !== 'до' || !amountFigures(c, i + 2)) return -1;
  return i + 3;
}

/** «ч», «ч.», «час», «часов» after a time of day: the index after it (and its dot), else `k`. */
function hourWordEnd(c: Cursor, k: number): number {
  const t = c.toks[k];
  if (t?.type !== 'word' || !/^(?:ч|час|часа|часов)$/.test(t.text)) return k;
  return c.isPunct(k + 1, '.') && t.text === 'ч' ? k + 2 : k + 1;
}

/**
 * Round 97. «… образовательные организации … в период с 9.00 час до 10.00 час 30.04.2025 года приняли участие в Учениях …» (a district
 * education office's news of an anti-terror exercise, https://zhiguo.ucoz.ru/news/2025-04-30 — corpus-real-83; it was `by` 04-30): a
 * window of hours — «с / со» a time of day (`timeAt`), an optional «час / ч.», «до / по» or a dash, a second time and its «час» — is the
 * time of the day it belongs to, whether it stands before or after that day: the «с» and the «до» are the hours', not the day's (the
 * «до» made the day a `by`). `i` is the first time's figure, `j` the index after it; the index after the window, or -1. A lone «до 10.00»
 * before a day («до 10.00 15 мая») stays the day's «до».
 */
function windowOfHoursEnd(c: Cursor, i: number, j: number): number {
  const from = c.items.at(-1);
  if (from?.kind !== 'conn' || from.type !== 'from' || !/^(?:с|со)$/.test(c.toks[i - 1]?.text ?? '')) return -1;
  let k = hourWordEnd(c, j);
  if (!c.isPunct(k, '-') && !/^(?:до|по)$/.test(c.toks[k]?.text ?? '')) return -1;
  const end = timeAt(c, k + 1);
  if (end < 0) return -1;
  c.items.pop();
  return hourWordEnd(c, end);
}

/** Punctuation after a month that a part of it may follow: «сентябрь, в конце месяца», «октябрь (в начале месяца)», «май – последняя неделя». */
const PART_OPENERS: ReadonlySet<string> = new Set([',', '(', '-', ':']);

/** «в случае …», «при условии …» at `i`: a condition. */
function conditionAt(c: Cursor, i: number): boolean {
  const t = c.toks[i]!.text;
  const next = c.toks[i + 1]?.text;
  return (t === 'в' && (next === 'случае' || next === 'случаях')) || (t === 'при' && next === 'условии');
}

/** Round 39. An active participle in any case, reflexive or not: «аттестующихся», «сдающих», «прошедших», «обучавшихся». */
const PARTICIPLE = /^[а-я]{3,}(?:ущ|ющ|ащ|ящ|вш|едш)(?:ий|ая|ее|ие|его|ей|их|ему|им|ими|ую|ем|ой)(?:ся|сь)?$/;
/** Adjectives with the same endings that name a time or an order, not a participial phrase: «следующего за отчетным годом», «текущего года». */
const NOT_PARTICIPLE = /^(?:следующ|предыдущ|текущ|будущ|настоящ|входящ|исходящ|действующ)/;

/**
 * Round 39. «Аттестация …: до 16 января 2013 координатору необходимо зарегистрировать … педагогов, аттестующихся на соответствие
 * занимаемой должности по региональному графику в феврале 2013 года; …» (a district ИМЦ's attestation page, https://coko24.ru/2012/12/25/%d1%81%d1%80%d0%be%d0%ba%d0%b8-%d1%80%d0%b0%d0%b7%d0%bc%d0%b5%d1%89%d0%b5%d0%bd%d0%b8%d1%8f-%d0%b4%d0%be%d0%ba%d1%83%d0%bc%d0%b5%d0%bd%d1%82%d0%be%d0%b2-%d0%b4%d0%bb%d1%8f-%d0%b0%d1%82%d1%82%d0%b5-2 —
 * corpus-real-26): after a date, a participial phrase opened by a comma («, аттестующихся …», «, сдающих …», «, прошедших …») describes
 * a noun — whom or what the work is about — so the dates inside it are a note, up to the next comma or «;», like a condition after a
 * date. Not «следующего за …», «текущего …» (a time, not a participle), and not before any date («Заявления, поданные …»).
 */
function participleAfterComma(c: Cursor, i: number): boolean {
  const w = c.toks[i]!.text;
  return c.isPunct(i - 1, ',') && ((PARTICIPLE.test(w) && !NOT_PARTICIPLE.test(w)) || responsibleFor(c, i) || DEDICATED.test(w));
}

/**
 * Round 97. «В рамках недели безопасности ( с 05.06. по 09.06.) в группах детского сада прошли родительские собрания, посвященные
 * безопасному отдыху в летний период.» (a kindergarten's news, https://mdou-kirovo.ucoz.ru/news/2017-06-09 — corpus-real-83; it was the
 * summer, 06-01..08-31): the passive participle «посвящённый» in any form after a comma says what the thing is about, so the season or
 * the dates in its phrase are its topic, a note like an active participle's (round 39), up to the next comma or «;».
 */
const DEDICATED = /^посвящ[её]нн(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми|ых)$/;

/**
 * Round 43. «В декабре 2021 года региональным Министерством образования и науки был утвержден список координаторов, ответственных за
 * реализацию проекта «500+» в 2022 году.» (news of the «500+» project in Tuva,
 * https://tmgnews.ru/novosti/500-pomozhet-li-novyi-proekt-povysit-kachestvo-obrazovaniia-v-tuve/amp — corpus-real-38): «ответственный
 * за …» in any form describes a noun — who answers for what — like an active participle, so after a date and a comma its dates are a
 * note (it used to end a window at the year inside it).
 */
function responsibleFor(c: Cursor, i: number): boolean {
  return c.toks[i]!.text.startsWith('ответственн') && c.toks[i + 1]?.text === 'за';
}

/** Round 78. Verbs of planning, expecting or promising, past or present, personal or impersonal, after «как [и]». */
const AS_PLANNED_VERB = /^(?:планир|запланир|предполага|ожида|намеча|наметил|обеща|прогнозир|рассчитыва|предусматрива|предусмотр|было)[а-я]*$/;

/**
 * Round 78. «Осенние каникулы в большинстве школ Ростова начнутся, как планировали до начала этого учебного года, 2 ноября.» (a city's
 * head of education in the news, https://imag.one/news/viktoriya-chernyshova-osennie-kanikuly-v/4491071 — corpus-real-67): a clause
 * «как [и] планировали / планировалось / предполагалось / ожидалось / было запланировано …» opened by a comma compares the plan with what
 * happens — its dates are a note, up to the next comma or «;», like a participial phrase (it read «до начала … учебного года» into the
 * deadline: `on` 11-02 instead of open-ended from that day, as «… начнутся 2 ноября» reads). Wherever it stands, before a date or after.
 */
function asPlannedAfterComma(c: Cursor, i: number): boolean {
  if (c.toks[i]!.text !== 'как' || !c.isPunct(i - 1, ',')) return false;
  const k = c.toks[i + 1]?.text === 'и' ? i + 2 : i + 1;
  const v = c.toks[k];
  return v !== undefined && v.type === 'word' && AS_PLANNED_VERB.test(v.text);
}

/**
 * Round 82. «Новая школа, как и обещали откроется 1 сентября.» (a regional news post on a new school,
 * https://m.durovloh.me/wall-17579_1010228 — corpus-real-71): a clause «, как [и] <verb of planning>» with no comma closing it ends
 * right after its verb — the rest of the sentence is the main clause, its day the deadline (the clause ran to the end of the text and
 * took the day with it: `unparsed`). Only before the text's first date: with a closing «,» or «;» that more text follows, or after a
 * date, it runs as round 78 read it.
 */
function asPlannedEnd(c: Cursor, i: number): number {
  const end = participialEnd(c, i);
  let k = end + 1;
  while (k < c.n && c.toks[k]!.type === 'punct') k++;
  // a «,» or «;» with more text after it closes the clause; after the text's date the clause is a trailing note to the end («Экзамен
  // пройдет 15 мая, как и было запланировано в сентябре»)
  if (k < c.n || c.atoms > 0) return end;
  let v = c.toks[i + 1]?.text === 'и' ? i + 2 : i + 1;
  while (c.toks[v + 1]?.type === 'word' && AS_PLANNED_VERB.test(c.toks[v + 1]!.text)) v++; // «как и было запланировано»
  return v + 1;
}

/** The end of a participial phrase at `i`: the next «,» or «;». */
function participialEnd(c: Cursor, i: number): number {
  let k = i + 1;
  while (k < c.n && !c.isPunct(k, ',') && !c.isPunct(k, ';')) k++;
  return k;
}

/** How far a breakdown by years may run after its colon, in tokens («в 2023 году его получат 70 образовательных организаций, …»). */
const BREAKDOWN_TOKENS = 60;

/**
 * Round 43. «До конца 2024 года еще в 121 школе будет обновлено компьютерное и интерактивное оборудование: в 2023 году его получат 70
 * образовательных организаций, в 2024-м - 51.» (news of school equipment, https://penza.aif.ru/society/education/40_penzenskih_shkol_v_2022_godu_poluchat_novoe_kompyuternoe_oborudovanie
 * — corpus-real-34): after a deadline of a year («до конца 2024 года», «до 2025 года»), a colon that opens a breakdown of a count by
 * years — only years no later than the deadline's and counts, no day, no month, no «до / с» — says how the work is spread over the
 * years, a note (it used to make a window from the first year, or stop at «непонятное число «51»»). Returns the index of the
 * sentence's end (a full stop before a space or the end, or «;»), or -1. «до 1 марта: сбор заявок; до 15 марта: …» has dates and is
 * read as before.
 */
function yearBreakdown(c: Cursor, i: number): number {
  let at = c.items.length - 1;
  while (at >= 0 && c.items[at]!.kind === 'conn') at--; // «… 2024 года еще в 121 школе …»: a count read as a label leaves a connector
  const last = c.items[at];
  const before = c.items[at - 1];
  if (last?.kind !== 'atom' || last.type !== 'year' || last.year === null || before?.kind !== 'conn' || before.type !== 'by') return -1;
  let years = 0;
  let counts = 0;
  let k = i + 1;
  for (; k < c.n; k++) {
    if (k > i + BREAKDOWN_TOKENS) return -1; // a bounded look: a long text with many colons stays linear
    const t = c.toks[k]!;
    const abbreviation = c.toks[k - 1]?.text === 'г' || c.toks[k - 1]?.text === 'гг'; // «в 2023 г. — 70 школ»
    if (t.type === 'punct' && (t.text === ';' || (t.text === '.' && !abbreviation && (k + 1 === c.n || c.toks[k + 1]!.space)))) break;
    if (t.type === 'word' && (t.cls === 'month' || t.cls === 'by' || t.cls === 'from' || t.cls === 'towards')) return -1;
    if (t.type !== 'num') continue;
    if (c.isPunct(k + 1, '.') && c.toks[k + 2]?.type === 'num' && !c.toks[k + 2]!.space) return -1; // a date «01.03»
    if (t.text.length === 4) {
      if (t.n < 1900 || t.n > (before.strict ? last.year - 1 : last.year)) return -1; // «до 2025 года» ends with 2024
      years++;
    } else counts++;
  }
  return years > 0 && counts > 0 ? k : -1;
}

/**
 * Round 61. «Срок проведения тестирования: 22 сентября (12.00 МСК) – 10 октября (15.00 МСК) 2023 года.» (a school's notice of the
 * «Всероссийское тестирование по культуре речи», https://serg-school.ucoz.ru/news/vserossijskoe_testirovanie_po_kulture_rechi/2023-09-13-886
 * — corpus-real-55): a note right after a day and its month — a bracket («(15.00 МСК)», «(пятница)») or a time of day («10 октября
 * 15.00 2023 года») — does not part the date from its year: a year in figures right after the note is the date's (it was a window of
 * the whole year 2023 of its own). At `k`, the index after the note; only when the last atom is a date with no year. Returns the index
 * after the year, or `k`.
 */
function yearAfterNote(c: Cursor, k: number): number {
  const last = c.items.at(-1);
  if (!last || last.kind !== 'atom' || last.type !== 'date' || last.year !== null) return k;
  const y = yearAt(c, k, false);
  if (!y || c.isPunct(y.next, '.') && c.isNum(y.next + 1)) return k;
  last.year = y.year;
  last.year2 = y.year;
  last.explicit = true;
  return y.next;
}

/** How many words a bracket naming a weekday of a month may hold: «(первый рабочий понедельник мая)». */
const WEEKDAY_RULE_WORDS = 5;

/**
 * Round 61. «1) основной срок (вторая среда февраля) – 8 февраля 2022 года», «2) дополнительный срок 1 (вторая рабочая среда марта) –
 * 15 марта 2022 года» (a district's ОГЭ timetable, http://muuo-alyta.ucoz.ru/index/raspisanie_oge2019/0-75 — corpus-real-55): a bracket
 * before any date that holds only the words of a weekday of a month — an ordinal, «рабочий», the weekday, the month — and is followed by
 * a dash or a colon and a day names the rule the day follows; the day after it is the date and the bracket a note (it was read as the
 * start of a window ending on that day, «начало срока … позже его окончания»). At `i`, the «(»; returns the index after the «)», or -1.
 */
function weekdayRuleBracketEnd(c: Cursor, i: number): number {
  let weekday = false;
  let month = false;
  let k = i + 1;
  for (; k < c.n && !c.isPunct(k, ')'); k++) {
    const t = c.toks[k]!;
    if (k > i + WEEKDAY_RULE_WORDS || t.type !== 'word') return -1;
    if (t.cls === 'weekday') weekday = true;
    else if (t.cls === 'month') month = true;
    else if (t.cls !== 'ordinal' && !t.text.startsWith('рабоч')) return -1;
  }
  if (!weekday || !month || k >= c.n) return -1;
  const next = k + 1;
  return (c.isPunct(next, '-') || c.isPunct(next, ':')) && c.isNum(next + 1) ? next : -1;
}

/** Scans the tokens of one deadline. */
/**
 * Round 60. «В этом году сроки заездов установлены следующим образом: ДООЦ «Орбита» - 1смена (01.06-21.06), 2 смена (24.06-14.07); …»
 * (a town's news of camp vouchers, http://special.admk26.ru/novosti/nid-5105.html — corpus-real-54): when every date so far stood in
 * brackets, a bracket right after a label's word («2 смена (24.06-14.07)», «районный (1 – 15 марта)», «2 смена (с 28 июля по 17
 * августа)») opening with a figure or «с» and a figure — a window of days — holds the next item's dates, not a note on the first (it read only the first shift, to 06-21). A bracket of a month alone
 * stays a note, as round 41 decided («в основной (май – июль) и дополнительный (сентябрь) периоды» → to 07-31, corpus-real-38). Brackets after a date written outside them stay a note («27.02.2023 (25
 * февраля — суббота)»). `i` is the «(».
 */
function labelledBracket(c: Cursor, i: number): boolean {
  const before = c.toks[i - 1];
  // Round 97. «- администрацией школы был проведен инструктаж учителей по теме «…» (02.09), информ- акция «100 причин, по которым
  // терроризма быть не должно!» (03.09) с участием педагогов и сотрудников школы;» (a school's news of its anti-terror month,
  // https://sh-v1-gorlovka-r897.gosweb.gosuslugi.ru/roditelyam-i-uchenikam/novosti/novosti_55.html — corpus-real-83; it was `on` 09-02
  // only): the closing quote of an item's name is the item's label as its word is («акция (03.09)»), so the bracket after it holds that
  // item's day
  const quoted = before?.type === 'punct' && (before.text === '»' || before.text === '"');
  if (before === undefined || (!quoted && (before.type !== 'word' || before.cls !== 'other'))) return false;
  return c.isNum(i + 1) || (c.isCls(i + 1, 'from') && c.toks[i + 1]!.text.length <= 2 && c.isNum(i + 2)); // «(01.06-21.06)», «(с 5 по 25 июля)»
}

/**
 * Round 78. «Рекомендовать ГБОУ ДПО ЦПК «Похвистневский РЦ» организовать в 2014 г. изучение общественного мнения о качестве образования
 * (срок готовности итогового заключения –  1 июня 2014 г.).» (a district collegium's decision, http://pohsvu.ru/post/open/1635 —
 * corpus-real-67): when the only date so far is a whole year written first, a bracket that opens with the name of a deadline («срок …»,
 * «сроки …») or with «до» / «не позднее» holds the deadline of the work in that year — read, not a note (it read as the whole year,
 * 2014-12-31), as «в 2014 году, срок исполнения – 1 июня 2014 г.» and «в 2014 году до 1 июня» already were. Brackets after a day, a month
 * or a window stay notes («до 15.05.2021 (до 1 июня – по согласованию)»), and so do brackets after a year that opens a window («С 2021
 * года круглый год действует «Комендантский час» (до 2021 года было разделение …)», corpus-real-58: open-ended). `i` is the «(».
 */
function deadlineBracketAfterYear(c: Cursor, i: number): boolean {
  if (c.atoms !== 1 || c.items.length !== 1) return false; // «С 2021 года … (до 2021 года …)»: an open start is no work in a year
  const only = c.items[0] as Atom;
  if (only.type !== 'year' || only.part !== null || !only.explicit) return false;
  const first = c.toks[i + 1];
  if (first === undefined || first.type !== 'word') return false;
  return first.text === 'срок' || first.text === 'сроки' || first.cls === 'by' || (first.cls === 'not' && c.isCls(i + 2, 'later'));
}

/**
 * Round 202. «3.1. Перед составлением годовой отчетности (кроме имущества, инвентаризация которого проводилась не ранее 1 октября
 * отчетного года).» (a city administration's accounting policy, the cases of an inventory, https://docs.cntd.ru/document/561420507/titles/OGIGBR
 * — corpus-real-186; it was open-ended from 10-01, the bracket's day outranking the event phrase): a bracket that opens with «кроме» or
 * «за исключением» names what the rule leaves out — a note, its dates too, wherever it stands (after a date every bracket is one
 * already). `i` is the «(».
 */
function exceptionBracket(c: Cursor, i: number): boolean {
  const w = c.toks[i + 1];
  if (w?.type !== 'word') return false;
  return w.text === 'кроме' || (w.text === 'за' && c.toks[i + 2]?.text === 'исключением');
}

/**
 * Round 117. «Апрель/май — время защиты индивидуальных учебных проектов выпускников школы.» (a school's news of its graduates' project
 * defence, https://sozvezdiye-vlg.ru/%d0%b7%d0%b0%d1%89%d0%b8%d1%82%d0%b0-%d0%bf%d1%80%d0%be%d0%b5%d0%ba%d1%82%d0%be%d0%b2-%d0%b7%d0%b0%d0%b3%d0%be%d0%bb%d0%be%d0%b2%d0%be%d0%ba
 * — corpus-real-105): a month's name, a slash and the name of the month right after it («апрель/май», «сентябрь / октябрь», «в
 * декабре/январе») is one window over both, like «апрель-май» (it was `months`, April and May apart). Months further apart keep the
 * slash as a list («декабрь/май» are two months). `i` is the slash.
 */
function nextMonthAfterSlash(toks: readonly Token[], i: number): boolean {
  const a = toks[i - 1];
  const b = toks[i + 1];
  if (a?.type !== 'word' || b?.type !== 'word' || a.cls !== 'month' || b.cls !== 'month') return false;
  return b.word!.n === (a.word!.n % 12) + 1;
}

export function scanTokens(toks: Token[]): Scan {
  const c = new Cursor(toks);
  let i = 0;
  let part = -1;
  let outside = 0; // round 60: atoms read outside brackets (`labelledBracket`)
  while (i < c.n && !c.error) {
    const before = c.atoms;
    const t = toks[i]!;
    c.pos = i;
    if (t.type === 'word' && c.atoms > 0 && conditionAt(c, i)) {
      // «… весной, однако в случае ухудшения эпидситуации … осенью»: a condition after a date is a note, whatever dates it names
      i = c.clauseEnd(i);
    } else if (t.type === 'word' && asPlannedAfterComma(c, i)) {
      i = asPlannedEnd(c, i); // «… начнутся, как планировали до начала этого учебного года, 2 ноября»: a note (round 78)
    } else if (t.type === 'word' && c.atoms > 0 && participleAfterComma(c, i)) {
      i = participialEnd(c, i); // «до 16 января 2013 … педагогов, аттестующихся … в феврале 2013 года;»: a note (round 39)
    } else if (t.type === 'word') {
      i = word(c, i);
    } else if (t.type === 'punct' && t.text === ':' && c.atoms > 0 && (part = yearBreakdown(c, i)) >= 0) {
      i = part; // «До конца 2024 года …: в 2023 году … 70 …, в 2024-м - 51.»: a breakdown by years is a note (round 43)
    } else if (t.type === 'punct' && (part = PART_OPENERS.has(t.text) ? partOfWrittenMonth(c, i) : -1) >= 0) {
      i = part; // «сентябрь, в конце месяца», «октябрь (в начале месяца)» (round 21)
    } else if (t.type === 'punct') {
      // «Математика – 5 декабря 2023г Русский язык – 6 декабря 2023г»: a dash after a word that follows a date is a label's, not a range's
      if (t.text === '-') c.conn(c.items.at(-1)?.kind === 'atom' && c.isCls(i - 1, 'other') && toks[i - 1]!.type === 'word' ? 'and' : 'dash');
      else if (t.text === ',' || t.text === ';') c.conn('and');
      else if (t.text === '/' && nextMonthAfterSlash(toks, i)) c.conn('dash'); // «Апрель/май»: one window (round 117)
      else if (t.text === '(' && c.atoms > 0 && outside === 0 && labelledBracket(c, i)) c.depth++;
      else if (t.text === '(' && deadlineBracketAfterYear(c, i)) c.depth++; // «в 2014 г. … (срок готовности … – 1 июня 2014 г.)» (round 78)
      else if (t.text === '(' && c.atoms > 0 && endingInBracket(c, i)) c.depth++; // «стартовал 11.04.2024 (завершится 30.06.2024)» (round 238)
      else if (t.text === '(' && c.atoms > 0) {
        yearFromBracket(c, i); // «в первую среду декабря (04.12.2024)»: the bracket's year, then the bracket is a note
        const afterMonth = c.isCls(i - 1, 'month') || (c.isPunct(i - 1, '.') && c.isCls(i - 2, 'month'));
        i = c.closing(i); // «27.02.2023 (25 февраля — суббота)»: brackets after a date are a note, dates in them too
        if (afterMonth) i = yearAfterNote(c, i); // «10 октября (15.00 МСК) 2023 года»: the year after the note is the date's (round 61)
        continue;
      } else if (t.text === '«' && c.atoms > 0) {
        i = c.closing(i, '«', '»'); // «С 21-24.10.2014 – … «Педагог города – 2014».»: a title in quotes after a date is a note
        continue;
      } else if (t.text === '"' && c.atoms > 0 && (part = straightQuoteEnd(c, i)) >= 0) {
        i = part; // round 67: a title in straight quotes after a date is a note too (`straightQuoteEnd`)
        continue;
      } else if (t.text === '(' && exceptionBracket(c, i)) {
        i = c.closing(i); // «(кроме имущества, … не ранее 1 октября …)»: what the rule leaves out, a note (round 202)
        continue;
      } else if (t.text === '(' && c.atoms === 0 && (part = weekdayRuleBracketEnd(c, i)) >= 0) {
        i = part + 1; // «основной срок (вторая среда февраля) – 8 февраля 2022 года»: the rule, a note; its dash too (round 61)
        continue;
      } else if (t.text === '(') c.depth++;
      else if (t.text === ')' && c.depth > 0) c.depth--;
      i++;
    } else {
      const from = c.items.length;
      const target = c.toks[i - 1]?.text === 'на' && windowOfDaysBefore(c);
      i = numberAt(c, i);
      if (target) for (const it of c.items.slice(from)) if (it.kind === 'atom' && it.type === 'date' && it.day > 0) it.target = true;
    }
    if (c.depth === 0) outside += c.atoms - before;
  }
  // «… откроют в текущем году», «… появится в следующем году», «в текущем учебном году»
  if (c.atoms === 0 && c.currentYear !== null && !c.error) {
    c.push(c.currentSchool ? atom('schoolYear', null, { yearShift: c.currentYear }) : atom('year', null, { yearShift: c.currentYear }));
  } else if (c.atoms === 0 && c.coveredYear !== null && !c.error && recurrence(toks) === null) {
    // round 200: «За прошлый год … поступило около 56 тысяч обращений.» → that year; a repeat keeps its period («… ежегодно … отчет …
    // за прошедший год», corpus-real-59), so the year is added only when the text has none (read once, only for such texts)
    c.push(atom('year', null, { yearShift: c.coveredYear }));
  } else if (c.currentYear !== null && c.currentYear !== 0 && !c.currentSchool) {
    // «В прошлом году … 25 августа …», «в следующем году 1 марта»: the year in words, written first, is the year of the dates without one
    // (round 265: not a day whose own year is named «текущего года» right after it)
    for (const it of c.items) if (it.kind === 'atom' && it.year === null && it.ownCurrentYear !== true) it.yearShift = c.currentYear;
  } else if (c.currentYear !== null && c.currentYear !== 0 && c.currentSchoolIn && !c.error) {
    // Round 201. «Были оговорены сроки каникул в следующем учебном году, проведение ремонтных работ в летний период и …» (a Moscow
    // school's post on its governing council's meeting, https://dzen.ru/b/ZC761NLswGF2hhKp — corpus-real-185; it was the summer of the
    // context year, to 2021-08-31): the next or the previous school year in words after «в», written first, is the school year of the days,
    // months and seasons after it that have no year, as a school year in figures written first is («2021-2022 учебный год, в летний
    // период» → the summer of 2022): September–December its first year, January–August its second. The current school year keeps the
    // context year (`resolve.ts`), as before, and so does the year a thing is for («комплектование на новый учебный год … с 1 июня»)
    // and the school year as the subject («Новый учебный год начнется 1 сентября …»): the days there are the context year's.
    for (const it of c.items) {
      if (it.kind === 'atom' && it.year === null && (it.type === 'date' || it.type === 'month') && it.ownCurrentYear !== true) {
        it.yearShift = c.currentYear;
        it.inSchoolYear = true;
      }
    }
  }
  if (c.lateNextYearAtoms !== null && c.lateNextYearAtoms === c.atoms && c.currentYear === null && !c.error && c.items.every((it) => it.kind !== 'atom' || it.year === null)) {
    // round 61: «В ноябре-декабре первые пробы … прошли …, а в следующем году «Билет в будущее» затронет все 85 регионов.» (news of the
    // project, https://infonex.ru/okolo-100-tysyach-uchenikov-prinyali-uchastie-v-proekte-bilet-v-budushhee — corpus-real-55): «в
    // следующем / новом году» after the dates of the text, with none after it and no year written before it, adds the year after the
    // context's to them (it was dropped); after a year written («в 2020 году и в следующем году») it is not read, as before
    c.conn('and');
    c.push(atom('year', null, { yearShift: 1 }));
  }
  const items = withoutPeriodLabel(c.items);
  const atoms = c.atoms - (items.length < c.items.length ? 1 : 0);
  return { items, atoms, error: c.error, stray: c.stray, strayAt: c.strayAt, strayDay: c.strayDay, relativeAt: c.relativeAt, spanAt: c.spanAt, firstAtomAt: c.firstAtomAt, secondAtomAt: c.secondAtomAt, leadSpanAt: c.leadSpanAt, forYear: c.forYear };
}

/**
 * Round 238. «Первый этап Эстафет стартовал 11.04.2024 (завершится 30.06.2024).» (a kindergarten's news of the «Мои финансы» relay,
 * https://k-dou30.ru/2024/04/27/ — corpus-real-215; it was open-ended from 04-11): a bracket after a started day that opens with a
 * verb of ending is the window's end, read like the same verb after a comma («стартовал 11.04.2024, завершится 30.06.2024» → the
 * range, round 10's verbs of starting and ending). Only a verb of ending (not «по»), first in the bracket, after a start («с», a verb
 * of starting) whose day is the last thing read: «27.02.2023 (25 февраля — суббота)» and «с 1 марта (по плану)» stay notes.
 */
function endingInBracket(c: Cursor, i: number): boolean {
  const v = c.toks[i + 1];
  if (v?.type !== 'word' || v.cls !== 'to' || v.text === 'по') return false;
  const n = c.items.length;
  return c.items[n - 1]?.kind === 'atom' && c.items[n - 2]?.kind === 'conn' && (c.items[n - 2] as { type: string }).type === 'from';
}

/**
 * Round 67. «3 апреля в рамках Всероссийского экологического субботника "Зелёная весна" пройдёт сбор макулатуры.» (a class's blog on a
 * waste-paper collection, http://klass1a2018.blogspot.com/2019/03/3.html — corpus-real-61): a title in straight quotes after a date is
 * a note like one in «…» (round 7's rule; it was read, and the season in the name made a window to 05-31). The quote at `i` opens the
 * title; returns the index after the closing one, or -1 when no quote closes it (a lone mark is left to the other rules).
 */
function straightQuoteEnd(c: Cursor, i: number): number {
  for (let k = i + 1; k < c.n; k++) if (c.isPunct(k, '"')) return k + 1;
  return -1;
}
