/**
 * Round 171 (corpus-real-159: the school year's calendar — календарные учебные графики of schools and kindergartens, the ministry's and
 * regions' recommended holidays, news and orders moving holidays and school days). Six classes the set's first run missed, as calendar
 * graphs, kindergartens' title pages and news of the school year write them:
 * - a single letter glued by a slash to a single letter is one abbreviation («д/с» детский сад, «с/х», «в/ч», «д\с»), never the
 *   preposition «с»: «… МБДОУ д/с «Салам» на 2021-2022 учебный год» is that school year (it was open-ended from 09-01).
 * - «грядущий» is the next one, as «предстоящий»: «в грядущем учебном году» → 2021-09-01..2022-08-31, «в грядущем году» → 2022, «с
 *   грядущего учебного года» → open-ended from 09-01 (they were `unparsed`).
 * - a day glued by a dot to a month's name in the genitive is that day: «с 01.июля по 31 августа 2020г.» (it was `unparsed`).
 * - a verb of keeping to a document before it — «следуют / следовать графику», «придерживаются графика» — is a schedule (it was
 *   `unparsed`).
 * - the dates' noun with «в / к компетенции» of someone after it is a schedule: «Вопросы о сроках … находятся в компетенции руководства
 *   школ.» (it was `unparsed`).
 * - the full participle of moving right before «с <день>» closed by a comma or a stop names the old day: «… занятия, перенесенные с 1
 *   октября, в первый день осенних каникул, то есть 27 октября.» → on 10-27 (it was the window 10-01..10-27).
 * Pins: «д/с № 5 до 15 мая», «с/по 15 мая», «в предстоящем учебном году», «1.Сентябрь», «15.09.2021», «Далее следует план …», «по
 * графику», «сроки определяет …», «перенесен с 1 октября на 5 октября» and a window moved read as before.
 * The first template of each class is the set's real row (its source in corpus-real-159.tsv).
 */
import { by, iso, lastDay, MONTHS_GEN, on, range, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** the abbreviations with a slash, and the names and words around them */
const SLASHED = ['д/с', 'Д/С', 'д/С', 'д\\с', 'с/х', 'в/ч'];
const NAMES = ['«Салам»', '«Солнышко»', '"Ромашка"', '«Детский сад № 5»'];
const TITLES = ['Годовой календарный учебный график МБДОУ', 'План работы МБДОУ', 'Календарный учебный график МКДОУ', 'Учебный план'];
/** the school years after «на», and the day each runs to */
const SCHOOL_YEARS: Array<[string, number]> = [
  ['2021-2022 учебный год', 2021],
  ['2019-2020 учебный год', 2019],
  ['2024/2025 учебный год', 2024],
  ['2023 - 2024 учебный год', 2023],
];

const SLASH_PINS: Row[] = [
  // an abbreviation with no quoted name after it, a slash between a preposition and a word, and «с» with its own date read as before
  ['МБДОУ д/с № 5 до 15 мая', by('2021-05-15')],
  ['с/по 15 мая', { kind: 'ongoing', start: '2021-05-15', due: '2021-12-31' }],
  ['д/с «Салам» с 15 мая', { kind: 'ongoing', start: '2021-05-15', due: '2021-12-31' }],
  ['План работы д/с №5 на 2021-2022 учебный год', range('2021-09-01', '2022-08-31')],
];

/** what opens a sentence of the coming year and what may follow it */
const COMING_LEADS = ['Школьные каникулы', 'Занятия', 'Олимпиада', 'Промежуточная аттестация'];
const COMING_TAILS = [' продлятся 7 дней', ' пройдут по новым правилам', ' будут длиннее', ''];

const COMING_PINS: Row[] = [
  // «предстоящий» and «следующий» read so already; «грядущие перемены» names no time
  ['Школьные каникулы в предстоящем учебном году продлятся 7 дней.', range('2021-09-01', '2022-08-31')],
  ['в следующем году', range('2022-01-01', '2022-12-31')],
  ['Грядущие перемены обсудили в школе.', unread],
];

/** the days glued to a month by a dot, and the windows written with them */
const GLUED_DAYS = [1, 4, 15, 28];

const GLUED_PINS: Row[] = [
  // a list item's number before a capitalised month, dotted dates and a day with a space read as before
  ['1.Сентябрь', range('2021-09-01', '2021-09-30')],
  ['15.09.2021', on('2021-09-15')],
  ['с 01 июля по 31 августа 2020г.', range('2020-07-01', '2020-08-31')],
];

/** who keeps to the document, the verbs (dative or genitive after them), and the document with the reason it gives */
const KEEPERS = ['государственные школы ', 'Школы ', 'Все школы района ', 'Необходимо ', ''];
const DATIVE_VERBS = ['следуют', 'следует', 'следовать', 'следуя'];
const GENITIVE_VERBS = ['придерживаются', 'придерживается', 'придерживаться', 'придерживаясь'];
const DOCUMENTS: Array<[dative: string, genitive: string, reason: string]> = [
  ['графику ведомства', 'графика ведомства', 'график ведомства'],
  ['графику', 'графика', 'график'],
  ['утверждённому графику', 'утверждённого графика', 'утвержденный график'],
  ['плану работы', 'плана работы', 'план работы'],
  ['календарю министерства', 'календаря министерства', 'календарь министерства'],
  ['расписанию', 'расписания', 'расписание'],
  ['дорожной карте', 'дорожной карты', 'дорожная карта'],
];

const KEEP_PINS: Row[] = [
  // the nominative after «следует / следуют» is what comes next, not a document kept to
  ['Далее следует план мероприятий.', unread],
  ['Далее следуют графики работы.', unread],
  ['Далее следует расписание.', unread],
  ['Следует отметить, что расписание изменится.', unread],
  // «по / согласно графику» read so already
  ['согласно графику ведомства', sched('график ведомства')],
];

/** the dates' nouns, what stands between, and who holds them */
const COMPETENCE: Array<[string, string]> = [
  ['Вопросы о сроках начала и окончания каникул находятся в компетенции', 'сроках начала и окончания каникул находятся в компетенции'],
  ['Сроки проведения каникул находятся в компетенции', 'сроки проведения каникул находятся в компетенции'],
  ['Определение дат каникул относится к компетенции', 'дат каникул относится к компетенции'],
  ['Установление сроков промежуточной аттестации относится к компетенции', 'сроков промежуточной аттестации относится к компетенции'],
  ['Даты проведения находятся в компетенции', 'даты проведения находятся в компетенции'],
  ['Сроки проведения регионального этапа не в компетенции', 'сроки проведения регионального этапа не в компетенции'],
];
const HOLDERS = ['руководства школ', 'школы', 'образовательной организации', 'управления образования', 'учредителя'];

const COMPETENCE_PINS: Row[] = [
  // no dates' noun: nothing read, as before
  ['Это не входит в компетенцию школы.', unread],
  // who sets the dates with a verb read so already
  ['Сроки проведения определяет управление образования', sched('сроки проведения определяет управление образования')],
];

/** the participles of moving, what was moved, and the new day's wording */
const PARTICIPLES = ['перенесенные', 'перенесённые', 'перенесенное', 'перенесенный', 'перенесённая'];
const MOVED_THINGS = ['Занятия', 'Уроки', 'Экзамен', 'Мероприятие', 'Родительское собрание'];
const NEW_DAY_VERBS = ['пройдут', 'проводятся', 'состоится', 'будут проведены'];

const MOVED_PINS: Row[] = [
  // «с <день> на <день>» (round 73), a window moved and the short participle read as before
  ['Экзамен перенесен с 1 октября на 5 октября.', on('2021-10-05')],
  ['Занятия, перенесенные с 1 по 5 октября, пройдут позже.', range('2021-10-01', '2021-10-05')],
  ['Занятия перенесены с 1 октября 2021 года.', { kind: 'ongoing', start: '2021-10-01', due: '2021-12-31' }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a letter glued by a slash to a letter is one abbreviation, not the preposition «с»', () => {
      addAs('Годовой календарный учебный график МБДОУ д/с «Салам» на 2021-2022 учебный год', range('2021-09-01', '2022-08-31'));
      for (const abbr of SLASHED)
        for (const name of NAMES) {
          for (const title of TITLES)
            for (const [year, y] of SCHOOL_YEARS) addAs(`${title} ${abbr} ${name} на ${year}`, range(`${y}-09-01`, `${y + 1}-08-31`));
          addAs(`План работы ${abbr} ${name} 15 мая`, on('2021-05-15'));
          addAs(`Праздник ${abbr} ${name} 1 июня 2021 года`, on('2021-06-01'));
        }
    });
    section('the slashed abbreviation: pins', () => SLASH_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«грядущий» is the next one, as «предстоящий»', () => {
      addAs('Школьные каникулы в грядущем учебном году продлятся 7 дней.', range('2021-09-01', '2022-08-31'));
      for (const lead of COMING_LEADS)
        for (const tail of COMING_TAILS) {
          add(`${lead} в грядущем учебном году${tail}`, range('2021-09-01', '2022-08-31'));
          add(`${lead} в грядущем году${tail}`, range('2022-01-01', '2022-12-31'));
        }
      add('с грядущего учебного года', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' });
      add('в грядущем учебном году', range('2021-09-01', '2022-08-31'));
    });
    section('«грядущий»: pins', () => COMING_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a day glued by a dot to a month in the genitive is that day', () => {
      addAs('с 01.июля по 31 августа 2020г.', range('2020-07-01', '2020-08-31'));
      for (const d of GLUED_DAYS)
        for (let m = 1; m <= 12; m++) {
          if (d > lastDay(m)) continue;
          const dd = d < 10 ? [`0${d}`, String(d)] : [String(d)];
          for (const day of dd) {
            addAs(`${day}.${MONTHS_GEN[m - 1]} 2021 г.`, on(iso(m, d)));
            addAs(`до ${day}.${MONTHS_GEN[m - 1]}`, by(iso(m, d)));
            if (m < 12) addAs(`с ${day}.${MONTHS_GEN[m - 1]} по ${lastDay(m + 1)} ${MONTHS_GEN[m]} 2020г.`, range(iso(m, d, 2020), iso(m + 1, lastDay(m + 1), 2020)));
          }
        }
    });
    section('the glued day: pins', () => GLUED_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a verb of keeping to a document names the document that holds the dates, a schedule', () => {
      addAs('Но, несмотря на это, государственные школы следуют графику ведомства.', sched('график ведомства'));
      for (const keeper of KEEPERS)
        for (const [dative, genitive, reason] of DOCUMENTS) {
          for (const verb of DATIVE_VERBS) {
            const text = `${keeper}${verb} ${dative}`;
            addAs(text, sched(reason));
            addAs(`${text}.`, sched(reason));
          }
          for (const verb of GENITIVE_VERBS) {
            const text = `${keeper}${verb} ${genitive}`;
            addAs(text, sched(reason));
            addAs(`${text}.`, sched(reason));
          }
        }
    });
    section('a verb of keeping to a document: pins', () => KEEP_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the dates\' noun with «в / к компетенции» of someone after it is a schedule', () => {
      addAs('Вопросы о сроках начала и окончания каникул находятся в компетенции руководства школ.', sched('сроках начала и окончания каникул находятся в компетенции руководства школ'));
      for (const [lead, reason] of COMPETENCE)
        for (const holder of HOLDERS) {
          addAs(`${lead} ${holder}`, sched(`${reason} ${holder}`));
          addAs(`${lead} ${holder}.`, sched(`${reason} ${holder}`));
        }
    });
    section('«в компетенции»: pins', () => COMPETENCE_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the full participle of moving before «с <день>» names the old day; a new day written is the deadline', () => {
      addAs('Поэтому управление разрешило школам провести занятия, перенесенные с 1 октября, в первый день осенних каникул, то есть 27 октября.', on('2021-10-27'));
      for (const part of PARTICIPLES)
        for (const thing of MOVED_THINGS)
          for (const [oldDay, oldM] of [[1, 10], [15, 3], [9, 5]] as const) {
            const old = `${oldDay} ${MONTHS_GEN[oldM - 1]}`;
            for (const verb of NEW_DAY_VERBS) addAs(`${thing}, ${part} с ${old}, ${verb} 27 октября.`, on('2021-10-27'));
            addAs(`${thing}, ${part} с ${old}, ${NEW_DAY_VERBS[0]} 27.10.2021`, on('2021-10-27'));
            addAs(`${thing}, ${part} с ${old}.`, { kind: 'unparsed', reason: /перенес/ });
          }
    });
    section('the participle of moving: pins', () => MOVED_PINS.forEach(([t, e]) => addAs(t, e)));
    // the open-ended reading of a school year's start keeps the period
    section('the coming school year\'s start: a pin', () => addAs('с предстоящего учебного года', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }));
  });
}

export const family: Family = {
  title: 'round 171: a slashed abbreviation is no preposition; «грядущий» is the next one; a day glued by a dot to its month; a verb of keeping to a document; the dates in someone\'s competence; the old day of a participle of moving',
  rows: () => sections().flatMap(([, rows]) => rows),
};
