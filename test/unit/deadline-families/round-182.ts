/**
 * Round 182 (corpus-real-168, school mediation services and psychological support): a school-year word after two years more than one
 * apart («2014-2017 учебные годы») names every school year from the first to the last; «в течение / на протяжении подготовки /
 * проведения …» is that stage of work, an event; «руководствуясь / руководствуется … <документом>» names the document that holds the
 * dates, a schedule; a journal's «Том N» and «С. N–M» and a book's «N с.» are labels; a noun of starting or ending right before a
 * plural noun of no date class in the genitive («о начале мероприятий … в 2020/2021 учебном году») is the start of those, and the
 * period named later is read whole.
 * Pins: two consecutive years keep their one school year, the preposition «с» before days keeps the window, «в течение учебного года»
 * stays open-ended, «в начале учебного года / сентября / 2021 года / летней смены 2021 года» keep their parts, a stray number stays.
 */
import { ev, on, ongoing, range, sched, sectionsOf, by, unread, type Family } from './kit';

/** two years more than one apart and the school-year word after them, as programmes write them */
const SPANS: Array<[number, number]> = [[2014, 2017], [2015, 2017], [2018, 2021], [2020, 2023], [2021, 2025], [2012, 2015]];
const SCHOOL_WORDS = ['учебные годы', 'учебный год', 'учебных годах', 'уч. годы', 'учебных года'];
const SPAN_FRAMES = ['{y}', 'на {y}', 'в {y}', 'Программа реализуется в {y}', 'Сроки реализации: {y}', '({y}, возраст обучающихся – 10-18 лет.)'];

/** what is prepared or held, after «подготовки / проведения» */
const STAGE_OBJECTS = ['процедуры медиации', 'олимпиады', 'к ГИА', 'экзамена', 'тестирования', 'конкурса', 'восстановительной программы', 'заседания консилиума'];
const STAGE_WORDS = ['в течение подготовки', 'в течение проведения', 'в течении проведения', 'на протяжении проведения', 'на протяжении подготовки', 'в течение подготовки и проведения'];

/** the forms of «руководствоваться» and the documents it names in the instrumental */
const GUIDED = ['руководствуясь', 'руководствуется', 'руководствуются', 'руководствуемся', 'руководствоваться'];
const DOCUMENTS: Array<[string, string]> = [
  ['графиком УО', 'график УО'],
  ['приказом управления образования', 'приказ управления образования'],
  ['планом работы школы', 'план работы школы'],
  ['положением о службе медиации', 'положение о службе медиации'],
  ['Приказом Министерства образования и науки РФ', 'приказ Министерства образования и науки РФ'],
  ['расписанием занятий', 'расписание занятий'],
];

/** a journal's line: the year, then the volume, issue and pages */
const JOURNAL_YEARS = [2005, 2012, 2016, 2019, 2023];
const VOLUMES = ['Том 13.', 'Том 2,', 'том 4.', 'Том 1.'];
const PAGES = ['С. 11–17', 'С. 5-9', 'с. 120–134', 'С. 48'];

/** a book's imprint: the place, the publisher, the year and its count of pages */
const IMPRINTS = ['М: Благотворительный фонд «Просвещение»', 'Москва: Просвещение', 'СПб.: Речь', 'Краснодар', 'Екатеринбург: ИРО'];
const PAGE_COUNTS = ['186 с.', '64 с.', '320 с.', '48 стр.'];

/** nouns of starting and ending, and the plural nouns of what starts or ends */
const PARTS = ['о начале', 'в начале', 'в конце', 'в середине', 'об окончании'];
const ACTIVITIES = ['мероприятий', 'занятий', 'соревнований', 'экзаменов', 'уроков', 'испытаний', 'мероприятий по проведению тестирования'];

function sections(): Array<[string, import('./kit').Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a school-year word after two years more than one apart: every school year from the first to the last', () => {
      addAs('(2014-2017 учебные годы, возраст обучающихся – 10-18 лет.)', range('2014-09-01', '2017-08-31'));
      addAs('Сроки реализации: - 2015-2017 учебный год', range('2015-09-01', '2017-08-31'));
      for (const [y1, y2] of SPANS)
        for (const w of SCHOOL_WORDS)
          for (const frame of SPAN_FRAMES) {
            if (frame === 'в {y}' && !/годах$/.test(w)) continue;
            addAs(frame.replace('{y}', `${y1}-${y2} ${w}`), range(`${y1}-09-01`, `${y2}-08-31`));
          }
    });
    section('«в течение / на протяжении подготовки / проведения …»: that stage of work, an event', () => {
      addAs('5.3.   В течение подготовки и проведения процедуры медиации каждая из сторон может встречаться  и поддерживать связь с медиатором, как в индивидуальном порядке, так и совместно с другой стороной.', ev('подготовки'));
      for (const w of STAGE_WORDS) for (const o of STAGE_OBJECTS) add(`${w} ${o}`, ev(w.split(' ').at(-1)!));
    });
    section('«руководствуясь / руководствуется … <документом>»: the document holds the dates, a schedule', () => {
      addAs('Она ведет свою деятельность, руководствуясь Приказом Министерства образования и науки РФ от 24 марта 2009 г. № 95 «Об утверждении «Положения о психолого-медико-педагогической комиссии».', sched('приказ Министерства образования и науки РФ от 24 марта 2009 г. № 95 «Об утверждении «Положения о психолого-медико-педагогической комиссии»'));
      for (const g of GUIDED)
        for (const [doc, nominative] of DOCUMENTS) {
          add(`${g} ${doc}`, sched(nominative));
          addAs(`Служба ${g} ${doc}`, sched(nominative));
        }
    });
    section('a journal\'s volume and pages and a book\'s count of pages: labels', () => {
      addAs('2016. Том 13. № 3. С. 11–17', range('2016-01-01', '2016-12-31'));
      addAs('М: Благотворительный фонд «Просвещение», 2013. – 186 с.', range('2013-01-01', '2013-12-31'));
      for (const y of JOURNAL_YEARS)
        for (const v of VOLUMES)
          for (const p of PAGES) addAs(`${y}. ${v} № 3. ${p}`, range(`${y}-01-01`, `${y}-12-31`));
      for (const place of IMPRINTS)
        for (const y of JOURNAL_YEARS)
          for (const n of PAGE_COUNTS) {
            addAs(`${place}, ${y}. – ${n}`, range(`${y}-01-01`, `${y}-12-31`));
            addAs(`${place}, ${y}. — ${n};`, range(`${y}-01-01`, `${y}-12-31`));
          }
    });
    section('a noun of starting or ending before a plural noun of no date class: the period named later is read whole', () => {
      addAs('Информируем вас о начале мероприятий по проведению социально-психологического тестирования учащихся  в 2020/2021 учебном году.', range('2020-09-01', '2021-08-31'));
      for (const p of PARTS)
        for (const a of ACTIVITIES) {
          add(`${p} ${a} в 2021 году`, range('2021-01-01', '2021-12-31'));
          addAs(`Информируем о сроках: ${p} ${a} в 2020/2021 учебном году`, range('2020-09-01', '2021-08-31'));
          addAs(`${p} ${a} в мае`, range('2021-05-01', '2021-05-31'));
        }
    });
    section('round 182 pins', () => {
      addAs('2014-2015 учебный год', range('2014-09-01', '2015-08-31'));
      addAs('на 2021-2022 учебный год', range('2021-09-01', '2022-08-31'));
      addAs('2021-2023 гг.', range('2021-01-01', '2023-12-31'));
      addAs('2021 - 2023 годы', range('2021-01-01', '2023-12-31'));
      addAs('с 11 по 17 мая', range('2021-05-11', '2021-05-17'));
      addAs('с 1 сентября', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' });
      addAs('в течение учебного года', { kind: 'ongoing', due: '2021-12-31' });
      addAs('в течение года', ongoing);
      addAs('в период подготовки к ГИА', ev('подготовки'));
      addAs('в соответствии с графиком УО', sched('график УО'));
      addAs('в начале учебного года', range('2021-09-01', '2021-09-30'));
      addAs('в начале сентября', range('2021-09-01', '2021-09-10'));
      addAs('в начале 2021 года', range('2021-01-01', '2021-01-31'));
      addAs('в начале летней смены 2021 года', range('2021-01-01', '2021-01-31'));
      addAs('в конце 2021 года', range('2021-12-01', '2021-12-31'));
      addAs('до 15.09.2021', by('2021-09-15'));
      addAs('Том 13', unread);
      addAs('15.05.2021', on('2021-05-15'));
    });
  });
}

export const family: Family = {
  title: 'round 182: a span of school years, «в течение подготовки / проведения», «руководствуясь <документом>», a journal\'s volume and pages and a book\'s page count, a noun of starting before a plural noun of activity',
  rows: () => sections().flatMap(([, rows]) => rows),
};
