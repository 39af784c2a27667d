/**
 * Round 96 (corpus-real-85: воспитание and the rhythm of the school year — prevention and the work with КДН / ПДН, the summer campaign
 * and school camps, attestation, school libraries, the day of legal help to children). Six classes the set's first run missed, as
 * school, city and news pages write them:
 * - a possessive between «по» and the noun of a wish, a request or an initiative is the same event as without it:
 *   «Аттестация … проводится по их желанию.»;
 * - the term of use, service or storage of a thing («в течение срока пользования / эксплуатации / службы / хранения») is that thing's
 *   time, an event like round 39's period assigned to someone: «- В течение срока пользования учебник должен иметь прочную обложку, …»;
 * - «первые дни / первые числа» of a month are its beginning: «С первых дней июня … начали свою работу лагеря …» (from 1 June, as «с
 *   начала июня»), «в первых числах июня» (the first ten days, as «в начале июня»);
 * - the (three) months of a season named by its adjective are that season: «… оздоровить за три летних месяца …», «в летние месяцы»;
 * - a news agency named «ИА «…»» after a dateline, with its day in words or figures, makes the dateline a note like round 68's ТАСС:
 *   «Иркутск, 10.01.22 (ИА «Телеинформ»), - В Иркутске в случае неявки ребенка … в течение трех часов.»;
 * - a schedule or dates one can read somewhere, «С графиком … можно ознакомиться …», are a schedule like «сроки можно узнать …».
 * The first template of each class is the set's real row (its source in corpus-real-85.tsv).
 */
import { MONTHS_GEN, ev, iso, on, ongoing, range, sched, variants, type Row, type Family } from './kit';

/** 1. A possessive before the noun of a wish or a request. */
const WISH_TEMPLATES = [
  'Аттестация педагогических работников в целях установления первой или высшей квалификационной категории проводится {x}',
  'Консультации для родителей {x}',
  'Выдача справок {x}',
  'Индивидуальные занятия проводятся {x}',
  '{x}',
];
/** possessives that go with any of the nouns */
const ANY_POSSESSIVE = ['их', 'его', 'ее', 'её'];
/** [masculine / neuter possessives, nouns in the dative], [feminine possessives, nouns in the dative] */
const AGREEING: Array<[string[], string[]]> = [
  [['своему', 'собственному', 'личному'], ['желанию', 'запросу']],
  [['своей', 'собственной', 'личной'], ['просьбе', 'инициативе']],
];
const WISH_NOUNS = ['желанию', 'запросу', 'просьбе', 'инициативе', 'запросам', 'просьбам'];

/** 2. The term of use, service or storage of a thing. */
const TERM_TEMPLATES = [
  '- {x} учебник должен иметь прочную обложку, защищающую учебник от повреждений и загрязнений',
  '{x} оборудования проводится его техническое обслуживание',
  'Ответственность за сохранность несёт пользователь {x}',
  '{x}',
];
const TERM_HEADS = ['в течение', 'в течении', 'на протяжении', 'в течение всего', 'на протяжении всего'];
const TERM_NOUNS = ['пользования', 'эксплуатации', 'службы', 'хранения'];

/** 3. The first days of a month. */
const FROM_FIRST = ['с первых дней', 'с первых чисел'];
const IN_FIRST = ['в первых числах', 'в первые дни', 'в первых днях', 'первые числа', 'в первые числа'];
const MONTH_TEMPLATES = [
  '{x} при 16 школах и 3 филиалах района начали свою работу лагеря с дневным пребыванием детей',
  'Заявления принимаются {x}',
  '{x}',
];

/** 4. The months of a season named by its adjective: the words and the season's window in the calendar year 2021. */
const SEASON_MONTHS: Array<[string, [string, string]]> = [
  ['за три летних месяца', ['2021-06-01', '2021-08-31']],
  ['в летние месяцы', ['2021-06-01', '2021-08-31']],
  ['в течение трех летних месяцев', ['2021-06-01', '2021-08-31']],
  ['в течение трёх летних месяцев', ['2021-06-01', '2021-08-31']],
  ['за 3 летних месяца', ['2021-06-01', '2021-08-31']],
  ['в летних месяцах', ['2021-06-01', '2021-08-31']],
  ['летние месяцы', ['2021-06-01', '2021-08-31']],
  ['в весенние месяцы', ['2021-03-01', '2021-05-31']],
  ['за три весенних месяца', ['2021-03-01', '2021-05-31']],
  ['в осенние месяцы', ['2021-09-01', '2021-11-30']],
  ['в течение трех осенних месяцев', ['2021-09-01', '2021-11-30']],
  ['в зимние месяцы', ['2021-12-01', '2022-02-28']],
  ['за три зимних месяца', ['2021-12-01', '2022-02-28']],
];
const SEASON_TEMPLATES = [
  '235 детей и подростков планируется оздоровить {x} в стационарном лагере',
  'Работа пришкольных лагерей {x}',
  'Библиотека работает по сокращённому графику {x}',
  '{x}',
];

/** 5. A dateline with «ИА «…»»: the place and day, the agency, and a sentence naming its own time. */
const DATELINES = [
  'Иркутск, 10.01.21 (ИА «Телеинформ»), - ',
  'Иркутск, 10.01.2021 (ИА «Телеинформ»), - ',
  'Иркутск, 10 января (ИА «Телеинформ») - ',
  'Иркутск, 10 января 2021 года, ИА «Телеинформ» - ',
  'Чебоксары, 10.01.21. ИА "Чувашия" - ',
  '10.01.21 (ИА «Байкал-Информ»), - ',
];
const DATELINE_SENTENCES: Row[] = [
  ['В Иркутске в случае неявки ребенка на уроки школа должна будет предупредить родителей об этом в течение трех часов.', ev('неявки')],
  ['Приём заявлений в лагеря продлится до 15 февраля.', { kind: 'by', due: '2021-02-15' }],
  ['Осенью школы проведут анкетирование родителей.', range('2021-09-01', '2021-11-30')],
  ['Летняя оздоровительная кампания начнётся 1 июня.', { kind: 'ongoing', start: '2021-06-01', due: '2021-12-31' }],
];

/** 6. A schedule or dates one can read somewhere. */
const READ_TEMPLATES = [
  'С {x} мероприятий и списком площадок, где будут проводиться правовые консультации, {m} ознакомиться на сайте ГУ Минюста России по столице',
  'С {x} выдачи учебников {m} ознакомиться на сайте школы',
  'С {x} работы лагеря {m} ознакомиться у классного руководителя',
  'С {x} {m} ознакомиться на информационном стенде',
];
const READ_NOUNS = ['графиком', 'расписанием', 'датами', 'сроками', 'графиками'];
const READ_MODALS = ['можно', 'следует', 'нужно', 'необходимо'];

const PINS: Row[] = [
  // 1: a date written with it wins as before; an opinion is no wish; without a possessive read as before
  ['Занятия 15 мая по их желанию', on('2021-05-15')],
  ['По их мнению, работа идёт хорошо', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['по желанию учащихся', ev('желанию')],
  // an application with a possessive is left as it was: its offset, when there is one, stays the reason
  ['Опекун назначается по их заявлению в течение месяца с момента обращения', ev('в течение месяца')],
  // 2: the term of a contract or a programme is not a thing's time: open-ended as before; a period assigned to someone as before
  ['в течение срока действия контракта', ongoing],
  ['в течение всего периода', ongoing],
  ['в течение всего периода, назначенного стажеру', ev('назначенного')],
  ['в течение срока пользования, до 31 мая', { kind: 'by', due: '2021-05-31' }],
  // 3: the beginning of a month as before; the first days of something else stay what they were
  ['с начала июня', { kind: 'ongoing', start: '2021-06-01', due: '2021-12-31' }],
  ['в начале июня', range('2021-06-01', '2021-06-10')],
  ['С 1 июня', { kind: 'ongoing', start: '2021-06-01', due: '2021-12-31' }],
  ['в первых числах', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['С первых чисел сентября 2022 года', { kind: 'ongoing', start: '2022-09-01', due: null }],
  // 4: a season's noun and its period as before; months with no season are a bare span as before; holidays stay an event
  ['летом', range('2021-06-01', '2021-08-31')],
  ['за летний период', range('2021-06-01', '2021-08-31')],
  ['за три летних месяца 2022 года', range('2022-06-01', '2022-08-31')],
  ['в течение летних каникул', ev('каникул')],
  ['за три месяца до начала смены', ev('смены')],
  // 5: a dateline with no agency is read as before (a window from its day); with the agency and no time of its own the day stays
  ['Иркутск, 10.01.22 - В Иркутске с 1 февраля', range('2022-01-10', '2022-02-01')],
  ['Иркутск, 10.01.21 (ИА «Телеинформ»), - Министр заявил о новых правилах.', on('2021-01-10')],
  ['МОСКВА, 19 августа. /ТАСС/. Министр заявил', on('2021-08-19')],
  // 6: a day written with it wins; a verb of making someone acquainted is no schedule
  ['С графиком можно ознакомиться до 1 сентября', { kind: 'by', due: '2021-09-01' }],
  ['Ознакомить учителей с графиком отпусков', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['Сроки можно узнать на сайте', sched('сроки можно узнать на сайте')],
];

/** The reason a schedule phrase opening the cell gives: the text in lower case without its trailing mark. */
const readReason = (t: string): string => t.replace(/[.;]$/, '').replace(/^С/, 'с');

export const family: Family = {
  title: 'round 96: a possessive before a wish, a thing\'s term of use, the first days of a month, a season\'s months, a dateline of «ИА «…»», «с графиком … можно ознакомиться»',
  rows: () => {
    const rows: Row[] = [];
    const phrase = (tpl: string, x: string): string => tpl.replace('{x}', x);
    for (const tpl of WISH_TEMPLATES) {
      for (const p of ANY_POSSESSIVE)
        for (const n of WISH_NOUNS) rows.push(...variants(phrase(tpl, `по ${p} ${n}`)).map((t): Row => [t, ev(n)]));
      for (const [ps, ns] of AGREEING)
        for (const p of ps) for (const n of ns) rows.push(...variants(phrase(tpl, `по ${p} ${n}`)).map((t): Row => [t, ev(n)]));
    }
    for (const tpl of TERM_TEMPLATES)
      for (const h of TERM_HEADS)
        for (const n of TERM_NOUNS) rows.push(...variants(phrase(tpl, `${h} срока ${n}`)).map((t): Row => [t, ev(n)]));
    for (const tpl of MONTH_TEMPLATES)
      for (let m = 1; m <= 12; m++) {
        for (const f of FROM_FIRST)
          rows.push(...variants(phrase(tpl, `${f} ${MONTHS_GEN[m - 1]}`)).map((t): Row => [t, { kind: 'ongoing', start: iso(m, 1), due: '2021-12-31' }]));
        if (tpl.includes('начали')) continue; // a verb of starting makes any beginning open-ended (round 13)
        for (const f of IN_FIRST) rows.push(...variants(phrase(tpl, `${f} ${MONTHS_GEN[m - 1]}`)).map((t): Row => [t, range(iso(m, 1), iso(m, 10))]));
      }
    for (const tpl of SEASON_TEMPLATES)
      for (const [x, [a, b]] of SEASON_MONTHS) rows.push(...variants(phrase(tpl, x)).map((t): Row => [t, range(a, b)]));
    for (const d of DATELINES) for (const [s, e] of DATELINE_SENTENCES) rows.push([d + s, e]);
    for (const tpl of READ_TEMPLATES)
      for (const x of READ_NOUNS)
        for (const m of READ_MODALS) {
          const t = tpl.replace('{x}', x).replace('{m}', m);
          for (const v of [t, `${t}.`, `${t};`]) rows.push([v, sched(readReason(v))]);
        }
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};

