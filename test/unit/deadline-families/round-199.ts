/**
 * Round 199 (corpus-real-183: the «Школа Минпросвещения России» project and the themed years — Год педагога и наставника, Год семьи,
 * Год защитника Отечества, with the Год учителя of 2010). Five classes, each a row of the set (its source there):
 * - after a time already read, a year that names a theme year — «<год> [год / года] … Годом <тема>», «<год> год будет посвящён …» — is a
 *   label: the act or the speech is dated by the time before it (https://turi-sosh-1.obr57.ru/news/c9731d97-c2ea-4cea-a288-e89434b87941,
 *   https://m.gazeta.ru/social/news/2022/06/27/18015758.shtml; round 113's and round 154's known misses of the class);
 * - an issued act's «№ N» with its issuer's words, then «от» and a full date, is the act's number and date, a label
 *   (http://bogdan-bal.ru/s-dnem-uchitelya/);
 * - an abbreviated month (or «Май»), a day of two figures and the year with spaces only is a blog's dateline (the same page);
 * - a document joined by «и» before the schedule's noun one can read somewhere is a schedule (https://ladushki.tvoysadik.ru/site/pub?id=1136);
 * - a span after «за» with a word of obligation after it is the time allowed, no offset (https://ug.ru/2023-god-obyavlen-godom-pedagoga-i-nastavnika).
 * Pins: a theme year alone or first, a comparison's «с 2017 годом», a protocol's date, a full month name with a day and no comma, a day of
 * one figure, a document alone before «можно ознакомиться», a verb of notice after the word of obligation, «за 10 дней до …».
 */
import { distinctRows, by, ev, on, range, unread, type Expect, type Family, type Row, sched, sectionsOf } from './kit';

/** days with no year written, the time read before the theme year, and their day in 2021 */
const DAYS: Array<[string, string]> = [
  ['27 июня', '2021-06-27'],
  ['22 декабря', '2021-12-22'],
  ['5 октября', '2021-10-05'],
  ['10 марта', '2021-03-10'],
  ['1 февраля', '2021-02-01'],
];
/** what the act or the speech says after the day; {y} the theme year, {t} its theme */
const THEME_FRAMES = [
  'Президент подписал Указ об объявлении {y} года Годом {t}.',
  'Глава региона подписал указ, согласно которому {y} год объявлен в республике Годом {t}.',
  'Президент объявил {y} год Годом {t}.',
  'глава государства заявил, что {y} год станет Годом {t}.',
  'на заседании Госсовета было предложено объявить {y} год в России Годом {t}',
];
const DEDICATED_FRAMES = ['глава государства заявил, что {y} год будет посвящён {t}.', 'Президент сообщил, что {y} год посвящается {t}'];
const THEME_YEARS = ['2018', '2023', '2024', '2025'];
const THEMES = ['педагога и наставника', 'семьи', 'защитника Отечества', 'учителя'];
const DEDICATED_TO = ['учителям и педагогам', 'семье', 'защитникам Отечества'];

/** a time with its year before the theme year, and what it reads as */
const DATED_TIMES: Array<[string, Expect]> = [
  ['22 ноября 2023 года', on('2023-11-22')],
  ['В конце 2021 года', range('2021-12-01', '2021-12-31')],
  ['В декабре 2022 года', range('2022-12-01', '2022-12-31')],
  ['Напомним, в конце декабря 2024 года', range('2024-12-21', '2024-12-31')],
];

/** an issued act's noun, its number with the issuer's words, its date, and the time the text names after it */
const ACTS = ['По указу', 'Приказом', 'Согласно постановлению', 'В соответствии с распоряжением', 'Письмом'];
const NUMBERED = ['№ 1961 Президента РФ', '№ 45 Минобрнауки России', '№ 12 министерства образования', '№ 7 губернатора'];
const ACT_DATES = ['от 3 октября 1994 года', 'от 12.03.2020', 'от 15 мая 2019 г.'];
const ACT_RESTS: Array<[string, Expect]> = [
  ['День учителя стал отмечаться 5 октября', on('2021-10-05')],
  ['провести конкурс до 1 апреля', by('2021-04-01')],
  ['мероприятия пройдут 20 мая', on('2021-05-20')],
];

const ABBREVIATED = ['Янв', 'Фев', 'Мар', 'Апр', 'Май', 'Июн', 'Июл', 'Авг', 'Сен', 'Окт', 'Ноя', 'Дек'];
const TWO_FIGURE_DAYS = ['05', '12', '28'];
const POST_YEARS = [2015, 2019, 2020, 2024];

const DOCUMENTS = ['Положением', 'Порядком', 'Условиями', 'Программой', 'Регламентом', 'Правилами', 'Планом'];
const SCHEDULE_NOUNS = ['сроками проведения конкурса', 'графиком', 'расписанием', 'датами проведения'];
const WHERE_TO_READ = ['можно ознакомиться на сайте школы', 'можно ознакомиться в прикрепленном файле', 'следует ознакомиться заранее'];

const OBLIGED_SUBJECTS = ['Правительство России', 'Оргкомитет', 'Министерство', 'Согласно указу Правительство'];
const OBLIGED_SPANS = ['за три месяца', 'за два месяца', 'за 10 дней', 'за месяц'];
const OBLIGED_WORDS = ['должно', 'должен', 'должны', 'обязано'];
const OBLIGED_WORKS = ['сформировать состав комитета', 'утвердить план мероприятий', 'разработать программу'];

const PINS: Row[] = [
  // alone or first the year of a theme year is its window; a comparison's «с 2017 годом» is no theme
  ['2023 год объявлен Годом педагога и наставника', range('2023-01-01', '2023-12-31')],
  ['На прошлой неделе о том, что 2024 год будет в России годом семьи, объявил Президент Владимир Путин.', range('2024-01-01', '2024-12-31')],
  ['1. Провести в 2024 году в Российской Федерации Год семьи.', range('2024-01-01', '2024-12-31')],
  ['15 мая, по сравнению с 2017 годом', on('2021-05-15')],
  // a protocol's date after its number is its meeting's day
  ['Протокол № 3 педсовета от 25 мая 2021 года', on('2021-05-25')],
  // a full month name with no comma, a day of one figure: read as before
  ['сентябрь 15 2021', { kind: 'unparsed', reason: /непонятное число/ }],
  ['Май 5 2020', { kind: 'unparsed', reason: /непонятное число/ }],
  ['Апрель 29, 2025', on('2025-04-29')],
  // a document alone before «можно ознакомиться» names no schedule
  ['С положением можно ознакомиться на сайте', unread],
  // a verb of notice or of handing in keeps the offset; no word of obligation keeps it too
  ['Участник за 5 дней обязан уведомить организатора', ev('за 5 дней')],
  ['за 3 дня должны быть поданы заявления', ev('за 3 дня')],
  ['за 10 дней до начала экзаменов', ev('за 10 дней')],
  ['за месяц провести инструктаж', ev('за месяц')],
];

/** nothing read, or a span whose event is not named: no deadline either way */
const noDeadline: Expect = { kind: 'unparsed', reason: /^(?:не удалось распознать срок|срок отсчитывается от события: .*)$/ };

const fill = (frame: string, y: string, t: string): string => frame.replace('{y}', y).replace('{t}', t);
/** a schedule's reason: the text with its first letter in lower case and its last dot dropped */
const reasonOf = (text: string): string => (text[0]!.toLowerCase() + text.slice(1)).replace(/\.$/, '');

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, _add, addAs) => {
    section('a theme year after a day with no year', () => {
      for (const [d, iso] of DAYS)
        for (const y of THEME_YEARS) {
          for (const f of THEME_FRAMES) for (const t of THEMES) addAs(`${d} ${fill(f, y, t)}`, on(iso));
          for (const f of DEDICATED_FRAMES) for (const t of DEDICATED_TO) addAs(`${d} ${fill(f, y, t)}`, on(iso));
        }
    });
    section('a theme year after a time with its year', () => {
      for (const [time, e] of DATED_TIMES) for (const f of THEME_FRAMES.slice(0, 4)) for (const t of THEMES) addAs(`${time} ${fill(f, '2025', t)}`, e);
      for (const t of THEMES) addAs(`Президент поручил к ноябрю подготовить решение об объявлении в РФ 2010 г. Годом ${t}.`, by('2021-10-31'));
    });
    section('an act\'s number with its issuer, then «от» and its date', () => {
      for (const a of ACTS) for (const n of NUMBERED) for (const d of ACT_DATES) for (const [r, e] of ACT_RESTS) addAs(`${a} ${n} ${d} ${r}`, e);
    });
    section('an abbreviated month, a day of two figures and the year', () => {
      ABBREVIATED.forEach((m, k) => {
        for (const d of TWO_FIGURE_DAYS)
          for (const y of POST_YEARS) {
            const iso = `${y}-${String(k + 1).padStart(2, '0')}-${d}`;
            addAs(`${m} ${d} ${y}`, on(iso));
          }
      });
    });
    section('a document and the schedule one can read somewhere', () => {
      for (const doc of DOCUMENTS)
        for (const n of SCHEDULE_NOUNS)
          for (const w of WHERE_TO_READ) {
            const text = `С ${doc} и ${n} ${w}.`;
            addAs(text, sched(reasonOf(text)));
          }
    });
    section('a span after «за» with a word of obligation', () => {
      for (const s of OBLIGED_SUBJECTS) for (const sp of OBLIGED_SPANS) for (const m of OBLIGED_WORDS) for (const w of OBLIGED_WORKS) addAs(`${s} ${sp} ${m} ${w}`, noDeadline);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 199: the theme year after a time read, an act\'s «№ N <issuer> от <дата>», «Окт 05 2015», «С Положением и сроками … можно ознакомиться», «за <срок> должно <сделать>»',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
