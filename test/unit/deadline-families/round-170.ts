/**
 * Round 170 (corpus-real-158: schools' upbringing work — calendar plans of upbringing, «Разговоры о важном», class hours and
 * all-Russian lessons, school traditions, the class teacher's duties). Four classes the set's first run missed, as school news, camp
 * news, approval lines and regional news write them:
 * - an ordinal week of a month with an adjective of lessons, school or work before «неделя» — «Первая учебная неделя октября …», «во
 *   вторую рабочую неделю марта», «в течение первой школьной недели сентября» — is that week of the month (it was the whole month).
 * - a session of a children's camp after «в рамках / в ходе / в период / во время» — «В рамках смены для детей каждый день …» — is the
 *   session's time, an event like a themed week (it was `ongoing`, «каждый день» read as daily work).
 * - the place and the time listed with a comma, then a verb of setting — «Место, время и формы проведения … определяются …» — say who
 *   sets the time, a schedule like «место и время …» (it was `event`, «по согласованию с …» after it).
 * - «пр» / «прик», the abbreviations of «приказ», before an act's number make its date the act's label: «Приложение к пр№ 370 от
 *   30.08.2019 г» (it was `on` that day).
 * Pins: a week without the adjective, a count of working weeks, a weekday of a month, a date with the camp session, daily work with no
 * session, the place alone, «место и время …», a number sign with no act, a protocol's «№ N от <date>», «от <date> протокол № N» and «от <date>» alone
 * read as before. The first template of each class is the set's real row (its source in corpus-real-158.tsv).
 */
import { ev, iso, lastDay, MONTHS_GEN, on, range, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the ordinals of the weeks in each case, with the adjectives and the noun in the same case, and the lead that takes the case */
const WEEK_CASES: Array<{ lead: string; ordinals: string[]; adjectives: string[]; noun: string }> = [
  { lead: '', ordinals: ['первая', 'вторая', 'третья', 'четвертая'], adjectives: ['учебная', 'школьная', 'рабочая'], noun: 'неделя' },
  { lead: 'в ', ordinals: ['первую', 'вторую', 'третью', 'четвертую'], adjectives: ['учебную', 'школьную', 'рабочую'], noun: 'неделю' },
  { lead: 'на ', ordinals: ['первой', 'второй', 'третьей', 'четвертой'], adjectives: ['учебной', 'школьной', 'рабочей'], noun: 'неделе' },
  { lead: 'в течение ', ordinals: ['первой', 'второй', 'третьей', 'четвертой'], adjectives: ['учебной', 'школьной', 'рабочей'], noun: 'недели' },
];
/** what may follow the week in a plan's cell or a school's news */
const WEEK_TAILS = ['', ' в школе началась с торжественной линейки', ' (по плану школы)'];

/** the week's window: week n of month m is days 7(n-1)+1 .. 7n */
const weekOf = (n: number, m: number): Expect => range(iso(m, 7 * (n - 1) + 1), iso(m, Math.min(7 * n, lastDay(m))));

const WEEK_PINS: Row[] = [
  // a week without the adjective reads so already
  ['Первая неделя октября', range('2021-10-01', '2021-10-07')],
  // a count of working weeks stays the month (the noun is plural)
  ['2 рабочие недели марта', range('2021-03-01', '2021-03-31')],
  // a weekday of a month after «рабочую» reads as before
  ['во вторую рабочую среду марта', on('2021-03-10')],
  // the school's quarter is no week
  ['первая учебная четверть', range('2021-09-01', '2021-10-31')],
];

/** the leads of a camp session, its adjectives and what the sentence says after it */
const SESSION_LEADS = ['в рамках', 'в ходе', 'в период', 'во время'];
const SESSION_ADJECTIVES = ['', 'летней ', 'профильной ', 'лагерной ', 'оздоровительной '];
const SESSION_TAILS = [' для детей каждый день предусмотрены различные активности по возрасту', ' ежедневно проходит утренняя зарядка', ' проводятся отрядные дела', ''];

const SESSION_PINS: Row[] = [
  // a date written with the session wins, as with any themed period
  ['27 мая в рамках смены пройдет конкурс', on('2021-05-27')],
  // daily work with no session is open-ended as before
  ['Каждый день предусмотрены различные активности', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['ежедневно', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // «сменной обуви» is no session
  ['в период сменной обуви', unread],
  // a weekly repeat in a themed week stays the week's event
  ['В рамках месячника каждый день проводятся беседы', ev('месячника')],
];

/** what is set with the place and the time, whose events, the verbs of setting, who sets, and what may follow */
const SET_WITH = ['и формы', 'и порядок', ''];
const SET_WHAT = ['праздничных мероприятий', 'линеек', 'классных часов', 'торжественных мероприятий, посвященных Дню знаний,'];
const SET_VERBS = ['определяются', 'устанавливаются', 'утверждаются'];
const SET_WHO = ['образовательными организациями самостоятельно', 'школой', 'приказом директора'];
const SET_TAILS = ['', ' по согласованию с местными органами власти', ' по согласованию с родителями'];

/** a schedule's reason: the text lower-cased at its first letter, its spaces single, its last stop dropped */
const reasonOf = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').replace(/[.;]$/, '');
  return t[0]!.toLowerCase() + t.slice(1);
};

const SET_PINS: Row[] = [
  // the place alone sets no time (round 128)
  ['Место проведения определяется школой', unread],
  // «место и время» read so already, on the same line now
  ['Место и время проведения определяет школа', sched('место и время проведения определяет школа')],
];

/** the abbreviations of «приказ» before the number sign, the leads of approval lines, the numbers and the act's dates */
const ABBREVIATIONS = ['пр№', 'пр №', 'пр.№', 'пр. №', 'прик. №', 'прик №'];
const ABBR_LEADS = ['Приложение к', 'Приложение № 2 к', 'Утверждено', 'утверждено'];
const ACT_NUMBERS = ['370', '12-од', '45/1'];
const ACT_DATES = ['30.08.2019 г', '01.09.2021', '31 августа 2020 года', '28.08.2023г.'];

const ACT_PINS: Row[] = [
  // a number sign with no act before it leaves the date as before
  ['Приложение к № 370 от 30.08.2019 г', on('2019-08-30')],
  // a protocol's «№ N от <date>» is the meeting's day (round 40)
  ['Протокол № 1 от 31 августа 2022 года', on('2022-08-31')],
  // «от <date>» alone stays the day, and a protocol's noun and number after it leave the meeting's day (round 40)
  ['от 31 августа 2022 года', on('2022-08-31')],
  ['От 31 августа 2022 года протокол № 1', on('2022-08-31')],
  ['Согласно на заседании родительского комитета от 02.06.2021г. протокол № 4', on('2021-06-02')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an ordinal week of a month with «учебная / школьная / рабочая» is that week', () => {
      addAs('Первая учебная неделя октября в школе началась с торжественной церемонии выноса флагов Российской Федерации и Чувашской Республики и исполнения гимнов России и Чувашии.', range('2021-10-01', '2021-10-07'));
      for (const { lead, ordinals, adjectives, noun } of WEEK_CASES)
        ordinals.forEach((ordinal, n) => {
          for (const adjective of adjectives)
            MONTHS_GEN.forEach((month, m) => {
              for (const tail of WEEK_TAILS) {
                const text = `${lead}${ordinal} ${adjective} ${noun} ${month}${tail}`;
                if (lead === '') add(text, weekOf(n + 1, m + 1));
                else addAs(text, weekOf(n + 1, m + 1));
              }
            });
        });
    });
    section('the week with an adjective: pins', () => WEEK_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a camp session after «в рамках / в ходе / в период / во время» is an event', () => {
      addAs('В рамках смены для детей каждый день предусмотрены различные активности по возрасту.', ev('смены'));
      for (const lead of SESSION_LEADS)
        for (const adjective of SESSION_ADJECTIVES)
          for (const tail of SESSION_TAILS) add(`${lead} ${adjective}смены${tail}`, ev('смены'));
    });
    section('the camp session: pins', () => SESSION_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«Место, время … определяются …» is a schedule', () => {
      const real = 'Место, время и формы проведения праздничных мероприятий определяются  образовательными организациями самостоятельно по согласованию с местными органами власти.';
      addAs(real, sched(reasonOf(real)));
      for (const withWhat of SET_WITH)
        for (const what of SET_WHAT)
          for (const verb of SET_VERBS)
            for (const who of SET_WHO)
              for (const tail of SET_TAILS) {
                const text = `Место, время ${withWhat ? `${withWhat} ` : ''}проведения ${what} ${verb} ${who}${tail}`;
                for (const variant of [text, `${text}.`]) addAs(variant, sched(reasonOf(variant)));
              }
    });
    section('the place and the time: pins', () => SET_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«пр» / «прик» before an act\'s number make its date the act\'s label', () => {
      addAs('Приложение к пр№ 370 от 30.08.2019 г', unread);
      for (const lead of ABBR_LEADS)
        for (const abbreviation of ABBREVIATIONS)
          for (const number of ACT_NUMBERS)
            for (const date of ACT_DATES) addAs(`${lead} ${abbreviation} ${number} от ${date}`, unread);
    });
    section('the act\'s labels: pins', () => ACT_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 170: an ordinal «учебная / школьная / рабочая неделя» of a month; a camp session after «в рамках / в ходе …»; «Место, время … определяются …»; «пр» / «прик» before an act\'s number',
  rows: () => sections().flatMap(([, rows]) => rows),
};
