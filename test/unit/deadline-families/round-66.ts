/**
 * Round 66 (corpus-real-60, health, hygiene and safety routines of schools and kindergartens): the classes of the set's first run
 * the round fixed, each in the grammatical variety real pages write it. The first template of each group is a real row of
 * corpus-real-60 (its source in the set); the others are the same class as other school, health and news pages write it.
 * - «в заключение / в заключении» a meeting, a check, a lesson or another event in the genitive (with up to two adjectives) is the
 *   time of that event's end, like «по окончании …»;
 * - a count of months (1–12) right before a year in figures («за 9 месяцев 2014 года», «Итоги 6 месяцев 2021 г.») is the first
 *   months of that year, not an offset «за 9 месяцев» before an event.
 */
import { bareSpan, ev, on, range, variants, type Family, type Row } from './kit';

const CLOSE_TEMPLATES: Array<[string, string]> = [
  ['{x} подобных инспектирований проводятся дополнительные инструктажи по мерам пожарной безопасности с руководителями учреждений', 'инспектирований'],
  ['{x} заседания подводятся итоги работы комиссии', 'заседания'],
  ['{x} урока проводится рефлексия', 'урока'],
  ['{x} проверки составляется акт', 'проверки'],
  ['{x} плановой выездной проверки вручается предписание', 'проверки'],
  ['{x} месячника пожарной безопасности проводится общешкольная линейка', 'месячника'],
  ['{x} родительского собрания проводится анкетирование', 'собрания'],
  ['{x} итогового педагогического совещания принимается решение', 'совещания'],
  ['{x} семинара участникам вручаются сертификаты', 'семинара'],
  ['{x} осмотров медицинская сестра заполняет журнал', 'осмотров'],
  ['{x} проведения эвакуации проводится разбор тренировки', 'проведения'],
];
const CLOSES = ['в заключение', 'в заключении'];

const MONTHS_TEMPLATES = [
  'К такому заявлению её подтолкнула печальная статистика за {m} {y}',
  'Отчет о выполнении плана мероприятий за {m} {y}',
  'За {m} {y} в школах выявлено 12 случаев педикулеза',
  'Анализ заболеваемости учащихся за {m} {y}.',
  'Итоги работы школьной столовой за {m} {y}',
];
const COUNTS: Array<[number, string]> = [[1, '1 месяц'], [2, '2 месяца'], [3, '3 месяца'], [5, '5 месяцев'], [6, '6 месяцев'], [9, '9 месяцев'], [10, '10 месяцев'], [11, '11 месяцев']];
const YEARS: Array<[number, string]> = [[2014, '2014 года'], [2020, '2020 г.'], [2021, '2021 года']];
const lastDayOf = (y: number, m: number): string => `${y}-${String(m).padStart(2, '0')}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;

const PINS: Row[] = [
  // «в заключение» with no event after it, a date word after it, and a date with it (these pin it)
  ['в заключение отметим, что работа ведется', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['в заключение года', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['в заключение семинара 15 мая', on('2021-05-15')],
  // a count of months with no year after it still counts from its event, or is a bare span (these pin it)
  ['за 9 месяцев до начала учебного года', ev('начала')],
  ['за 2 месяца до 1 сентября', ev('сентября')],
  ['в течение 6 месяцев', bareSpan],
  ['не позднее 2 месяцев со дня подачи заявления', ev('подачи')],
];

export const family: Family = {
  title: 'round 66: «в заключение / в заключении <события>» as the close of an event, «за N месяцев <год>» as the first months of a year',
  rows: () => {
    const rows: Row[] = [];
    for (const [tpl, name] of CLOSE_TEMPLATES) for (const x of CLOSES) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ev(name)]));
    for (const tpl of MONTHS_TEMPLATES) for (const [n, m] of COUNTS) for (const [y, yt] of YEARS) rows.push(...variants(tpl.replace('{m}', m).replace('{y}', yt)).map((t): Row => [t, range(`${y}-01-01`, lastDayOf(y, n))]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
