/**
 * Whole-phrase deadlines that carry no date of their own: events («по итогам
 * работ»), schedules («по графику ОО»), open-ended work («постоянно») and
 * repeats («ежемесячно до 28 числа»). Reasons are cut from the original text
 * so the author's abbreviations keep their case («график ОО», «план ВШК»).
 */
import type { DeadlineEvery } from './types';
import type { Token } from './tokens';

/** An event deadline at the start of the text: «по итогам …», «по мере необходимости», «после …». */
const EVENT_START =
  /^[^0-9a-zа-я]*(по\s+итогам|по\s+результатам|по\s+окончании|по\s+завершении|по\s+мере|по\s+запрос[а-я]*|по\s+необходимост[а-я]*|при\s+необходимост[а-я]*|в\s+случае|по\s+факту|после|по\s+требовани[а-я]*|по\s+согласовани[а-я]*|по\s+готовност[а-я]*|по\s+поступлени[а-я]*|по\s+решени[а-я]*|по\s+приглашени[а-я]*|по\s+заявк[а-я]*|по\s+обращени[а-я]*|по\s+выходу|по\s+мере\s+[а-я]+|через|спустя|за\s+\d+|в\s+(?:период|дни|время|ходе)\s+(?:проведения|каникул)|во\s+время|в\s+каникулярн[а-я]*|в\s+течени[еи]\s+(?:дня|недели|месяца|квартала|года|суток)\s+(?:после|с\s+момента|со\s+дня|с\s+даты|от\s+даты)|(?:в\s+течени[еи]|не\s+позднее|не\s+позже|в\s+срок\s+до|до)\s+\d+(?:-?[а-я]{1,2})?\s+[а-я]+(?:\s+[а-я]+)?\s+(?:после|с\s+момента|со\s+дня|с\s+даты|от\s+даты))(?![а-я])/;

/** An event phrase anywhere (used when nothing else was understood). */
const EVENT_ANY = /(?:^|[^а-я])(по\s+итогам|по\s+результатам|по\s+мере|по\s+запросу|по\s+необходимости|при\s+необходимости|после|с\s+момента|по\s+окончании|по\s+завершении|за\s+\d+\s+[а-я]+(?:\s+[а-я]+)?\s+до)(?![а-я])/;

/** Nouns that turn «по итогам работ» into «итоги работ». */
const EVENT_NOUNS: Record<string, string> = {
  итогам: 'итоги', результатам: 'результаты', окончании: 'окончание', завершении: 'завершение',
};

/** «по графику …», «согласно плану …», «в соответствии с графиком …», «в установленные сроки». */
const SCHEDULE =
  /(?:^|[^а-я])(?:по|согласно|в\s+соответствии\s+со?|соответственно|на\s+основании|в\s+рамках|в)\s+((?:[а-я]+(?:ому|ему|ыми|ым|им|ой|ые)\s+){0,2})(план[а-я]{0,2}-график[а-я]*|график[а-я]*|план(?:а|у|ом|ами|ам|ах|ы)?|расписани[а-я]*|календар[а-я]*|циклограмм[а-я]*|регламент[а-я]*|программ[а-я]*|срок(?:и|ам|ами))(?![а-я])/;

/** Nominative of the schedule noun, and its gender for adjectives. */
const SCHEDULE_NOUNS: Array<[RegExp, string, 'm' | 'f' | 'n' | 'p']> = [
  [/^план[а-я]{0,2}-график/, 'план-график', 'm'], [/^график/, 'график', 'm'], [/^план/, 'план', 'm'],
  [/^расписани/, 'расписание', 'n'], [/^календар/, 'календарь', 'm'], [/^циклограмм/, 'циклограмма', 'f'],
  [/^регламент/, 'регламент', 'm'], [/^программ/, 'программа', 'f'], [/^срок/, 'сроки', 'p'],
];

/** Open-ended work: «постоянно», «в течение года», «весь период». */
const ONGOING =
  /постоянн|бессрочн|систематическ|регулярн|круглогодичн|ежедневн|на\s+протяжении|в\s+течени[еия]|весь\s+(?:период|год|учебный|срок)|всего\s+(?:периода|срока)|в\s+период\s+(?:реализации|действия)|в\s+ходе\s+реализации|в\s+рамках\s+реализации|непрерывно|на\s+всем\s+протяжении|по\s+мере\s+реализации/;

const TRAILING = /[\s.,;:!?\-)(«»"']+$/;
const LEADING = /^[\s.,;:!?\-)(«»"']+/;
const SPACES = /\s+/g;

/** Trims and collapses whitespace and trailing punctuation of an original-text slice. */
function clean(s: string): string {
  return s.replace(SPACES, ' ').replace(TRAILING, '').replace(LEADING, '');
}

/** Lower-cases the first letter unless the word looks like an abbreviation («ОО»). */
function lowerFirst(s: string): string {
  if (s.length > 1 && s[1] === s[1]!.toLowerCase()) return s[0]!.toLowerCase() + s.slice(1);
  return s;
}

/** Event reason when the text starts with an event phrase, else null. */
export function eventAtStart(norm: string, original: string): string | null {
  const m = EVENT_START.exec(norm);
  return m ? eventReason(m, original) : null;
}

/** Event reason when an event phrase occurs anywhere, else null. */
export function eventAnywhere(norm: string, original: string): string | null {
  const m = EVENT_ANY.exec(norm);
  return m ? eventReason(m, original) : null;
}

function eventReason(m: RegExpExecArray, original: string): string {
  const phrase = m[1]!;
  const at = m.index + m[0].length - phrase.length;
  const words = phrase.split(SPACES);
  const noun = words.length === 2 && words[0] === 'по' ? EVENT_NOUNS[words[1]!] : undefined;
  if (noun) {
    const rest = clean(original.slice(at + phrase.length));
    return rest ? `${noun} ${rest}` : noun;
  }
  return lowerFirst(clean(original.slice(at)));
}

/** Schedule reason («график ОО») when the text refers to a schedule or plan, else null. */
export function scheduleReason(norm: string, original: string): string | null {
  const m = SCHEDULE.exec(norm);
  if (!m) return null;
  const adjectives = m[1]!;
  const nounText = m[2]!;
  const nounAt = m.index + m[0].length - nounText.length;
  const entry = SCHEDULE_NOUNS.find(([re]) => re.test(nounText))!;
  if (entry[2] === 'p' && !adjectives && !/^в\s|\sв\s/.test(m[0])) return null; // «по срокам» alone is not a schedule
  const adj = adjectives.trim() ? adjectives.trim().split(SPACES).map((w) => nominative(w, entry[2])) : [];
  const tail = original.slice(nounAt + nounText.length);
  const rest = clean(tail);
  const comma = /^\s*,/.test(tail) && rest ? ',' : '';
  return [...adj, entry[1] + comma, rest].filter(Boolean).join(' ');
}

/** Nominative of an adjective in the dative/instrumental case, for a noun of gender `g`. */
function nominative(adj: string, g: 'm' | 'f' | 'n' | 'p'): string {
  const stem = adj.replace(/(ому|ему|ым|им|ой|ыми|ые)$/, '');
  const soft = /(ему|им)$/.test(adj);
  if (g === 'm') return stem + (soft ? 'ий' : 'ый');
  if (g === 'f') return stem + (soft ? 'яя' : 'ая');
  if (g === 'n') return stem + (soft ? 'ее' : 'ое');
  return stem + (soft ? 'ие' : 'ые');
}

/** True when the text describes open-ended, continuous work. */
export function isOngoing(norm: string): boolean {
  return ONGOING.test(norm);
}

/** A repeat found in the tokens. */
export interface Recurrence {
  every: DeadlineEvery | null;
  day: number | null;
}

const EVERY_BY_VALUE: Array<DeadlineEvery | null> = [null, 'week', 'month', 'quarter', 'year'];

/** The repeat unit named by the word at `j` («месяц», «неделю», «квартал»), or undefined. */
function unitAt(toks: Token[], j: number): DeadlineEvery | null | undefined {
  const t = toks[j];
  if (!t || t.type !== 'word') return undefined;
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
    case 'half':
      return null;
    default:
      return undefined;
  }
}

/** The repeat unit at `j` or `j + 1` («каждый месяц», «каждого учебного месяца»). */
function unitNear(toks: Token[], j: number): DeadlineEvery | null | undefined {
  const u = unitAt(toks, j);
  return u !== undefined ? u : unitAt(toks, j + 1);
}

/**
 * A repeating deadline: «ежемесячно», «еженедельно по пятницам», «1 раз в
 * квартал», «каждый месяц», «до 28 числа» (no month named → monthly). Null
 * when the text does not repeat.
 */
export function recurrence(toks: Token[]): Recurrence | null {
  let every: DeadlineEvery | null | undefined;
  let dayWord = false;
  let monthNamed = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type === 'punct') {
      if (t.text === '.' && toks[i - 1]?.type === 'num' && toks[i + 1]?.type === 'num' && !toks[i + 1]!.space) monthNamed = true;
      continue;
    }
    if (t.type !== 'word') continue;
    switch (t.cls) {
      case 'recurring':
        if (every === undefined) every = EVERY_BY_VALUE[t.value];
        break;
      case 'each': {
        const u = unitNear(toks, i + 1);
        if (u !== undefined && every === undefined) every = u;
        break;
      }
      case 'times':
        if (toks[i + 1]?.text === 'в') {
          const u = unitNear(toks, i + 2);
          if (u !== undefined && every === undefined) every = u;
        }
        break;
      case 'to':
        if (toks[i + 1]?.cls === 'weekday' && toks[i + 1]!.text.endsWith('ам') && every === undefined) every = 'week';
        break;
      case 'dayOfMonth':
        dayWord = true;
        break;
      case 'month':
        monthNamed = true;
        break;
      default:
        break;
    }
  }
  if (every === undefined && dayWord && !monthNamed) every = 'month';
  if (every === undefined) return null;
  return { every, day: dayOf(toks) };
}

/** Day of the month of a repeat: «до 28 числа», «28-го», «до 5», «до 1 сентября». */
function dayOf(toks: Token[]): number | null {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.type !== 'num' || t.text.length > 2 || t.value < 1 || t.value > 31) continue;
    let j = i + 1;
    if (toks[j]?.text === '-' && toks[j + 1]?.cls === 'ordinalSuffix') j += 2;
    else if (toks[j]?.cls === 'ordinalSuffix' && !toks[j]!.space) j += 1;
    const next = toks[j];
    if (next && (next.cls === 'dayOfMonth' || (j > i + 1 && next.type !== 'word'))) return t.value;
    if (j > i + 1 && !next) return t.value;
    const prev = toks[i - 1];
    if (prev && (prev.cls === 'by' || prev.cls === 'towards' || prev.cls === 'later' || prev.text === 'срок')) {
      if (next && next.cls === 'times') continue;
      return t.value;
    }
  }
  return null;
}
