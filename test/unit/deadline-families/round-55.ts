/**
 * Round 55 (corpus-real-50): the adjective «периодический» (a periodical) before an offset, a timetable's heading before a lone
 * weekday, a verb of setting with its document in the prepositional after «в / во», «во время» before a body's sitting inside a
 * sentence.
 */
import { ev, rec, sched, variants, type Family, type Row } from './kit';

/** The adjective «периодический» in the cases a clause uses, with the noun it goes with. */
const PERIODICALS = ['в периодической печати', 'в периодическом издании', 'в периодических изданиях', 'через периодическую печать', 'в периодическом печатном издании'];
/** Offsets before an event, in figures and in words. */
const OFFSETS: Array<[string, string]> = [
  ['не позднее чем за тридцать календарных дней до дня окончания приема заявок', 'окончания'],
  ['не позднее чем за 30 дней до начала конкурса', 'конкурса'],
  ['не менее чем за десять дней до дня проведения собрания', 'собрания'],
  ['не позднее 45 календарных дней до дня его проведения', 'проведения'],
  ['за две недели до начала отбора', 'отбора'],
];
/** What is published. */
const SUBJECTS = ['Объявление о проведении открытого конкурса должно быть опубликовано', 'Извещение публикуется', 'Информация размещается'];

/** The headings of a timetable before the weekday, and the hours after it. */
const HEADINGS = ['часы приёма:', 'Часы приема:', 'График приема:', 'Часы работы:', 'Время приёма:', 'Консультации:', 'Дни приема:', 'часы приема граждан:'];
const WEEKDAYS = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'Пн'];
const HOURS = ['', ' 16.00-18.00', ' — 16.00.-18.00.', ' с 14.00 до 15.00', ' 10:00–12:00'];

/** Verbs of setting, singular and plural (with «срок» before them «определяется / устанавливается» were read already), and documents in the prepositional. */
const VERBS = ['регламентируется', 'регламентируются', 'регламентирован', 'указывается', 'указываются', 'оговаривается', 'оговариваются', 'регулируется'];
const DOCUMENTS = ['в Положении', 'в положении о конкурсе', 'в приказе директора', 'в плане работы', 'во внутреннем регламенте', 'в договоре', 'в распоряжении управления', 'в уставе школы'];

/** Bodies whose sitting «во время» names, with the word the reason must hold. */
const SITTINGS: Array<[string, string]> = [
  ['комиссии по допуску', 'комиссии'], ['итогового педсовета', 'педсовета'], ['совещания при директоре', 'совещания'],
  ['консультации', 'консультации'], ['приёма граждан', 'граждан'], ['очередного совета', 'совета'], ['школьного консилиума', 'консилиума'],
  ['родительского собрания', 'собрания'], ['экзаменационной сессии', 'сессии'], ['заседаний комиссий', 'комиссий'],
];
const DOING = ['Официальная заявка подается во время', 'Документы выдаются во время', 'Вопрос рассматривается во время', 'Справки выдаются родителям во время'];

function rows(): Row[] {
  const out: Row[] = [];
  for (const s of SUBJECTS) for (const p of PERIODICALS) for (const [o, names] of OFFSETS) out.push([`${s} ${p} ${o}.`, ev(names)]);
  for (const h of HEADINGS) for (const w of WEEKDAYS) for (const hours of HOURS) out.push([`${h} ${w}${hours}`, rec('week')]);
  for (const v of VERBS) for (const d of DOCUMENTS) for (const t of variants(`срок предоставления ${v} ${d}`)) out.push([t, sched(`${v} ${d}`)]);
  for (const d of DOING) for (const [x, names] of SITTINGS) for (const t of variants(`${d} ${x}`)) out.push([t, ev(names)]);
  return out;
}

export const family: Family = {
  title: 'round 55: the adjective «периодический» before an offset, a timetable\'s heading before a lone weekday, a verb of setting with «в <документе>», «во время» before a body\'s sitting',
  rows,
};
