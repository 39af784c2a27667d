/**
 * Round 143 (corpus-real-131: the rules and news of children's creative contests — drawings, essays, photographs, crafts, readers — of
 * education offices, centres of supplementary education, libraries and museums). Four classes the set's first run missed, as contests'
 * rules and news write them:
 * - the last or final day of taking or handing in — «последний / крайний день» before «приёма» or a verbal noun («сдачи», «подачи»,
 *   «регистрации», «голосования») — names the deadline, a `by` like «крайний срок» (it was `on`).
 * - the place and the time named together after «о / об» with a verb of making known in the future («О месте и времени … сообщат /
 *   сообщит / объявят …»), and the dates with the impersonal «будет объявлено / сообщено» («О датах … будет объявлено …»), are a time
 *   made known later, a `schedule` like round 91's «О дате … сообщат позже» (they were `unparsed`).
 * - single figures joined by dots before «степени» / «места» («Дипломами 1.2.3 степени») are the prizes' degrees or places, a label;
 *   the date after them is read (it was `unparsed`, «непонятное число «1.2»»).
 * - «индивидуально» after a verb of taking place inside a sentence («награждение … пройдёт индивидуально») is set for each person, a
 *   `schedule` like «индивидуально» alone (round 19; it was `unparsed`).
 * Pins: «последний день октября / четверти», «последний день занятий …» and «первый день приёма …» read as before, and two days stay a
 * list; «О месте проведения …» (no time) and the past «О датах … объявили …» stay unread, a date written with the time made known later
 * wins; «1.2.3 этап» keeps its reading; «индивидуально, по запросу» stays the event and a date written with «индивидуально» wins.
 * The first template of each class is the set's real row (its source in corpus-real-131.tsv).
 */
import { by, ev, on, rec, sched, sectionsOf, unread, variants, type Family, type Row } from './kit';

/** the words of the last day, and what is taken or handed in on it */
const LAST = ['последний', 'крайний'];
const INTAKES = [
  'приёма работ',
  'приема заявок',
  'приёма рисунков на конкурс',
  'сдачи работ',
  'подачи заявок',
  'регистрации участников',
  'представления конкурсных материалов',
  'предоставления документов',
  'направления работ',
  'голосования',
];
/** between the name and its day */
const JOINS = [': ', ' – ', ' — ', ' ', ' - '];
/** the day, and its due date */
const LAST_DAYS: Array<[string, string]> = [
  ['24 октября 2021 года', '2021-10-24'],
  ['10 декабря', '2021-12-10'],
  ['СТРОГО 10 ДЕКАБРЯ', '2021-12-10'],
  ['15.03.2021', '2021-03-15'],
  ['20 марта включительно', '2021-03-20'],
];
const LAST_PINS: Row[] = [
  // a day of a month or a quarter named so, and a day of no intake, read as before
  ['Последний день октября стал стартом проекта', on('2021-10-31')],
  ['в последний день четверти', rec('quarter')],
  ['последний день занятий 25 мая', on('2021-05-25')],
  // the first day of an intake is the day it opens
  ['первый день приёма работ 1 марта', on('2021-03-01')],
  // two days stay a list
  ['Последний день приёма работ — 20 марта, итоги — 25 марта', on('2021-03-25', '2021-03-20')],
];

/** the place and the time, or the dates, after «о / об» */
const WHAT_WHEN = ['месте и времени', 'месте и дате', 'месте и сроках', 'месте и датах'];
const OF_WHAT = ['проведения финала', 'награждения победителей', 'проведения заключительного этапа и награждения победителей', 'выставки работ', 'торжественной церемонии'];
/** who makes it known, in the future */
const MADE_KNOWN = ['сообщат дополнительно', 'сообщим позже', 'оргкомитет сообщит дополнительно', 'объявят позднее', 'организаторы известят участников', 'будет сообщено дополнительно', 'будет объявлено дополнительно'];
/** the dates with the impersonal «будет объявлено / сообщено» */
const DATES = ['датах', 'дате', 'сроках', 'времени'];
const IMPERSONAL = ['будет объявлено дополнительно', 'будет объявлено позднее', 'будет сообщено дополнительно'];
const KNOWN_PINS: Row[] = [
  // the place alone names no time; what is past is reported
  ['О месте проведения сообщат дополнительно', unread],
  ['О датах конкурса объявили в министерстве', unread],
  // a date written with it wins
  ['О месте и времени награждения сообщат дополнительно, не позднее 20 мая', by('2021-05-20')],
  // round 91's line reads as before
  ['О сроках проведения будет сообщено дополнительно', sched('о сроках проведения будет сообщено дополнительно')],
];

/** what the prizes are, before the degrees or places, and the day after them */
const PRIZE_LEADS = ['Победители и призеры конкурса будут награждены Дипломами', 'Победители награждаются дипломами', 'Вручение дипломов', 'Участникам, занявшим'];
const DEGREES = ['1.2.3', '1.2', '2.3', '1.2.3.4'];
const DEGREE_NOUNS = ['степени', 'степеней', 'места', 'место'];
const PRIZE_DAYS: Array<[string, string]> = [
  ['на мероприятии 11 апреля в Центральной библиотеке', '2021-04-11'],
  ['11.04.2021', '2021-04-11'],
  ['до 25 мая', '2021-05-25'],
];
const DEGREE_PINS: Row[] = [
  // figures before any other word keep their reading
  ['1.2.3 этап 11 апреля', { kind: 'unparsed', reason: /непонятное число «1\.2»/ }],
  // a date with its year before «места» stays a date
  ['до 1.2.2021 места', by('2021-02-01')],
  // commas read as before
  ['Дипломами 1, 2, 3 степени 11 апреля', on('2021-04-11')],
];

/** what takes place, and its verb */
const WHO = ['награждение победителей', 'Вручение дипломов', 'Консультации', 'Собеседование', 'Защита работ', 'Отработка пропущенных занятий'];
const TAKES_PLACE = ['пройдёт', 'пройдут', 'проходит', 'проходят', 'проводится', 'проводятся', 'будет проходить', 'будут проводиться', 'состоится', 'осуществляется', 'организуется'];
const INDIVIDUAL_PINS: Row[] = [
  // the event after «индивидуально» at the start wins, a date written with it wins
  ['индивидуально, по запросу', ev('по запросу')],
  ['Консультации проводятся индивидуально 15 мая', on('2021-05-15')],
  // alone, as round 19 read it
  ['индивидуально', sched('индивидуально')],
];

/** The reason a schedule keeps: the text from where its phrase starts, without the closing dot or semicolon, its first letter low. */
function reasonFrom(text: string, from: number): string {
  const t = text.slice(from).replace(/[.;]$/, '');
  return t[0]!.toLowerCase() + t.slice(1);
}

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the last day of taking or handing in («последний день приёма / сдачи …») is the deadline, a by', () => {
      addAs('Последний день сдачи работ: 24 октября 2021 года.', by('2021-10-24'));
      addAs('- последний день приёма игрушек СТРОГО 10 ДЕКАБРЯ;', by('2021-12-10'));
      for (const last of LAST)
        for (const intake of INTAKES)
          for (const join of JOINS)
            for (const [day, due] of LAST_DAYS) {
              add(`${last} день ${intake}${join}${day}`, by(due));
              if (join === ' – ' && !day.startsWith('СТРОГО')) add(`${day} – ${last} день ${intake}`, by(due));
            }
    });
    section('the last day: pins', () => LAST_PINS.forEach(([t, e]) => add(t, e)));
    section('the place and the time, or the dates with «будет объявлено», made known later after «о / об», a schedule', () => {
      for (const text of [
        'О месте и времени проведения заключительного этапа и награждения победителей оргкомитет сообщит дополнительно.',
        'О датах выставки в филиале музея и награждении победителей будет объявлено дополнительно – сообщает администрация Орла.',
      ])
        addAs(text, sched(reasonFrom(text, 0)));
      const texts: string[] = [];
      for (const w of WHAT_WHEN) for (const of of OF_WHAT) for (const known of MADE_KNOWN) texts.push(`о ${w} ${of} ${known}`);
      for (const d of DATES) for (const of of OF_WHAT) for (const known of IMPERSONAL) texts.push(`о ${d} ${of} ${known}`);
      for (const t of texts) for (const v of variants(t)) addAs(v, sched(reasonFrom(v, 0)));
    });
    section('made known later: pins', () => KNOWN_PINS.forEach(([t, e]) => add(t, e)));
    section('figures joined by dots before «степени» / «места» are the prizes\' degrees, a label', () => {
      addAs('Победители и призеры конкурса будут награждены Дипломами 1.2.3 степени и памятными подарками на мероприятии 11 апреля в Центральной библиотеке.', on('2021-04-11'));
      for (const lead of PRIZE_LEADS)
        for (const n of DEGREES)
          for (const noun of DEGREE_NOUNS) for (const [day, due] of PRIZE_DAYS) add(`${lead} ${n} ${noun} ${day}`, day.startsWith('до') ? by(due) : on(due));
    });
    section('the prizes\' degrees: pins', () => DEGREE_PINS.forEach(([t, e]) => add(t, e)));
    section('«индивидуально» after a verb of taking place is set for each person, a schedule', () => {
      addAs('- награждение победителей пройдёт индивидуально.', sched('пройдёт индивидуально'));
      for (const who of WHO)
        for (const verb of TAKES_PLACE) {
          const text = `${who} ${verb} индивидуально`;
          for (const v of variants(text)) addAs(v, sched(reasonFrom(v, who.length + 1)));
          if (text.includes('ё')) continue;
          addAs(`- ${text};`, sched(`${verb} индивидуально`));
        }
    });
    section('«индивидуально»: pins', () => INDIVIDUAL_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 143: «последний день приёма / сдачи …» is the deadline; «о месте и времени … сообщат», «о датах … будет объявлено» are schedules; «1.2.3 степени» is a label; «пройдёт индивидуально» is a schedule',
  rows: () => sections().flatMap(([, rows]) => rows),
};
