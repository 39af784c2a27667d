/**
 * Round 124 (corpus-real-112: school tourism and local history — школьные экскурсии and the «Школьный туризм» trips, the «Большая
 * перемена» «Путешествие мечты», походы and the МЧС notice before them, турслёты, краеведческие конкурсы and чтения, school museums).
 * Five classes the set's first run missed, as contest regulations, news of programmes and their targets write them:
 * - a Russian postcode — six figures, the first 1 to 6 — at the head of an address («по адресу: 428018, г. Чебоксары, …», «…: 183038,
 *   г. Мурманск, …») is a label, dropped like a phone number: the deadline before it is read (it was `unparsed`, «непонятное число
 *   «428018»»).
 * - a year a figure is compared with («по сравнению с 2017-м», «в сравнении с 2020 годом», «по сравнению с прошлым годом», «по
 *   сравнению с аналогичным периодом прошлого года») is a baseline, not the start of a window: it is dropped like round 37's «как и в
 *   прошлом году» (it made «… к 2021 году по сравнению с 2017-м» a window from 2017).
 * - «прекращается / прекратится / прекращаются / прекратятся», their past forms and short participles («прекращён / прекращена …»)
 *   are verbs of ending like «завершается»: «Подача заявок … прекращается 1 декабря 2016 года» → by that day (it was `on`).
 * - «этот год» in the accusative («На этот год намечены экскурсии …», «за этот год») is the current year, like «текущий год» (it
 *   was `unparsed`).
 * - an ordinal in figures with its ending before a season's adjective («65-й летний туристский слет», «5-я летняя смена», «10-го
 *   зимнего слёта») numbers one instance of a series, a label like round 88's «7-й ежегодной акции» (it was `unparsed`, «непонятное
 *   число «65»»).
 * Pins: an address with no postcode, a phone after a date, six figures that are no postcode (a sum, a count) keep their reading;
 * «с 2017 года» with no comparison is open-ended as before, «как и в прошлом году» is dropped as before; «С 15 мая библиотека
 * прекращает выдачу …» stays open-ended, «завершается 30 июня» stays by; «в этом году», «на текущий год» read as before; a season's adjective before «период» is the season as before.
 * The first template of each class is the set's real row (its source in corpus-real-112.tsv).
 */
import { by, on, range, sectionsOf, type Expect, type Family, type Row } from './kit';

const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });
const year2021 = range('2021-01-01', '2021-12-31');

/** the sentence around «{p}» (an address that opens with its postcode) and what it gives */
const ADDRESS_FRAMES: Array<[string, Expect]> = [
  ['Конкурсные работы принимаются до 15 октября 2009 года по адресу: {p}, Дом детского туризма «Эткер»', by('2009-10-15')],
  ['Заявки и конкурсные материалы принимаются до 20 декабря по адресу: {p}', by('2021-12-20')],
  ['Работы направляются в оргкомитет до 1 марта 2021 года: {p}', by('2021-03-01')],
  ['Слёт пройдет с 9 по 11 сентября по адресу: {p}', range('2021-09-09', '2021-09-11')],
  ['Итоги конкурса будут подведены 25 ноября по адресу: {p}', on('2021-11-25')],
  ['Документы для поездки принимаются с 1 апреля по адресу: {p}', from('2021-04-01')],
];
/** addresses that open with a Russian postcode, as regulations and news write them */
const ADDRESSES = [
  '428018, г. Чебоксары, ул. Афанасьева, 13',
  '428018, г. Чебоксары, ул. Афанасьева, д. 13',
  '183038, г. Мурманск, ул. Самойловой, д. 3',
  '660009, г. Красноярск, ул. А.Лебедевой, 101 «А»',
  '390000, Рязанская область, г. Рязань, ул. Ленина, д. 5',
  '125009, Москва, ул. Тверская, д. 12',
  '603005, г.Нижний Новгород, ул. Минина, д. 10, каб. 5',
  '644043, город Омск, улица Ленина, дом 2',
  '453300, Республика Башкортостан, г. Кумертау, ул. Ленина, 18',
  '624000, Свердловская обл., г. Арамиль, ул. Рабочая, д. 7',
  '446000, с. Красный Яр, ул. Кооперативная, 2',
  '301600, пос. Узловая, ул. Советская, д. 1',
];
const ADDRESS_PINS: Row[] = [
  // an address with no postcode, and a phone after a date, as before
  ['Конкурсные работы принимаются до 15 октября 2009 года по адресу: г. Чебоксары, ул. Афанасьева, 13', by('2009-10-15')],
  ['Работы принимаются до 15 мая, тел. (8352) 58-55-44', by('2021-05-15')],
  // six figures that are no postcode: no address word after them, no «адрес» before
  ['На организацию поездок до 1 июня выделено 102000 рублей', by('2021-06-01')],
  ['Заявки принимаются до 1 июня, 150000 школьников', by('2021-06-01')],
];

/** the sentence around «{c}» (the year a figure is compared with) and what it gives */
const BASELINE_FRAMES: Array<[string, Expect]> = [
  ['Планируется увеличить количество детей, принимающих участие в походах и экскурсиях, на 300 тыс. к 2021 году {c}', by('2021-12-31')],
  ['В 2021 году число школьников, отправившихся в походы, выросло на 15 % {c}', year2021],
  ['До 1 сентября 2021 года увеличить охват детей туристскими походами на 10 % {c}', by('2021-09-01')],
  ['В текущем году в слёте приняли участие на 200 человек больше {c}', year2021],
  ['В июне 2021 года экскурсии посетили 500 школьников, что на 20 % больше {c}', range('2021-06-01', '2021-06-30')],
  ['Охват детей туризмом к концу 2021 года вырастет на 20 % {c}', by('2021-12-31')],
];
/** the year a figure is compared with */
const BASELINES = [
  'по сравнению с 2017-м',
  'по сравнению с 2017 годом',
  'по сравнению с 2019 г.',
  'по сравнению с 2019г.',
  'в сравнении с 2020 годом',
  'по сравнению с прошлым годом',
  'по сравнению с предыдущим годом',
  'по сравнению с прошлым учебным годом',
  'по сравнению с аналогичным периодом прошлого года',
  'по сравнению с аналогичным периодом 2020 года',
  'в сравнении с прошлым годом',
  'по сравнению с 2018-2019 годами',
];
const BASELINE_PINS: Row[] = [
  // a «с» with its year and no comparison starts a window as before
  ['С 2017 года количество участников выросло вдвое', from('2017-01-01')],
  ['с 2017 года по 2021 год', range('2017-01-01', '2021-12-31')],
  // round 37's comparison is dropped as before
  ['Как и в прошлом году, слёт пройдет с 9 по 11 сентября', range('2021-09-09', '2021-09-11')],
  // a comparison with no year keeps the day after it
  ['Работа по сравнению с нормативами проводится с 1 сентября', from('2021-09-01')],
];

/** a subject and the forms of «прекращаться» that agree with it (present, future, short participle, past) */
const END_SUBJECTS: Array<[string, string[]]> = [
  ['Подача заявок на участие в конкурсе и работ', ['прекращается', 'прекратится', 'прекращена', 'прекратилась']],
  ['Приём заявок', ['прекращается', 'прекратится', 'прекращен', 'прекращён', 'прекратился']],
  ['Приём работ на конкурс «Отечество»', ['прекращается', 'прекратится', 'прекращен', 'прекратился']],
  ['Регистрация участников слёта', ['прекращается', 'прекратится', 'прекращена', 'прекратилась']],
  ['Экскурсии в школьный музей', ['прекращаются', 'прекратятся', 'прекращены', 'прекратились']],
  ['Голосование за лучший маршрут', ['прекращается', 'прекратится', 'прекращено', 'прекратилось']],
];
/** the day after the verb, and what it gives */
const END_DAYS: Array<[string, Expect]> = [
  ['1 декабря 2016 года', by('2016-12-01')],
  ['15 мая', by('2021-05-15')],
  ['20.08.2021', by('2021-08-20')],
];
const END_PINS: Row[] = [
  // «прекращает» with an object after a «с» day stays open-ended, «завершается» stays by
  ['С 15 мая библиотека прекращает выдачу учебников', from('2021-05-15')],
  ['Приём заявок завершается 30 июня', by('2021-06-30')],
];

/** «этот год» in the accusative, after the prepositions real texts put before it */
const THIS_YEAR: Array<[string, Expect]> = [
  ['На этот год намечены экскурсии в Санкт-Петербург, Калининград, Казань, Екатеринбург и Симферополь', year2021],
  ['План экскурсий на этот год', year2021],
  ['За этот год школьники совершили 12 походов', year2021],
  ['На этот год запланированы поездки по родному краю', year2021],
  // with «учебный» it is the context's school year, as «на текущий учебный год» (round 17)
  ['На этот учебный год запланированы поездки', range('2020-09-01', '2021-08-31')],
];
const THIS_YEAR_PINS: Row[] = [
  ['В этом году слёт пройдет в Самарской области', year2021],
  ['На текущий год запланированы поездки', year2021],
  ['Этот день запомнится надолго', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
];

/** an ordinal in figures with its ending before a season's adjective, in three cases, and the frames that take each case */
const SERIES_FRAMES: Array<[string, string[], Expect]> = [
  [
    'С 14 июня по 18 июня 2024 г. в полевых условиях около села Бортное Чернского района Тульской области (N 53.42107° E 36.92775°) состоится {o} туристский слет обучающихся Тульской области',
    ['65-й летний', '10-й зимний', '3-й осенний', '2-й весенний', '1-й летний'],
    range('2024-06-14', '2024-06-18'),
  ],
  ['15 июня состоится {o} слёт юных туристов', ['65-й летний', '10-й зимний', '3-й осенний', '2-й весенний'], on('2021-06-15')],
  ['Заявки на {o} слёт принимаются до 1 июня', ['65-й летний', '10-й зимний', '3-й осенний', '2-й весенний'], by('2021-06-01')],
  ['С 1 по 21 июля пройдет {o} профильная смена', ['5-я летняя', '2-я зимняя', '3-я осенняя', '1-я весенняя'], range('2021-07-01', '2021-07-21')],
  ['Итоги {o} слёта подведут 25 сентября', ['65-го летнего', '10-го зимнего', '3-го осеннего', '2-го весеннего'], on('2021-09-25')],
];
const SERIES_PINS: Row[] = [
  // a season's adjective before «период» is the season as before
  ['в летний период', range('2021-06-01', '2021-08-31')],
  ['июнь 2021 – летний период', range('2021-06-01', '2021-08-31')],
  // with no ordinal ending the figure is read as before
  ['Летний слёт пройдет с 1 по 5 июля', range('2021-07-01', '2021-07-05')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a postcode at the head of an address («по адресу: 428018, г. Чебоксары, …») is a label', () => {
      for (const [frame, e] of ADDRESS_FRAMES) for (const p of ADDRESSES) add(frame.replace('{p}', p), e);
    });
    section('postcodes: pins', () => ADDRESS_PINS.forEach(([t, e]) => add(t, e)));
    section('a year a figure is compared with («по сравнению с 2017-м») is a baseline, no start', () => {
      for (const [frame, e] of BASELINE_FRAMES) for (const c of BASELINES) add(frame.replace('{c}', c), e);
    });
    section('baselines: pins', () => BASELINE_PINS.forEach(([t, e]) => add(t, e)));
    section('«прекращается <день>» is by that day, as «завершается»', () => {
      for (const [subject, verbs] of END_SUBJECTS) for (const v of verbs) for (const [d, e] of END_DAYS) add(`${subject} ${v} ${d}`, e);
    });
    section('the infinitive after «должен» reads as the finite verb', () => add('Приём заявок должен прекратиться 30 июня', by('2021-06-30')));
    section('verbs of ending: pins', () => END_PINS.forEach(([t, e]) => add(t, e)));
    section('«на этот год», «за этот год» is the current year', () => THIS_YEAR.forEach(([t, e]) => add(t, e)));
    section('the current year: pins', () => THIS_YEAR_PINS.forEach(([t, e]) => add(t, e)));
    section('an ordinal before a season\'s adjective («65-й летний туристский слет») is a label', () => {
      for (const [frame, ordinals, e] of SERIES_FRAMES) for (const o of ordinals) add(frame.replace('{o}', o), e);
    });
    section('ordinals before seasons: pins', () => SERIES_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 124: a postcode at the head of an address is a label; a year a figure is compared with («по сравнению с 2017-м») is a baseline; «прекращается <день>» is by that day; «на этот год» is the current year; an ordinal before a season\'s adjective («65-й летний слет») is a label',
  rows: () => sections().flatMap(([, rows]) => rows),
};
