/**
 * `parseDeadline`: free Russian roadmap deadline text → the `Deadline` contract.
 * Pure and total: no clock, no I/O, never throws.
 *
 * Priority when a text mixes things (README, «Decisions»): an event phrase at the
 * start > a repeat > dates > open-ended words > a schedule > an event phrase elsewhere.
 */
import { addDays, isValidIsoDate } from '../dates';
import { CARDINAL_VALUE } from './lexicon';
import { exactMonth, MONTH_ABBREVIATION, MONTH_ABBREVIATIONS, monthGenitive, monthOfWord } from './months';
import { formDateBlank, normalizeDeadline } from './normalize';
import { PIECES } from './phrases/compile';
import { bareSpan, eventAnywhere, eventAtStart, eventCondition, eventInSentence, fixingDocument, isOngoing, madeKnownAtStart, namesLastDay, scheduleAtStart, scheduleReason, stageOfProcess, dayOfEventYear } from './phrases';
import { countOfDailyWork, dailyHours, endsSchoolWeek, impossibleDayOfMonth, recurrence, timesPerDay } from './recurrence';
import { resolveYears, type ResolvedContext } from './resolve';
import * as result from './result';
import { atom, scanTokens, type Atom, type Scan } from './scan';
import { fullYear } from './scan/years';
import { atomsOf, fromSegments, leadingMonths, leadingYear, periodOfWork, recurringSpan, seasonPurpose, segments, sinceYear, titleYear, trailingSchoolYear, type Segment } from './segments';
import { tokenize, type Token } from './tokens';
import type { Deadline, DeadlineContext } from './types';

/** Context years outside this range are ignored (as are dates written outside it). */
const MIN_CONTEXT_YEAR = 1900;
const MAX_CONTEXT_YEAR = 2190;

/** Validates the caller's context once; anything malformed is ignored. */
export function resolveContext(context: unknown): ResolvedContext {
  const out: ResolvedContext = { year: null, periodStart: null, periodEnd: null };
  if (!context || typeof context !== 'object') return out;
  const { year, period } = context as DeadlineContext;
  if (typeof year === 'number' && Number.isInteger(year) && year >= MIN_CONTEXT_YEAR && year <= MAX_CONTEXT_YEAR) out.year = year;
  if (period && typeof period === 'object') {
    const { start, end } = period;
    if (typeof start === 'string' && typeof end === 'string' && isValidIsoDate(start) && isValidIsoDate(end) && start <= end
      && start.slice(0, 4) >= String(MIN_CONTEXT_YEAR) && end.slice(0, 4) <= String(MAX_CONTEXT_YEAR)) {
      out.periodStart = start;
      out.periodEnd = end;
    }
  }
  return out;
}

/** A text with dates: an offset event («за 10 дней до 01.09»), the dates, or why they cannot be read. */
function withDates(text: string, norm: string, scan: Scan, ctx: ResolvedContext, toks?: readonly Token[]): Deadline {
  const before = leadingMonths(titleYear(trailingSchoolYear(sinceYear(seasonPurpose(scan.items)))));
  const led = leadingYear(before);
  const items = periodOfWork(led);
  const segs = segments(items);
  // Round 139. «К примеру, если документ был оформлен в 2011 году, а срок его хранения был назначен три года, то он должен быть уничтожен
  // и включен в акт только после 1 января 2015 года.» (an article on selecting documents for destruction,
  // https://standarta.su/videlenie-dokumentov-k-unichtozeniu/ — corpus-real-127; it was `on` 2015-01-01): a year written first that
  // `leadingYear` takes as the year of the days after it is no date of its own, so the dates start at the next atom and an offset
  // between them («после 1 января 2015 года», «через 10 дней после 15 мая») opens the dates and stays the event, as without the year
  const lead = before.find((it): it is Atom => it.kind === 'atom');
  const firstAt = lead !== undefined && lead.type === 'year' && !led.includes(lead) && scan.secondAtomAt >= 0 ? scan.secondAtomAt : scan.firstAtomAt;
  // Round 100: «через / спустя <срок>» with nothing it counts from after the span («Но буквально через месяц учеников снова ждет отдых —
  // с 15 по 23 ноября.») is a story's «a month later», and the windows written after it say when (`laterThenWindows`)
  // round 195: «… после <события> и продолжается с 18 июня по 4 июля»: a window in a clause of its own with a verb of going on
  // (`goesOnAfterEvent`) says when, as round 100's story «later» does
  const goesOn = toks !== undefined && scan.relativeAt >= 0 && scan.relativeAt < firstAt && goesOnAfterEvent(toks, scan);
  // round 255: «после <события> и распространяется на правоотношения, возникшие с <дня>»: the day the act applies from (`appliesFrom`)
  const applies = toks !== undefined && scan.relativeAt >= 0 && scan.relativeAt < firstAt && namedAfter(toks, scan.relativeAt) && appliesFrom(toks, firstAt);
  const later = scan.relativeAt >= 0 && scan.relativeAt < firstAt && (laterThenWindows(norm, segs) || goesOn || applies);
  const offsetFirst = scan.relativeAt >= 0 && scan.relativeAt < firstAt && !later;
  // «через 10 дней после 01.09.2021» counts from an event; an explicit «до <дата>» after the offset still wins.
  if (offsetFirst && !segs.some((s) => s.by) && !(toks !== undefined && windowInBrackets(toks, firstAt, segs))) {
    return result.event(text, eventAnywhere(norm, text) ?? text.trim());
  }
  // The span of an offset («за 2 недели до …, до 17.11.2021») and a number inside an event phrase that follows
  // the dates («до 15.05, в течение 3 дней после …») are part of the note, not stray numbers.
  // Round 59: so is a span counted from an event before an explicit deadline («в течение 3 недель после официального пуска
  // отопительного сезона, до 8 октября», «в течение 3 рабочих дней со дня получения, но не позднее 8 октября»: `spanThenDeadline`)
  const inOffset = ((offsetFirst || later) && scan.strayAt > scan.relativeAt && scan.strayAt < firstAt)
    || (scan.strayAt >= 0 && scan.strayAt === scan.spanAt && segs.some((s) => s.by) && spanFromEventFirst(norm, scan));
  // round 195: after such a window, a span («…, то есть 15-16 дней») restates its length, a note like any after a date
  const noteAfterDates = (scan.relativeAt > firstAt || goesOn) && scan.strayAt > firstAt;
  // «9 дней (с 30 октября по 7 ноября)», «81 день с 12 июня по 31 августа»: a span before a window written in full is its length;
  // round 38: so is a window of years written in full («на 3 года 2001-2003», «на 5 лет 2021-2025»)
  // round 244: so is a span after «на» before a dash, a colon or a bracket that opens the days it covers (`lengthBeforeDays`)
  const lengthOfWindow = scan.strayAt === scan.leadSpanAt && scan.relativeAt < 0 && segs.length > 0
    && (segs.every((s) => s.b !== null || (s.a.kind === 'atom' && s.a.type === 'years' && s.a.year2 > s.a.year!))
      || (toks !== undefined && lengthBeforeDays(toks, scan.leadSpanAt)));
  if (scan.stray && !inOffset && !noteAfterDates && !lengthOfWindow) return result.unparsed(text, scan.stray);
  const yearError = resolveYears(atomsOf({ ...scan, items }), ctx);
  if (yearError) return result.unparsed(text, yearError);
  return fromSegments(text, segs, ctx);
}

/**
 * Round 244. «Карантин, который, вероятно, так радует незаболевшую гриппом часть школьников, продлен на 2 дня – на 7 и 8 февраля.» (a
 * news site on quarantines in Moscow schools, http://0-50.ru/news/russia/2011-02-04/id_13772.html — corpus-real-220; it was `unparsed`,
 * «срок отсчитывается от события: «2 дня»»): a span after «на» (what a quarantine, a holiday or a suspension is extended or set for),
 * with a dash, a colon or an opening bracket right after its unit (one adjective between allowed: «на 3 учебных дня:»), is the length
 * of the days written after that sign — days joined by «и», one day, or a «до» day — as round 22's span before a whole window is
 * («9 дней (с 30 октября по 7 ноября)»). Stays a span: with no sign after it («на 2 дня 7 и 8 февраля» reads as before), after any other
 * word than «на» («за 2 дня – до 8 февраля» counts back from the day), and after a date (`leadSpanAt` is before any date).
 */
function lengthBeforeDays(toks: readonly Token[], at: number): boolean {
  if (toks[at - 1]?.text !== 'на') return false;
  const sign = toks[at + 2]?.type === 'punct' ? at + 2 : toks[at + 2]?.type === 'word' && toks[at + 3]?.type === 'punct' ? at + 3 : -1;
  if (sign < 0) return false;
  const t = toks[sign]!.text;
  return t === '-' || t === '–' || t === '—' || t === ':' || t === '(';
}

/**
 * Round 227. «Не ранее чем за 90 дней и не позднее чем за 80 дней до дня голосования (с 12 по 22 декабря 2010 года)» (a cell of a
 * district's calendar plan of municipal elections, http://www.orichi-rayon.ru/law/vyiboryi-2012/kalendarnyij-plan — corpus-real-206; it
 * was `event`): a window «с <день> по / до <день>» written in brackets right after the offset is the offset worked out in days, as the
 * contract's explicit deadline after an offset («… (не позднее 26 января 2011 года)» → `by`) is: the window wins (→ range 12-12..12-22).
 * Only a whole window opening the brackets («(с …»), both ends read; a bare day in brackets after an offset («за 10 дней до (15 мая)»)
 * stays its anchor.
 */
function windowInBrackets(toks: readonly Token[], firstAtomAt: number, segs: readonly Segment[]): boolean {
  if (firstAtomAt < 2 || toks[firstAtomAt - 2]!.text !== '(') return false;
  const from = toks[firstAtomAt - 1]!.text;
  return (from === 'с' || from === 'со') && segs.length === 1 && segs[0]!.b !== null;
}

/**
 * «В дни проведения последних звонков – 24 мая и 23 июня»: an event phrase at the start followed by days written
 * out (day and month) names those days — the dates win. Not when the dates anchor an offset («после 15 мая»,
 * «за 10 дней до 01.09»), nor when anything in the text is unreadable.
 */
function datesAfterEvent(text: string, norm: string, scan: Scan, ctx: ResolvedContext, toks: Token[]): Deadline | null {
  if (scan.atoms === 0 || scan.error) return null;
  const explicit = spanThenDeadline(text, norm, scan, ctx);
  if (explicit) return explicit;
  // round 100: «Через неделю, с 1 по 7 марта, …» — a story's «later» before windows (`laterThenWindows`); the span's number is no stray one
  if (scan.relativeAt >= 0 && scan.relativeAt < scan.firstAtomAt && laterThenWindows(norm, segments(scan.items))) {
    const d = withDates(text, norm, scan, ctx);
    return d.kind === 'unparsed' || d.kind === 'event' ? null : d;
  }
  if (scan.stray) return null;
  if (!scan.items.some((it) => it.kind === 'atom' && it.type === 'date')) return null;
  let s = scan;
  if (scan.relativeAt >= 0) {
    // «После окончания периода комплектования проводится доукомплектование … в период с 01.07.2025г. по 31.01.2026г.»: «после» an
    // event named in words, then windows written in full (day, month and year at both ends) — the windows say when
    const named = namedAfter(toks, scan.relativeAt);
    const full = segments(scan.items).every((g) => g.b !== null && g.a.type === 'date' && g.b.type === 'date' && g.a.explicit && g.b.explicit);
    if (!named || !(full || clauseOfItsOwn(toks, scan.firstAtomAt) || goesOnFrom(toks, scan.firstAtomAt) || takesPlaceAfter(toks, scan) || appliesFrom(toks, scan.firstAtomAt) || goesOnTo(toks, scan.firstAtomAt))) return null;
    s = { ...scan, relativeAt: -1 };
  }
  const d = withDates(text, norm, s, ctx);
  return d.kind === 'unparsed' ? null : d;
}

const DAYS_PREPOSITION: ReadonlySet<string> = new Set(['с', 'со', 'до', 'по', 'к', 'ко', 'в', 'во', 'на']);

/**
 * Round 142. «После завершения голосования в школах проведут уборку помещений, которые использовались для выборов, и 18 марта дети
 * вернутся к занятиям.» (a Voronezh news site on schools in the days of voting, https://ladyvrn.ru/voronezhczam-rasskazali-kak-budut-rabotat-shkoly-i-detskie-sady-15-16-i-17-marta/
 * — corpus-real-130; it was `event`): days opening a clause of their own after «после <события>» — a comma, then «и / а» right before the
 * day — are when the next thing happens, not the anchor of «после» («после 15 мая», «после проведения … 15 мая» stay offsets).
 */
function clauseOfItsOwn(toks: readonly Token[], firstAtomAt: number): boolean {
  // the preposition of the days («…, и с 14 по 16 сентября», «…, а к 20 мая») is theirs
  const at = DAYS_PREPOSITION.has(toks[firstAtomAt - 1]?.text ?? '') ? firstAtomAt - 1 : firstAtomAt;
  const joint = toks[at - 1];
  const comma = toks[at - 2];
  return joint?.type === 'word' && (joint.text === 'и' || joint.text === 'а') && comma?.type === 'punct' && comma.text === ',';
}

/**
 * Round 195. «Традиционно она начинается после окончания выпускных экзаменов 9‑х классов и продолжается приблизительно с 18 июня по 4
 * июля, то есть 15-16 дней.» (a teachers' paper on a school's summer field practice, http://www.ug.ru/archive/79510 — corpus-real-180;
 * it was `event`): a window after «и» and a verb of going on — «и продолжается / продолжится / длится / проходит / пройдёт /
 * проводится», at most one adverb between («приблизительно», «обычно») — is a clause of its own like round 142's «, и 18 марта …»: the
 * thing goes on in that window, and «после <события>» before it says only what it follows. A window with no such verb («после окончания
 * экзаменов, с 18 июня …») and «после проведения … 15 мая» (the anchor) read as before.
 */
function goesOnFrom(toks: readonly Token[], firstAtomAt: number): boolean {
  const at = DAYS_PREPOSITION.has(toks[firstAtomAt - 1]?.text ?? '') ? firstAtomAt - 1 : firstAtomAt;
  for (let k = at - 1; k >= at - 2 && k > 0; k--) {
    const verb = toks[k];
    if (verb?.type !== 'word') return false;
    if (GOES_ON.test(verb.text)) {
      const joint = toks[k - 1];
      return joint?.type === 'word' && (joint.text === 'и' || joint.text === 'а');
    }
  }
  return false;
}

/**
 * Round 238. «После технической экспертизы состоится заочный тур (7-19 апреля), а затем очный тур в формате публичной защиты
 * методических разработок (21-30 апреля).» (a regional news site on a contest of teachers' materials on financial literacy,
 * https://1line.info/news/social/obrazovanie/v-kuzbasse-nachalsya-konkurs-metodicheskikh-materialov-fingramotnost-2025.html?region=kuzbas
 * — corpus-real-215; it was `event`): «после <события>» and then a verb of taking place — «состоится / состоятся / пройдёт / пройдут» —
 * before the days opens the clause of what follows the event: the thing happens on those days, and «после …» says only what it follows,
 * as round 195's verbs of going on do after «и». Only the verb right after the event's words (within `TAKES_PLACE_WORDS` tokens of
 * «после», no comma or relative pronoun between: «после проведения олимпиады, которая состоится 15 мая» keeps the day as the anchor)
 * and before the first date.
 */
function takesPlaceAfter(toks: readonly Token[], scan: Scan): boolean {
  const end = Math.min(scan.firstAtomAt, scan.relativeAt + TAKES_PLACE_WORDS);
  for (let k = scan.relativeAt + 2; k < end; k++) {
    const t = toks[k]!;
    if (t.type !== 'word') return false;
    if (TAKES_PLACE.test(t.text)) return true;
  }
  return false;
}
const TAKES_PLACE = /^(?:состоится|состоятся|пройд[её]т|пройдут)$/;
const TAKES_PLACE_WORDS = 6;

/**
 * Round 255. «Постановлением … от 19 июля 2016 г. N 1201 настоящее Приложение изложено в новой редакции, вступающей в силу после
 * официального опубликования названного Постановления и распространяющейся на правоотношения возникшие с 1 июля 2016 г.» (a town's
 * rules of pay in its sports schools, https://base.garant.ru/18656259/da0ca740e319b67eff630b4065586e13 — corpus-real-226; it was `event`,
 * and corpus-real-199's «… вступает в силу после его официального опубликования и распространяется на правоотношения, возникшие с 1
 * января 2016 года.», left by round 217): the day after «правоотношения [,] возникшие с» is the start an act reaches back to — when
 * it applies, open-ended from that day as «… со дня его подписания и распространяется …» reads — not the anchor of «после <события>»
 * before it, which only says when the act comes into force. Only that noun and the participle «возникш…» right before «с / со» and the
 * day; «после опубликования 1 июля» stays the anchor.
 */
function appliesFrom(toks: readonly Token[], firstAtomAt: number): boolean {
  const from = toks[firstAtomAt - 1];
  if (from === undefined || (from.text !== 'с' && from.text !== 'со')) return false;
  const arisen = toks[firstAtomAt - 2];
  if (arisen?.type !== 'word' || !ARISEN.test(arisen.text)) return false;
  const noun = toks[firstAtomAt - 3]?.text === ',' ? toks[firstAtomAt - 4] : toks[firstAtomAt - 3];
  return noun?.type === 'word' && LEGAL_RELATIONS.test(noun.text);
}
const ARISEN = /^возникш(?:ие|их|им|ими)$/;
const LEGAL_RELATIONS = /^правоотношени(?:я|й|ям|ями|ях)$/;

/**
 * Round 266. «Сборы начнутся сразу после завершения занятий в десятом классе с 26 мая и продолжатся до 5 июня.» (a district paper on
 * the Belarusian ten-day field camps of the tenth form, https://www.chausynews.by/119707/… — corpus-real-231; it was `event`, «после
 * завершения занятий … с 26 мая …»): after «после <события>», a start «с / со <день> <месяц>» whose end is joined by «и» and a verb of
 * going on — «и продолжится / продолжатся / продлится / продлятся / продолжается / продолжаются / длится / длятся до / по <день>» — is
 * the thing's own window, as round 195's «и продолжается с 18 июня по 4 июля» is: the verb of going on says the days are how long it
 * lasts, and «после …» only what it follows (→ range 05-26..06-05). A start with no such end («после окончания экзаменов, с 18 июня»),
 * «после проведения … 15 мая» (the anchor) and a window «с … по …» with no verb read as before.
 */
function goesOnTo(toks: readonly Token[], firstAtomAt: number): boolean {
  const from = toks[firstAtomAt - 1]?.text;
  if ((from !== 'с' && from !== 'со') || toks[firstAtomAt]?.type !== 'num' || toks[firstAtomAt + 1]?.cls !== 'month') return false;
  const k = firstAtomAt + 2;
  const to = toks[k + 2]?.text;
  return toks[k]?.text === 'и' && toks[k + 1]?.type === 'word' && GOES_ON_TO.test(toks[k + 1]!.text) && (to === 'до' || to === 'по');
}
const GOES_ON_TO = /^(?:продолж(?:ится|атся|ается|аются)|продл(?:ится|ятся)|длится|длятся)$/;

/** «после» an event named in words (not a month: «после 15 мая», «после мая» are anchors) at `at`. */
function namedAfter(toks: readonly Token[], at: number): boolean {
  return toks[at]?.text === 'после' && toks[at + 1]?.type === 'word' && toks[at + 1]!.cls !== 'month';
}

/** Round 195: «после <события>» before the dates and the dates' window in a clause of its own with a verb of going on (`goesOnFrom`). */
function goesOnAfterEvent(toks: readonly Token[], scan: Scan): boolean {
  // round 266: or the window's end joined to its start by «и» and a verb of going on (`goesOnTo`)
  return namedAfter(toks, scan.relativeAt) && (goesOnFrom(toks, scan.firstAtomAt) || goesOnTo(toks, scan.firstAtomAt));
}

/** Round 195: the verbs of going on that open such a clause (present or future, third person). */
const GOES_ON = /^(?:продолжа(?:ется|ются)|продолжится|продлится|продлятся|длится|длятся|проходит|проходят|пройд[её]т|пройдут|проводится|проводятся)$/;

/**
 * Round 59. «В многоквартирные дома тепло придет в течение 3 недель после официального пуска отопительного сезона, до 8 октября.» (a
 * regional newspaper on the heating season, https://pravda-nn.ru/news/otopitelnyj-sezon-v-detsadah-shkolah-i-bolnitsah-dzerzhinska-nachnetsya-18-sentyabrya
 * — corpus-real-53): an offset from an event («в течение N недель после …», «через N дней после …», «за N дней до …») and then an
 * explicit deadline («, до 8 октября», «, но не позднее 8 октября», «— до конца октября») is that deadline, as the README's «an explicit
 * deadline written after the offset wins» reads «не позднее, чем за 2 недели до … до 17 ноября 2021 года» (it was `unparsed`, the
 * span's number taken for a stray one; with the offset opening the text it was the `event`). Only a `by`: a date that anchors the
 * offset («за 10 дней до 01.09») is no deadline after it and the offset stays the event.
 */
function spanThenDeadline(text: string, norm: string, scan: Scan, ctx: ResolvedContext): Deadline | null {
  const offsetFirst = scan.relativeAt >= 0 && scan.relativeAt < scan.firstAtomAt;
  if (!offsetFirst && !spanFromEventFirst(norm, scan)) return null;
  if (!segments(scan.items).some((s) => s.by)) return null;
  const d = withDates(text, norm, scan, ctx);
  return d.kind === 'by' ? d : null;
}

/**
 * Round 100. «Но буквально через месяц учеников снова ждет отдых — с 15 по 23 ноября.» (a city news site on the school holidays,
 * https://76.ru/text/education/2025/10/14/76073269/ — corpus-real-88): «через / спустя <срок>» with no «после / со дня / с момента / от …»
 * after the span names no event to count from — it is the story's «a month later» — and the windows written after it («с 15 по 23
 * ноября») say when (it was `event`, the offset outranking the dates). Only when every date is a window («с … по …», «15–23 ноября»):
 * «через 10 дней после 01.09.2021», «Через месяц после окончания, с 1 по 5 июля» keep their event, and a single day after «через
 * неделю» is read as before.
 */
const LATER_NO_ANCHOR = new RegExp(`(?:^|[^а-я0-9])(?:через|спустя)[\\s,]+${PIECES['срок']}(?![а-я])(?![\\s,]+${PIECES['отсчёт']}(?![а-я]))`);
function laterThenWindows(norm: string, segs: ReturnType<typeof segments>): boolean {
  if (segs.length === 0 || !segs.every((g) => g.b !== null && !g.by)) return false;
  return LATER_NO_ANCHOR.test(norm) && !/(?:^|[^а-я])(?:после|спустя после)(?![а-я])/.test(norm);
}

/**
 * Round 104. «В исключительных случаях, а также в случае направления запроса о предоставлении информации, необходимой для
 * рассмотрения обращения, в иной государственный орган, …, срок рассмотрения обращения может быть продлен, но не более чем на 30
 * дней.» (a region's rules of citizens' appeals, the wording of the law on appeals, https://docs.cntd.ru/document/895268467/titles/8P60LU
 * — corpus-real-87): a term extended or shortened by a span («продлен [, но] не более чем на 30 дней», «продлевается на 5 рабочих
 * дней», «сокращается до 15 дней») is a bare span, and a condition in the sentence only says when the term changes — round 11's
 * «Если …, то срок сокращается до 15 дней» and round 52's «в отдельных случаях срок сокращается до 10 дней» stay bare spans; it was the
 * condition's `event`. Not when the span counts from an event written after it («… продлевается, но не более чем на 5 рабочих дней со
 * дня проведения обследования» stays that event). Returns the span as written, or null.
 */
const CHANGED_BY_SPAN = new RegExp(
  `(?:^|[^а-я])(?:продлен[а-я]*|продлева[а-я]*|продлить|продлят|продлим|сокращ(?:ен|ае|аю|ать)[а-я]*)` +
    `(?:[\\s,]+(?:но|не|более|больше|свыше|чем|еще|максимум|лишь|только))*[\\s,]+(?:на|до)[\\s,]+(${PIECES['срок']})(?![а-я])` +
    `(?![\\s,]+${PIECES['отсчёт']}(?![а-я]))`,
);
function changedBySpan(norm: string, text: string): string | null {
  if (!norm.includes('продл') && !norm.includes('сокращ')) return null;
  if (SPAN_FROM_EVENT.test(norm)) return null;
  const m = CHANGED_BY_SPAN.exec(norm);
  if (!m) return null;
  const at = m.index + m[0].length - m[1]!.length;
  return text.slice(at, at + m[1]!.length).replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();
}

/** A span counted from an event («3 недель после …», «3 рабочих дней со дня …», «10 дней с момента …»). */
const SPAN_FROM_EVENT = new RegExp(`(?:^|[^а-я0-9])${PIECES['срок']}[\\s,]+${PIECES['отсчёт']}(?![а-я])`);

/** The text's first counted span, before its first date, counts from an event (round 59); a count in words («трех рабочих дней со
 *  дня …») is no span of the scan, so the phrase alone says it. */
function spanFromEventFirst(norm: string, scan: Scan): boolean {
  return scan.spanAt < scan.firstAtomAt && SPAN_FROM_EVENT.test(norm);
}

/**
 * «в течение трех дней с 25 марта», «в течение 3-х дней …», «в течение 2 недель с 1 сентября»: a span of calendar days or weeks counted from a day is
 * the window it covers (not open-ended work from that day). Working days need a calendar and are left as they were.
 */
const SPAN_FROM_DAY = /(?:^|[^а-я])в\s+течени[а-я]*\s+(?:(\d{1,3})(?:-?[а-я]{1,3})?\s+|([а-я]+)\s+)?(?:календарн[а-я]*\s+)?(дн[а-я]*|день|недел[а-я]*)\s+(?=со?\s+\d)/;

function spanFromDay(text: string, norm: string, ctx: ResolvedContext): Deadline | null {
  if (!norm.includes('течени')) return null;
  const m = SPAN_FROM_DAY.exec(norm);
  if (!m || /\d/.test(norm.slice(0, m.index))) return null;
  const count = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? CARDINAL_VALUE[m[2]] : 1;
  if (!count) return null;
  const from = parse(text.slice(m.index + m[0].length), ctx);
  if (from.kind !== 'ongoing' || from.start === null) return null;
  return result.range(text, from.start, addDays(from.start, count * (m[3]!.startsWith('недел') ? 7 : 1) - 1));
}

/**
 * Round 71. «Также заместитель руководителя горОО отметила, что учебники школьникам будут выдавать в первые пять дней с начала учебного
 * года.» (a city's news on textbooks, https://mgorod.kz/news/v-uralskix-shkolax-poyavilis-tetradi-dlya-klassov-predshkolnoj-podgotovki —
 * corpus-real-62): «в первые N [календарных] дней / недель [с] начала <периода>» is the window of those first days, counted from the
 * period's start (it was open-ended from that start): «в первые пять дней с начала учебного года» → 09-01..09-05, «в первые 2 недели
 * сентября» is read by the scanner as before. Working days need a calendar and are left as they were; a count missing or in words the
 * lexicon does not know leaves the text as before. Decided: the first N days of a period are a window, like «в течение N дней с <дня>».
 */
const FIRST_DAYS_OF = /(?:^|[^а-я])в\s+(?:течение\s+)?первы[ехй]\s+(?:(\d{1,3})\s+|([а-я]+)\s+)(?:календарн[а-я]*\s+)?(дн[а-я]*|недел[а-я]*)\s+(?=(?:с\s+|со\s+)?начала\s)/;

function firstDaysOf(text: string, norm: string, ctx: ResolvedContext): Deadline | null {
  if (!norm.includes('перв')) return null;
  const m = FIRST_DAYS_OF.exec(norm);
  if (!m) return null;
  // one such window only: with another one after it the text is read as before (and the rest is read once, not once per window)
  if (FIRST_DAYS_OF.test(norm.slice(m.index + m[0].length))) return null;
  const count = m[1] !== undefined ? Number(m[1]) : CARDINAL_VALUE[m[2]!];
  if (!count) return null;
  const rest = norm.slice(m.index + m[0].length);
  const from = parse(`${rest.startsWith('с') ? '' : 'с '}${text.slice(m.index + m[0].length)}`, ctx);
  if (from.kind !== 'ongoing' || from.start === null) return null;
  return result.range(text, from.start, addDays(from.start, count * (m[3]!.startsWith('недел') ? 7 : 1) - 1));
}

/**
 * Round 68. A news dateline opening the text — «Ставрополь, 1 августа – АиФ-СК. В Ставрополе с 1 августа началась выдача школьникам
 * бесплатных учебников, …» (https://stav.aif.ru/amp/society/law/791511), «6 января. Interfax-Russia.ru - Школы и колледжи с 1 января
 * должны использовать … государственные информационные системы, …»
 * (https://www3.interfax-russia.ru/main/ispolzovanie-gosudarstvennyh-informacionnyh-sistem-v-obrazovatelnom-processe-stalo-obyazatelnym-dlya-shkol-i-kolledzhey-s-1-yanvarya
 * — corpus-real-62), «МОСКВА, 19 августа. /ТАСС/. …», «Красногорск. 24 сентября. ИНТЕРФАКС - …» (corpus-real-59): an optional city, a
 * day and its month (an optional year), then a news agency's name (ТАСС, РИА Новости, Интерфакс / Interfax[-Russia.ru], АиФ[-СК], РБК,
 * REGNUM), is the day the news was filed — a note; the sentence's own time is the cell's (they were windows from or to the dateline's
 * day). Round 96: «Иркутск, 10.01.22 (ИА «Телеинформ»), - В Иркутске в случае неявки ребенка на уроки школа должна будет предупредить
 * родителей об этом в течение трех часов.» (a regional news site, https://i38.ru/obrazovanie-pervie/roditeley-irkutskich-shkolnikov-v-sluchae-neyavki-rebenka-na-uchebu-predupredyat-v-techenie-trech-chasov
 * — corpus-real-85; it was `on` 2022-01-10): any news agency named «ИА «…»» (in brackets or not) is such a name too, and the day may be
 * written in figures («10.01.22», «10.01.2022»). Only with the agency's name; the text after it is read as the cell when it names a
 * time (else the dateline's day stays). Round 222: a regional agency written with a hyphen, «НТА-Приволжье» («Дзержинск. 19 сентября.
 * НТА-Приволжье – В Дзержинске (Нижего-родская область) в конце сентября будет открыт Молодежный информационный центр.», a regional
 * news agency, https://nta-pfo.ru/news/pfo/2008/news_423409 — corpus-real-202; it was a window from the dateline's day), and
 * «ИТАР-ТАСС» are such names too («Интерфакс-<регион>» was read already, by its «Интерфакс»).
 * Matched on the original text in lower case (normalisation keeps its length). Returns the index after the dateline, or -1.
 */
/** A news agency a dateline names («ТАСС», «РИА Новости», «Интерфакс», …), in lower case. */
const AGENCY = '(?:(?:итар-)?тасс|риа\\s+новости|интерфакс|interfax(?:-russia\\.ru)?|аиф(?:-[а-я]{2,3})?|рбк|regnum|нта-[а-яё]{3,})';
const DATELINE = new RegExp(
  '^\\s*(?:[а-яё]+(?:[ -][а-яё]+)?[,.]\\s+)?(?:\\d{1,2}\\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)'
  + '(?:\\s+\\d{4}(?:\\s*г\\.|\\s+года)?)?|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2}))\\s*[.,]?\\s*(?:[-–—]\\s*)?'
  + `(?:/?${AGENCY}/?|\\(?\\s*иа\\s+[«"][^»"]{1,40}[»"]\\s*\\)?)`
  + '\\s*[.,]?\\s*(?:[-–—]\\s+)?',
);
/** What `DATELINE` cannot match without: an agency's name or «ИА» and a space, in any case. */
const DATELINE_SOURCE = new RegExp(`${AGENCY}|иа\\s`, 'i');
function datelineEnd(text: string): number {
  if (!/[0-9]/.test(text.slice(0, 40)) || !DATELINE_SOURCE.test(text)) return -1;
  const m = DATELINE.exec(text.toLowerCase());
  return m !== null && m[0].length < text.length ? m[0].length : -1;
}

/**
 * Round 71. «Издательства, желающие включить свои учебники в перечень, должны направить в срок 15 ноября 2016 года до 15 января 2017 года
 * соответствующее заявление, …» (a city's news on the textbook list, http://www.rzn.info/news/2016/8/18/v-2017-godu-sformiruyut-novyy-perechen-uchebnikov-dlya-ryazanskih-shkol.html
 * — corpus-real-62): «в срок <дата> до <дата>» with the «с» left out is the window from the first day to the second, as «в срок с
 * <дата> до <дата>» (it was `on` both days). The first date must follow «в срок» at once and «до» and a figure must come within forty
 * characters after it, before any «;»; the text is read with «с» for «в срок», and kept as before unless that gives a window.
 * Decided: the due is the second day, as with the «с» (and as «в срок до <дата>» alone). Returns the span of every such «в срок».
 */
const TERM_WITHOUT_FROM = /(?:^|[^а-я])(в срок)\s+(?=\d{1,2}[\s.][^;]{0,40}?\sдо\s+\d)/g;
function termsWithoutFrom(norm: string): Array<[number, number]> {
  if (!norm.includes('в срок')) return [];
  const out: Array<[number, number]> = [];
  for (const m of norm.matchAll(TERM_WITHOUT_FROM)) {
    const at = m.index + m[0].indexOf('в срок');
    out.push([at, at + 'в срок'.length]);
  }
  return out;
}

/** The text with each span (in order, not overlapping) replaced by `fill` of it, of the same length. */
function spliceSameLength(text: string, spans: ReadonlyArray<[number, number]>, fill: (part: string) => string): string {
  let out = '';
  let from = 0;
  for (const [a, b] of spans) {
    out += text.slice(from, a) + fill(text.slice(a, b));
    from = b;
  }
  return out + text.slice(from);
}

/**
 * Round 70. «В иных случаях перенос срока начала учебного года осуществляется по решению Учредителя.» (a college's page on its
 * timetable, http://www.toccii.ru/studentam/grafik-raboty-raspisaniya-zanyatiy — corpus-real-63): a noun of moving or changing
 * («перенос», «изменение», «продление», «сдвиг»), an optional «срока / сроков», then the start or end of a period in words («начала
 * учебного года», «окончания четверти», «завершения каникул») names what is moved — the object of the work, not its time (it was the
 * window of September). The text is read without those words: the authority that decides (`по решению Учредителя` → event), or the day
 * it is moved to («перенос начала учебного года на 1 октября» → 10-01). Only words (no figure) inside the span; if the rest names nothing
 * the text is read as before. Returns every such span in the normalised text (same positions as the original).
 */
const MOVED_PERIOD = /(?:^|[^а-я])((?:перенос|изменени|продлени|сдвиг)[а-я]*\s+(?:срок[а-я]*\s+)?(?:начала|окончания|завершения)\s+(?:(?:учебного|нового|текущего)\s+)?(?:года|четверти|полугодия|триместра|семестра|каникул|занятий|экзаменов|смены))(?![а-я])/g;
function movedPeriods(norm: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // a plain look first: the search runs at every position, and most texts have none of the four nouns
  if (!norm.includes('перенос') && !norm.includes('изменени') && !norm.includes('продлени') && !norm.includes('сдвиг')) return out;
  for (const m of norm.matchAll(MOVED_PERIOD)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push([start, start + m[1]!.length]);
  }
  return out;
}

/**
 * Round 151. «Дата окончания учебного года для 9-х, 11-х классов в соответствии с расписанием ГИА.» (a lyceum's page of its calendar
 * schedule, https://litsey-yugorsk.gosuslugi.ru/roditelyam-i-uchenikam/kanikuly — corpus-real-139; it was the window of May from
 * «окончания учебного года»): «Дата / Даты / Срок / Сроки» with the start or end of a period after it («начала / окончания /
 * завершения», up to two adjectives, «года / четверти / полугодия / триместра / семестра / каникул / занятий / обучения / смены /
 * периода») opening the text names what is dated — a heading, like round 70's moved period — and the rest of the text says when: a
 * document («в соответствии с расписанием ГИА» → `schedule`), an event, a day. The words are blanked and the text read again; if the
 * rest names nothing («Дата окончания учебного года» alone) the text is read as before. A list number may stand before it («1. Дата
 * начала …»), blanked with the words.
 */
const DATED_EDGE = /^[^0-9а-я]*((?:\d{1,2}[.)]\s*)?(?:дата|даты|срок|сроки)\s+(?:начала|окончания|завершения)\s+(?:[а-я]+(?:ого|его|ых|их|ой|ей)\s+){0,2}(?:года|четверти|полугодия|триместра|семестра|каникул|занятий|обучения|смены|периода))(?![а-я])/;
/**
 * Round 207. «Для 9 и 11 классов окончание учебного года определяется в  соответствии с расписанием государственной итоговой аттестации
 * (далее – ГИА)» (a school's page of its calendar graph, https://24.nnovschool.ru/?section_id=36 — corpus-real-190; it was the window of
 * May from «окончание учебного года»): the start or end of a period in the nominative («начало / окончание / завершение», up to two
 * adjectives, the periods of round 151) as the subject of a passive verb of setting after it («определяется / устанавливается /
 * утверждается», up to five words between) is what is dated, like round 151's «Дата окончания …»: the words are blanked and the rest
 * says when (here who sets it, `schedule`). The grades it is for may open the text («Для 9 и 11 классов», «Для выпускников»). Only a
 * passive verb: «окончание учебного года 31 мая» and «Начало занятий определяет расписание» read as before.
 */
const SET_EDGE = /^[^0-9а-я]*(?:для\s+(?:[0-9а-я-]+[\s,]+){1,5})?((?:начало|окончание|завершение)\s+(?:[а-я]+(?:ого|его|ых|их|ой|ей)\s+){0,2}(?:года|четверти|полугодия|триместра|семестра|каникул|занятий|обучения|смены|периода))(?=(?:[\s,]+[0-9а-я-]+){0,5}?[\s,]+(?:определяется|определяются|устанавливается|устанавливаются|утверждается|утверждаются)(?![а-я]))/;
function datedEdge(norm: string): [number, number] | null {
  const m = DATED_EDGE.exec(norm);
  // from the text's start: what stands before the words is marks or a list number the normaliser blanked
  if (m) return [0, m[0].length];
  // round 207: the edge as the subject of a passive verb of setting; only its words are blanked (the grades before it stay)
  const set = norm.includes('начал') || norm.includes('окончан') || norm.includes('завершен') ? SET_EDGE.exec(norm) : null;
  return set ? [set[0].length - set[1]!.length, set[0].length] : null;
}

/**
 * Round 73. «Комиссия ТЭБ и ЧС предлагает Минобразования разослать заказное письмо для того, чтобы перенести начало каникул с 25 октября
 * на 18 октября.» (a news page on school holidays, https://ria24.today/news/v-ukraine-osennie-kanikuly-mogut-nachatsya/10322809 —
 * corpus-real-64's known miss): after a word of moving («перенести / перенесли / перенесён / переносится / перенос», «передвинуть»,
 * «сдвинуть / сдвиг»), «с <день> на <день>» names the old day and the new one — the new day is the deadline (it was a window from the
 * new day to the old one). The «с <день>» and the «на» are blanked and the text read again once, every such pair at once; the word of
 * moving must stand in the 120 characters before the «с» (a bounded look back, never over the whole text). A day is a day and its
 * month («25 октября», «25.10», «25.10.2021»), with a year after it or not.
 */
const DAY_WRITTEN = String.raw`\d{1,2}(?:\.\d{1,2}(?:\.\d{2,4})?|\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря))(?:\s+\d{4}(?:\s*(?:года|г\.?))?)?`;
/**
 * Round 126. «Проведение регионального этапа конкурса «Учитель года» переносится с апреля на более поздние сроки.» (a Kamchatka
 * education office's news, https://edu.pkgo.ru/news/sroki-provedeniya-konkursa-uchitel-goda-na-kamchatke-perenosyatsya — corpus-real-114;
 * it was open-ended from 04-01): after a word of moving, round 73's «с <день> на <день>» holds for a month too — «с апреля» (a month in
 * the genitive, with its year or not) is the time left, and the new time after «на» is the deadline: a day, a month in the accusative
 * («перенесли с апреля на май» → May; it was a window from April to May), or a time not named — «на более поздние сроки», «на более
 * поздний срок», «на неопределённый срок», «на другие сроки / другую дату / другое время», «на иные сроки» — which leaves no date:
 * `unparsed`, «срок перенесён, новый не назван», as «перенесен на более поздние сроки» alone was (`unparsed`) before.
 */
const MONTH_LEFT = String.raw`(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\s+\d{4}(?:\s*(?:года|г\.?))?)?`;
const MONTH_NEW = String.raw`(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)(?:\s+\d{4}(?:\s*(?:года|г\.?))?)?`;
const TIME_UNNAMED = String.raw`(?:более\s+)?(?:поздн|неопредел|друг|ин)[а-я]*\s+(?:срок|дат|врем)[а-я]*`;
const FROM_DAY_TO_DAY = new RegExp(
  String.raw`(?:^|[^а-я])(с\s+(?:${DAY_WRITTEN}|${MONTH_LEFT})\s+на)\s+(?:${DAY_WRITTEN}(?![0-9])|(${MONTH_NEW})(?![0-9а-я])|(${TIME_UNNAMED})(?![а-я]))`,
  'g',
);
const MOVING_WORD = /(?:^|[^а-я])(?:перенос|перенес|перенёс|перенест|передвин|передвиг|сдвин|сдвиг)[а-яё]*/;
/**
 * Round 141. «Общероссийский день приема граждан в Министерстве науки и высшего образования, назначенный на 14 декабря, был перенесен
 * из-за ситуации с распространением коронавируса.» (an education channel's news, http://prosveshenie.tv/news/minobrnauki-pereneslo-obshherossijskij-den-prijoma-grazhdan/page/2/
 * — corpus-real-129; it was `on` 12-14): a day the text calls appointed or planned — «назначенный / запланированный / намеченный на
 * <день>», «запланированный к проведению <день>» — with a word of moving within 120 characters before or after it is the day left,
 * like round 73's «с <день>»: it is blanked and the text read again; with no new time written the text has no date, `unparsed`,
 * «срок перенесён, новый не назван», and an event after it is the text's («… запланированный к проведению 14 декабря 2020 года,
 * переносится до периода стабилизации эпидемиологической ситуации» → `event`). Without a word of moving the day is the event's day as
 * before («Приём, назначенный на 14 декабря, пройдёт в актовом зале» → `on`).
 */
/**
 * Round 171. «Поэтому управление разрешило школам провести занятия, перенесенные с 1 октября, в первый день осенних каникул, то есть 27
 * октября.» (a Kyiv news page on lessons moved for elections, https://obolon.info/2007/09/27/20070927233654913/ — corpus-real-159; it was
 * the window 10-01..10-27): the past participle of moving right before «с <день>», the day closed by a comma, a stop, a semicolon, a
 * bracket or the text's end, names the day the thing was moved from, as round 141's «назначенный на <день>» beside a word of moving names
 * the day planned: blanked, and a new day written elsewhere is the deadline (→ `on` 10-27); with none the text has no date. «с <день>
 * на <день>» (round 73) and a window «перенесённые с 1 по 5 октября» read as before.
 */
const MOVED_FROM_DAY = new RegExp(String.raw`(?:^|[^а-я])(?:перенес[её]нн|перенесенн)[а-я]*\s+(с\s+(?:${DAY_WRITTEN}))(?![0-9])(?=\s*(?:[,.;)]|$))`, 'g');
const APPOINTED_DAY = new RegExp(
  String.raw`(?:^|[^а-я])((?:назначенн|запланированн|намеченн)[а-я]*\s+(?:к\s+проведению\s+|на\s+)(?:${DAY_WRITTEN}))(?![0-9])`,
  'g',
);
/** «10-15 февраля», «15 февраля»: a day (or days) and the word after them, for round 148's days of the month moved to. */
const DAY_AND_WORD = /(?:^|[^0-9])\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\s+([а-я]+)/g;
/**
 * Round 148. «Совсем скоро, 10-15 февраля в Перми пройдет финал конкурса "Воспитатель года России" - 2020, перенесенного с ноября 2020
 * года на февраль 2021 года в связи с пандемией.» (the union of education's news, https://www.profsoyz.ru/node/2587 — corpus-real-136;
 * it was a window from 2020-02-10 to 2021-02-28): when the new time of round 126's move is a month and the text writes days of that
 * month outside the move («10-15 февраля … на февраль»), the days are the new time and the month after «на» only names their month:
 * it is blanked with the old time, and its year, if written, is the days' year (the text is read again with it as the context's year;
 * if the context's period puts the days in another year, the month is read as before). With no day of that month written the month is
 * the new time as before («перенесли с апреля на май» → May).
 */
function daysOfNewMonth(norm: string): Map<number, [number, number]> {
  const at = new Map<number, [number, number]>();
  for (const m of norm.matchAll(DAY_AND_WORD)) {
    const month = monthOfWord(m[1]!);
    if (month === 0) continue;
    const seen = at.get(month);
    at.set(month, seen ? [seen[0], m.index] : [m.index, m.index]);
  }
  return at;
}
/** The «с <время> на» spans after a word of moving, and whether one of them moves to a time not named. */
function movedDays(norm: string): { spans: Array<[number, number]>; unnamed: boolean; months: Array<[number, number]>; year: number | null } {
  const spans: Array<[number, number]> = [];
  const months: Array<[number, number]> = [];
  let unnamed = false;
  if (/назнач|заплан|намеч/.test(norm)) {
    for (const m of norm.matchAll(APPOINTED_DAY)) {
      const start = m.index + m[0].indexOf(m[1]!);
      const end = start + m[1]!.length;
      if (!MOVING_WORD.test(norm.slice(Math.max(0, start - 120), start)) && !MOVING_WORD.test(norm.slice(end, end + 120))) continue;
      spans.push([start, end]);
      unnamed = true;
    }
  }
  if (/перенес[её]нн/.test(norm)) {
    for (const m of norm.matchAll(MOVED_FROM_DAY)) {
      const start = m.index + m[0].indexOf(m[1]!);
      spans.push([start, start + m[1]!.length]);
      unnamed = true;
    }
  }
  let year: number | null = null;
  if (!norm.includes('на')) return { spans, unnamed, months, year }; // a plain look first: the search runs at every position, and «на» must be there
  let days: Map<number, [number, number]> | null = null;
  for (const m of norm.matchAll(FROM_DAY_TO_DAY)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (!MOVING_WORD.test(norm.slice(Math.max(0, start - 120), start))) continue;
    spans.push([start, start + m[1]!.length]);
    if (m[3] !== undefined) unnamed = true;
    if (m[2] !== undefined) {
      // round 148: days of the month moved to, written outside the move, are the new time (the first and last such day are kept per
      // month, found once per text)
      days ??= daysOfNewMonth(norm);
      const seen = days.get(monthOfWord(m[2].split(/\s/)[0]!));
      const end = m.index + m[0].length;
      if (seen !== undefined && (seen[0] < start || seen[1] >= end)) {
        const monthAt = m.index + m[0].lastIndexOf(m[2]);
        months.push([monthAt, monthAt + m[2].length]);
        const written = /\d{4}/.exec(m[2]);
        if (written) year = Number(written[0]);
      }
    }
  }
  // round 141: the appointed days were found first; the spans are kept in the text's order, none over another
  spans.sort((a, b) => a[0] - b[0]);
  return { spans: spans.filter((span, k) => k === 0 || span[0] >= spans[k - 1]![1]), unnamed, months, year };
}

/** «… и далее» closing the text (only punctuation after it). */
const AND_ONWARDS = /(?:^|[^а-я])и\s+далее[^0-9a-zа-я]*$/;

/** «и далее / и позднее / и позже» after a space (global: every one is checked; the word before it is found by `wordBefore`). */
const AND_LATER = /\sи\s+(?:далее|позднее|позже)(?![а-я])/g;

/** The run of letters and figures ending right before `end` (past spaces and one dot), read back from there: each run is read once. */
function wordBefore(norm: string, end: number): string {
  let k = end;
  while (k > 0 && norm[k - 1] === ' ') k--;
  if (norm[k - 1] === '.') k--;
  let j = k;
  while (j > 0 && /[0-9а-я]/.test(norm[j - 1]!)) j--;
  return norm.slice(j, k);
}

/**
 * Round 70. «В декабре и позднее многие школы проводят пробные экзамены.» (a page on trial exams, http://sdam-ege.ru/ —
 * corpus-real-63): «и далее / и позднее / и позже» right after a date, a month or a year, with the sentence going on after it, is
 * open-ended work from that time, like «2025 и далее» closing a cell (round 17); it was the window of December. The word before
 * «и» must be a month, a year's word or a figure: «в декабре, а затем и позднее …» or «… учителя и позднее …» name no start.
 */
function laterAfterDate(norm: string): boolean {
  if (!norm.includes('далее') && !norm.includes('поздн') && !norm.includes('позже')) return false; // a plain look first
  for (const m of norm.matchAll(AND_LATER)) {
    const word = wordBefore(norm, m.index);
    if (/^[0-9]+$/.test(word) || /^(?:г|гг|год[а-я]*)$/.test(word) || monthOfWord(word) > 0) return true;
  }
  return false;
}

/**
 * Round 46. «Ставить в известность классного руководителя или непосредственно родителей ученика о низкой успеваемости, если
 * наблюдается скопление неудовлетворительных оценок 3 и более 2.» (a plan of work with pupils at risk of failing copied in a gist,
 * https://gist.github.com/bbce7b66a19d6eb33f36f3ee2c5e3bf4 — corpus-real-42): a number after «если», with no «то» or «;» between, is
 * part of the condition — a count of marks, a grade — not a date, so the text is the condition's `event` (it was `unparsed`,
 * «непонятное число «3»»). «Если …, то срок сокращается до 15 дней» keeps the number after «то»: that is the span, not the condition.
 */
function strayInCondition(toks: readonly Token[], strayAt: number): boolean {
  for (let k = strayAt - 1; k >= 0; k--) {
    const t = toks[k]!.text;
    if (t === 'то' || t === ';') return false;
    if (t === 'если') return true;
  }
  return false;
}

/**
 * Round 59. «По распоряжению Роспотребнадзора детские лагеря этим летом откроются только на третьем этапе снятия санитарных
 * ограничений.» (https://m.ru24.pro/pics/2020-05-28/page405 — corpus-real-53): when the text's only dates are a season named in words
 * («этим летом», «осенью», «в летний период»), a stage of a process it names (`STAGES`) says when — the season is only roughly when
 * (it was `range` June–August). A month or a day written in the text keeps the dates first. The stage's reason, else null.
 */
function stageOverSeason(text: string, norm: string, scan: Scan): string | null {
  if (scan.atoms === 0 || (!norm.includes('этап') && !norm.includes('стади') && !norm.includes('фаз') && !norm.includes('ступен'))) return null;
  for (const it of scan.items) if (it.kind === 'atom' && !it.season) return null;
  return stageOfProcess(norm, text);
}

/**
 * A repeat over the window the text names, else from the start it names («ежемесячно, начиная с 01.03.2021»: from 03-01 to the
 * period's end, no due when it starts after the period, as `ongoing` reads «с 01.09.2022»), else over the period. A start before the
 * period is the period's start: the repeat is already running when the period opens.
 */
function recurringResult(text: string, rec: NonNullable<ReturnType<typeof recurrence>>, scan: ReturnType<typeof scanTokens>, ctx: ResolvedContext, toks?: readonly Token[]): Deadline {
  // round 266: «после <события>» after every date of a repeat's window is a note on it, as after a window alone (`eventAfterWindow`)
  const noted = toks !== undefined && eventAfterWindow(toks, scan) ? { ...scan, relativeAt: -1 } : scan;
  const span = recurringSpan(noted, ctx, rec.every === 'week', rec.day !== null);
  if (span && 'end' in span) return result.recurring(text, rec.every, rec.day, span.start, span.end);
  if (span && ctx.periodStart !== null && span.from > ctx.periodStart) {
    return result.recurring(text, rec.every, rec.day, span.from, ctx.periodEnd! >= span.from ? ctx.periodEnd : null);
  }
  return result.recurring(text, rec.every, rec.day, ctx.periodStart, ctx.periodEnd);
}

/**
 * Round 266. «13. Заседание конкурсной комиссии автономного округа проводится 1 раз в год в период с 1 по 15 декабря текущего года, после
 * обобщения поступивших сведений.» (a governor's rules of the yearly contest of the best military registration,
 * https://docs.cntd.ru/document/468902068/titles/3N38CF0 — corpus-real-231; it was a repeat over the whole year 2021, due 12-31):
 * «после» an event named in words, after every date of a repeat's window (no date after it), is a note on the window, as it is after
 * a window alone («с 1 по 15 декабря, после обобщения сведений» → range); the repeat runs over its window (→ 12-01..12-15, round 123's
 * yearly repeat over a window). An offset before the dates («ежегодно, через 10 дней после 1 сентября»), a date after «после»
 * («ежегодно до 1 декабря, после 15 ноября») and «после» with a number or a month after it read as before.
 */
function eventAfterWindow(toks: readonly Token[], scan: ReturnType<typeof scanTokens>): boolean {
  if (scan.relativeAt < 0 || scan.firstAtomAt < 0 || scan.relativeAt < scan.firstAtomAt) return false;
  let offset = false;
  for (const it of scan.items) {
    if (it.kind === 'conn' && it.type === 'offset') offset = true;
    else if (offset && it.kind === 'atom') return false; // a date after «после» is its anchor
  }
  return offset && namedAfter(toks, scan.relativeAt);
}

/**
 * Round 141. «Ранее горячая линия по телефону 72-45-14 работала лишь один раз в неделю, но в связи с ростом количества вопросов, … она
 * переведена на каждодневный режим работы.» (a city's news of an education office's hot line,
 * https://vologda-poisk.ru/news/obrazovanie/ezhednevnaya-goryachaya-liniya-organizovana-dlya-roditeley-v-upravlenii-obrazovaniya-vologdy)
 * and «Если раньше работники данной сферы консультировали вологжан лишь один раз в неделю, то …, работа с родителями осуществляется
 * каждый день.» (http://vologda.mk.ru/articles/2018/02/01/v-vologde-dlya-roditeley-budushhikh-shkolnikov-rabotaet-goryachaya-liniya.html —
 * both corpus-real-129; they were weekly): a clause that opens the text with «раньше / ранее» (after «Если» or not) and closes with «,
 * но / то / а / однако» tells what was done before; when it holds a repeat, that repeat is set aside and the rest of the text says
 * what is done now — round 56's known miss of corpus-real-51 («Если раньше прием … проводился каждый вторник и четверг, то с 30 мая он
 * станет ежедневным.») is the same sentence. The clause runs to the first such comma, at most 200 characters with no stop in them; a
 * clause with no repeat, or a rest with nothing read, leaves the text as it was («не ранее 15 мая» is no clause: «ранее» must open it).
 */
const PAST_CLAUSE = /^[^0-9а-я]*((?:если\s+)?(?:раньше|ранее)\s[^.;!?]{0,200}?,\s*(?:но|то|а|однако))(?![а-я])/;
function pastRepeatSetAside(text: string, norm: string, ctx: ResolvedContext): Deadline | null {
  const m = PAST_CLAUSE.exec(norm);
  if (!m) return null;
  const start = m[0].length - m[1]!.length;
  // the clause without its closing comma and conjunction (so it is no such clause itself)
  if (parse(text.slice(start, start + m[1]!.lastIndexOf(',')), ctx).kind !== 'recurring') return null;
  const rest = parse(spliceSameLength(text, [[start, m[0].length]], (t) => ' '.repeat(t.length)), ctx);
  return rest.kind === 'unparsed' ? null : { ...rest, text };
}

function parse(text: string, ctx: ResolvedContext): Deadline {
  const norm = normalizeDeadline(text);
  const toks = tokenize(norm);
  let meaningful = false;
  for (const t of toks) if (t.type !== 'punct') meaningful = true;
  if (!meaningful) return unreadable(text, 'срок не указан');

  const dateline = datelineEnd(text);
  if (dateline > 0) {
    // round 68: a news dateline is a note when the text after it names a time (`datelineEnd`)
    const rest = parse(text.slice(dateline), ctx);
    if (rest.kind !== 'unparsed') return { ...rest, text };
  }

  if (norm.includes('ран')) {
    // round 141: a repeat in a clause of what was done before («Если раньше …, то …») is set aside (`pastRepeatSetAside`)
    const now = pastRepeatSetAside(text, norm, ctx);
    if (now !== null) return now;
  }

  const terms = termsWithoutFrom(norm);
  if (terms.length > 0) {
    // round 71: «в срок <дата> до <дата>» is the window «с <дата> до <дата>» (`termsWithoutFrom`); every one is replaced at once, so
    // the text read again has none left and is read again only once
    const window = parse(spliceSameLength(text, terms, (t) => `с${' '.repeat(t.length - 1)}`), ctx);
    if (window.kind === 'range') return { ...window, text };
  }

  const movedFrom = movedDays(norm);
  if (movedFrom.spans.length > 0) {
    // round 73: «перенести … с <день> на <день>» — the old day and the «на» are blanked, all at once, and the text read again once;
    // round 126: a month left too, and a new time not named leaves no date
    if (movedFrom.months.length > 0) {
      // round 148: the month moved to, with days of it written elsewhere in the text, is blanked too, and its year is their year
      const all = [...movedFrom.spans, ...movedFrom.months].sort((a, b) => a[0] - b[0]);
      const year = movedFrom.year;
      const dated = parse(spliceSameLength(text, all, (t) => ' '.repeat(t.length)), year === null ? ctx : { ...ctx, year });
      if (dated.kind !== 'unparsed' && (year === null || (dated.due !== null && dated.due.startsWith(String(year))))) return { ...dated, text };
    }
    const rest = parse(spliceSameLength(text, movedFrom.spans, (t) => ' '.repeat(t.length)), ctx);
    if (rest.kind !== 'unparsed') return { ...rest, text };
    if (movedFrom.unnamed) return unreadable(text, 'срок перенесён, новый не назван');
  }

  const moved = movedPeriods(norm);
  if (moved.length > 0) {
    // round 70: the start or end of a period that is moved or changed is what the text is about, not its time (`movedPeriods`); all
    // of them are blanked at once
    const rest = parse(spliceSameLength(text, moved, (t) => ' '.repeat(t.length)), ctx);
    if (rest.kind !== 'unparsed') return { ...rest, text };
  }

  const edge = datedEdge(norm);
  if (edge !== null) {
    // round 151: «Дата / Срок окончания учебного года …» opening the text names what is dated; the rest says when (`datedEdge`)
    const rest = parse(spliceSameLength(text, [edge], (t) => ' '.repeat(t.length)), ctx);
    if (rest.kind !== 'unparsed') return { ...rest, text };
  }

  const scan = scanTokens(toks);
  const event = eventAtStart(norm, text);
  const rec = recurrence(toks);
  const noSuchDay = rec?.every === 'month' ? impossibleDayOfMonth(toks) : null;
  if (noSuchDay !== null) return result.unparsed(text, `несуществующее число месяца «${noSuchDay}»: в месяце не больше 31 дня — проверьте число`);
  if (event !== null) {
    // Round 57. «В случае финансового обеспечения затрат Отчет о достижении результата предоставления субсидии направляется в
    // Управление ежемесячно не позднее 5 числа месяца, следующего за отчетным, …» (a district's rules of a subsidy,
    // https://base.garant.ru/74036338/daf75cc17d0d1b8b796480bc59f740b8 — corpus-real-52): a condition opening the text (a phrase of
    // `CONDITIONS_ANYWHERE`, round 59) only says when the rule applies; the repeat after it says when the thing is due, as days written
    // out after an event phrase do. Other events at the start («по итогам …», «по мере необходимости …») still outrank a repeat.
    if (rec && event.condition) return recurringResult(text, rec, scan, ctx, toks);
    // round 177: «после завершения / по окончании учебной недели» is the end of every week, not one event (`endOfSchoolWeek`)
    if (rec && rec.every === 'week' && endsSchoolWeek(toks)) return recurringResult(text, rec, scan, ctx, toks);
    const dated = datesAfterEvent(text, norm, scan, ctx, toks);
    if (dated !== null) return dated;
    // Round 99. «В случае прекращения обработки персональных данных оператор обязан уничтожить персональные данные или обеспечить их
    // уничтожение в установленные законодательством сроки.» (a page on the processing of personal data,
    // https://kibersec.ru/chto-schitat-obrabotka-personal-nyh-dannyh-operatorom-prekraschena — corpus-real-87; it was `event`, the
    // condition): a condition opening the text only says when the rule applies, as round 57 decided for a repeat after it; a document
    // the sentence names as fixing the deadline (round 84's `FIXING_TERMS`: «в установленные законом сроки», «в установленный в
    // предписании срок») says when, as round 15 decided for a condition inside the sentence. Not with a counted span (it counts from
    // its own event).
    if (event.condition && scan.spanAt < 0 && scan.relativeAt < 0) {
      const fixed = fixingDocument(norm, text);
      if (fixed !== null) return result.schedule(text, fixed);
    }
    // round 104: a term extended or shortened by a span after a condition opening the text is the bare span (`changedBySpan`); a
    // document the sentence names still sets the dates (round 15)
    const changed = event.condition && scan.atoms === 0 ? changedBySpan(norm, text) : null;
    if (changed !== null) {
      const schedule = scheduleReason(norm, text);
      return schedule !== null ? result.schedule(text, schedule) : result.unparsed(text, `срок отсчитывается от события: «${changed}»`);
    }
    return result.event(text, event.reason);
  }

  if (rec) return recurringResult(text, rec, scan, ctx, toks);

  const window = spanFromDay(text, norm, ctx) ?? firstDaysOf(text, norm, ctx);
  if (window) return window;
  if (scan.error) return result.unparsed(text, scan.error);
  const stage = stageOverSeason(text, norm, scan);
  if (stage !== null) return result.event(text, stage);
  // round 234: a day of the year after the year of an event («не позднее 15 января года, следующего за годом, в котором получены
  // гранты») counts from that event (`dayOfEventYear`); a repeat was read above
  const eventYear = scan.atoms > 0 ? dayOfEventYear(norm, text) : null;
  if (eventYear !== null) return result.event(text, eventYear);
  if (scan.atoms > 0) {
    const d = withDates(text, norm, scan, ctx, toks);
    // «2025 и далее», «в течение 2025 года и далее»: dates with «и далее» after them and nothing else are open-ended work from
    // their start, like «с 01.09.2025 и далее постоянно» (round 17)
    if (((norm.includes('далее') && AND_ONWARDS.test(norm)) || laterAfterDate(norm)) && d.start !== null && (d.kind === 'range' || d.kind === 'on' || d.kind === 'months')) {
      return result.ongoing(text, d.start, ctx.periodEnd !== null && ctx.periodEnd >= d.start ? ctx.periodEnd : null);
    }
    // «10 февраля – срок, до которого …», «И 20 марта – финальный срок заключения контрактов»: a day named the deadline is a `by`
    return d.kind === 'on' && d.dates.length === 1 && namesLastDay(norm, text) ? result.byDay(text, d.due!) : d;
  }

  if (!scan.stray && (isOngoing(norm) || timesPerDay(toks) || dailyHours(toks))) return result.ongoing(text, ctx.periodStart, ctx.periodEnd);
  // round 209: «раз в 3 дня», «каждые 4 часа» — the count in figures is daily work's, not a stray span (`countOfDailyWork`)
  if (scan.stray && countOfDailyWork(toks, scan.strayAt) && timesPerDay(toks)) return result.ongoing(text, ctx.periodStart, ctx.periodEnd);
  const found = eventInSentence(norm, text);
  const anyEvent = found?.reason ?? null;
  // «по приказу УО в течение 5 рабочих дней со дня издания приказа», «По новому порядку … в течение 3 рабочих дней после …»:
  // an offset from an event counts from that event, whatever document the sentence names. Not when the text starts with who
  // sets the dates («Даты … определяются … и утверждаются приказом … не позднее 10 рабочих дней до начала …»): the offset
  // is then when the dates get set; nor when the event is a condition («… продлен не более чем на 1 месяц по мотивированному
  // постановлению в случае уклонения …»): a span counts from no condition. An offset of nought («… утверждается приказом директора
  // одновременно с утверждением состава комиссии …», «в день его издания») counts from its event like a span.
  // A count in words inside the phrase («в срок не более семи рабочих дней со дня …») counts like one in figures (round 22).
  const counted = scan.spanAt >= 0 || scan.relativeAt >= 0 || (found?.sameTime ?? false) || (found?.counted ?? false);
  // Round 142: a time made known later at the start («О времени и месте голосования … обязаны оповестить … не позднее чем за 20 дней до
  // дня его проведения») is no setting of dates: the offset is when it must be made known
  if (found !== null && !found.condition && counted && (!scheduleAtStart(norm) || madeKnownAtStart(norm))) return result.event(text, found.reason);
  // round 218: the year a plan is for («на очередной финансовый год»), when no date, repeat, event or condition says when («при
  // формировании бюджета на очередной финансовый год» stays round 172's event); it still outranks a document named beside it
  // («включить … в план ремонтных работ на следующий год»), as a year written does
  const planned = scan.forYear !== null && !scan.stray && found === null && eventCondition(norm, text) === null ? yearFor(text, scan.forYear, ctx) : null;
  if (planned !== null) return planned;
  const schedule = scheduleReason(norm, text);
  if (schedule !== null) return result.schedule(text, schedule);
  // round 104: a term extended or shortened by a span, the only event a condition, is the bare span (`changedBySpan`)
  const changed = found?.condition ? changedBySpan(norm, text) : null;
  if (changed !== null) return result.unparsed(text, `срок отсчитывается от события: «${changed}»`);
  if (anyEvent !== null) return result.event(text, anyEvent);
  const span = bareSpan(norm, text);
  if (span !== null) return result.unparsed(text, `срок отсчитывается от события: «${span}»`);
  // «…, то срок сокращается до 15 дней»: the span, not the condition; a number inside the condition is the condition's (round 46)
  const condition = scan.stray && !strayInCondition(toks, scan.strayAt) ? null : eventCondition(norm, text);
  if (condition !== null) return result.event(text, condition);
  return unreadable(text, scan.stray ?? 'не удалось распознать срок');
}

/** Round 218: the year a plan is for («на очередной финансовый год»), `shift` years after the context's, when nothing else is read. */
function yearFor(text: string, shift: number, ctx: ResolvedContext): Deadline | null {
  const year = atom('year', null, { yearShift: shift });
  if (resolveYears([year], ctx) !== null || year.year === null) return null;
  return result.range(text, `${year.year}-01-01`, `${year.year}-12-31`);
}

/** Nothing to read: a form's blank date says so (round 59, `FORM_DATE` in normalize.ts), else `reason`. */
function unreadable(text: string, reason: string): Deadline {
  const blank = formDateBlank(text);
  return result.unparsed(text, blank ? `дата не заполнена: «${blank}»` : reason);
}

/**
 * Parses one roadmap deadline («До 15.02.2021», «октябрь-ноябрь 2021»,
 * «По графику ОО», «ежемесячно до 28 числа») into the `Deadline` contract.
 * Dates without a year take `context.year`, or the year that puts them inside
 * `context.period`; `ongoing` and `recurring` deadlines span the period.
 * Pure; never throws: what it cannot read is `unparsed` with a Russian reason.
 */
/** Round 75: «с <день> на <N> [календарных] дней / недель» — the start, then the count after «на». */
const FROM_DAY_FOR_SPAN = new RegExp(
  String.raw`(?:^|[^а-я])с\s+(\d{1,2})(?:\.\d{1,2}(?:\.\d{2,4})?|\s+[а-я]+)(?:\s+\d{4}(?:\s*(?:года|г\.?))?)?\s+на\s+(\d{1,2}|[а-я]+)\s+(?:календарн[а-я]*\s+)?(дней|дня|день|недел[а-я]*)(?![а-я])`,
);

/**
 * Round 75. «Москва. 28 января. INTERFAX.RU - Департамент образования столицы издал приказ о приостановлении занятий в государственных
 * образовательных учреждениях с 31 января на пять календарных дней для учащихся с 1-го по 8-й класс, …» (a news agency on a
 * quarantine, https://interfax.ru/russia/175178 — corpus-real-65; it was open-ended from 01-31): a count of calendar days or weeks
 * after «на», right after the start «с <день>», closes the window — those days from the start, the start counted (01-31..02-04).
 * Working days («на 5 рабочих дней») need a calendar of holidays and stay open-ended, as does a count of months or years (round 36's
 * «на 3 года» reads years of its own). Only a result open from a day, and only that day: the text is read once more only then.
 */
function spanAfterStart(d: Deadline): Deadline | null {
  if (d.kind !== 'ongoing' || d.start === null) return null;
  // a plain look first (no normalising, no regular expression): «на » and a word of days or weeks somewhere in the text
  const low = d.text.toLowerCase();
  if (!low.includes('на ') || !(low.includes('дн') || low.includes('день') || low.includes('недел'))) return null;
  const m = FROM_DAY_FOR_SPAN.exec(normalizeDeadline(d.text));
  if (m === null || Number(m[1]) !== Number(d.start.slice(8, 10))) return null;
  const count = /^\d+$/.test(m[2]!) ? Number(m[2]) : CARDINAL_VALUE[m[2]!];
  if (count === undefined || count < 1 || count > 31) return null;
  const days = m[3]!.startsWith('недел') ? count * 7 : count;
  return result.range(d.text, d.start, addDays(d.start, days - 1));
}

export function parseDeadline(text: string, context: DeadlineContext = {}): Deadline {
  return createDeadlineParser(context)(text);
}

/**
 * A parser bound to one context, validated once: for CLIs and pages that
 * parse every deadline of a roadmap. `createDeadlineParser(ctx)(t)` equals
 * `parseDeadline(t, ctx)`.
 */
export function createDeadlineParser(context: DeadlineContext = {}): (text: string) => Deadline {
  const ctx = resolveContext(context);
  return (text: string) => {
    const source = typeof text === 'string' ? text : String(text ?? '');
    try {
      const rewritten: Rewritten = [];
      const spaced = plainlyWritten(source, rewritten);
      const d = parse(spaced, ctx);
      const read = spanAfterStart(d) ?? d; // round 75: «с 31 января на пять календарных дней»
      return spaced === source ? read : { ...read, text: source, reason: read.reason === null ? null : asWritten(read.reason, rewritten) };
    } catch (error) {
      const failed = result.unparsed(source, 'внутренняя ошибка разбора срока');
      FAILURES.set(failed, error instanceof Error ? error.message : String(error));
      return failed;
    }
  };
}

/**
 * The text as a plain cell writes it, for the parser to read (rounds 249–263, 269): nothing no one sees, one space for each run of spaces, «…» for „…“, dots for
 * the slashes of a date, the whole name for a month's abbreviation after its day, no ordinal ending on a day before its month. The
 * result keeps the text as written.
 */
function plainlyWritten(text: string, rewritten: Rewritten): string {
  return countedUnits(shortYears(ordinalDays(schoolYearWords(monthNames(slashedDates(guillemets(singleSpaced(text)), rewritten), rewritten), rewritten), rewritten), rewritten), rewritten);
}

/** The dates `plainlyWritten` wrote otherwise, each as [read, written]: a reason that quotes one quotes it as the cell writes it. */
type Rewritten = Array<[read: string, written: string]>;

/** The reason with each date `plainlyWritten` rewrote as the cell writes it («несуществующая дата «31/02/2021»», not «31.02.2021»). */
function asWritten(reason: string, rewritten: Rewritten): string {
  for (const [read, written] of rewritten) {
    if (reason.includes(read)) reason = reason.replace(new RegExp(`(?<!\\d)${read.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\d)`, 'g'), () => written);
  }
  return reason;
}

/**
 * `replace` with `rewrite` for each match, noting every match it changes in `rewritten` (as `noted` gives it: the match and what it
 * became, or the two with the word after them).
 */
function rewriting(
  s: string,
  re: RegExp,
  rewritten: Rewritten,
  rewrite: (all: string, ...groups: string[]) => string,
  noted: (read: string, all: string, next: string) => [string, string] = (read, all) => [read, all],
): string {
  return s.replace(re, (all: string, ...groups: string[]) => {
    const read = rewrite(all, ...groups);
    if (read !== all) rewritten.push(noted(read, all, groups[1] ?? ''));
    return read;
  });
}

/**
 * Round 249. The text with each run of spaces, tabs, line breaks and odd spaces (no-break, thin, zero-width …) as one plain space. A
 * cell copied from Word or a page keeps its double spaces and no-break spaces («Зарегистрировано в Минюсте России 1 октября 2013 г.
 * N 30067» with two spaces after each word was `unparsed`, «непонятное число «30067»», and «17 мая 2023, 16:45 | Общество 16» with
 * no-break spaces the same); the text is read as if it were written with single spaces, and the result keeps the text as written.
 */
function singleSpaced(s: string): string {
  if (!ODD_SPACE_OR_UNSEEN.test(s)) return s;
  if (UNSEEN_ONE.test(s)) s = s.normalize('NFC').replace(UNSEEN, ''); // round 269
  return s.replace(SPACE_RUN, ' ');
}
const SPACE_RUN = /[\s\u200b]+/g;

/**
 * Round 269. What a cell may hold that no one sees, and the parser read as a letter of its own: a soft hyphen (U+00AD, where Word or a
 * page may break a word: «сен\u00adтября»), a word joiner and the invisible signs after it (U+2060–U+2064), the joiners and marks of
 * direction (U+200C–U+200F, U+202A–U+202E, U+2066–U+2069, U+061C), and the combining marks (U+0300–U+036F): a stress mark
 * («сентя́бря») and the «й» and «ё» a Mac or a PDF writes as two characters («и» and U+0306, «е» and U+0308; `normalize('NFC')` makes
 * them one first). The text is read without them. A zero-width space stays a space (round 249).
 */
const UNSEEN_CHARS = '\u00ad\u0300-\u036f\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c';
const UNSEEN = new RegExp(`[${UNSEEN_CHARS}]`, 'g');
const UNSEEN_ONE = new RegExp(`[${UNSEEN_CHARS}]`);
/** A run of two spaces, a space other than the plain one (a no-break space, a tab, a line break …), a zero-width space, or one of those. */
const ODD_SPACE_OR_UNSEEN = new RegExp(`[^\\S ]| {2}|[\u200b${UNSEEN_CHARS}]`);

/**
 * Round 250. Low-high quotes «„…“» (and «„…”»), as Word and pages from Ukraine and Belarus write a title, read as «…»: «С 23 по 27 сентября
 * в Волгограде пройдет финал … конкурса „Воспитатель года России – 2023“.» read the title's year as the days' (2023-09-23..12-31 in place
 * of 09-23..09-27, as «…» reads), and 72 of 2,102 corpus texts with «…» read otherwise with „…“. One character for one, a pair with no other
 * low-high pair inside first.
 */
function guillemets(s: string): string {
  // the innermost pair first, then the pairs around it («„Итоги работы центров „Точка роста“ …“»)
  for (let k = 0; k < 3 && s.includes('„'); k++) {
    const next = s.replace(LOW_HIGH_QUOTES, '«$1»');
    if (next === s) break;
    s = next;
  }
  return s;
}
const LOW_HIGH_QUOTES = /„([^„“”"]*)[“”]/g;

/**
 * Round 251. A date written with slashes, «19/02/2021», «1/9/2021», reads as with dots, «19.02.2021», one character for one: the day
 * (1–31), the month (1–12) and a year of four figures (1900–2099), not after «№», a figure, a slash or a dot and not before a figure or
 * a slash. With its slashes, 534 of the 1,789 corpus texts that write a date «dd.mm.yyyy» read otherwise: «15 – 19/02/2021» was
 * `unparsed` («непонятное число «15»»), «от 16/01/2025 № 28» was not an act's date, and a window's end lost its start.
 */
function slashedDates(s: string, rewritten: Rewritten): string {
  return s.includes('/')
    ? rewriting(s, SLASHED_DATE, rewritten, (_all, day, month, usMonth, usDay, year) =>
        day !== undefined ? `${day}.${month}.${year}` : `${usDay}.${usMonth}.${year}`,
      )
    : s;
}
/**
 * Round 268. The month first, «05/23/2024», when the second number cannot be a month (13–31) and the first can (1–12): the order of
 * a site's engine («чт, 05/23/2024 - 17:32», Drupal's default «D, m/d/Y - H:i», https://khabarovsktv.ru/node/23624), read as «23.05.2024»
 * (one character for one: the two numbers change places). It was `unparsed`, «несуществующая дата «05.23.2024»», or weekly after a
 * weekday. Only with slashes (dots write the day first: «05.23.2024» stays a date that does not exist), and a date both ways readable
 * («06/04/2024») stays the day first, as round 251 reads it.
 */
const SLASHED_DATE = /(?<![\d/.№])(?:(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|1[0-2])|(0?[1-9]|1[0-2])\/(1[3-9]|2\d|3[01]))\/((?:19|20)\d\d)(?![\d/])/g;

/**
 * Round 263 (after round 252, which made the dot a space). A month's abbreviation after its day, «7 фев. 2023 г.», «с 1 по 15 дек.
 * 2022 года», «5 авг. ИНТЕРФАКС», «9 сен 2021», «15ДЕК.», is the month's whole name in the genitive, «7 февраля 2023 г.»: every rule
 * that reads a month's name reads it. The dot goes when a small letter, a figure, «№», a bracket, a quote, a comma, a semicolon or a colon
 * follows (round 252: it ended no date); before a capital or at the end it stays, as after the whole name it may end a sentence or a dateline. With «янв.
 * / фев. / мар. / апр. / июн. / июл. / авг. / сен. / сент. / окт. / ноя. / нояб. / дек.» for the names, 38 of 5,537 corpus texts read
 * otherwise after round 262 (an act's date «от 31 авг. № 243» was none; «назначенный на 14 дек., был перенесен» was the day; «до 15
 * дек. обеспечить» was a window to 2024); with no dot, 46. The reason quotes the abbreviation as written.
 */
function monthNames(s: string, rewritten: Rewritten): string {
  if (!MAY_BE_ABBREVIATED.test(s)) return s;
  return s.replace(ABBREVIATED_MONTH, (all: string, day: string, abbreviation: string, dot: string, at: number) => {
    const keepsDot = dot !== '' && !DOT_GOES_BEFORE.test(s.slice(at + all.length, at + all.length + 4));
    const read = `${day} ${monthGenitive(MONTH_ABBREVIATIONS.get(abbreviation.toLowerCase())!)}${keepsDot ? '.' : ''}`;
    rewritten.push([read, all]);
    return read;
  });
}
const ABBREVIATED_MONTH = new RegExp(`(?<![\\d.])(\\d{1,2})\\s?(${MONTH_ABBREVIATION})(?:(\\.)|(?!\\p{L}))`, 'giu'); // no letter of any script after it («31 марτа», a Greek τ)
/** A cheap look first (no lookbehind, no Unicode classes): a figure, then an abbreviation that no letter of the alphabet continues. */
const MAY_BE_ABBREVIATED = new RegExp(`\\d\\s?${MONTH_ABBREVIATION}(?![а-яё])`, 'i');
/** What follows a dot the month's name takes away: a comma, a closing bracket or quote; spaces, then a small letter, a figure, «№», an opening bracket or quote. */
const DOT_GOES_BEFORE = /^(?:[,;:)»"”]|\s+[а-яё0-9(«"„№])/;

/**
 * Round 277. «уч. года», «уч.году», «учеб. год», «учебн. года» read as the whole words, «учебного года», «учебном году», «учебный год»:
 * every rule that reads the school year by name reads it. With «уч. года» for «учебного года», 47 of 570 corpus texts read otherwise
 * («Начало уч. года: 1 сентября 2022 года» was a range from the period's start, not the day; «Окончание уч. года – 26 мая 2025 г.» a
 * range from May 2021; «накануне нового уч. года» an event, not by the eve of September). The reason quotes the words as written.
 */
function schoolYearWords(s: string, rewritten: Rewritten): string {
  return SCHOOL_YEAR_ABBREVIATED.test(s)
    ? rewriting(s, SCHOOL_YEAR_WORDS, rewritten, (_all, abbreviation, year, at, whole) => {
        const capital = abbreviation![0] === 'У' ? 'У' : 'у';
        const word = year!.toLowerCase();
        if (word.startsWith('г') && word.length <= 2) return capital + SCHOOL_YEAR_BY_CASE[schoolYearCase(String(whole).slice(0, Number(at)))];
        return `${capital}${SCHOOL_YEAR_ADJECTIVE[word]!} ${year}`;
      })
    : s;
}
const SCHOOL_YEAR_ABBREVIATED = /уч(?:еб|ебн)?\. ?г/i;
const SCHOOL_YEAR_WORDS = /(?<![а-яё])(уч|учеб|учебн)\. ?(год|года|году|годом|г(?![а-яё])\.?)(?![а-яё])/gi;
const SCHOOL_YEAR_ADJECTIVE: Readonly<Record<string, string>> = { год: 'чебный', года: 'чебного', году: 'чебном', годом: 'чебным' };

/**
 * Round 283. «уч. г.» («уч.г.», «учеб. г.», «учебн. г.») in the case its place asks for: after «в / во» or an adjective in «-ом / -ем»
 * («в новом уч. г.») «учебном году»; after «на / за / через» or an adjective in «-ый / -ий / -ой» («на новый уч. г.») «учебный год»;
 * else «учебного года» («Начало уч. г.», «в течение уч. г.»). A year written before it («2021-2022 уч. г.») is passed over.
 */
function schoolYearCase(before: string): 'genitive' | 'prepositional' | 'accusative' {
  const word = SCHOOL_YEAR_WORD_BEFORE.exec(before)?.[1]?.toLowerCase() ?? '';
  if (word === 'в' || word === 'во' || /[ое]м$/.test(word)) return 'prepositional';
  if (word === 'на' || word === 'за' || word === 'через' || /(?:ый|ий|ой)$/.test(word)) return 'accusative';
  return 'genitive';
}
/** The last word before «уч. г.», past a year or two written before it («в 2021/2022 уч. г.», «на 2021-22 уч. г.»). */
const SCHOOL_YEAR_WORD_BEFORE = /([а-яё]+)[\s,\-–—]*(?:\d{4}(?:\s*[-–—/]\s*\d{2,4})?\s*)?$/i;
const SCHOOL_YEAR_BY_CASE = { genitive: 'чебного года', prepositional: 'чебном году', accusative: 'чебный год' } as const;

/**
 * Round 258. A day with an ordinal ending before its month, «4-го мая», «к 1-му сентября», «по 27-е ноября», «1-ое сентября», reads as
 * the plain day, «4 мая»: the ending is dropped when the next word is a month's own form or abbreviation. With «N-го» for the day of
 * «N <месяц>», 431 of 6,662 corpus texts read otherwise («Во всех школах страны учебный день 4-го мая начнется с … линейки» was the
 * month, an act's date «от 25-го июля 2022 г. № 2036-р» was none, «с 22-го сентября 2015 года постановлением … от 9-го сентября 2015
 * года» lost the act). A day before anything else keeps its ending («до 25-го числа», «с 22-го по 27-е ноября», «2-го квартала»).
 */
function ordinalDays(s: string, rewritten: Rewritten): string {
  return s.includes('-') || s.includes('\u2011')
    ? rewriting(
        s,
        ORDINAL_DAY,
        rewritten,
        (all, day, word, at, whole) => (isMonthForm(word!) ? `${day} ` : DAY_OF_MONTH_AFTER.test(String(whole).slice(Number(at) + all.length)) ? `${day} числа ` : all),
        (read, all, word) => [read + word, all + word],
      )
    : s;
}
/**
 * Round 283. «до 10-го текущего месяца», «до 15-го месяца, следующего за отчетным» (a cell of payments and reports): an ordinal day
 * before a month named by whose it is, with no «числа», is that day of the month, as «до 10 числа текущего месяца» reads. Not before a
 * plain «месяца» («с 6-го месяца жизни» counts months).
 */
const DAY_OF_MONTH_AFTER = /^(?:(?:текущего|следующего|каждого|отч[её]тного|истекшего|этого|того\s+же)\s+месяца|месяца,?\s+следующего)(?![а-яё])/i;
const ORDINAL_DAY = /(?<!\d)(\d{1,2})[-\u2011](?:го|ого|е|ое|му|ому) ?(?=([а-яё]+))/gi;
function isMonthForm(word: string): boolean {
  return exactMonth(word.toLowerCase().replace(/ё/g, 'е')) > 0;
}

/**
 * Round 261. A date with a two-figure year, «12.01.25», «(04.12.24)», reads as with its four figures, «12.01.2025»: the day and the month
 * of two figures each, a real day of that month, not after a figure, a letter, «№», a dot, a comma or a slash and not before a figure
 * or a dot and a figure. With «dd.mm.yy» for «dd.mm.yyyy», 8 of 1,781 corpus texts read otherwise: a bracket's date after a weekday of
 * the month gave no year («в первую среду декабря (04.12.24)» was 2021-12-01), «Публикации за 17.04.25» was an event.
 */
function shortYears(s: string, rewritten: Rewritten): string {
  return s.includes('.') ? rewriting(s, SHORT_YEAR_DATE, rewritten, (_all, day, month, year) => `${day}.${month}.${fullYear(Number(year))}`) : s;
}
/**
 * Round 283. A count of months or days with its word cut, «за 9 мес. 2023 года», «в течение 3 мес.», «в течение 12 дн.», «5 раб. дн.»,
 * reads as with the whole word, «за 9 месяцев 2023 года», «12 дней», «5 раб. дней» (the form the count asks for): every rule that reads
 * a span or a part of a year reads it. With «мес.» for «месяца / месяцев» after a count, 11 of 74 corpus texts read otherwise («За 9 мес.
 * 2023 года 3 ребенка прибыли …» was an event, not January–September 2023); with «дн.» for «дней», 5 of 280 («Детский сад работает 5 дн.
 * в неделю …» was a span). The reason quotes the text as written.
 */
function countedUnits(s: string, rewritten: Rewritten): string {
  if (s.includes(' мес') || s.includes('мес.')) s = rewriting(s, MONTHS_CUT, rewritten, (_all, count) => `${count} ${countForm(Number(count), 'месяц', 'месяца', 'месяцев')}`);
  if (s.includes('дн.')) s = rewriting(s, DAYS_CUT, rewritten, (_all, count, between) => `${count}${between}${countForm(Number(count), 'день', 'дня', 'дней')}`);
  return s;
}
const MONTHS_CUT = /(?<![\d.,])(\d{1,3}) ?мес(?![а-яё])\.?/g;
const DAYS_CUT = /(?<![\d.,])(\d{1,3})( ?(?:(?:раб|рабоч|календ|кал)\. ?|(?:рабочих|календарных) )?)дн\./g;
/** The form of a noun after a count: «1 месяц», «3 месяца», «11 месяцев», «21 день». */
function countForm(n: number, one: string, few: string, many: string): string {
  const last = n % 10;
  if (n % 100 >= 11 && n % 100 <= 14) return many;
  return last === 1 ? one : last >= 2 && last <= 4 ? few : many;
}
const SHORT_YEAR_DATE = /(?<![\d.,/№a-zа-яё])(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.(\d\d)(?![\d_]|\.\d)/gi;

/** Results made after the parser itself failed, with the failure's message (the contract has no field for it). */
const FAILURES = new WeakMap<Deadline, string>();

/**
 * The parser's own failure behind an `unparsed` result (a bug, not the author's text), or null.
 * `npm run check` reports it as an error (`deadline.internal-error`), not as an unreadable deadline.
 */
export function internalFailure(d: Deadline): string | null {
  return FAILURES.get(d) ?? null;
}
