/**
 * Round 167 (corpus-real-155: school sport — ВФСК ГТО and its festivals, «Президентские состязания» and «Президентские спортивные
 * игры», spartakiads of pupils, days of health, school sport leagues). Four classes the set's first run missed, as sport portals,
 * regulations and the news of the ГТО plan write them:
 * - a counter of readers after a post's date line, «читали: N раз», is a view counter like «Просмотров: 47» (it was `unparsed`,
 *   «непонятное число»).
 * - an act's number whose code has a letter or two glued to its figures («№ ДК-П12-2441», «№ П12-2441») is the act's number, so
 *   the date before it is the act's label (it was `on` that day).
 * - a list of years or pairs of years joined by commas or «и» before «годов рождения» / «г.р.» are all years of birth, labels (the
 *   first items were read as years and school years).
 * - a periodicity of some years, «двухлетняя … десятилетняя периодичность», is a yearly repeat like «1 раз в 4 года» (it was
 *   `unparsed`, or `on` an act's date before it).
 * Pins: «Просмотров: 47», «читали» with no colon, an act's number of letters and figures read so already, a single pair of birth years,
 * a list of years with no «рождения», a span of some years («пятилетний срок», «четырехлетний период») read as before.
 * The first template of each class is the set's real row (its source in corpus-real-155.tsv).
 */
import { on, ongoing, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the post's date lines before the counter, and the day each names */
const POST_DATES: Array<[string, string]> = [
  ['15.09.2023 23:16', '2023-09-15'],
  ['15.09.2023', '2023-09-15'],
  ['02.03.2021 19:04', '2021-03-02'],
  ['16 сентября 2023', '2023-09-16'],
  ['21 мая 2022 г.', '2022-05-21'],
];
/** the counters as portals print them */
const COUNTERS = ['читали: 744 раз', 'читали: 12 раз', 'читали: 1 234 раз', 'Читали: 53 раза', 'читали: 7', 'читали:744 раз', 'читали : 90 раз'];
/** what may stand between the date and the counter */
const SEPARATORS = [' ', ' | ', ', '];

const COUNTER_PINS: Row[] = [
  // a view counter read so already (round 62)
  ['16 августа 2022 в 16:58 Просмотров: 47', on('2022-08-16')],
  // «читали» without a colon is no counter: a count of times a week repeats
  ['Дети читали 2 раза в неделю', rec('week')],
];

/** the acts and the numbers whose codes glue a letter to their figures */
const ACT_LEADS = ['поручением Правительства Российской Федерации от', 'поручение Президента Российской Федерации от', 'распоряжение от', 'Постановление от'];
const ACT_DATES = ['12 апреля 2013 г.', '12.04.2013', '1 сентября 2021 года', '05.10.2010 г.'];
const GLUED_CODES = ['ДК-П12-2441', 'П12-2441', 'ДК-П8-123', 'АК-П44-5678', 'ВП-П13-1017', 'Пр-П1-15'];

const ACT_PINS: Row[] = [
  // an act's number with its letters before a hyphen read so already
  ['поручением Президента Российской Федерации от 4 апреля 2013 г. № Пр-756', unread],
  ['приказ от 12.04.2013 № 01-12/345', unread],
  // «от <date>» with no number after it stays the day (round 6)
  ['приказ от 12.04.2013', on('2013-04-12')],
];

/** the lists of birth years and what opens the sentence before them */
const BIRTH_LISTS = [
  '2000-2002, 2003-2004, 2005-2006 годов рождения',
  '2005-2006, 2007-2008 годов рождения',
  '2010, 2011 и 2012 г.р.',
  '2010, 2011, 2012 г. р.',
  '2008 и 2009 годов рождения',
  '2013-2014 и 2015-2016 годов рождения',
  '2006, 2007, 2008, 2009, 2010, 2011 годов рождения',
];
/** what the sentence says of its time, and what it reads as */
const BIRTH_LEADS: Array<[string, Expect]> = [
  ['Соревнования проводятся в течение учебного года среди команд трех возрастных подгрупп: ', ongoing],
  ['Турнир пройдет 15 мая, участвуют дети ', on('2021-05-15')],
  ['С 1 по 10 марта состоятся игры команд ', { kind: 'range', start: '2021-03-01', due: '2021-03-10' }],
  ['Участники: ', unread],
];

const BIRTH_PINS: Row[] = [
  // a single pair of birth years read so already (round 105)
  ['Турнир пройдет 15 мая, участвуют дети 2010-2011 г.р.', on('2021-05-15')],
  // years with no «рождения» after them read as before: a list of years
  ['2021, 2022', { kind: 'range', start: '2021-01-01', due: '2022-12-31' }],
];

/** the adjectives of some years, the case forms of «периодичность», and the sentences around them */
const YEAR_ADJECTIVES = ['двух', 'трех', 'трёх', 'четырех', 'четырёх', 'пяти', 'шести', 'десяти'];
const PERIODICITY_FORMS: Array<[string, string]> = [
  ['летняя', 'периодичность'],
  ['летнюю', 'периодичность'],
  ['летней', 'периодичностью'],
  ['летней', 'периодичности'],
];
const PERIODICITY_FRAMES = [
  'Предусматривается {p} актуализации государственных требований комплекса ГТО',
  'Постановлением правительства от 26 января 2017 года предусматривается {p} актуализации требований',
  'Установлена {p} проведения аттестации',
  'с {p}',
];

const PERIODICITY_PINS: Row[] = [
  // a span of some years is no repeat: read as before
  ['пятилетний срок', unread],
  ['за каждый прошедший четырехлетний период', unread],
  // a repeat in figures read so already
  ['1 раз в 4 года', rec('year')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a readers\' counter «читали: N раз» after a post\'s date is a view counter, a label', () => {
      addAs('15.09.2023 23:16 читали: 744 раз', on('2023-09-15'));
      for (const [date, day] of POST_DATES)
        for (const counter of COUNTERS)
          for (const sep of SEPARATORS) addAs(`${date}${sep}${counter}`, on(day));
    });
    section('the readers\' counter: pins', () => COUNTER_PINS.forEach(([t, e]) => addAs(t, e)));
    section('an act\'s number with a letter glued to its figures makes the date before it the act\'s label', () => {
      addAs('Настоящее положение о Всероссийском зимнем фестивале школьников «Президентские спортивные игры» (далее – Фестиваль) разработано в соответствии с поручением Президента Российской Федерации от 4 апреля 2013 г. № Пр-756, поручением Правительства Российской Федерации от 12 апреля 2013 г. № ДК-П12-2441.', unread);
      for (const lead of ACT_LEADS)
        for (const date of ACT_DATES)
          for (const code of GLUED_CODES) add(`${lead} ${date} № ${code}`, unread);
    });
    section('the act\'s glued code: pins', () => ACT_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a list of years or pairs of years before «годов рождения» / «г.р.» is years of birth, labels', () => {
      addAs('Соревнования школьной спортивной лиги по волейболу проводятся Департаментом образования совместно с Московской Федерацией Волейбола в течение учебного года среди команд образовательных организаций трех возрастных подгрупп: 2000-2002, 2003-2004, 2005-2006 годов рождения.', ongoing);
      for (const [lead, e] of BIRTH_LEADS)
        for (const list of BIRTH_LISTS) {
          addAs(`${lead}${list}`, e);
          addAs(`${lead}${list}.`, e);
          addAs(`${lead}(${list})`, e);
        }
    });
    section('the birth years: pins', () => BIRTH_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a periodicity of some years is a yearly repeat', () => {
      addAs('Постановлением правительства от 26 января 2017 года предусматривается четырехлетняя периодичность актуализации Минспортом России государственных требований комплекса ГТО с учетом практики выполнения нормативов ГТО за каждый прошедший четырехлетний период.', rec('year'));
      for (const years of YEAR_ADJECTIVES)
        for (const [ending, noun] of PERIODICITY_FORMS)
          for (const frame of PERIODICITY_FRAMES) add(frame.replace('{p}', `${years}${ending} ${noun}`), rec('year'));
    });
    section('the periodicity of some years: pins', () => PERIODICITY_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 167: a readers\' counter «читали: N раз» after a post\'s date; an act\'s number with a letter glued to its figures; a list of birth years before «годов рождения»; a periodicity of some years',
  rows: () => sections().flatMap(([, rows]) => rows),
};

