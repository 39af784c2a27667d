/**
 * Round 95 (corpus-real-84: admission and transitions — intake into the 1st and 10th classes, transfer, career guidance, additional
 * education, family education and externs). Four classes of the set's first run, as school, college, news and explainer pages write
 * them:
 * - the last weekday of a month is one day, like the first: «День открытых дверей традиционно проводится в последнюю субботу марта.»
 *   → on 2021-03-27 (it was the month);
 * - «сейчас» before a verb of work going on is «в настоящее время» (round 93), open-ended work with no date: «Сейчас идет
 *   электронная запись, получение сертификатов дополнительного образования.»;
 * - «когда угодно» is «в любое время», open-ended: «Подать заявление можно когда угодно, закон не ограничивает родителей сроками.»;
 * - a resolution, rules or an instruction that regulates, sets or fixes the dates is who sets them, as an order or a regulation is
 *   (not a law: round 37's «Работа регулируется законом» stays unread): «Порядок зачисления в 10-й класс регламентируется
 *   Постановлением Министерства образования Республики Беларусь от 17.08.2022 № 269 «О приеме лиц для получения общего среднего
 *   образования в гимназиях, средних школах».» → schedule.
 * The first template of each part is the set's real row (its source in corpus-real-84.tsv). Round 96 fixed one more of the set's
 * misses; its five others stay on KNOWN_MISSES.
 */
import { MONTHS_GEN, by, ev, on, ongoing, range, rec, sched, variants, type Row, type Family } from './kit';

// ─── 1. the last weekday of a month ───────────────────────────────────────────────────────────────────────────────────────────
/** The weekday's forms after «в последн*» (accusative) and as a cell's subject (nominative), with the adjective's gender. */
const WEEKDAYS: Array<[n: number, acc: string, nom: string]> = [
  [1, 'в последний понедельник', 'последний понедельник'],
  [2, 'в последний вторник', 'последний вторник'],
  [3, 'в последнюю среду', 'последняя среда'],
  [4, 'в последний четверг', 'последний четверг'],
  [5, 'в последнюю пятницу', 'последняя пятница'],
  [6, 'в последнюю субботу', 'последняя суббота'],
  [7, 'в последнее воскресенье', 'последнее воскресенье'],
];
/** The last `weekday` (1 = Monday … 7 = Sunday) of `month` (1–12) of `year`, as YYYY-MM-DD. */
function lastWeekday(year: number, month: number, weekday: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  const back = (last.getUTCDay() - (weekday % 7) + 7) % 7;
  const d = last.getUTCDate() - back;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
const LAST_TEMPLATES = [
  'День открытых дверей традиционно проводится {x}',
  '{x}',
  'Родительское собрание для будущих первоклассников {x}',
  'Запись в кружки проводится {x}',
];

// ─── 2. «сейчас» before a verb of ongoing work ─────────────────────────────────────────────────────────────────────────────────
const NOW_TEMPLATES = [
  '{x} электронная запись, получение сертификатов дополнительного образования',
  '{x} прием заявлений в 10 класс',
  '{x} комплектование групп объединений дополнительного образования',
];
const NOW_VERBS = ['идет', 'идёт', 'ведется', 'ведётся', 'проходит', 'продолжается', 'осуществляется'];
const NOW_PLURAL = ['Сейчас идут консультации для родителей будущих первоклассников', 'Сейчас уже идут профессиональные пробы', 'сейчас проходят дни открытых дверей колледжей', 'Сейчас работает горячая линия по вопросам приема в 1 класс', 'Сейчас действуют сертификаты дополнительного образования'];

// ─── 3. «когда угодно» ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const ANY_TIME = [
  'Подать заявление можно когда угодно, закон не ограничивает родителей сроками',
  'Перейти на семейное образование можно когда угодно',
  'Записаться в кружок можно когда угодно',
  'когда угодно',
  'Заявление о переводе подается когда угодно в течение учебного года по желанию родителей',
];

// ─── 4. a resolution, rules or an instruction sets the dates ────────────────────────────────────────────────────────────
const SUBJECTS = ['Порядок зачисления в 10-й класс', 'Порядок приема в первый класс', 'Прием на обучение', 'Организация индивидуального отбора'];
const VERBS = ['регламентируется', 'регулируется', 'устанавливается', 'определяется'];
const DOCS = [
  'Постановлением Министерства образования Республики Беларусь от 17.08.2022 № 269 «О приеме лиц для получения общего среднего образования в гимназиях, средних школах»',
  'постановлением администрации района',
  'постановлением Правительства Российской Федерации',
  'правилами приема',
  'инструкцией о порядке приема',
];

const PINS: Row[] = [
  // the weekday of a month as before: an ordinal, a repeat of every month, the last week
  ['в первую субботу марта', on('2021-03-06')],
  ['последняя суббота месяца', rec('month')],
  ['в последнюю неделю декабря', range('2021-12-25', '2021-12-31')],
  // a year written with it gives that year
  ['в последнюю субботу марта 2022 г.', on('2022-03-26')],
  // «до» before it is a deadline, as before the first weekday of a month
  ['до последней пятницы апреля', by('2021-04-30')],
  // «сейчас» alone before the time of an event is no work going on: the event as before (corpus-real-62)
  ['У ребят сейчас весенние каникулы, и они с удовольствием посетили День открытых дверей в библиотеке.', ev('каникул')],
  // a date in the text wins over «сейчас … идет» and «когда угодно»
  ['Сейчас идет прием заявлений, до 30 июня', by('2021-06-30')],
  ['Сейчас идет запись в кружки (с 1 по 15 сентября)', range('2021-09-01', '2021-09-15')],
  ['Подать заявление можно когда угодно, но не позднее 1 марта', by('2021-03-01')],
  // an order or a regulation as before
  ['Порядок приема регламентируется приказом', sched('регламентируется приказом')],
  // a law names no document of dates (round 37)
  ['Работа регулируется законом', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  // «в любое время» as before
  ['Подать заявление можно в любое время', ongoing],
];

export const family: Family = {
  title: 'round 95: the last weekday of a month, «сейчас идет …», «когда угодно», a resolution, rules or an instruction that sets the dates',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of LAST_TEMPLATES)
      for (const [n, acc, nom] of WEEKDAYS)
        for (let m = 1; m <= 12; m++) {
          const phrase = `${tpl === '{x}' ? nom : acc} ${MONTHS_GEN[m - 1]}`;
          rows.push(...variants(tpl.replace('{x}', phrase)).map((t): Row => [t, on(lastWeekday(2021, m, n))]));
        }
    for (const tpl of NOW_TEMPLATES)
      for (const v of NOW_VERBS) rows.push(...variants(tpl.replace('{x}', `Сейчас ${v}`)).map((t): Row => [t, ongoing]));
    for (const t of NOW_PLURAL) rows.push(...variants(t).map((v): Row => [v, ongoing]));
    for (const t of ANY_TIME) rows.push(...variants(t).map((v): Row => [v, ongoing]));
    for (const s of SUBJECTS)
      for (const verb of VERBS)
        for (const doc of DOCS) rows.push(...variants(`${s} ${verb} ${doc}`).map((t): Row => [t, sched(`${verb} ${doc}`)]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
