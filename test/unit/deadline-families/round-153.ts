/**
 * Round 153 (corpus-real-141: school development programmes and the roadmaps of the national project's school programmes — cells of
 * roadmaps, a concept's plan of measures, a programme's list of measures, «500+» and the concepts and plans of education). Two classes
 * the set's first run missed, as news and programmes write them:
 * - after a task's own deadline of a day or a month («до 15 декабря», «к марту 2025 года», «не позднее 1 октября»), the year a
 *   strategy, a concept, a doctrine or a programme runs to — «до <год> года» in its name, or after «, рассчитанн… [на период / срок]» —
 *   is the document's horizon, a note: «… поручил правительству до 15 декабря обеспечить актуализацию концепции …, рассчитанной до 2025
 *   года.» → by 12-15 (it was a window from 12-15 to the end of 2024), «… поручил к марту 2025 года сформировать Стратегию развития
 *   образования до 2030 года.» → by 2025-02-28 (it was a window to the end of 2029).
 * - an item number at the start before a word (a one-letter preposition and a word, or a lower-case word) counts as one when a year
 *   with its year word follows later, as it does when a full date or a month follows: «17. В целях реализации основной задачи
 *   Программы в 2016 - 2025 годах …» → the window of years (it was `unparsed`, «непонятное число «17»»).
 * Pins: the horizon with no task's deadline before it is the text's time as before («Действие программы рассчитано до 2027 года»,
 * «В 2021 году утверждена Программа развития до 2025 года»); a plan's «до <год>» (no document noun of a horizon) reads as before; an
 * item number before a year with no word between, before a year with no year word, or before a word with no date after it reads as
 * before.
 * The first template of each class is the set's real row (its source in corpus-real-141.tsv).
 */
import { by, ev, range, sectionsOf, type Family, type Row } from './kit';

/** who is told, and the verb of telling */
const ORDER_LEADS = ['Президент поручил правительству', 'Губернатор поручил министерству образования', 'Министерству просвещения поручено', 'Необходимо'];
/** the task's own deadline, and its due */
const DEADLINES: Array<[string, string]> = [
  ['до 15 декабря', '2021-12-15'],
  ['до 1 сентября', '2021-09-01'],
  ['не позднее 1 октября', '2021-10-01'],
  ['к 1 июня', '2021-06-01'],
  ['к марту 2025 года', '2025-02-28'],
  ['до 20 мая 2022 года', '2022-05-20'],
];
/** the task */
const TASKS = ['обеспечить актуализацию', 'сформировать', 'разработать и утвердить', 'представить проект'];
/** the document with its horizon, as its name or a participle after a comma writes it */
const DOCUMENTS = [
  'концепции развития психологической службы в системе образования, рассчитанной до 2025 года',
  'Стратегии развития образования до 2030 года',
  'программы развития школы до 2028 года',
  'концепции развития дополнительного образования детей до 2030 года',
  'программы, рассчитанной на период до 2026 года',
  'стратегии до 2035 г.',
  'доктрины образования до 2025 года',
];

const HORIZON_PINS: Row[] = [
  // with no task's deadline before it, the horizon is the text's time (the README's «до» with a year)
  ['Действие программы рассчитано до 2027 года', by('2026-12-31')],
  ['Также разработана и утверждена дальнейшая Программа развития школы, рассчитанная до 2016 года.', by('2015-12-31')],
  ['Утвердить программу развития до 2025 года', by('2024-12-31')],
  ['Стратегия развития образования до 2030 года', by('2029-12-31')],
  // after a bare year, not a task's deadline, as before: a window to the year before the horizon
  ['В 2021 году утверждена Программа развития до 2025 года.', range('2021-01-01', '2024-12-31')],
  // a plan's «до <год>» names no horizon of a strategic document: the window as before
  ['до 1 сентября утвердить план работы до 2025 года', range('2021-09-01', '2024-12-31')],
  // a day after the document is no year of a horizon: both days, as before
  ['до 15 декабря утвердить программу до 20 декабря', { kind: 'on', start: '2021-12-15', due: '2021-12-20' }],
];

/** an item number at the start */
const ITEM_NUMBERS = ['1.', '2.', '9.', '12.', '13.', '17.', '21.', '31.'];
/** what the item says before its years: a one-letter preposition and a word, or a lower-case word */
const ITEM_LEADS = ['В целях реализации основной задачи Программы в', 'В рамках проекта в', 'обеспечить участие школ в проекте в', 'провести мониторинг в', 'К реализации мероприятий приступить в'];
/** the years with their year word, and the window they make */
const ITEM_YEARS: Array<[string, string, string]> = [
  ['2016 - 2025 годах', '2016-01-01', '2025-12-31'],
  ['2022 году', '2022-01-01', '2022-12-31'],
  ['2021-2025 гг.', '2021-01-01', '2025-12-31'],
  ['2023 г.', '2023-01-01', '2023-12-31'],
];
const ITEM_TAILS = ['', ' предусматривается реализация следующих мероприятий:', ', не менее 10 школ'];

const ITEM_PINS: Row[] = [
  // a year right after «В», with no word between, reads as before
  ['17. В 2016 году', { kind: 'unparsed', reason: /непонятное число «17»/ }],
  // a year with no year word after it does not count here; round 184 (`ITEM_BEFORE_LOWER`) reads the item's number before a lower-case
  // word with no date after it too, so the bare year is read as it is elsewhere («в 2022» → the year)
  ['2. обеспечить участие школ в проекте в 2022', { kind: 'range', start: '2022-01-01', due: '2022-12-31' }],
  // no date after the word: as before
  ['8. В случае болезни', ev('случае')],
  // a day and a month after the word, as before
  ['17. В целях реализации Программы до 25 мая 2021 года', by('2021-05-25')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section("after a task's own deadline, the horizon in a strategic document's name is a note", () => {
      addAs('Президент РФ Владимир Путин поручил правительству до 15 декабря обеспечить актуализацию концепции развития психологической службы в системе образования РФ, рассчитанной до 2025 года.', by('2021-12-15'));
      addAs('Премьер-министр Михаил Мишустин поручил к марту 2025 года сформировать Стратегию развития образования до 2030 года.', by('2025-02-28'));
      addAs('до 1 сентября 2021 г., в рамках Программы до 2025 года', by('2021-09-01'));
      for (const lead of ORDER_LEADS)
        for (const [deadline, due] of DEADLINES)
          for (const task of TASKS) for (const doc of DOCUMENTS) add(`${lead} ${deadline} ${task} ${doc}`, by(due));
    });
    section("the document's horizon: pins", () => HORIZON_PINS.forEach(([t, e]) => addAs(t, e)));
    section('an item number before a word counts when a year with its year word follows', () => {
      addAs('17. В целях реализации основной задачи Программы в 2016 - 2025 годах предусматривается реализация следующих мероприятий:', range('2016-01-01', '2025-12-31'));
      for (const n of ITEM_NUMBERS)
        for (const lead of ITEM_LEADS)
          for (const [years, start, due] of ITEM_YEARS) for (const tail of ITEM_TAILS) addAs(`${n} ${lead} ${years}${tail}`, range(start, due));
    });
    section('the item number: pins', () => ITEM_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: "round 153: after a task's own deadline the horizon in a strategic document's name is a note; an item number before a word counts when a year with its year word follows",
  rows: () => sections().flatMap(([, rows]) => rows),
};
