/**
 * Round 177 (corpus-real-163: patriotic and civic education — «Юнармия» and the Пост № 1 почётный караул, school museums, «Вахта
 * памяти», «Бессмертный полк», days of military glory and memorable dates, the месячник оборонно-массовой работы, «Зарница», the
 * flag-raising ceremony). Four classes the set's first run missed, as city news, school pages and the ministry's flag standard write
 * them:
 * - a plural «годы / годов / годах» («в годы Великой Отечественной войны») names years of the past, never the current year that «в
 *   начале / до конца …» lets a bare «года» name: «5 декабря — день начала контрнаступления … в годы … войны» is that day (it was the
 *   window 12-05..2022-01-31, «начала … годы» read as «начала года»).
 * - the end of the school or working week — «в конце / по окончании / после окончания / после завершения / по завершении учебной |
 *   рабочей недели» — is in every week, as round 56's «в конце недели» (it was `event`, or `unparsed` for «в конце учебной недели»).
 * - «в течение следующего / будущего / предстоящего / очередного [календарного …] года» with no anchor after it is the year after the
 *   context's, as «в следующем году» (it was `unparsed`, a bare span, or open-ended over the context year).
 * - «следить / следите за [<прил>] расписанием | графиком | календарем» is a schedule: the times live in the timetable (it was
 *   `unparsed`).
 * Pins: «в начале года», «до конца года», a year in figures with «годов», «в конце недели», a named week's end, «по итогам учебной
 * недели», «в течение года», «в течение следующего года после …», «в течение следующего рабочего дня», «в следующем году», «следить за
 * порядком» and a date beside «следить за графиком» read as before.
 * The first template of each class is the set's real row (its source in corpus-real-163.tsv).
 */
import { MONTHS_GEN, bareSpan, by, ev, iso, on, ongoing, range, rec, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** days of a month and the nouns of what began on them */
const DAYS = [5, 9, 12, 23, 27];
const BEGAN = ['контрнаступления советских войск под Москвой', 'наступления', 'Сталинградской битвы', 'обороны Севастополя', 'прорыва блокады'];
/** the plural years of the past after them */
const PAST_YEARS = ['в годы Великой Отечественной войны', 'в годы войны', 'в военные годы', 'в годы Второй мировой войны'];
/** how the day and its note are joined */
const JOINS = [' — день начала ', ' – день начала ', ', день начала '];

const YEARS_PINS: Row[] = [
  // a bare «года» after «в начале / до конца …» is still the current year
  ['в начале года', range('2021-01-01', '2021-01-31')],
  ['до конца года', by('2021-12-31')],
  ['в конце 2021 года', range('2021-12-01', '2021-12-31')],
  ['в начале 2021 года', range('2021-01-01', '2021-01-31')],
  // «в годы» alone names no time, as before
  ['в годы Великой Отечественной войны', unread],
];

/** the words of the week's end: the preposition and the noun of the end */
const WEEK_ENDS = ['в конце', 'по окончании', 'после окончания', 'после завершения', 'по завершении'];
const WEEK_KINDS = ['учебной', 'рабочей'];
/** what opens the sentence and what may follow the phrase */
const WEEK_LEADS = ['', 'Церемония спуска флага проводится ', 'А ', 'Линейка проходит '];
const WEEK_TAILS = ['', ', после последнего занятия', ', после последнего урока'];

const WEEK_PINS: Row[] = [
  // round 56's week with no adjective
  ['в конце недели', rec('week')],
  ['в конце каждой учебной недели', rec('week')],
  // a named week's end and the results of a week stay events
  ['по окончании недели профориентации', ev('недели')],
  ['по итогам учебной недели', ev('недели')],
  ['после окончания четверти', ev('четверти')],
];

/** the adjectives of a next year in the genitive and the kinds of year between them and «года» */
const NEXT_ADJ = ['следующего', 'будущего', 'предстоящего', 'очередного'];
const YEAR_KINDS = ['', 'календарного ', 'финансового '];
/** what may open or close the sentence */
const YEAR_LEADS = ['', 'Работа продолжится ', 'Юнармейцы будут нести вахту '];
const YEAR_TAILS = ['', ' им предстоит нести службу у мемориала', ', посвященного памяти павших'];

const NEXT_YEAR = range('2022-01-01', '2022-12-31');
const YEAR_PINS: Row[] = [
  // an anchor after «года» still counts from its event
  ['в течение следующего года после выпуска', ev('выпуска')],
  ['в течение следующего года со дня подачи заявления', ev('заявления')],
  ['в течение следующего года с момента окончания школы', ev('школы')],
  // the year and a working day, as before
  ['в течение года', ongoing],
  ['в течение следующего рабочего дня', bareSpan],
  ['в следующем году', NEXT_YEAR],
];

/** the verbs of following, the adjectives and documents, what follows */
const FOLLOW = ['Следить', 'следить', 'Следите', 'следите'];
const FOLLOW_ADJ = ['', 'актуальным ', 'обновленным '];
const TIMETABLES = ['расписанием', 'графиком', 'календарем'];
const FOLLOW_TAILS = ['', ' тренировок можно на сайте Поста № 1', ' занятий можно на сайте школы', ' в группе объединения'];

/** what a schedule's reason is: the text from the verb on, its capital and last stop dropped */
const reasonOf = (text: string): string => {
  const t = text.replace(/[.;!]$/, '');
  return t[0]!.toLowerCase() + t.slice(1);
};

const FOLLOW_PINS: Row[] = [
  // following anything else is no time
  ['следить за порядком', unread],
  ['Следите за новостями', unread],
  // a date beside the timetable wins, as before
  ['Следить за графиком работы кружков можно на сайте школы, занятия с 1 сентября', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a plural «годы» after «начала …» is no current year: the day written stays', () => {
      addAs('Час мужества приурочен к празднованию дня Воинской Славы России 5 декабря — день начала контрнаступления советских войск под Москвой в годы Великой Отечественной войны.', on('2021-12-05'));
      for (const d of DAYS)
        for (const [m, month] of [[12, MONTHS_GEN[11]!], [1, MONTHS_GEN[0]!], [7, MONTHS_GEN[6]!]] as Array<[number, string]>)
          for (const began of BEGAN)
            for (const years of PAST_YEARS)
              for (const join of JOINS) add(`${d} ${month}${join}${began} ${years}`, on(iso(m, d)));
    });
    section('the plural years: pins', () => YEARS_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the end of the school or working week is in every week', () => {
      addAs('А после завершения учебной недели, после последнего занятия, будет проходить церемония спуска флага.', rec('week'));
      for (const end of WEEK_ENDS)
        for (const kind of WEEK_KINDS)
          for (const lead of WEEK_LEADS)
            for (const tail of WEEK_TAILS) {
              const text = `${lead}${end} ${kind} недели${tail}`;
              if (lead === '') add(text, rec('week'));
              else for (const t of [text, `${text}.`]) addAs(t, rec('week'));
            }
    });
    section('the week\'s end: pins', () => WEEK_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«в течение следующего года» with no anchor is the year after the context\'s', () => {
      addAs('В течение следующего года им предстоит нести службу у мемориала, посвященного памяти кузбассовцев, павших за Родину в годы Великой Отечественной войны 1941-1945 годов.', NEXT_YEAR);
      for (const adj of NEXT_ADJ)
        for (const kind of YEAR_KINDS)
          for (const lead of YEAR_LEADS)
            for (const tail of YEAR_TAILS) {
              const text = `${lead}в течение ${adj} ${kind}года${tail}`;
              if (lead === '') add(text, NEXT_YEAR);
              else for (const t of [text, `${text}.`]) addAs(t, NEXT_YEAR);
            }
    });
    section('the next year: pins', () => YEAR_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«следить за расписанием / графиком» is a schedule', () => {
      addAs('Следить за расписанием тренировок можно на сайте Поста № 1.', sched('следить за расписанием тренировок можно на сайте Поста № 1'));
      for (const verb of FOLLOW)
        for (const adj of FOLLOW_ADJ)
          for (const doc of TIMETABLES)
            for (const tail of FOLLOW_TAILS) {
              const text = `${verb} за ${adj}${doc}${tail}`;
              for (const t of [text, `${text}.`]) addAs(t, sched(reasonOf(t)));
            }
    });
    section('the timetable to follow: pins', () => FOLLOW_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 177: a plural «годы» is no current year; the end of the school or working week is weekly; «в течение следующего года» is the next year; «следить за расписанием» is a schedule',
  rows: () => sections().flatMap(([, rows]) => rows),
};
