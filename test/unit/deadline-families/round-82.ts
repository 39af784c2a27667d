/**
 * Round 82 (corpus-real-71: school buildings and property). Six classes the set's first run missed, as news of repairs and
 * construction, contracts and tenders, acceptance of schools and the rules of security passports write them:
 * - a span counted from a possessive and a verbal noun, with no «дня / даты» between («в течение 15 дней с его проведения», «от их
 *   утверждения»), counts from an event;
 * - «по истечении срока / N лет» inside a sentence waits for the term to run out («… или по истечении срока – 5 лет»);
 * - a month, or a part of one, before «следующего / будущего / предстоящего года» is of the year after the context's, «прошлого /
 *   предыдущего года» of the year before («в декабре следующего года», «в середине сентября будущего года»);
 * - the perfective infinitives of starting and ending («должны начаться 15 апреля, а закончиться 25 августа») read as «с» and «по», and
 *   «должен / обязан … начать | приступить <день>» as a planned start («должен приступить к работам 1 октября 2026 года и завершить их
 *   до 1 декабря 2027 года»);
 * - a clause «, как [и] обещали / планировали …» with no comma closing it ends after its verb («Новая школа, как и обещали откроется 1
 *   сентября.»);
 * - the start of a school year written with its years beside a day is what the work is for, a note («1 августа 2018 г. … состоялась
 *   приемка … к началу 2018-2019 учебного года»).
 * The first template of each class is the set's real row (its source in corpus-real-71.tsv).
 */
import { by, bareSpan, ev, on, range, variants, iso, lastDay, MONTHS_GEN, MONTHS_PREP, type Expect, type Row, type Family } from './kit';

const OFFSET_TEMPLATES = [
  'Документ составляется на основе обследования, {x}',
  'Паспорт безопасности согласовывается {x}',
  'Акт приемки подписывается членами комиссии {x}',
  '{x}',
];
const OFFSET_SPANS = ['в течение 15 дней', 'в течение 10 рабочих дней', 'не позднее 5 дней', 'в течение трёх дней', 'в срок не более 30 календарных дней', 'не позднее 3 рабочих дней', 'в течение 45 рабочих дней'];
const OFFSET_ANCHORS: Array<[string, string]> = [
  ['с его проведения', 'проведения'],
  ['с её получения', 'получения'],
  ['с ее поступления', 'поступления'],
  ['с их составления', 'составления'],
  ['от его подписания', 'подписания'],
  ['от их утверждения', 'утверждения'],
  ['с его регистрации', 'регистрации'],
];

const EXPIRY_TEMPLATES = [
  'Паспорт подлежит пересмотру и переоформлению в случаях изменения требований по обеспечению защиты объекта и территории или {x}',
  'Паспорт безопасности актуализируется {x}',
  'Акт категорирования пересматривается {x}',
];
const EXPIRY = ['по истечении срока – 5 лет', 'по истечении срока действия', 'по истечении 5 лет', 'по истечении трёх лет со дня утверждения', 'по истечении срока его действия', 'по истечении пяти лет'];

const NEXT_YEAR_TEMPLATES = [
  'Завершить строительство подрядчик должен {x}',
  'Детский сад примет малышей {x}',
  'Проектную документацию на капремонт школы подготовят {x}',
];
const NEXT_ADJ = ['следующего', 'будущего', 'предстоящего'];
const PAST_ADJ = ['прошлого', 'предыдущего'];

const START_END_TEMPLATES = [
  'Работы должны {s} {d1}, а {e} {d2}',
  'Капитальный ремонт школы должен {s} {d1} и {e} {d2}',
  'Согласно контракту, благоустройство территории должно {s} {d1}, а {e} {d2}',
];
const START_END_VERBS: Array<[string, string]> = [['начаться', 'закончиться'], ['начаться', 'завершиться'], ['стартовать', 'завершиться'], ['начаться', 'окончиться']];
const OBLIGED_TEMPLATES = [
  'В технической документации указано, что подрядчик должен {v} {d1} и завершить их до {d2}',
  'Подрядчик обязан {v} {d1} и закончить их до {d2}',
  'Строители должны {v} {d1}, а завершить их до {d2}',
];
const OBLIGED_VERBS = ['приступить к работам', 'начать работы'];
const DAY_PAIRS: Array<[[number, number], [number, number]]> = [[[4, 15], [8, 25]], [[3, 3], [11, 19]], [[6, 1], [8, 20]], [[1, 14], [12, 1]]];

const PROMISED_TEMPLATES = [
  'Новая школа, как и {v} откроется {d}',
  'Обновлённый детский сад, как {v} примет воспитанников {d}',
  'Приемка школ, как и {v} пройдет {d}',
];
const PROMISED_VERBS = ['обещали', 'планировали', 'планировалось', 'ожидалось', 'предполагалось', 'было запланировано', 'обещал глава района'];
const PROMISED_DAYS: Array<[number, number]> = [[9, 1], [8, 15], [12, 25]];

const EVE_TEMPLATES = [
  '{d} в детском саду состоялась приемка дошкольного учреждения {x}',
  '{d} прошла приемка школы {x}',
  'Акты готовности подписаны {d} {x}',
];
const EVES = ['к началу {y} учебного года', 'к {y} учебному году', 'перед началом {y} учебного года', 'накануне {y} учебного года', 'к новому {y} учебному году'];
const SCHOOL_YEARS: Array<[string, number]> = [['2018-2019', 2018], ['2021/2022', 2021], ['2023-2024', 2023], ['2024/2025', 2024]];
const EVE_DAYS: Array<[number, number]> = [[8, 1], [7, 18], [8, 9]];

const PINS: Row[] = [
  // a possessive before a word that is no verbal noun is no event: the span stays bare
  ['в течение 10 дней с его участием', bareSpan],
  // a date written with the expiry wins, as with every event phrase
  ['до 1 мая, по истечении срока', by('2021-05-01')],
  // a month with no year word keeps the context's year; a season is left as it was
  ['Завершить строительство подрядчик должен в декабре', range('2021-12-01', '2021-12-31')],
  ['до декабря следующего года', by('2022-11-30')],
  ['1 сентября следующего года', on('2022-09-01')],
  // a start alone is open-ended, an end alone a deadline; a plan item's infinitive alone stays its day
  ['Работы должны начаться 15 апреля', { kind: 'ongoing', start: '2021-04-15', due: '2021-12-31' }],
  ['Подрядчик должен приступить к работам 1 октября', { kind: 'ongoing', start: '2021-10-01', due: '2021-12-31' }],
  ['Работы должны закончиться 25 августа', by('2021-08-25')],
  ['Начать 2023/2024 учебный год 1 сентября', on('2023-09-01')],
  // with a closing comma the clause runs to it, as round 78 read it
  ['Осенние каникулы в большинстве школ Ростова начнутся, как планировали до начала этого учебного года, 2 ноября', { kind: 'ongoing', start: '2021-11-02', due: '2021-12-31' }],
  ['Школа откроется 1 сентября, как и обещали', on('2021-09-01')],
  // after the text's date a clause with no closing comma is a trailing note to the end, as round 78 read it
  ['Экзамен пройдет 15 мая, как и было запланировано в сентябре', on('2021-05-15')],
  // alone, the start of a school year with its years is still its eve; a deadline before it wins
  ['к 2021/2022 учебному году', by('2021-08-31')],
  ['к началу 2021-2022 учебного года', by('2021-08-31')],
  // (a school year written first gives the day its year, round 8: August of its second year)
  ['к началу 2021-2022 учебного года, до 25 августа', by('2022-08-25')],
];

const fill = (tpl: string, x: string): string => tpl.replace('{x}', x);
const dayText = ([m, d]: [number, number]): string => `${d} ${MONTHS_GEN[m - 1]}`;

export const family: Family = {
  title: 'round 82: «с его проведения», «по истечении срока», «в декабре следующего года», «должны начаться …, а закончиться …», «как и обещали» without a comma, «к началу 2018-2019 учебного года» beside a day',
  rows: () => {
    const rows: Row[] = [];
    const push = (text: string, e: Expect): void => {
      rows.push(...variants(text).map((t): Row => [t, e]));
    };
    for (const tpl of OFFSET_TEMPLATES)
      for (const s of OFFSET_SPANS) for (const [a, noun] of OFFSET_ANCHORS) push(fill(tpl, `${s} ${a}`), ev(noun));
    for (const tpl of EXPIRY_TEMPLATES) for (const x of EXPIRY) push(fill(tpl, x), ev('истечени'));
    for (const tpl of NEXT_YEAR_TEMPLATES)
      for (let m = 1; m <= 12; m++) {
        for (const adj of NEXT_ADJ) {
          push(fill(tpl, `в ${MONTHS_PREP[m - 1]} ${adj} года`), range(iso(m, 1, 2022), iso(m, lastDay(m), 2022)));
          push(fill(tpl, `в середине ${MONTHS_GEN[m - 1]} ${adj} года`), range(iso(m, 11, 2022), iso(m, 20, 2022)));
        }
        for (const adj of PAST_ADJ) push(fill(tpl, `в ${MONTHS_PREP[m - 1]} ${adj} года`), range(iso(m, 1, 2020), iso(m, m === 2 ? 29 : lastDay(m), 2020)));
      }
    for (const [[m1, d1], [m2, d2]] of DAY_PAIRS) {
      for (const tpl of START_END_TEMPLATES)
        for (const [s, e] of START_END_VERBS) {
          const text = tpl.replace('{s}', s).replace('{e}', e).replace('{d1}', dayText([m1, d1])).replace('{d2}', dayText([m2, d2]));
          push(text, range(iso(m1, d1), iso(m2, d2)));
        }
      for (const tpl of OBLIGED_TEMPLATES)
        for (const v of OBLIGED_VERBS) {
          const text = tpl.replace('{v}', v).replace('{d1}', dayText([m1, d1])).replace('{d2}', dayText([m2, d2]));
          push(text, range(iso(m1, d1), iso(m2, d2)));
        }
    }
    for (const tpl of PROMISED_TEMPLATES)
      for (const v of PROMISED_VERBS) for (const [m, d] of PROMISED_DAYS) push(tpl.replace('{v}', v).replace('{d}', dayText([m, d])), on(iso(m, d)));
    for (const tpl of EVE_TEMPLATES)
      for (const eve of EVES)
        for (const [sy, y] of SCHOOL_YEARS)
          for (const [m, d] of EVE_DAYS) push(tpl.replace('{d}', `${d} ${MONTHS_GEN[m - 1]} ${y} г.`).replace('{x}', eve.replace('{y}', sy)), on(iso(m, d, y)));
    for (const [t, e] of PINS) push(t, e);
    return rows;
  },
};
