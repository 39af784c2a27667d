/**
 * Round 215 (corpus-real-197: семейное образование, самообразование и экстернат — the notice to the education authority, положения о
 * промежуточной и государственной итоговой аттестации экстернов, an embassy school's graph of attesting externs, the history of
 * экстернат). Eight classes, each a row of the set (its source there):
 * - «по предварительному согласованию с …» is an agreement still to be reached, an event like «по согласованию с …», opening a text
 *   or inside a sentence («Участие в официальных апробациях по предварительному согласованию с администрацией школы.»);
 * - «на время / на период / в период аттестаций» (the plural) and «… проверки знаний» opening a text are the pupil's attestation, the
 *   stage of round 74's «на период аттестации» («На время аттестаций ребёнок на семейном образовании получает статус экстерна»);
 * - a verb of working or existing, a place after it («в России», «в школе», «на базе центра»), then «более / больше / свыше <срок>»
 *   is the length of round 122, no threshold («Семейная форма получения общего образования существует в России более 20 лет.»);
 * - a library code after «УДК» / «ББК» and the author's mark after it are a book's labels («…, 3–5 апреля 2017 г., издательство
 *   Норма, УДК 316.334.54 ББК 60.54, С69. стр. 169-183.»);
 * - an act's date written year first after «№ <номер> от» is its label like a dotted one («Приказ № 61 от 2016-01-22г./Министерство
 *   образования и науки Республики Казахстан»);
 * - «с / со» right before a comma or a semicolon — «СО», семейное образование — opens no window («Права и обязанности семей, которые
 *   выбрали СО, конкретизированы в письме Минобрнауки России от 15 ноября 2013 года.»);
 * - «со следующего / с будущего месяца», «со следующей недели» with no anchor after them are open-ended like «с завтрашнего дня»
 *   («… система вводится в эксплуатацию со следующего месяца.»);
 * - the beginning, the middle or the end of a season is its first, middle or last month («Для сотни тысяч российских выпускников
 *   начало лета ознаменовалось сдачей ЕГЭ.»).
 * Pins: «по согласованию с …», «на период аттестации», round 122's length with «уже» before figures, round 48's threshold, a dotted act
 * date, an ISO date line and a protocol's ISO date, «со 2 по 5 мая» in either case, «со следующего месяца после …» (corpus-real-54's
 * event) and round 60's «со следующего месяца подачи заявления», «со следующего года», a whole season, «до конца лета», «в начале и в конце лета»; «с начала лета» now starts in June (it was the
 * three months of summer), like round 53's «с весны».
 */
import { distinctRows, bareSpan, by, ev, on, ongoing, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** who an agreement is reached with, and frames around «по предварительному согласованию» */
const PARTNERS = ['с администрацией школы', 'с ОО', 'с управлением образования', 'с родителями', 'с методистом центра'];
const AGREE_FRAMES = [
  'по предварительному согласованию {p}',
  'Участие в официальных апробациях по предварительному согласованию {p}',
  'Консультации для экстернов проводятся по предварительному согласованию {p}',
  'Экскурсия в музей по предварительному согласованию {p}',
];

/** the stage after «на время / на период / в период» and what happens during it */
const STAGES: Array<[string, string]> = [
  ['На время аттестаций', 'аттестаций'],
  ['На период аттестаций', 'аттестаций'],
  ['В период аттестаций', 'аттестаций'],
  ['На время проверки знаний', 'проверки'],
  ['На период проверки знаний', 'проверки'],
  ['На время проверок', 'проверок'],
];
const DURING = ['ребёнок на семейном образовании получает статус экстерна', 'ученик зачисляется в школу', 'экстерн может посещать консультации'];

/** a subject with its verb of working or existing, a place, and a length */
const WORKING = [
  'Семейная форма получения общего образования существует',
  'Консультационный центр работает',
  'Такой порядок действует',
  'Школа-экстернат функционирует',
  'Экстернаты существуют',
];
const PLACES = ['в России', 'в школе', 'на базе центра', 'в нашем городе', 'во многих регионах'];
const LENGTHS = ['более 20 лет', 'больше года', 'свыше 10 лет', 'уже больше года'];

/** a book's date and its library codes */
const BOOK_DATES: Array<[string, Expect]> = [
  ['3–5 апреля 2017 г.', range('2017-04-03', '2017-04-05')],
  ['15 мая 2019 г.', on('2019-05-15')],
  ['2018 г.', range('2018-01-01', '2018-12-31')],
];
const CODES = ['УДК 316.334.54 ББК 60.54, С69', 'УДК 37.014.5 ББК 74.04', 'ББК 74.200.58 Ш72', 'УДК 373.1:37.014', 'УДК 371.3(075.8)'];
const BOOK_FRAMES = ['Сборник статей, {d}, издательство Норма, {c}.', '{c}. Материалы конференции, {d}'];

/** an act with its number, a date year first, and what follows */
const ACTS = ['Приказ № 61', 'Постановление № 234', 'Приказ Министра образования и науки РК № 540', 'Распоряжение № 12-р'];
const ISO_DATES = ['2016-01-22', '2016-01-22г.', '2020-05-29 г.'];
const ACT_TAILS = ['', '/Министерство образования и науки Республики Казахстан', ' «Об утверждении Правил обучения в форме экстерната»'];

/** «СО» before a sign, and a date after it */
const FAMILY_EDUCATION = ['Семьи, которые выбрали СО,', 'Дети на СО,', 'Ученики, перешедшие на СО,', 'Родители, выбравшие СО;'];
const AFTER_FE: Array<[string, Expect]> = [
  ['проходят аттестацию 15 ноября 2021 года', on('2021-11-15')],
  ['сдают ОГЭ 20 мая', on('2021-05-20')],
  ['подают заявление до 1 марта', by('2021-03-01')],
  ['получили разъяснения в письме Минобрнауки России от 15 ноября 2013 года', on('2013-11-15')],
];

/** what starts, and when */
const STARTS = ['Система вводится в эксплуатацию', 'Выплаты начнутся', 'Новые правила действуют', 'Прием заявлений откроется'];
const NEXT = ['со следующего месяца', 'со следующей недели', 'с будущего месяца', 'с предстоящей недели'];

/** a part of a season and its month: [part, season, month, year of the month] */
const PARTS = ['в начале', 'в середине', 'в конце'];
const SEASONS: Array<[string, number]> = [['весны', 3], ['лета', 6], ['осени', 9]];
const SEASON_FRAMES = ['{p} {s}', 'Экзамены проходят {p} {s}', '{p} {s} 2021 года'];
const monthRange = (m: number, y = 2021): Expect => {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return range(`${y}-${mm}-01`, `${y}-${mm}-${last}`);
};

const PINS: Row[] = [
  ['по согласованию с ОО', ev('согласованию')],
  ['На период аттестации ученик становится экстерном', ev('аттестации')],
  ['Консультационный центр на базе детского сада 130 работает уже больше года.', bareSpan],
  ['Центр работает на базе школы уже более 10 лет.', unread],
  ['Пропустившие более 3 дней', ev('более')],
  ['Приказ № 61 от 22.01.2016г.', unread],
  ['Дата: 2025-01-22 13:03:54', on('2025-01-22')],
  ['протокол № 2 от 2021-08-30', on('2021-08-30')],
  ['Семьи выбрали со 2 по 5 мая', range('2021-05-02', '2021-05-05')],
  ['СО 2 ПО 5 МАЯ', range('2021-05-02', '2021-05-05')],
  ['Если все документы в порядке, компенсацию начнут выплачивать со следующего месяца после подачи заявления.', ev('подачи')],
  ['компенсацию выплачивают со следующего месяца подачи заявления', ev('подачи')], // round 60's «с месяца <события>»
  ['со следующего года', { kind: 'ongoing', start: '2022-01-01', due: null }],
  ['летом', range('2021-06-01', '2021-08-31')],
  ['до конца лета', by('2021-08-31')],
  ['в начале и в конце лета', range('2021-06-01', '2021-08-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«по предварительному согласованию с …»', () => {
      for (const f of AGREE_FRAMES) for (const p of PARTNERS) add(f.replace('{p}', p), ev('согласованию'));
    });
    section('«на время / на период» of attestations or a check of knowledge', () => {
      for (const [s, name] of STAGES) for (const d of DURING) add(`${s} ${d}`, ev(name));
    });
    section('a verb of working or existing, a place, a length', () => {
      for (const w of WORKING) for (const p of PLACES) for (const l of LENGTHS) addAs(`${w} ${p} ${l}.`, bareSpan);
    });
    section('a library code after «УДК» / «ББК»', () => {
      for (const f of BOOK_FRAMES)
        for (const [d, e] of BOOK_DATES) for (const c of CODES) addAs(f.replace('{d}', d).replace('{c}', c), e);
    });
    section('an act\'s date year first after its number', () => {
      for (const a of ACTS) for (const d of ISO_DATES) for (const t of ACT_TAILS) addAs(`${a} от ${d}${t}`, unread);
    });
    section('«СО» before a sign', () => {
      for (const f of FAMILY_EDUCATION) for (const [a, e] of AFTER_FE) addAs(`${f} ${a}`, e);
    });
    section('«со следующего месяца / со следующей недели»', () => {
      for (const s of STARTS) for (const n of NEXT) add(`${s} ${n}`, ongoing);
      for (const n of NEXT) add(n, ongoing);
    });
    section('the beginning, middle or end of a season', () => {
      for (const f of SEASON_FRAMES)
        for (const [s, first] of SEASONS)
          PARTS.forEach((p, k) => add(f.replace('{p}', p).replace('{s}', s), monthRange(first + k)));
      addAs('начало лета', monthRange(6));
      addAs('конец лета', monthRange(8));
      addAs('в начале зимы 2021-2022', monthRange(12));
      addAs('в середине зимы 2021-2022', monthRange(1, 2022));
      addAs('в конце зимы 2021-2022', monthRange(2, 2022));
      // «с начала лета» starts at the season's first month like round 53's «с весны» (it was the three months)
      addAs('с начала лета', { kind: 'ongoing', start: '2021-06-01', due: '2021-12-31' });
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 215: family education and экстернат — «по предварительному согласованию», «на время аттестаций», a place before a length, library codes, an act\'s ISO date, «СО», «со следующего месяца», a part of a season',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
