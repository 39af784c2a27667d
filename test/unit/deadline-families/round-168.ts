/**
 * Round 168 (corpus-real-156: pupils' health through schools and kindergartens — medical examinations of minors, vaccination campaigns,
 * tuberculin tests, quarantine and the cleaning limits of СанПиН, plans of medical and health work). Seven classes the set's first run
 * missed, as medical pages, tests on the sanitary rules and approval lines write them:
 * - a span counted «от начала <события>» counts from that event like «с начала <события>» (round 104): «в течении 17 дней от начала
 *   заболевания» is an event (it was `unparsed`); «от начала учебного года» names a period and reads as before.
 * - «до момента, когда / пока …» with no «того / этого» is round 81's condition, an event (it was `unparsed`).
 * - «в установленные [<прил>] периоды», «в установленный период» is a period someone fixes, a schedule like «в установленные сроки» (it
 *   was `unparsed`).
 * - «соответственно / согласно решению …» waits for the decision like «по решению …», an event (it was `unparsed`).
 * - a weekday's abbreviation before a full date written with slashes, «вт, 22/09/2020 - 11:41», is that date (it was every Tuesday).
 * - an act's date is a label when the act is joint («Приказ … N 186, Минобразования РФ N 272 от 30.06.92 …», it was `on` 2092-06-30),
 *   when a sanitary rule's code stands before «от» («СП 3.1.2.3114-13 от 16.05.2014г.», it was `on` that day), and when a registry number
 *   with «№ / N» follows the date with no «от» («… 12 июня 1980 г. N 08-14/4-14», it was `on` that day).
 * Pins: «с начала <события>», «от начала учебного года», «до того момента, когда …», «по решению …», «согласно приказу …», «в
 * установленные сроки», a weekday's abbreviation alone or with hours, a date with dots after it, a protocol's date, a code with no «от»,
 * a date with a plain number after it, a date after a verb of registering or publishing and an act's noun with one number read as
 * before.
 * The first template of each class is the set's real row (its source in corpus-real-156.tsv).
 */
import { ev, on, range, rec, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** the spans and the events they count from (the word the reason must name) */
const SPANS = ['в течение 7 дней', 'в течении 17 дней', 'в течение 21 дня', '10 дней', 'в течение 3 рабочих дней', 'не позднее 5 дней', 'в течение месяца'];
const STARTED: Array<[string, string]> = [
  ['заболевания', 'заболевания'],
  ['контакта', 'контакта'],
  ['болезни', 'болезни'],
  ['карантина', 'карантина'],
  ['вакцинации', 'вакцинации'],
  ['лечения', 'лечения'],
];
const SPAN_LEADS = ['', 'не допускаются в детскую организацию ', 'Дети подлежат медицинскому наблюдению ', 'Ребенок не посещает детский сад '];

const SPAN_PINS: Row[] = [
  // «с начала <события>» read so already (round 104)
  ['в течение 21 дня с начала контакта', ev('контакта')],
  // «от начала» a period with a date of its own is that period, as «с начала учебного года» is
  ['от начала учебного года', range('2021-09-01', '2021-09-30')],
  ['в течение 10 дней от начала учебного года', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
  // a span alone stays a bare span
  ['в течение 17 дней', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
];

/** what lasts until the clause, and the clauses after «до момента» */
const LASTS = ['Обычно карантин длится', 'Карантин продлевается', 'Ограничения действуют', 'Дети не допускаются в группу', 'Режим сохраняется'];
const UNTIL: Array<[string, string]> = [
  ['до момента, когда', 'последний заболевший ребенок перестанет быть заразным'],
  ['до момента когда', 'последний ребенок выздоровеет'],
  ['до момента, пока', 'не будет снят карантин'],
  ['до момента пока', 'сохраняется угроза распространения инфекции'],
];

const UNTIL_PINS: Row[] = [
  ['В этом случае он продлевается до того момента, пока последний ребенок полностью не выздоровеет.', ev('момента')],
  ['до момента выздоровления', ev('момента')],
  // a date after «до» is the deadline, not a moment
  ['до 15 мая', { kind: 'by', due: '2021-05-15' }],
];

/** the periods someone fixes after «в установленные / установленный» */
const FIXED_PERIODS = ['установленные возрастные периоды', 'установленные периоды', 'установленный период', 'установленные декретированные периоды', 'установленные эпидемиологические периоды'];
const FIXED_LEADS = ['Профилактические медицинские осмотры несовершеннолетних проводятся', 'Осмотры детей проводятся', 'Прививки выполняются', 'Обследование проходят'];

const FIXED_PINS: Row[] = [
  ['в установленные сроки', sched('установленные сроки')],
  ['в установленные дни', sched('установленные дни')],
  // a period with no participle of fixing is no schedule
  ['в летний период', range('2021-06-01', '2021-08-31')],
];

/** the prepositions of a decision and who decides */
const DECISION_PREPS = ['соответственно', 'согласно', 'Соответственно', 'Согласно'];
const DECIDERS = ['территориальных органов', 'педагогического совета', 'органов здравоохранения', 'главного санитарного врача', 'Роспотребнадзора', 'комиссии'];

const DECISION_PINS: Row[] = [
  ['по решению педагогического совета', ev('решению')],
  // a document after «согласно» still sets the dates
  ['согласно приказу управления образования', sched('приказ управления образования')],
  ['согласно графику', sched('график')],
];

/** the weekday abbreviations and the dates with slashes (the day each names) */
const WEEKDAYS = ['вт', 'Вт', 'пн', 'ср', 'чт', 'пт', 'сб'];
const SLASH_DATES: Array<[string, string]> = [
  ['22/09/2020', '2020-09-22'],
  ['01/10/2021', '2021-10-01'],
  ['15/03/2019', '2019-03-15'],
  ['5/12/2022', '2022-12-05'],
];
const SLASH_TAILS = ['', ' - 11:41', ' 09:30', ', 18:05'];

const SLASH_PINS: Row[] = [
  // a weekday's abbreviation alone or with hours stays every week (round 38)
  ['Пт 09:00–17:00', rec('week')],
  ['вт', rec('week')],
  // the dotted date read so already
  ['вт, 22.09.2020 - 11:41', on('2020-09-22')],
  // a date with slashes alone
  ['22/09/2020', on('2020-09-22')],
];

/** the joint acts: the first issuer with its number, the second issuer, its number, the date and the day the date would name */
const JOINT_FIRST = ['Приказ Минздрава РФ N 186', 'приказ Минздрава России № 186', 'Совместный приказ Минздрава РФ № 12', 'Постановление администрации № 45'];
const JOINT_SECOND = ['Минобразования РФ N 272', 'Минобрнауки России № 272', 'управления образования № 3-од'];
const JOINT_DATES = ['от 30.06.92', 'от 30.06.1992', 'от 15 мая 2020 года', 'от 01.09.2021 г.'];
const JOINT_TITLES = ['', ' «О совершенствовании системы медицинского обеспечения в ДОУ»', ' "О мерах по профилактике гриппа"'];

/** the codes of sanitary rules and standards, and the dates after «от» */
const CODES = ['СП 3.1.2.3114-13', 'СанПиН 2.4.1.3049-13', 'СП 2.4.3648-20', 'СанПиН 1.2.3685-21', 'ГОСТ Р 7.0.97-2016', 'СП 3.1/3.2.3146-13'];
const CODE_DATES = ['от 16.05.2014г.', 'от 15.05.2013', 'от 28.09.2020 г.', 'от 28 января 2021 года'];

/** the dates with a registry number after them and no «от» */
const REGISTRY_DATES = ['12 июня 1980 г.', '22 июня 2015 года', '10.10.2005', '01.03.2018 г.'];
const REGISTRY_NUMBERS = ['N 08-14/4-14', '№ 01/01-28/4091', 'N 0100/8348-05-32', '№ 03-17-1165/17'];
const REGISTRY_LEADS = ['ПРОФИЛАКТИКА ОСТРЫХ РЕСПИРАТОРНЫХ ВИРУСНЫХ ИНФЕКЦИЙ (МЕТОДИЧЕСКИЕ РЕКОМЕНДАЦИИ) ', 'Методические рекомендации ', 'Письмо Роспотребнадзора ', ''];

const ACT_PINS: Row[] = [
  // one act's number before its date, as before (round 40)
  ['Приказ Минздрава РФ N 186 от 30.06.92 «О совершенствовании»', unread],
  // a protocol's date is its meeting's day
  ['Протокол № 1 от 30.08.2023 г.', on('2023-08-30')],
  // a code with no «от»: the date after it stays a day
  ['СанПиН 2.4.3648-20 вводится 1 января 2021 года', on('2021-01-01')],
  // a plain number after a date is no registry number
  ['15.03.2021 № 2', on('2021-03-15')],
  // a date after a verb of registering or publishing is that day, its registry number notwithstanding (round 63)
  ['Зарегистрировано в НРПА РБ 8 августа 2011 г. N 9/43036', on('2011-08-08')],
  ['Опубликовано 15.03.2021 N 01-12/345', on('2021-03-15')],
  ['Опубликовано: 15.03.2021 N 01-12/345', on('2021-03-15')],
  ['Размещено на сайте 1 сентября 2021 г. № 12-3/45', on('2021-09-01')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a span counted «от начала <события>» is an event', () => {
      addAs('не допускаются в детскую организацию в течении 17 дней от начала заболевания', ev('заболевания'));
      for (const span of SPANS)
        for (const [noun, names] of STARTED)
          for (const lead of SPAN_LEADS) add(`${lead}${span} от начала ${noun}`, ev(names));
    });
    section('«от начала»: pins', () => SPAN_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«до момента, когда / пока …» is a condition, an event', () => {
      addAs('Обычно карантин длится до момента, когда последний заболевший ребенок перестанет быть заразным.', ev('момента'));
      for (const lead of LASTS)
        for (const [until, clause] of UNTIL) {
          addAs(`${lead} ${until} ${clause}.`, ev('момента'));
          addAs(`${lead} ${until} ${clause}`, ev('момента'));
        }
      for (const [until, clause] of UNTIL) add(`${until} ${clause}`, ev('момента'));
    });
    section('«до момента»: pins', () => UNTIL_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«в установленные [<прил>] периоды» is a schedule', () => {
      addAs('Профилактические медицинские осмотры несовершеннолетних проводятся в установленные возрастные периоды в целях раннего (своевременного) выявления патологических состояний, заболеваний и факторов риска их развития, а также в целях формирования групп состояния здоровья и выработки рекомендаций для несовершеннолетних.', sched('в установленные возрастные периоды в целях раннего (своевременного) выявления патологических состояний, заболеваний и факторов риска их развития, а также в целях формирования групп состояния здоровья и выработки рекомендаций для несовершеннолетних'));
      for (const period of FIXED_PERIODS) {
        addAs(`в ${period}`, sched(period));
        addAs(`В ${period}`, sched(period));
        for (const lead of FIXED_LEADS) {
          addAs(`${lead} в ${period}`, sched(`в ${period}`));
          addAs(`${lead} в ${period}.`, sched(`в ${period}`));
        }
      }
    });
    section('the fixed period: pins', () => FIXED_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«соответственно / согласно решению …» is an event', () => {
      addAs('Соответственно решению территориальных органов', ev('решению'));
      for (const prep of DECISION_PREPS)
        for (const who of DECIDERS) {
          addAs(`${prep} решению ${who}`, ev('решению'));
          addAs(`${prep} решению ${who}.`, ev('решению'));
          addAs(`Прививки проводятся ${prep.toLowerCase()} решению ${who}`, ev('решению'));
        }
    });
    section('the decision: pins', () => DECISION_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a weekday\'s abbreviation before a date with slashes is that date', () => {
      addAs('вт, 22/09/2020 - 11:41', on('2020-09-22'));
      for (const day of WEEKDAYS)
        for (const [date, iso] of SLASH_DATES)
          for (const tail of SLASH_TAILS)
            for (const sep of [', ', ' ']) addAs(`${day}${sep}${date}${tail}`, on(iso));
    });
    section('the slashed date: pins', () => SLASH_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a joint act\'s second number before «от <дата>» leaves the date the act\'s label', () => {
      addAs('Приказ Минздрава РФ N 186, Минобразования РФ N 272 от 30.06.92 «О совершенствовании системы медицинского обеспечения в  ДОУ»', unread);
      for (const first of JOINT_FIRST)
        for (const second of JOINT_SECOND)
          for (const date of JOINT_DATES)
            for (const title of JOINT_TITLES) addAs(`${first}, ${second} ${date}${title}`, unread);
    });
    section('a sanitary rule\'s code before «от <дата>» leaves the date the rule\'s label', () => {
      addAs('СП 3.1.2.3114-13 от 16.05.2014г.', unread);
      for (const code of CODES)
        for (const date of CODE_DATES) {
          addAs(`${code} ${date}`, unread);
          addAs(`${code} ${date} «Профилактика туберкулеза»`, unread);
        }
    });
    section('a registry number after a date with no «от» leaves the date the document\'s label', () => {
      addAs('ПРОФИЛАКТИКА ОСТРЫХ РЕСПИРАТОРНЫХ ВИРУСНЫХ ИНФЕКЦИЙ (МЕТОДИЧЕСКИЕ РЕКОМЕНДАЦИИ) 12 июня 1980 г. N 08-14/4-14', unread);
      for (const lead of REGISTRY_LEADS)
        for (const date of REGISTRY_DATES)
          for (const number of REGISTRY_NUMBERS) addAs(`${lead}${date} ${number}`, unread);
    });
    section('the act\'s labels: pins', () => ACT_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 168: a span «от начала <события>»; «до момента, когда / пока …»; «в установленные периоды»; «соответственно / согласно решению …»; a weekday before a date with slashes; a joint act\'s, a sanitary rule\'s and a registry number\'s date',
  // a template's written variants may coincide («10 дней …» capitalised is itself; «Согласно …» and «согласно …» inside a sentence): each text once
  rows: () => {
    const seen = new Set<string>();
    return sections().flatMap(([, rows]) => rows).filter(([text]) => !seen.has(text) && (seen.add(text), true));
  },
};

