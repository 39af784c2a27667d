/**
 * Round 79 (corpus-real-68's first-run misses): four classes, each built from a real row of the set (its source in the set) and the
 * same class as orders, plans and news pages write it.
 *  1. a plan's years before a day with its month and year («… перечня … на 2022-2027 годы, утвержденный …, … с 01 октября по 10
 *     декабря 2022 года …», «плана … в 2022-2025 годах Стратегии … на период до 2025 года …», «… на 2018-2010 годы …») are the period
 *     the plan covers, a label — the day says when;
 *  2. a span right after a verb of lasting («продлится 3 месяца») is a length, a label;
 *  3. «за первую неделю / первый месяц / первые дни <деятельность>» is the same time as «в первую неделю …», an event;
 *  4. a year after «в» that follows a participle of a document's act («подписанным в 1980 году») is the document's, a label.
 */
import { bareSpan, by, ev, on, range, rec, variants, type Expect, type Family, type Row } from './kit';

const PLANS = [
  'перечня федеральных мероприятий, направленных на обеспечение информационной безопасности детей, производство информационной продукции для детей и оборот информационной продукции',
  'плана мероприятий по реализации Концепции информационной безопасности детей',
  'Стратегии государственной национальной политики',
  'программы «Развитие образования»',
  'дорожной карты проекта',
  'плана основных мероприятий по проведению Года семьи',
];
const PERIODS = ['на 2022-2027 годы', 'на 2018-2010 годы', 'в 2022-2025 годах', 'на период до 2025 года', 'на 2021 - 2025 гг.', 'на 2024 год'];
const WINDOWS: Array<[string, string, Expect]> = [
  ['В соответствии с пунктом 5 {p} {y}, утвержденного приказом от 22.03.2022 № 226, в образовательных организациях', 'с 01 октября по 10 декабря 2022 года проводится Единый урок', range('2022-10-01', '2022-12-10')],
  ['В рамках реализации {p} {y} во всех общеобразовательных организациях', '30 октября 2018 года пройдет Единый урок по безопасности', on('2018-10-30')],
  ['Во исполнение пункта 45 {p} {y}', 'в период с 1 по 15 мая 2024 года пройдут мероприятия акции «Линейка памяти»', range('2024-05-01', '2024-05-15')],
  ['Согласно {p} {y} в школах района', 'с 05.12.2022 по 09.12.2022 пройдет неделя финансовой грамотности', range('2022-12-05', '2022-12-09')],
  ['В рамках {p} {y}', 'до 15 декабря 2023 года провести конкурс', by('2023-12-15')],
];

const LASTING = ['продлится', 'продлятся', 'будет длиться', 'продолжится', 'продлится всего', 'будет длиться около'];
const SPANS = ['3 месяца', '2 недели', '10 дней', 'три месяца', 'две недели'];
const LASTING_TEMPLATES: Array<[string, Expect]> = [
  ['Районный конкурс художественного творчества «Герб моей семьи» {v} {s}, а такие акции, как создание «Школы молодой семьи», – в течение всего 2024 года', range('2024-01-01', '2024-12-31')],
  ['Акция {v} {s}: с 1 по 14 июня', range('2021-06-01', '2021-06-14')],
  ['Месячник {v} {s} и завершится 30 ноября', by('2021-11-30')],
  ['Выставка {v} {s} — с 10 по 20 ноября', range('2021-11-10', '2021-11-20')],
];

const FIRST = ['первую неделю', 'первый месяц', 'первые дни', 'первые две недели', 'первый год', 'первые три месяца'];
const STAGES = ['реализации профилактического месячника', 'работы', 'реализации проекта', 'обучения', 'реализации программы развития'];
const FIRST_TEMPLATES = [
  'За {f} {s} в школах была обновлена информация на стендах «Уголок профилактики вредных привычек»',
  'за {f} {s} проведено анкетирование',
  'За {f} {s}',
];

const PARTICIPLES = ['подписанным', 'принятым', 'утвержденным', 'утверждённым', 'изданным', 'опубликованным'];
const ACT_YEARS = ['1980', '2009', '2015'];
const ACT_TEMPLATES: Array<[string, Expect]> = [
  ['Дата каждый год меняется, так как этот праздник традиционно отмечают во вторую субботу последнего летнего месяца в соответствии с Указом «О праздничных и памятных днях», {a} в {y} году', rec('year')],
  ['Праздник отмечается ежегодно в соответствии с постановлением, {a} в {y} году', rec('year')],
  ['Порядок действует с 1 сентября в соответствии с приказом, {a} в {y} году', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['Отчёт представить до 15 декабря по форме, {a} в {y} году', by('2021-12-15')],
];

const PINS: Row[] = [
  // a plan's years alone, or before days with no year, read as before
  ['План мероприятий на 2022-2024 годы', range('2022-01-01', '2024-12-31')],
  ['План мероприятий на 2022-2024 годы: с 1 по 15 мая', range('2022-01-01', '2024-12-31')],
  ['в 2015 году с 23 марта по 18 апреля', range('2015-03-23', '2015-04-18')],
  // after a date, round 22's plan period as before
  ['до 01.06.2002 разработать и утвердить план мероприятий по развитию дополнительного образования детей на 2002-2004 гг.', by('2002-06-01')],
  // a span with no verb of lasting still counts from an event, and a verb of lasting alone names no deadline
  ['в течение 3 месяцев', bareSpan],
  ['за 2 недели до начала', ev('начала')],
  // a year after «в» with no act before it is the year, as before
  ['В 2020 году', range('2020-01-01', '2020-12-31')],
];

export const family: Family = {
  title: 'round 79: a plan\'s years before a dated day, a span after a verb of lasting, «за первую неделю <работы>», a document\'s year',
  rows: () => {
    const rows: Row[] = [];
    for (const [head, tail, e] of WINDOWS)
      for (const p of PLANS)
        for (const y of PERIODS) rows.push(...variants(`${head.replace('{p}', p).replace('{y}', y)} ${tail}`).map((t): Row => [t, e]));
    for (const [tpl, e] of LASTING_TEMPLATES)
      for (const v of LASTING)
        for (const s of SPANS) rows.push(...variants(tpl.replace('{v}', v).replace('{s}', s)).map((t): Row => [t, e]));
    for (const tpl of FIRST_TEMPLATES)
      for (const f of FIRST)
        for (const s of STAGES) rows.push(...variants(tpl.replace('{f}', f).replace('{s}', s)).map((t): Row => [t, ev(s.split(' ')[0]!)]));
    for (const [tpl, e] of ACT_TEMPLATES)
      for (const a of PARTICIPLES)
        for (const y of ACT_YEARS) rows.push(...variants(tpl.replace('{a}', a).replace('{y}', y)).map((t): Row => [t, e]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
