/**
 * Round 83 (corpus-real-72: staff and labour in education). Four classes the set's first run missed, as regulations, pay rules,
 * explainers and news of education offices write them:
 * - amounts: a decimal fraction whose whole part is no day of a month, before a word that is no date word («цифра 2093,92 единицы»,
 *   «0,5 ставки»), and an amount written again in words in brackets before its unit of money («в размере 100 000 (сто тысяч) рублей»)
 *   are labels;
 * - a number right after «из них / из которых» is the part of a whole counted before it, also with a dash before what it counts («из них
 *   28 – опорных специалистов»);
 * - the first days, months or years of a young specialist's work after «на / в период / время», or with the kind of work between, are counted from the hiring, an event («на период первого года трудоустройства», «в первые три года трудовой деятельности»),
 *   inside a sentence too;
 * - a day fixed («закреплён», «оговорён») in a contract or an act, in its text or by it, is set by that document, a schedule («с того дня,
 *   который закреплён в тексте подписанного трудового договора»).
 * The first template of each class is the set's real row (its source in corpus-real-72.tsv).
 */
import { by, ev, on, ongoing, range, sched, variants, iso, MONTHS_GEN, type Row, type Family } from './kit';

const DECIMAL_TEMPLATES = [
  'В документе фиксируется цифра {x}, отчёт до {d}',
  'Штатная численность составит {x} до {d}',
  'В школах района вакантны {x}, до {d}',
  'Предельная численность работников — {x}; отчёт до {d}',
];
const DECIMALS = ['2093,92 единицы', '2204,67 единиц', '0,5 ставки', '1250,75 рубля', '35,5 ставок', '187,25 штатных единиц', '0,25 ставки'];
const DAYS: Array<[number, number]> = [[6, 15], [9, 1], [12, 25], [3, 31]];

const WORDS_TEMPLATES = [
  'Установить единовременную денежную выплату в размере {x} молодым воспитателям начиная с 1 января 2015 года',
  'Выплата в размере {x} производится до {d}',
  'Молодому специалисту выплачивается {x} {d}',
];
const AMOUNTS_IN_WORDS = [
  '100 000 (сто тысяч) рублей',
  '50000 (пятьдесят тысяч) руб.',
  '1 000 000 (один миллион) рублей',
  '20 000 (двадцать тысяч) рублей',
  '300 000 (триста тысяч) руб',
  '1 (один) миллион рублей',
];

const PART_TEMPLATES = [
  'По состоянию на {d}, в районе 172 активные вакансии: из них {x} опорных специалистов',
  'Всего подано 40 заявок, из которых {x} от молодых педагогов, {d}',
  '{d} в школы пришли 35 молодых специалистов, из них {x} учителя начальных классов',
];
const PARTS = ['28 –', '28 -', '12', '5 —', '3'];

const FIRST_TEMPLATES = [
  'Гарантированная доплата молодым специалистам <*> устанавливается {x} выпускникам профессиональной образовательной организации',
  'Надбавка выплачивается {x}',
  'Наставник закрепляется за молодым педагогом {x}',
  '{x} молодой специалист освобождается от аттестации',
];
const FIRST = [
  'на период первого года трудоустройства',
  'на период первого года работы',
  'в первые три года трудовой деятельности',
  'на период первых двух лет педагогической работы',
  'в первый год трудоустройства',
  'в течение первых трех лет педагогической деятельности',
  'в первые два года работы',
  'на время первого года работы',
];

const FIXED_TEMPLATES = [
  'К фактическому выполнению своих трудовых функций работник должен приступить с того дня, который {x}',
  'Отпуск предоставляется в период, {x}',
  'Выплата производится в срок, {x}',
];
const FIXED = [
  'закреплён в тексте подписанного трудового договора',
  'закреплен в тексте трудового договора',
  'закреплен в трудовом договоре',
  'оговорен в коллективном договоре',
  'оговорён трудовым договором',
  'закреплен коллективным договором',
  'указан в тексте приказа о приеме на работу',
  'закреплен в положении об оплате труда',
];

const PINS: Row[] = [
  // days listed with commas before a month, grades before a date, a decimal before a unit of time read as before
  ['25,26 декабря', on('2021-12-26', '2021-12-25')],
  ['10,11 классы - 15 мая', on('2021-05-15')],
  ['0,5 ставки с 1 сентября', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['в течение 10 (десяти) рабочих дней со дня подачи заявления', ev('подачи')],
  ['до 15 (пятнадцатого) числа каждого месяца', { kind: 'recurring', every: 'month', day: 15, start: '2021-01-01', due: '2021-12-31' }],
  // a count after «из них» before a unit of time is a span as before
  ['из них 5 дней после приказа', ev('приказа')],
  // «в первые две недели сентября» names its month; a date written with the first year of work wins
  ['в первые две недели сентября', range('2021-09-01', '2021-09-30')],
  ['в первый год обучения, до 1 октября', by('2021-10-01')],
  // round 277: «на протяжении» reads as «в течение», so the first years of work are counted from the hiring as after «в течение» (it
  // was open-ended work: «на протяжении» alone was an open-ended phrase)
  ['Надбавка выплачивается на протяжении первых трех лет работы', ev('перв')],
  // the day a contract comes into force set «by» the contract after an event at the start stays an event
  ['Коллективный договор вступает в силу со дня подписания его сторонами либо со дня, установленного коллективным договором', ev('подписания')],
  ['Договор заключен 1 сентября 2021 года', on('2021-09-01')],
  ['по договору, заключенному до 1 июня', by('2021-06-01')],
  ['в течение учебного года', ongoing],
];

export const family: Family = {
  title: 'round 83: «2093,92 единицы», «100 000 (сто тысяч) рублей» and «из них 28 – …» are labels; «на период первого года трудоустройства» is an event; «с того дня, который закреплён в … договоре» is a schedule',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of DECIMAL_TEMPLATES)
      for (const x of DECIMALS)
        for (const [m, d] of DAYS) rows.push(...variants(tpl.replace('{x}', x).replace('{d}', `${d} ${MONTHS_GEN[m - 1]}`)).map((t): Row => [t, by(iso(m, d))]));
    for (const x of AMOUNTS_IN_WORDS) {
      rows.push(...variants(WORDS_TEMPLATES[0]!.replace('{x}', x)).map((t): Row => [t, { kind: 'ongoing', start: '2015-01-01', due: '2021-12-31' }]));
      for (const [m, d] of DAYS) {
        rows.push(...variants(WORDS_TEMPLATES[1]!.replace('{x}', x).replace('{d}', `${d} ${MONTHS_GEN[m - 1]}`)).map((t): Row => [t, by(iso(m, d))]));
        rows.push(...variants(WORDS_TEMPLATES[2]!.replace('{x}', x).replace('{d}', `${d} ${MONTHS_GEN[m - 1]}`)).map((t): Row => [t, on(iso(m, d))]));
      }
    }
    for (const tpl of PART_TEMPLATES)
      for (const x of PARTS)
        for (const [m, d] of DAYS) rows.push(...variants(tpl.replace('{x}', x).replace('{d}', `${d} ${MONTHS_GEN[m - 1]}`)).map((t): Row => [t, on(iso(m, d))]));
    for (const tpl of FIRST_TEMPLATES) for (const x of FIRST) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ev(x.split(' ').pop()!)]));
    for (const tpl of FIXED_TEMPLATES)
      for (const x of FIXED) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, sched(t.includes(x) ? x : x.replace(/ё/g, 'е'))]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
