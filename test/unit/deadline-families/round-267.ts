/**
 * Round 267 (corpus-real-232, the primary trade-union organisations of schools and kindergartens), two rules:
 * - «г.» before a capitalised word, after an institution's number of one to three figures that follows the abbreviation of an
 *   educational organisation or a school's type («МБДОУ», «ДОУ», «МБОУ», «СОШ»; «д/с» may stand between) or «школа / лицей /
 *   гимназия», is the town the institution is in: «2 апреля 2024г. в МБДОУ д/с 12 г.Кропоткин МО Кавказский район состоялось
 *   отчётно-выборное профсоюзное собрание.» (https://ds12.uokvz.ru/news/meropriyatiya/otchyotno-vybornoe-profsoyuznoe-sobranie) → on
 *   2024-04-02 (it was `unparsed`, «непонятное число «12»»: the «12 г.» read as a two-figure year);
 * - a year after «в» between an adjective (or an ordinal) and its noun, after a day with no year of its own, is that day's year:
 *   «2 октября … состоялось первое в 2015 году заседание Совета молодых педагогов района.»
 *   (http://edu.mari.ru/mouo-gornomari/Lists/List5/DispForm.aspx?ID=6) → on 2015-10-02 (it was the range 2015-01-01..2021-10-02), as
 *   round 91 reads «первое в 2016-2017 учебном году заседание»; corpus-real-212's known miss «18 декабря … итоговое в 2014 году
 *   заседание …» is the same class.
 * Pins: a two-figure year after a day and its month before a town, a number after «№», a day after an institution's abbreviation, a
 * year with no day before it (corpus-real-30's «… прошло первое в 2017 году методическое объединение …, … за 2016 год …»), a year
 * with no noun after it, a deadline before the attribute, and the other phrasings of corpus-real-232 that read right on the first run.
 */
import { distinctRows, by, ev, on, range, sectionsOf, unread, type Family, type Row } from './kit';

const GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (m: number, d: number, y = 2021): string => `${y}-${pad(m)}-${pad(d)}`;

/** (month, day) pairs */
const DAYS: Array<[number, number]> = [[4, 2], [10, 2], [12, 18], [3, 14], [9, 23]];

/** an institution before its number (as pages write it) */
const INSTITUTIONS = ['МБДОУ д/с', 'МБДОУ', 'МАДОУ', 'ДОУ', 'МБОУ', 'МКОУ', 'ГБОУ', 'МБОУ СОШ', 'СОШ', 'ООШ', 'школе', 'школы', 'лицее', 'гимназии'];
const NUMBERS = ['12', '5', '264', '1', '29'];
/** the town after «г.», glued or spaced */
const TOWNS = ['г.Кропоткин', 'г. Томска', 'г.Тулы', 'г. Орла', 'г.Сочи', 'г. Кропоткина'];
/** what real texts write around it: {d} the day, {i} the institution and its number, {t} the town */
const TOWN_FRAMES = [
  '{d} в {i} {t} состоялось отчётно-выборное профсоюзное собрание',
  '{d} в {i} {t} МО Кавказский район прошло профсоюзное собрание',
  'Профсоюзное собрание в {i} {t} пройдет {d}',
];

/** adjectives and ordinals before «в <год> году» */
const ATTRIBUTES = ['первое', 'итоговое', 'второе', 'последнее', 'очередное', 'первая', 'итоговая', 'последняя', 'очередной', 'первый'];
/** the noun after the year, matching the attribute's gender in the frames below */
const NOUN: Record<string, string> = {
  первое: 'заседание', итоговое: 'совещание', второе: 'заседание', последнее: 'собрание', очередное: 'заседание',
  первая: 'конференция', итоговая: 'встреча', последняя: 'сессия', очередной: 'пленум', первый: 'семинар',
};
const YEARS = [2015, 2014, 2019, 2023];
const ATTRIBUTE_FRAMES = [
  '{d} состоялось {a} в {y} году {n} Совета молодых педагогов района',
  '{d} в актовом зале Администрации района прошло {a} в {y} году {n}',
  '{d} в МБДОУ № 29 состоялось {a} в {y} году {n} Совета профсоюзных организаций',
];

const PINS: Row[] = [
  // a two-figure year after a day and its month, before a town: the year, as before
  ['5 мая 22 г. Москва', on('2022-05-05')],
  // a two-figure number before «г.» with nothing before it: unread, as before
  ['22 г. 5 мая', { kind: 'unparsed', reason: /непонятное число «22»/ }],
  // a month's name after «г.»: no town
  ['МБДОУ 12 г. Мая', { kind: 'unparsed', reason: /непонятное число «12»/ }],
  // after «№» the number was a label already
  ['2 апреля 2024г. в МБДОУ № 12 г.Кропоткин прошло собрание', on('2024-04-02')],
  // a day after an institution's abbreviation stays a day (round 127)
  ['в МБОУ 15 мая', on('2021-05-15')],
  ['Собрание в СОШ 12 мая', on('2021-05-12')],
  // a year with no day before it reads as before
  ['первое в 2015 году заседание', range('2015-01-01', '2015-12-31')],
  [
    'В СРЦН «Гармония» прошло первое в 2017 году методическое объединение педагогов и специалистов учреждения, на котором были подведены итоги методической деятельности педагогических работников за 2016 год и обозначились основные направления дальнейшей работы в наступившем году.',
    range('2016-01-01', '2017-12-31'),
  ],
  // no noun after the year: the day keeps the year after it, as before
  ['2 октября состоялось первое в 2015 году.', on('2015-10-02')],
  // the year after its noun, as before
  ['15 мая прошло заседание в 2020 году', on('2020-05-15')],
  ['2 октября состоялось первое заседание в 2015 году', on('2015-10-02')],
  // a deadline before the attribute
  ['до 2 октября провести первое в 2022 году заседание', by('2022-10-02')],
  // the same shape with a school year (round 91), as before
  ['04 октября  в ОУ состоялось первое в 2016-2017 учебном году заседание Управляющего Совета.', on('2016-10-04')],
  // corpus-real-232's other phrasings, right on the first run
  ['Отчеты и выборы в Болотнинском районе завершатся в мае.', by('2021-05-31')],
  ['Масштабная отчетно-выборная кампания в членских организациях и организационных структурах Федерации профсоюзов Беларуси стартовала с 1 января 2019 года.', { kind: 'ongoing', start: '2019-01-01', due: '2021-12-31' }],
  ['Отчеты и выборы в течение января–марта 2019 года пройдут в 108 первичных профсоюзных организациях.', range('2019-01-01', '2019-03-31')],
  ['Количество членов профсоюзной организации –22 человека (по состоянию на 01.11.2020г.), что составляет 100 % охват профсоюзным членством.', on('2020-11-01')],
  ['- оформление выписок из протоколов профкома (по мере необходимости);', ev('необходимости')],
  ['Среда, 08-Мая-2024, 13:51', on('2024-05-08')],
  ['Ко Дню знаний лидеры первичек посетили семьи и подарили школьные принадлежности, канцтовары, поддержали финансово.', ev('знаний')],
  ['Уже завтра школьники сядут за парты.', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«г.» of a town after an institution\'s number', () => {
      let k = 0;
      for (const inst of INSTITUTIONS)
        for (const t of TOWNS) {
          const n = NUMBERS[k % NUMBERS.length]!;
          const [m, d] = DAYS[k % DAYS.length]!;
          const f = TOWN_FRAMES[k % TOWN_FRAMES.length]!;
          k++;
          const text = f.replace('{d}', `${d} ${GEN[m - 1]}`).replace('{i}', `${inst} ${n}`).replace('{t}', t);
          add(text, on(iso(m, d)));
          addAs(text.replace(`${d} ${GEN[m - 1]}`, `${d} ${GEN[m - 1]} 2024г.`), on(iso(m, d, 2024)));
        }
    });
    section('a year between an attribute and its noun after a day', () => {
      let k = 0;
      for (const a of ATTRIBUTES)
        for (const y of YEARS)
          for (const f of ATTRIBUTE_FRAMES) {
            const [m, d] = DAYS[k++ % DAYS.length]!;
            add(f.replace('{d}', `${d} ${GEN[m - 1]}`).replace('{a}', a).replace('{y}', String(y)).replace('{n}', NOUN[a]!), on(iso(m, d, y)));
          }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 267: «г.» of a town after an institution\'s number; a year between an attribute and its noun is the day\'s year',
  rows: () => distinctRows(sections()),
};
