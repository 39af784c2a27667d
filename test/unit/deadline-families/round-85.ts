/**
 * Round 85 (corpus-real-74: children's movements and the youth work of schools). Four classes the set's first run missed, as news,
 * regulations and plans of labour brigades, camps, volunteers and school movements write them:
 * - «круглый год» is work all the year round, open-ended like «круглогодично»: «… работа отрядов проходит круглый год в свободное от
 *   учёбы время, а также в период летних каникул.»;
 * - a count of shifts after «в течение / на протяжении» is a counted span of a camp's or brigade's stages, an event, not open-ended
 *   work: «Также в течение трёх летних смен будет проходить городской конкурс «Трудовая молодёжь».»;
 * - «за (всё) время / период» before the holidays or a shift is their time, an event, at the start too (where it outranks a document
 *   named later): «За время весенних каникул участники кружка … по федеральной программе «…».»;
 * - «старт» after a form of «дать» is a verb of starting: after its month it reads as «с» before it, open-ended from the month's first
 *   day: «В июле будет дан старт работ трудовых отрядов …».
 * The first template of each class is the set's real row (its source in corpus-real-74.tsv).
 */
import { ev, sched, on, range, variants, iso, ongoing, MONTHS_PREP, type Expect, type Row, type Family } from './kit';

const YEAR_ROUND_TEMPLATES = [
  'По информации администрации окружной столицы, формирование и работа отрядов проходит {x} в свободное от учёбы время, а также в период летних каникул',
  'Волонтёрский отряд школы работает {x}',
  'Приём заявлений на временное трудоустройство несовершеннолетних ведётся {x}',
  'Школьный спортивный клуб открыт {x}, в том числе во время каникул',
  'Первичное отделение «Движения первых» принимает новых участников {x}',
  '{x}',
];

const SHIFT_TEMPLATES = [
  'Также {x} будет проходить городской конкурс «Трудовая молодёжь»',
  'Подростки работают в трудовом отряде {x}',
  '{x} проводится спартакиада отрядов',
  'Конкурс на лучший отряд проходит {x}',
  'Советник директора по воспитанию организует Дни единых действий {x}',
];
const SHIFT_SPANS = ['в течение', 'в течении', 'на протяжении'];
const SHIFT_COUNTS = ['двух', 'трёх', 'трех', 'четырёх', '3', '2', 'нескольких'];
const SHIFT_NOUNS = ['смен', 'летних смен', 'лагерных смен', 'трудовых смен', 'летних трудовых смен'];

const DURING_TEMPLATES = [
  '{x} участники кружка активно помогают жителям Батыревского муниципального округа голосовать за объекты благоустройства по федеральной программе «Формирование комфортной городской среды»',
  '{x} подростки трудоустроены в соответствии с договором с центром занятости',
  '{x} волонтёры провели акции по плану работы отряда',
  'Ребята {x} посетили музей и театр',
  'Школьники трудились на благоустройстве пришкольной территории {x}',
];
const DURING_WORDS = ['за время', 'за период', 'за всё время', 'за все время'];
const DURING_NOUNS = ['каникул', 'весенних каникул', 'летних каникул', 'осенних школьных каникул', 'смены', 'летней смены', 'лагерной смены', 'трудовой смены'];

const START_TEMPLATES = [
  '{m} {v} работ трудовых отрядов в селе Хатанга, п. Усть-Порт и п. Байкаловск',
  '{m} {v} акции «Добрые дела»',
  '{m} в школе {v} проекту «Орлята России»',
  'Как сообщили в администрации, {m} {v} летней трудовой смене',
];
const GIVEN = ['будет дан старт', 'дан старт', 'был дан старт', 'дали старт', 'дадут старт'];

const fromMonth = (m: number): Expect => ({ kind: 'ongoing', start: iso(m, 1), due: '2021-12-31' });

const PINS: Row[] = [
  // a date written with them wins as before
  ['Отряды работают круглый год, смены с 1 июня по 31 августа', range('2021-06-01', '2021-08-31')],
  ['Круглый стол состоится 15 марта', on('2021-03-15')],
  ['Подростки работают в трудовом отряде в течение двух смен (с 1 июня по 31 июля)', range('2021-06-01', '2021-07-31')],
  ['за время летних каникул с 1 июня по 31 августа', range('2021-06-01', '2021-08-31')],
  // an offset before a shift, a span after one, a shift with no count stay as they were
  ['За 10 дней до начала смены', ev('смены')],
  ['В течение трех дней после смены', ev('смены')],
  ['В течение смены проводятся отрядные огоньки', ongoing],
  // a document named after the shifts sets the dates: a schedule outranks an event phrase elsewhere
  ['Конкурс на лучший отряд проходит в течение двух смен по отдельному положению', sched('отдельное положение')],
  // «старт» right after its day, or the noun alone, is that day; before a day it reads as «стартует 1 сентября», open-ended
  ['1 сентября дан старт акции «Добрые дела»', on('2021-09-01')],
  ['Старт акции – 1 сентября', on('2021-09-01')],
  ['Дан старт акции 1 сентября', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
];

export const family: Family = {
  title: 'round 85: «круглый год» is open-ended; «в течение трёх смен», «за время каникул» are events; «в июле дан старт» is open-ended from July',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of YEAR_ROUND_TEMPLATES)
      for (const x of ['круглый год', 'Круглый год'].slice(0, tpl.startsWith('{x}') ? 1 : 2))
        rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ongoing]));
    for (const tpl of SHIFT_TEMPLATES)
      for (const s of SHIFT_SPANS)
        for (const n of SHIFT_COUNTS)
          for (const noun of SHIFT_NOUNS) rows.push(...variants(tpl.replace('{x}', `${s} ${n} ${noun}`)).map((t): Row => [t, ev('смен')]));
    for (const tpl of DURING_TEMPLATES)
      for (const w of DURING_WORDS)
        for (const noun of DURING_NOUNS) rows.push(...variants(tpl.replace('{x}', `${w} ${noun}`)).map((t): Row => [t, ev(noun.split(' ').pop()!)]));
    for (const tpl of START_TEMPLATES)
      for (const v of GIVEN)
        for (let m = 1; m <= 12; m++) rows.push(...variants(tpl.replace('{m}', `в ${MONTHS_PREP[m - 1]}`).replace('{v}', v)).map((t): Row => [t, fromMonth(m)]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
