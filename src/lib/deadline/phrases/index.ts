/**
 * Whole-phrase deadlines that carry no date of their own: events («по итогам
 * работ»), schedules («по графику ОО», «по приказу УО») and open-ended work
 * («постоянно»). The phrase lists are data (`events.ts`, `schedules.ts`,
 * `ongoing.ts`), compiled once by `compile.ts`. Reasons are cut from the
 * original text so the author's abbreviations keep their case («график ОО»).
 */
import { anywhere, atStart, PIECES } from './compile';
import { DEADLINE_NAMES, DEADLINE_NAMES_AT_START } from './due';
import { ASSIGNED_PERIOD, BARE_SPANS, CONDITIONS_ANYWHERE, EVENT_ANYWHERE, SAME_TIME_ANYWHERE, EVENT_CONDITIONS, EVENT_NOUNS, EVENT_START, LEADING_WORDS, STAGES } from './events';
import { ONGOING } from './ongoing';
import { ACT_EDITS, DOCUMENT_INSTRUMENTAL, DOCUMENT_NOUNS, DOCUMENT_PREPOSITIONAL, FIXING_TERMS, MADE_KNOWN, SCHEDULE_ANYWHERE, SCHEDULE_PREPOSITIONS, SCHEDULE_START, type DocumentNoun } from './schedules';

const EVENT_START_RE = atStart(EVENT_START, LEADING_WORDS, true);
/** Round 146: «за пять месяцев (апрель-август) …» at the start: the span is the bracketed window's length, not an offset (`<срок-окна>`). */
const SPAN_OF_WINDOW_RE = atStart(['за <срок-окна>'], LEADING_WORDS, true);
const EVENT_ANY_RE = anywhere(EVENT_ANYWHERE);
const CONDITION_ANY_RE = atStart(CONDITIONS_ANYWHERE);
const SAME_TIME_RE = atStart(SAME_TIME_ANYWHERE);
const CONDITION_RE = anywhere(EVENT_CONDITIONS);
const ONGOING_RE = anywhere(ONGOING);
const BARE_SPAN_RE = anywhere(BARE_SPANS);
const SCHEDULE_START_RE = atStart(SCHEDULE_START, LEADING_WORDS, true);
const MADE_KNOWN_RE = atStart(MADE_KNOWN, LEADING_WORDS, true);
const SCHEDULE_ANY_RE = anywhere(SCHEDULE_ANYWHERE);
const FIXING_RE = anywhere(FIXING_TERMS);
const ACT_EDITS_RE = anywhere(ACT_EDITS);
const DEADLINE_NAME_RE = anywhere(DEADLINE_NAMES);
const DEADLINE_NAME_AT_START_RE = atStart(DEADLINE_NAMES_AT_START);
/** Round 97: the day right after a name of the deadline at the start («Срок 20.05.2023», «Срок: 1 июня», «Срок – 15.09»). */
const DAY_RIGHT_AFTER = /^[\s:–—-]*\d/;
const STAGE_RE = anywhere(STAGES);

/**
 * Round 51. «Вводится в действие приказом по школе.» (a gist of a положение on inspection and control,
 * https://gist.github.com/0444079db8a02265f4397b16b4423886 — corpus-real-46; it was `unparsed`): a verb of putting a document in force
 * («вводится / вводятся / введен[о/а/ы] [в действие]») opening the text before a document noun in the instrumental is how the text says
 * which document sets the dates, as «Приказом по школе» alone does — the schedule names the document («приказ по школе»). Verbs of
 * approving («утверждается приказом …») are read by `SCHEDULE_START` as before.
 */
const PUT_IN_FORCE = '(?:вводит?ся|вводятся|введен[аоы]?|вводим[аоы]?е?)(?:\\s+в\\s+действие)?';

/**
 * Round 97. The first half of a compound adjective before a document noun, joined by a hyphen with no space: «учебно-» of «В
 * соответствии с учебно-воспитательным планом, в школе прошло учение … в случае возникновении пожара.» (a school's news of a fire
 * drill, https://yanysh-rcheb.edu21.cap.ru/news/2009/09/02/news_19859/?id=8902dafe-0d4f-474c-a4d6-93c9b0f712d4 — corpus-real-83; it was
 * the `event` of the condition «в случае …»): the whole compound is the adjective («учебно-воспитательный план», «финансово-хозяйственный
 * план»), so the plan sets the dates and outranks an event phrase elsewhere.
 */
const COMPOUND_HEAD = '(?:[а-я]+о-)?';

/**
 * Round 189. «Такие проверки будут проводиться согласно заранее установленному годовому плану.» (a news site on the checks of schools
 * and kindergartens in Kazakhstan, https://airpres.kz/social/shkoly-i-detsady-budut-vneplanovo-proveryat-v-kazahstane — corpus-real-174;
 * it was the `event` of «заранее»): an adverb of «in advance» before the adjectives of the document («заранее / предварительно /
 * заблаговременно установленному …») belongs to the participle, so the plan still holds the dates and outranks the event phrase; only
 * before an adjective, left out of the reason.
 */
const ADVANCE_ADVERB = '(?:(?:заранее|предварительно|заблаговременно)\\s+(?=[а-я]+(?:ому|ему|ыми|ым|им|ой|ые|ого|его)\\s))?';

/**
 * Round 220. «В соответствии с п. 67 Порядка проведения ГИА выпускникам, не прошедшим ГИА по уважительной причине, … предоставляется
 * возможность пройти ГИА без отчисления из образовательной организации.» (a college's page on the demonstration exam,
 * https://collegepravosudiya.ru/informaciya-o-demonstracionnom-ekzamene-dlya-studentov-poluchajushhih-obrazovanie-po-specialnosti-40-02-04-jurisprudenciya
 * — corpus-real-200; it was `unparsed`): the number of a part of the document — «п. 67», «пункту 12», «разделом 4», «ч. 2 ст. 5», up to two
 * — between the preposition and the document in the genitive is the same document, so «в соответствии с п. 67 Порядка …» is the schedule
 * «порядок …» like «в соответствии с порядком …»; the part is left out of the reason. Not after a bare «в» («в п. 3 положения» says where
 * something is written), nor before «настоящего / настоящей …»: «… в размере, установленном согласно п. 2.1 настоящего Постановления, …»
 * (corpus-real-120) points to another clause of the same text, which sets no dates (it stays `unparsed`).
 */
const PART_REF =
  '(?<!(?:^|[^а-я])в\\s+)(?:(?:(?:п|пп|подп|ч|ст|разд|гл)\\.?\\s*)|(?:(?:под)?пункт|раздел|стать|глав|част)[а-я]{0,3}\\s+)\\d{1,3}(?:\\.\\d{1,3}){0,3}\\.?\\s+(?!настоящ)';

/**
 * «по [adj] [adj] графику …»: a preposition, up to two adjectives in the dative/instrumental, a document noun. Round 52: two adjectives
 * may be joined by «и / или» («Согласно годовому и квартальному планам работы Министерства …», a ministry's instruction on inspections
 * copied in a gist, https://gist.github.com/2b4ca7b0f0baf2b8afe51253234c1679 — corpus-real-47; it was `unparsed`). A participle
 * may have its agent (and up to two words after it) before the noun («в соответствии с утверждённым руководителем графиком», «…
 * управлением образования графиком»): group 2, left out of the reason. At the start of a text a document noun in the instrumental
 * needs no preposition («Приказом по школе», «отдельным приказом»).
 */
const SCHEDULE_RE = new RegExp(
  `(?:^[^0-9a-zа-я]*(?:${PUT_IN_FORCE}\\s+)?(?=(?:[а-я]+(?:ым|им)\\s+){0,2}(?:${DOCUMENT_INSTRUMENTAL.join('|')})(?![а-я]))|(?:^|[^а-я])(?:${SCHEDULE_PREPOSITIONS.map((p) => p.split(' ').map((w) => (w.includes('|') ? `(?:${w})` : w)).join('\\s+')).join('|')})\\s+(?:${PART_REF}){0,2})${ADVANCE_ADVERB}` +
    `((?:${COMPOUND_HEAD}[а-я]+(?:ому|ему|ыми|ым|им|ой|ые|ого|его)\\s+(?:(?:и|или)\\s+(?=[а-я]+(?:ому|ему|ыми|ым|им|ой|ые|ого|его)\\s))?){0,2})((?<=нн(?:ому|ым|ой|ыми)\\s+)[а-я]+(?:ом|ем|ами|ями)(?:\\s+[а-я]+){0,2}?\\s+)?(${DOCUMENT_NOUNS.map((d) => d.forms).join('|')})(?![а-я])`,
);
/**
 * «в индивидуальном порядке», «в установленном законом порядке» opening a cell: «в», an adjective in the prepositional (a participle
 * may have its agent after it, left out of the reason), a noun of `DOCUMENT_PREPOSITIONAL`. Groups as in SCHEDULE_RE.
 */
const SCHEDULE_PREPOSITIONAL_RE = new RegExp(
  `^[^0-9a-zа-я]*в\\s+([а-я]+(?:ом|ем)\\s+)((?<=нном\\s+)[а-я]+(?:ом|ем|ами|ями)\\s+)?(${DOCUMENT_PREPOSITIONAL.map(([form]) => form).join('|')})(?![а-я])`,
);
const PREPOSITIONAL_NOUNS: ReadonlyMap<string, DocumentNoun> = new Map(
  DOCUMENT_PREPOSITIONAL.map(([form, nom]) => [form, DOCUMENT_NOUNS.find((d) => d.nominative === nom)!]),
);
const NOUN_RES: ReadonlyArray<[RegExp, DocumentNoun]> = DOCUMENT_NOUNS.map((d) => [new RegExp(`^(?:${d.forms})$`), d]);

const TRAILING = /[\s.,;:!?\-)(«»"']+$/;
const LEADING = /^[\s.,;:!?\-)(«»"']+/;
const SPACES = /\s+/g;

/** Trims and collapses whitespace and trailing punctuation of an original-text slice; keeps a closing bracket or quote that closes one. */
function clean(s: string): string {
  const out = s.replace(SPACES, ' ').replace(TRAILING, '').replace(LEADING, '');
  const closed = count(out, '(') > count(out, ')') ? out + ')' : out;
  return count(closed, '«') > count(closed, '»') ? closed + '»' : closed; // «… сообщает ИА «СеверИнформ»»
}

/** How many times `ch` occurs in `s`. */
function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** Lower-cases the first letter unless the word looks like an abbreviation («ОО»). */
function lowerFirst(s: string): string {
  if (s.length > 1 && s[1] === s[1]!.toLowerCase()) return s[0]!.toLowerCase() + s.slice(1);
  return s;
}

/** Where group 1 of a match starts. */
function phraseAt(m: RegExpExecArray): number {
  return m.index + m[0].length - m[1]!.length;
}

function eventReason(m: RegExpExecArray, original: string): string {
  const phrase = m[1]!;
  const at = phraseAt(m);
  const words = phrase.split(SPACES);
  const noun = words.length === 2 && words[0] === 'по' ? EVENT_NOUNS[words[1]!] : undefined;
  if (noun) {
    const rest = clean(original.slice(at + phrase.length));
    return rest ? `${noun} ${rest}` : noun;
  }
  // round 97: the one-letter name of a moment an hour counts from («Ч»+10 ч, «Ч+2 ч») keeps its case and its opening quote
  if (ONE_LETTER_MOMENT.test(original.slice(at, at + 4))) {
    const quote = at > 0 && /[«"„“]/.test(original[at - 1]!) && /[»"“”]/.test(original[at + 1] ?? '') ? original[at - 1]! : '';
    return quote + clean(original.slice(at));
  }
  return lowerFirst(clean(original.slice(at)));
}

/** Round 97: a letter, a closing quote or not, «+» (the start of `<час-ч>`). */
const ONE_LETTER_MOMENT = /^[а-яё][»"“”']?\s*\+/i;

const BRACKETS = /\([^()]*\)/g;

/**
 * «5 рабочих дней (при приеме в 1 и 10 класс, …), исчисляемых со дня регистрации»: a bracket inside an event phrase
 * is a note. Brackets become spaces of the same length, so offsets into the original text still hold. The text as
 * written is tried next, for a phrase that is itself in brackets («в возможно короткие сроки (не более трех …)»).
 */
function withoutBrackets(norm: string): string {
  return norm.includes('(') ? norm.replace(BRACKETS, (b) => ' '.repeat(b.length)) : norm;
}

/** Round 39. A weekday in the accusative in brackets right after a «день»: «(субботу)». */
const WEEKDAY_BRACKET_RE = /^\s*\(\s*(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\s*\)/;

/**
 * Round 39. «4. В шестой школьный день (субботу) мероприятия проводятся … с 9.00 до 14.00:» (corpus-real-35): an ordinal day whose
 * weekday is written in brackets right after it is a day of the school week, a repeat (`recurrence.ts`), not a day counted from an
 * event («на 3-й рабочий день после …», «в первый учебный день»).
 */
function dayOfSchoolWeek(m: RegExpExecArray, norm: string): boolean {
  const end = m.index + m[0].length;
  return /(?:^|[^а-я])день$/.test(m[0]) && WEEKDAY_BRACKET_RE.test(norm.slice(end));
}

/** An event phrase opening the text: its reason, and whether the phrase is a condition of `CONDITIONS_ANYWHERE` («в случае …»). */
export interface EventAtStart {
  reason: string;
  condition: boolean;
}

/**
 * The event phrase the text starts with, else null. Round 59: it says whether that phrase is a condition (one list,
 * `CONDITIONS_ANYWHERE`, for a condition at the start and inside a sentence), so `parse` lets a repeat after it win (round 57)
 * with no pattern of its own.
 */
export function eventAtStart(norm: string, original: string): EventAtStart | null {
  const bare = withoutBrackets(norm);
  // the text as written is tried again only when it differs (a text with no brackets is the same string: no second search)
  const m = EVENT_START_RE.exec(bare) ?? (bare === norm ? null : EVENT_START_RE.exec(norm));
  return m && !dayOfSchoolWeek(m, norm) && !daySetBySomeone(m, norm) && !SPAN_OF_WINDOW_RE.test(norm) ? { reason: eventReason(m, original), condition: CONDITION_ANY_RE.test(m[1]!) } : null;
}

/** A participle of setting right after «в день / в дни»: «, установленный …», «определенные …». */
const SET_BY_RE = new RegExp(`^[\\s,]+${PIECES['установленный']}(?![а-я])`);

/**
 * Round 45. «в день, установленный Оргкомитетом» (a contest's rules, corpus-real-41): a day that someone sets is a schedule, like
 * «в срок, установленный приказом» (`SCHEDULE_START`), not the event phrase «в день <событие>».
 */
function daySetBySomeone(m: RegExpExecArray, norm: string): boolean {
  const rest = norm.slice(m.index + m[0].length);
  if (/(?:^|[^а-я])(?:день|дни)$/.test(m[0])) return SET_BY_RE.test(rest) || SET_BY_AFTER_NOUN_RE.test(rest);
  return DAY_OF_EVENT_RE.test(m[1]!) && (SET_BY_RE.test(rest) || SET_BY_AFTER_NOUN_RE.test(rest));
}

/** Round 141: the event's words (the piece `<слова>`: one to seven words) between «в день» and the participle of setting, in full
 *  («установленный», «указанный»: a noun of the same stem, «в день поступления с указанием даты», is none). */
const SET_BY_AFTER_NOUN_RE = new RegExp(`^[\\s,]+${PIECES['слова']}[\\s,]+(?:установленн|определенн|назначенн|утвержденн|указанн)[а-я]*(?![а-я])`);

/**
 * Round 141. «… руководители министерств и госкомитетов - члены Правительства Республики Хакасия проводят прием граждан с 10.00 до
 * 12.00 часов в день приема, установленный графиком.» (a republic's rules of receiving citizens,
 * https://docs.cntd.ru/document/459600340/titles/2QASO8N — corpus-real-129): the day of an event that someone sets — «в день / дни
 * <событие>, установленный …» — is a schedule like round 45's «в день, установленный Оргкомитетом», not the event phrase «в день
 * <событие>» (it was `event`, «в день приема, установленный графиком»). The phrase is the event phrase «в день / дни …» with a
 * participle of setting right after it (`SET_BY_RE`); the event phrase is passed over and the next one, if any, is the text's.
 */
const DAY_OF_EVENT_RE = /^(?:в|во)\s+(?:день|дни)\s/;

/** A noun of a payment right before the phrase: «пособие», «выплаты», «компенсацию». */
const PAYMENT_BEFORE_RE = /(?:^|[^а-я])(?:пособи[а-я]*|выплат[а-я]*|компенсаци[а-я]*)[\s]+$/;

/**
 * Round 176. «Единовременное пособие при передаче ребёнка на воспитание в семью получили 89 семей Курской области.» (a region's radio
 * news, https://radiokurs.ru/54395-semi-vzjavshie-na-vospitanie-rebenka-poluchat-edinovremennoe-posobie.html — corpus-real-162; it was
 * `event`): «при <событии>» right after the noun of a payment — «пособие при передаче ребенка в семью», «пособие при рождении ребенка»,
 * «выплата при увольнении» — is the payment's name, not the moment of a procedure; the event phrase is passed over and the next one,
 * if any, is the text's. Looks at the twenty-four characters before the phrase only.
 */
function namesPayment(m: RegExpExecArray, text: string): boolean {
  const at = phraseAt(m);
  return text.startsWith('при', at) && PAYMENT_BEFORE_RE.test(text.slice(Math.max(0, at - 24), at));
}

/** `re` run on `text` again with the span of `m` blanked (same length, so offsets hold), or null. */
function nextMatch(re: RegExp, text: string, m: RegExpExecArray): RegExpExecArray | null {
  return re.exec(text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length));
}

/** An event phrase found inside a sentence: its reason, whether it is a condition («в случае …», «при наличии …»), whether it
 *  is an offset of nought from the event («одновременно с …», «в день …») and whether it counts a span in it («не более семи рабочих
 *  дней со дня …»: a count in words, which the scan of numbers does not see). */
export interface EventInSentence {
  reason: string;
  condition: boolean;
  sameTime: boolean;
  counted: boolean;
}

/** A number in figures or words before a unit of time: «семи рабочих дней», «10 дней», «трех недель». */
const COUNT_IN_PHRASE_RE = new RegExp(`(?:^|[^а-я0-9])${PIECES['число']}[\\s,]+${PIECES['срок']}(?![а-я])`);

/** What an event phrase found inside a sentence says. */
function inSentence(m: RegExpExecArray, original: string): EventInSentence {
  const phrase = m[1]!;
  return { reason: eventReason(m, original), condition: CONDITION_ANY_RE.test(phrase), sameTime: SAME_TIME_RE.test(phrase), counted: COUNT_IN_PHRASE_RE.test(phrase) };
}

const EVENT_ANY_ALL_RE = new RegExp(EVENT_ANY_RE.source, 'g');

/**
 * Round 31. «Итоговое сочинение в случае представления его при приеме на обучение … действительно в течение четырех лет, следующих за
 * годом написания такого сочинения.» (a gymnasium's page on the итоговое сочинение): a condition found first («в случае …») does not
 * hide an offset from an event after it — the span counted from the event (or an offset of nought) is returned; else null.
 */
function offsetAfterCondition(text: string, from: number, original: string): EventInSentence | null {
  EVENT_ANY_ALL_RE.lastIndex = from;
  for (let m = EVENT_ANY_ALL_RE.exec(text); m !== null; m = EVENT_ANY_ALL_RE.exec(text)) {
    // the phrase alone says whether it is an offset; the reason (the rest of the text from it) is made only for the one returned —
    // making it for every phrase passed over copied the rest of the text at each one, a cell's time growing with the square of its
    // length when a condition repeats («… при несчастном случае …» pasted over and over: 100 KB took 5 s; round 52)
    const phrase = m[1]!;
    if (!CONDITION_ANY_RE.test(phrase) && (COUNT_IN_PHRASE_RE.test(phrase) || SAME_TIME_RE.test(phrase))) return inSentence(m, original);
  }
  return null;
}

/** The first event phrase anywhere in the text, else null; an offset after a condition found first wins over the condition. */
export function eventInSentence(norm: string, original: string): EventInSentence | null {
  const bare = withoutBrackets(norm);
  let inBare = EVENT_ANY_RE.exec(bare);
  if (inBare && (daySetBySomeone(inBare, bare) || namesPayment(inBare, bare))) inBare = nextMatch(EVENT_ANY_RE, bare, inBare);
  let m = inBare ?? (bare === norm ? null : EVENT_ANY_RE.exec(norm));
  if (m && !inBare && (daySetBySomeone(m, norm) || namesPayment(m, norm))) m = nextMatch(EVENT_ANY_RE, norm, m);
  if (!m) return null;
  const found = inSentence(m, original);
  if (!found.condition) return found;
  return offsetAfterCondition(inBare ? bare : norm, m.index + m[0].length, original) ?? found;
}

/** Event reason when an event phrase occurs anywhere, else null. */
export function eventAnywhere(norm: string, original: string): string | null {
  return eventInSentence(norm, original)?.reason ?? null;
}

/**
 * Round 234. «2) не позднее 15 января года, следующего за годом, в котором получены гранты, отчет о достижении результата предоставления
 * гранта.» (a region's rules of grants to young scientists, https://docs.cntd.ru/document/467307535/titles/853N — corpus-real-213; it
 * was `by` 2021-01-15): a day of the year after the year of an event — «[года], следующего за годом <событие>» («получения субсидии»,
 * «участия в Конкурсе», «его предоставления») or «…, в котором …» right after the day's month — counts from that event, which no text
 * dates: an `event`, its reason from «года» on. Round 31's «…, следующего за отчетным годом» names the year reported on and keeps its
 * reading, and so does a repeat («ежегодно до 1 марта года, следующего за годом получения субсидии», read first). Only after a
 * month's name; looked for only when the text has «за годом».
 */
const DAY_OF_EVENT_YEAR_RE = /(?<![а-я])(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*[\s,]+((?:года|г\.?)?[\s,]*следующ[а-я]*[\s,]+за[\s,]+годом)(?![а-я])/;
/** What names the event after «за годом»: its verbal noun, a pronoun before it («его предоставления»). */
const EVENT_OF_YEAR = new RegExp(`^[\\s,]+(?:(?:его|ее|их)\\s+)?${PIECES['событие']}(?![а-я])`);
/** … or a relative clause, «, в котором / которого …» (`normalizeDeadline` blanks it after a month, so the original is read). */
const WHICH_YEAR = /^[\s,]+(?:в|во|после|до)\s+котор/i;

/** Round 234: the reason of a day of the year after the year of an event (`DAY_OF_EVENT_YEAR_RE`), else null. */
export function dayOfEventYear(norm: string, original: string): string | null {
  if (!norm.includes('за годом')) return null;
  const m = DAY_OF_EVENT_YEAR_RE.exec(norm);
  if (!m) return null;
  const end = m.index + m[0].length;
  if (!EVENT_OF_YEAR.test(norm.slice(end)) && !WHICH_YEAR.test(original.slice(end))) return null;
  return lowerFirst(clean(original.slice(end - m[1]!.length)));
}

/** Round 59. The stage of a process the text names («на третьем этапе снятия ограничений», `STAGES`): its reason, else null. */
export function stageOfProcess(norm: string, original: string): string | null {
  const m = STAGE_RE.exec(norm);
  return m ? eventReason(m, original) : null;
}

/** Event reason when the text names a condition («…, если у ребенка появились …»), else null. */
export function eventCondition(norm: string, original: string): string | null {
  const m = CONDITION_RE.exec(norm);
  return m ? eventReason(m, original) : null;
}

/** «в десятидневный срок»: a span with no event, as written, or null. */
export function bareSpan(norm: string, original: string): string | null {
  const m = BARE_SPAN_RE.exec(norm);
  if (!m) return null;
  const at = phraseAt(m);
  return lowerFirst(clean(original.slice(at, at + m[1]!.length)));
}

/** Round 190: «последних / предыдущих / прошедших / минувших» before or after the count of a span. */
const RECENT = '(?:последн|предыдущ|прошедш|минувш)[а-я]*';
/** Round 207: the coming ones of a count — «в течение ближайших семи дней», «в течение следующих трех недель». */
const COMING = '(?:ближайш|следующ|последующ|предстоящ)[а-я]*';

/** «в течение четырех рабочих дней …» (round 102: «на протяжении пяти суток» too, which the normaliser writes «в течение» since round
 *  277): a counted span is not open-ended work, whatever follows it; nor is a span counted
 *  from an event («в течение дня после утверждения»), nor one before an event («в течение недели до начала экзамена»: a date after
 *  «до» is read before this is asked), nor a span by its adjective («в семидневный срок по предложению …»). */
const COUNTED_SPAN_RE = new RegExp(
  `(?:^|[^а-я])(?:(?:в[\\s]+)?течени[а-я]*[\\s,]+(?:${PIECES['число']}[\\s,]+${PIECES['срок']}(?![а-я])|${PIECES['срок']}[\\s,]+(?:${PIECES['отсчёт']}|до)(?![а-я]))` +
    // round 190: «в течение трех последних лет», «на протяжении последних двух лет» — the last, previous or past ones of a count are still
    // a counted span (not «первых», round 83)
    `|(?:в[\\s]+)?течени[а-я]*[\\s,]+(?:${PIECES['число']}[\\s,]+${RECENT}[\\s,]+${PIECES['срок']}|${RECENT}[\\s,]+${PIECES['число']}[\\s,]+${PIECES['срок']})(?![а-я])` +
    // round 207: «в течение ближайших семи дней», «на протяжении последующих трех лет» — the coming ones of a count too
    `|(?:в[\\s]+)?течени[а-я]*[\\s,]+${COMING}[\\s,]+${PIECES['число']}[\\s,]+${PIECES['срок']}(?![а-я])` +
    `|в[\\s]+${PIECES['срок-прил']}[\\s]+срок(?![а-я])` +
    // round 85: a count of shifts («в течение трёх летних смен», «на протяжении двух смен») counts stages of a camp or a brigade
    `|течени[а-я]*[\\s,]+${PIECES['число']}[\\s,]+(?:${PIECES['прил-р']}[\\s,]+){0,2}смен[ы]?(?![а-я]))`,
);

/** «в течение всего периода, назначенного стажеру» (round 39): a period assigned to someone, a stage of work (an event). */
const ASSIGNED_PERIOD_RE = anywhere([ASSIGNED_PERIOD]);

/** «постоянных и временных рабочих мест», «временные или постоянные комиссии»: the adjective paired with its opposite. */
const KIND_PAIR_RE = /(?:^|[^а-я])(?:постоянн[а-я]*[\s,]+(?:и|или|и[\s]*\(или\))[\s,]+(?:временн|переменн)|(?:временн|переменн)[а-я]*[\s,]+(?:и|или|и[\s]*\(или\))[\s,]+постоянн)[а-я]*/g;

/**
 * Round 52. «Запретить выход из помещений без крайней необходимости учащихся и постоянного состава до получения указаний по режиму
 * защиты.» (a school's calendar plan of ГО и ЧС copied in a gist, https://gist.github.com/1026a67378aab2826c999fee5b61beb3 —
 * corpus-real-47): «постоянный состав» in any case is the permanent staff (the civil-defence term for a school's employees beside its
 * pupils), a noun of people, no open-ended work (it was `ongoing`; the text is the event «до получения указаний …»).
 */
const STAFF_RE = /(?:^|[^а-я])постоянн(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ых|ыми|ую)[\s,]+состав(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-я])/g;

/**
 * Round 200. «В рамках подготовки к заседанию постоянной комиссии муниципалитета по социальной политике, … депутаты посетили четыре
 * учреждения этого направления.» (a Yaroslavl news page, https://www.yarnews.net/news/show/yaroslavl/17472/deputaty_municipaliteta_yaroslavlya_posetili_centry_psihologo-mediko-socialnogo_soprovozhdeniya.htm
 * — corpus-real-184; it was `ongoing`): «постоянная комиссия / постоянный комитет» in any case is a standing body of a council or a
 * parliament — a name of who meets, no open-ended work, like round 52's «постоянный состав».
 */
const STANDING_BODY_RE = /(?:^|[^а-я])постоянн(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ых|ыми|ую)[\s,]+(?:депутатск(?:ий|ая|ой|ую|ие|их|им|ими|ом|ого|ому)[\s,]+)?(?:комисси|комитет)(?:я|и|ю|ей|й|ям|ями|ях|а|у|ом|е|ы|ов|ам|ами|ах)?(?![а-я])/g;

/** «в любое время», «в любое время года / суток / дня»; round 87: «в любой момент». */
const ANY_TIME_RE = /(?:^|[^а-я])в[\s]+(?:любое[\s]+время(?:[\s]+(?:года|суток|дня))?|любой[\s]+момент)(?![а-я])/g;

/** «по необходимости», «по мере необходимости», «при необходимости», «по запросу», «по заявкам», «по обращению», «по просьбе». */
const NEED_RE = /(?:^|[^а-я])(?:(?:по|при)[\s]+(?:мере[\s]+)?необходимост|по[\s]+(?:запрос|заявк|обращени|просьб))/;

/**
 * Round 50. The words of open-ended work that are not: «Участие в Ярмарке постоянных и временных рабочих мест на период каникул …» (a
 * plan of work with a pupil at risk, copied in a public gist, https://gist.github.com/716d231f1e4bec5b90365e1455de92df) — the adjective
 * «постоянный» paired with its opposite («и / или временный, переменный», either order) names a kind of a noun, as round 37's
 * instrumental «с постоянным … составом» does; «… приказы, издание которых возможно в любое время года по необходимости.» (a
 * kindergarten head's cyclogram of orders, https://gist.github.com/d99f5e4f1f12d4f24a361df4190c6f05) — «в любое время» with a need
 * or a request says no time is fixed and the need is the occasion (an event). Both corpus-real-45; they were `ongoing`. Returns the
 * text with those words blanked.
 */
/**
 * Round 58. «на / в каждый день проведения ГИА» is each day of an event, not daily work: its «каждый день» is no open-ended word (the
 * phrase «каждый [рабочий] день» of ONGOING reads «Центры работают каждый день с 10:00 до 19:00», https://www.ng.ru/news/798342.html —
 * corpus-real-53). A verbal noun in «-ния / -тия» right after «день» names the event; the look-ahead is one word, so the scan stays linear.
 * Round 89: so does a camp's shift, the holidays or a gathering right after «каждый день», with or without «в / на» («Каждый день смены
 * будет посвящен изучению биографии знаменитых личностей …», a region's news of a «Движение Первых» shift,
 * https://infobira.ru/?action=view&id=17477&module=articles — corpus-real-78; it was `ongoing`): each day of that event (`EVENT_ANYWHERE`).
 */
const EACH_EVENT_DAY_RE =
  /(?:^|[\s,(])(?:(?:в|на)\s+каждый\s+(?:рабочий\s+)?день\s+(?=[а-я]+[нт]ия(?![а-я]))|(?:(?:в|на)\s+)?каждый\s+день\s+(?=(?:смены|смен|каникул|лагеря|сбора|сл[её]та|похода|фестиваля|форума)(?![а-я])))/g;

/**
 * Round 122. «Акция проходила в течение большой перемены …» (https://sosh2-yadrin.edu21.cap.ru/news/2018/11/16/news_620724/?id=8a85ea6a-0c0b-49c1-9e74-9fdf67ffd9d1
 * — corpus-real-110): «в течение / на протяжении» before a break, a lesson or a class (one adjective in the genitive, an ordinal or
 * «всех» between or not) is the time of that event (`EVENT_ANYWHERE`), not open-ended work: its «в течение» is no open-ended word. The look-ahead is
 * one optional word and the noun, so the scan stays linear.
 */
const BREAK_SPAN_RE = /(?:^|[^а-я])в\s+течени[еия]\s+(?=(?:[а-я]+(?:ой|ого|ей|его|их|ых|ех)\s+)?(?:перемен|урок|заняти)[а-я]*(?![а-я]))/g;

/**
 * Round 205. «72. Заявление о смене учреждения может быть подано до зачисления ребенка в учреждение в любой момент в случае несогласия
 * родителей (законных представителей) с зачислением ребенка в конкретное учреждение, …» (a city's административный регламент of the
 * queue to kindergartens, https://docs.cntd.ru/document/577933981/titles/3GFO4M3 — corpus-real-188; it was `ongoing`): «в любое время /
 * в любой момент» with a condition («в случае …») or before an event («до <отглагольное существительное>»: «до зачисления», «до начала
 * …», «до окончания …») says no time is fixed but the occasion or the event that closes it, as round 50 reads it with a need. The look
 * is one word after «до», so the scan stays linear; «в любое время до 15 мая» (a day) keeps its deadline, «в любое время» alone stays
 * open-ended.
 */
const OCCASION_RE = /(?:^|[^а-я])(?:в[\s]+случае(?![а-я])|до[\s]+(?:[а-я]+(?:ни|ти)я|начала|конца|окончания)(?![а-я]))/;

/**
 * Round 229. «Обращения, поступившие в Министерство, его территориальные органы или подведомственные учреждения в рабочее время,
 * регистрируются в день поступления, при поступлении в нерабочее время - на следующий рабочий день.» (a ministry's regulation on
 * citizens' appeals, https://docs.cntd.ru/document/459702414/titles/1CB2HCT — corpus-real-208; it was `ongoing`): «в рабочее время» in
 * the clause of a thing's arrival — after «поступивший / поступил / поступает / поступают / поступление» with no «.», «;», «!», «?»
 * between, at most 160 characters — is when the thing arrives, a condition of the rule, not daily work (round 197's «Звонить следует в
 * рабочее время.» stays open-ended): its «в рабочее время» is no open-ended word. Not after «поступающий» (an applicant: «Приём
 * документов от поступающих ведётся в рабочее время» stays daily work). Tried only when both words are in the text.
 */
const ARRIVAL_TIME_RE =
  /((?:^|[^а-я])(?:поступивш[а-я]*|поступил[а-я]*|поступлени[а-я]*|поступа[ею]т)(?![а-я])[^.;!?]{0,160}?[^а-я])в\s+рабочее\s+время(?![а-я])/g;

function withoutFalseOngoing(norm: string): string {
  let out = norm.replace(KIND_PAIR_RE, ' ').replace(STAFF_RE, ' ').replace(STANDING_BODY_RE, ' ').replace(EACH_EVENT_DAY_RE, ' ').replace(BREAK_SPAN_RE, ' ');
  if (out.includes('любо') && (NEED_RE.test(out) || OCCASION_RE.test(out))) out = out.replace(ANY_TIME_RE, ' ');
  if (out.includes('рабочее время') && out.includes('поступ')) out = out.replace(ARRIVAL_TIME_RE, (_m: string, head: string) => head + ' ');
  return out;
}

/** True when the text describes open-ended, continuous work. */
export function isOngoing(norm: string): boolean {
  return ONGOING_RE.test(withoutFalseOngoing(norm)) && !COUNTED_SPAN_RE.test(norm) && !ASSIGNED_PERIOD_RE.test(norm);
}

/** Nominative of an adjective in the dative/instrumental case, for a noun of gender `g`. */
function nominative(adj: string, g: DocumentNoun['gender']): string {
  const stem = adj.replace(/(ому|ему|ого|его|ым|им|ой|ыми|ые|ом|ем)$/, '');
  // round 45: the possessive «своему графику» is «свой график» (it was «своий»)
  if (stem === 'сво') return { m: 'свой', f: 'своя', n: 'своё', p: 'свои' }[g];
  // round 97: after «к / г / х» a hard stem is written «-ий / -ие» in the masculine and the plural, «-ая / -ое» in the others
  // («календарно-тематическому плану» → «календарно-тематический план», «календарно-тематическим планированием» → «… -ое планирование»)
  const soft = /[кгх]$/.test(stem) ? g === 'm' || g === 'p' : /(ему|его|им|ем)$/.test(adj);
  if (g === 'm') return stem + (soft ? 'ий' : 'ый');
  if (g === 'f') return stem + (soft ? 'яя' : 'ая');
  if (g === 'n') return stem + (soft ? 'ее' : 'ое');
  return stem + (soft ? 'ие' : 'ые');
}

/** True when the text starts by saying who sets the dates («Даты … определяются …», «Сроки проведения определяет …»). */
export function scheduleAtStart(norm: string): boolean {
  return SCHEDULE_START_RE.test(norm);
}

/** Round 142: true when the text starts with a time made known later («О времени … оповестят …», «Сроки будут сообщены …»; `MADE_KNOWN`). */
export function madeKnownAtStart(norm: string): boolean {
  return MADE_KNOWN_RE.test(norm);
}

/**
 * Round 51. «Программа развития школы на период с В Программе отражены основные идеи Государственной целевой программы города Москвы на
 * среднесрочный период гг.» (a gist copy of a school's programme of development, https://gist.github.com/c63fd4a990753c842b98e13a460f8f91
 * — corpus-real-46; it was `schedule` «программа отражены …»): a document after a bare «в» followed by a participle of what it contains
 * («отражены», «представлены», «изложены», «описаны», «раскрыты», «сформулированы», «содержатся», «указаны цели») says what is written in
 * it, not that it sets the dates — no schedule. «в сроки, установленные приказом», «в соответствии с программой», «по плану» read as
 * before.
 */
const CONTENTS_AFTER = /^\s*(?:отраж|представл|излож|описан|раскрыт|сформулирован|содерж|перечисл|обозначен|определены\s+(?:цел|задач|направлен|иде))[а-яё]*/i;
/**
 * Round 161. «Приказ о внесении изменений в ООП ООО для 8-9 классов» (a school's order on its programme after the 2024 changes to the
 * ФОП, https://school10salsk.rostovschool.ru/file/card?id=2113 — corpus-real-150; it was `schedule` «ООП ООО для 8-9 классов»): a
 * document after a bare «в» right after a word of changing — «изменения / изменений», «дополнения», «поправки», «коррективы» (up to
 * three words between) — names the document changed, not one that sets the dates, like round 149's programme one joins. The text is
 * read past it («Внесение изменений в план работы по графику» keeps its graph).
 */
const CHANGED_IN = /(?:^|[^а-я])(?:изменени|дополнени|поправк|корректив)[а-я]*[\s,]+в\s+(?:[а-я]+\s+){0,3}$/;
/**
 * Round 196: the same document changed, the verb after it: «в приказ внесены следующие изменения», «в Положение были внесены дополнения»
 * (up to three words of the document's name between).
 */
const EDITED_AFTER = /^(?:[\s,]+[а-я0-9.-]+){0,3}?[\s,]+(?:были\s+|будут\s+)?(?:внесен[аоы]?|внес[её]т|внесли|внесут|вносятся|вносится)(?![а-я])/;
/** The document's preposition is a bare «в» (not «в соответствии с», «в рамках», «в порядке и»); round 161: the noun may be a compound
 *  joined by a hyphen («в план-график»). */
const BARE_V = /(?:^|[^а-я])в\s+(?:[а-я]+(?:ому|ему|ыми|ым|им|ой|ые|ого|его)\s+){0,2}[а-я]+(?:-[а-я]+)?\s*$/;

/**
 * Round 92. «МОСКВА, 19 октября. /ТАСС/. Индивидуальные занятия с детьми, отстающими по обязательной школьной программе, должны
 * проводиться педагогами на безвозмездной основе.» (a news agency on free lessons for pupils who lag behind, https://tass.ru/obschestvo/25387793
 * — corpus-real-81; it was `schedule` «обязательная школьная программа, …», so round 68's dateline gave way to it): «по [обязательной
 * школьной] программе» right after a word of studying, lagging or keeping up — «отстающими / отстающих / отстают», «обучающихся /
 * обучаются / обучение», «занимающихся / занимаются», «успевающих / неуспевающих», «учащихся / учатся», «осваивающих / освоение» — names the
 * curriculum, what is studied, not a document that sets the dates (up to three adjectives between). The text is read past it.
 */
const STUDIED_BY = /(?:^|[^а-я])(?:отста|обуча|занима|успева|неуспева|учащ|учатся|учится|осваива|освоени|продвига)[а-я]*[\s,]+по\s+(?:[а-я]+\s+){0,3}$/;

/**
 * Round 149. «Участие в программе будет исключительно на добровольной основе, отметили в Минпросвещения» (a news digest on the
 * «Культурные нормативы школьников», http://rodina.news/programmu-kulturnye-normativy-shkolnikov-zapustyat-19062518513680.htm —
 * corpus-real-137; it was `schedule` «программа будет …»): a programme after a bare «в» right after a word of taking part or joining —
 * «участие / участвуют / участники», «включены / включение», «вошли / вошёл / входят», «вступили», «присоединились», with up to two
 * words after it («Участие школьников в программе») — names what one joins, not a document that sets the dates (up to three adjectives
 * between), like round 92's programme that is studied. The text is read past it.
 */
/** Round 196: the match is SCHEDULE_RE's first branch, a document in the instrumental opening the text with no preposition. */
const INSTRUMENTAL_AT_START = new RegExp(`^[^0-9a-zа-я]*(?:${PUT_IN_FORCE}\\s+)?(?:[а-я]+(?:ым|им)\\s+){0,2}(?:${DOCUMENT_INSTRUMENTAL.join('|')})$`);

/**
 * Round 211. «Приказом от «31» августа 2023 г. № 156», «(приказом от 30.10.2023 г. № 628)», «Приказом заведующего № 83 от 30.08.2022»
 * (the approval stamps of local acts, the participle «Утверждено» on the line above — corpus-real-147, -152, -167, -191; fresh
 * labellers read each as no time, eight times in six sets, against round 19): a document in the instrumental opening the text with its
 * own date («от ‹дата›») and number («№ …», before or after the date) within a few words after it is one act already issued, named by
 * its label, as «Утверждено приказом от … № …» is (`unparsed`); it does not say that the act will set the row's dates. «Приказом по
 * школе», «распоряжением директора», «Приказом директора МБОУ СОШ № 5», «Приказом директора от 31 августа» (no date and number of
 * their own) stay schedules, and so does a text that names terms, dates or a timetable (`TERM_WORDS`).
 */
const OWN_ACT_LABEL = /^[^;:]{0,60}?[^а-я]от\s*«?\s*\d/;
/** Round 211: the act's number near its date («№ 156», «N 203-р»), so a date alone («Приказом директора от 31 августа») stays as it was. */
const OWN_ACT_NUMBER = /^[^;:]{0,100}?(?:№|(?:^|[^a-zа-я])n\s*\d)/;
const TERM_WORDS = /(?:^|[^а-я])(?:срок|дат[аыуе]|график|расписани|календар|период)/;

const TAKES_PART_IN = /(?:^|[^а-я])(?:участ|включ|вош[её]?л|вход|вступ|присоедин)[а-я]*(?:\s+[а-я]+){0,2}[\s,]+в\s+(?:[а-я]+\s+){0,3}$/;

/** «… каждая школа имеет право устанавливать свой график …»: who sets the dates, inside a sentence (`SCHEDULE_ANYWHERE`), as the
 *  reason from the phrase on, without a footnote («… руководителя. 1»); else null. */
function whoSetsInSentence(norm: string, original: string): string | null {
  const any = SCHEDULE_ANY_RE.exec(norm);
  return any ? lowerFirst(clean(original.slice(phraseAt(any), norm.trimEnd().length))) : null;
}

/** Schedule reason («график ОО», «приказ УО», «сроки определяет министерство») when the dates live in another document, else null. */
/**
 * Round 202. «… ремонтные работы будут выполняться в сжатые сроки.» (https://kremenchug.ua/news/power/18460-novyy-detsad-uzhe-osenyu-smozhet-prinyat-140-detey.html
 * — corpus-real-186; it was `schedule` «сжатые сроки»): a term named by its haste («сжатые») is set by no document — it is «в кратчайшие
 * сроки», an event (`EVENT_CONDITIONS`); «в установленные / указанные сроки» read as before.
 */
const HASTY_TERM = /(?:^|\s)сжат[а-я]*\s/;

export function scheduleReason(norm: string, original: string): string | null {
  const start = SCHEDULE_START_RE.exec(norm);
  if (start) return lowerFirst(clean(original.slice(phraseAt(start)).replace(/^в\s+/i, '')));
  const prep = SCHEDULE_PREPOSITIONAL_RE.exec(norm);
  const m = prep ?? SCHEDULE_RE.exec(norm);
  if (!m) return whoSetsInSentence(norm, original);
  const adjectives = m[1]!;
  const nounText = m[3]!;
  const nounAt = m.index + m[0].length - nounText.length;
  const noun = prep ? PREPOSITIONAL_NOUNS.get(nounText)! : NOUN_RES.find(([re]) => re.test(nounText))![1];
  if (noun.nominative === 'сроки' && HASTY_TERM.test(adjectives)) return whoSetsInSentence(norm, original); // round 202: «в сжатые сроки»
  // «по срокам» alone is not a schedule; round 140: nor does it hide who sets the dates in the same sentence («Окончательное решение по
  // срокам остается за местными властями.», https://news.mail.ru/incident/67892597/ — corpus-real-128; it was `unparsed`)
  if (noun.gender === 'p' && !adjectives && !/^\s*в\s|[^а-я]в\s/.test(m[0])) return whoSetsInSentence(norm, original);
  if (!prep && CONTENTS_AFTER.test(original.slice(nounAt + nounText.length)) && BARE_V.test(m[0])) return null; // round 51: «В Программе отражены …»
  if (!prep && m.index === 0 && INSTRUMENTAL_AT_START.test(m[0]) && ACT_EDITS_RE.test(norm)) {
    const cut = nounAt + nounText.length; // round 196: «Постановлением … внесены изменения» is a note on the act's edits
    return scheduleReason(' '.repeat(cut) + norm.slice(cut), ' '.repeat(cut) + original.slice(cut));
  }
  // round 211: «Приказом от «31» августа 2023 г. № 156» is one issued act named by its label, no document that sets the dates
  const afterNoun = norm.slice(nounAt + nounText.length);
  if (!prep && m.index === 0 && INSTRUMENTAL_AT_START.test(m[0]) && OWN_ACT_LABEL.test(afterNoun) && OWN_ACT_NUMBER.test(afterNoun) && !TERM_WORDS.test(norm)) return null;
  if (!prep && BARE_V.test(m[0]) && (CHANGED_IN.test(norm.slice(Math.max(0, m.index - 40), nounAt)) || EDITED_AFTER.test(norm.slice(nounAt + nounText.length)))) {
    const cut = nounAt + nounText.length; // round 161: «изменений в ООП» names the document changed
    return scheduleReason(' '.repeat(cut) + norm.slice(cut), ' '.repeat(cut) + original.slice(cut));
  }
  if (noun.nominative === 'программа' && (STUDIED_BY.test(norm.slice(Math.max(0, m.index - 40), nounAt)) || TAKES_PART_IN.test(norm.slice(Math.max(0, m.index - 40), nounAt)))) {
    // round 92: «отстающими по обязательной школьной программе» is what is studied, not a document of dates; round 149: «Участие в
    // программе …» is what one joins; a document after it may
    const cut = nounAt + nounText.length;
    return scheduleReason(' '.repeat(cut) + norm.slice(cut), ' '.repeat(cut) + original.slice(cut));
  }
  const adj = adjectives.trim() ? adjectives.trim().split(SPACES).map((w) => (w === 'и' || w === 'или' ? w : nominative(w, noun.gender))) : [];
  const tail = original.slice(nounAt + nounText.length);
  const rest = clean(tail);
  const comma = /^\s*,/.test(tail) && rest ? ',' : '';
  return [...adj, noun.nominative + comma, rest].filter(Boolean).join(' ');
}

/**
 * Round 99: a deadline a document fixes inside the sentence (`FIXING_TERMS`: «в установленные законодательством сроки», «в установленный
 * в предписании срок»), as the schedule's reason, or null. Used after a condition opening the text (parse.ts).
 */
export function fixingDocument(norm: string, original: string): string | null {
  if (!norm.includes('срок') && !norm.includes('дат')) return null;
  const m = FIXING_RE.exec(norm);
  return m ? lowerFirst(clean(original.slice(phraseAt(m), norm.trimEnd().length))) : null;
}

/**
 * Round 264: «28 декабря (до 12:00) – последний день для федеральных учреждений, чтобы представить расшифровки …» (corpus-real-229): «последний
 * / крайний день для» whom it is for, then a purpose clause «, чтобы <что сделать>», names the deadline of what they must do. Read on the
 * text as written: the normalised text blanks a purpose clause after a date (round 67).
 */
const LAST_DAY_FOR_PURPOSE = /(?:последн|крайн)[а-яё]*\s+(?:день|дн[её]м)\s+для\s+[^,.;:()]{1,80},\s*(?:для\s+того\s*,?\s*)?чтобы\s+[а-яё]+(?:ть|ти)(?:ся)?(?![а-яё])/i;

/** Round 272: a term of paying that is moved («перенести срок уплаты налога с 25 октября на 18 октября») names the new day of paying,
 *  `on`, as round 78's moved «срок сдачи» does; only the term of paying right after the verb (two words may stand between). */
const MOVED_PAYMENT_TERM = /перен[её]?[а-я]*\s+(?:[а-я]+\s+){0,2}срок[а-я]*\s+(?:уплат|оплат|перечислен)/;
/** True when the text calls its day the deadline («10 февраля – срок, до которого …», «финальный срок …», «последний день приёма …»). */
export function namesLastDay(norm: string, text = norm): boolean {
  if (!norm.includes('срок') && !norm.includes('день') && !norm.includes('днем')) return false; // round 227: «последним днем приема …»
  if (norm.includes('перен') && MOVED_PAYMENT_TERM.test(norm)) return false; // round 272: the new day of a moved term stays `on`
  if (DEADLINE_NAME_RE.test(norm)) return true;
  if (norm.includes('для') && text.includes('чтобы') && LAST_DAY_FOR_PURPOSE.test(text)) return true; // round 264
  const m = DEADLINE_NAME_AT_START_RE.exec(norm);
  return m !== null && DAY_RIGHT_AFTER.test(norm.slice(m[0].length));
}
