/**
 * Round 160 (corpus-real-149: pupils' olympiads — всероссийская олимпиада школьников, its stages and «Сириус» tours, other olympiads and
 * contests of education offices, programmes of work with gifted children). Four classes the set's first run missed, as olympiad pages,
 * regulations and approval lines write them:
 * - a clock time of the day of an event's start or end — «до / с / к / в / после <час> дня начала <события>», «… дня окончания /
 *   проведения <события>» — is the hour of that event's day, an event like «в день начала …» (it was `unparsed`).
 * - a bracket of five or six words between «Сроки / Даты …» and the verb of setting them is part of the subject, as one of up to four
 *   words was (round 88): «Сроки проведения регионального этапа (единые для всех регионов страны) утверждены приказом …» is a schedule (it
 *   was `unparsed`).
 * - an issued act's number left blank before its date — «приказ № от 25.08.2014 года» — leaves the date the act's label, as with a
 *   number (it was `on` that day).
 * - a full date after «редакция / ред. от» is the date of a text's edition, a label: «Редакция от 17.11.2016 — Действует с 18.12.2016»
 *   is open-ended from 12-18 (it was the range 2016-11-17..2016-12-18).
 * Pins: a date written with the clock's event wins; «в день начала …», «до начала …», a protocol's blank number, an act's number, a
 * bracket of seven words, an edition's date alone and «от <date>» with no noun before it read as before.
 * The first template of each class is the set's real row (its source in corpus-real-149.tsv).
 */
import { ev, iso, on, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the prepositions before the clock */
const CLOCK_PREPS = ['до', 'с', 'к', 'в', 'после'];
/** the clocks pages write */
const CLOCKS = ['08:00', '8.30', '18:00', '9:00', '23.59', '12:00'];
/** the day's event: its words after «дня», and the word the reason must name */
const EVENT_DAYS: Array<[string, string]> = [
  ['начала тура', 'тура'],
  ['окончания тура', 'тура'],
  ['проведения олимпиады', 'олимпиады'],
  ['начала регистрации', 'регистрации'],
  ['окончания приема заявлений', 'заявлений'],
  ['завершения соревновательного тура', 'тура'],
  ['начала олимпиады', 'олимпиады'],
];
/** what opens the sentence and what may follow the phrase */
const CLOCK_LEADS = ['', 'Зарегистрироваться можно ', 'Работы принимаются ', 'Задания доступны '];
const CLOCK_TAILS = ['', ' (по московскому времени)', ' по местному времени'];

const CLOCK_PINS: Row[] = [
  // a date written with the event's clock wins, as after any event phrase
  ['15 мая до 18:00 дня окончания приема заявлений', on('2021-05-15')],
  ['в 2 часа дня 15 мая', on('2021-05-15')],
  // the event's day and the event's start without a clock read so already
  ['в день начала тура', ev('тура')],
  ['до начала тура', ev('тура')],
];

/** the subjects of «сроки … утверждены …» and the bracketed notes of five or six words inside them */
const SUBJECTS = ['Сроки проведения регионального этапа', 'сроки проведения муниципального этапа олимпиады', 'Даты проведения олимпиады', 'Сроки подачи апелляций'];
const BRACKETS = ['(единые для всех регионов страны)', '(единые для всех школ нашего района)', '(по каждому из общеобразовательных предметов отдельно)', '(для всех участников и их родителей)'];
/** the verbs of setting and who sets */
const SETTERS = ['утверждены приказом МОН РФ № 1304 от 01.12.2013', 'определяются приказом управления образования', 'устанавливаются организатором', 'утверждаются министерством образования'];

/** what a schedule's reason is: the text from its subject on, the leading number, capital and last stop dropped */
const reasonOf = (text: string): string => {
  const t = text.replace(/^\d+\.\s+/, '').replace(/[.;]$/, '');
  return t[0]!.toLowerCase() + t.slice(1);
};

const BRACKET_PINS: Row[] = [
  // a bracket of four words read so already (round 88)
  ['Сроки проведения олимпиады (единые для всех регионов) утверждены приказом МОН РФ', sched('сроки проведения олимпиады (единые для всех регионов) утверждены приказом МОН РФ')],
  // a bracket of seven words is no note of the subject: nothing read, as before
  ['Сроки проведения этапа (единые для всех регионов нашей большой страны) утверждены приказом МОН РФ.', unread],
];

/** the issued acts whose number is left blank */
const ACTS = ['приказ', 'Приказ', 'ПРИКАЗ', 'постановление', 'распоряжение', 'Утверждено приказом директора'];
/** the act's dates in figures and in words, with their year words, and the day each names */
const ACT_DATES: Array<[string, string]> = [
  ['25.08.2014 года', '2014-08-25'],
  ['01.09.2021 г.', '2021-09-01'],
  ['31.08.2020', '2020-08-31'],
  ['30 августа 2019 года', '2019-08-30'],
  ['1 сентября 2022 г.', '2022-09-01'],
];

const ACT_PINS: Row[] = [
  // a protocol's blank number leaves the meeting's day (round 40)
  ['Протокол № от 30.08.2021', on('2021-08-30')],
  ['протокол № от 25.08.2014 года', on('2014-08-25')],
  // an act's number, as before
  ['приказ № 5 от 25.08.2014 года', unread],
  // «от <date>» with no act before it stays the day
  ['от 25.08.2014 года', on('2014-08-25')],
];

/** the edition's lead words, and what the edition line may say after the date */
const EDITIONS = ['Редакция от', 'редакция от', 'в редакции от', '(в ред. от', 'Ред. от'];
const EDITION_DATES: Array<[string, string]> = [
  ['17.11.2016', '2016-11-17'],
  ['01.03.2020', '2020-03-01'],
  ['5 августа 2021 года', '2021-08-05'],
];
/** the start of force after the edition's date, and the day it names */
const IN_FORCE: Array<[string, number, number, number]> = [
  [' — Действует с 18.12.2016', 2016, 12, 18],
  [' - действует с 01.04.2020', 2020, 4, 1],
  [', вступает в силу с 1 сентября 2021 года', 2021, 9, 1],
];

const EDITION_PINS: Row[] = [
  // a date after «в редакции» without «от» and words of editing that are no edition read as before
  ['Действует с 18.12.2016', { kind: 'ongoing', start: '2016-12-18', due: '2021-12-31' }],
  ['редактирование от 17.11.2016', on('2016-11-17')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a clock time of the day of an event\'s start or end is that event\'s hour, an event', () => {
      addAs('Зарегистрироваться можно до 08:00 дня начала тура (по московскому времени), а также во время тура с 11:00 дня начала тура до 18:00 дня окончания тура.', ev('тура'));
      for (const prep of CLOCK_PREPS)
        for (const clock of CLOCKS)
          for (const [day, names] of EVENT_DAYS)
            for (const lead of CLOCK_LEADS)
              for (const tail of CLOCK_TAILS) add(`${lead}${prep} ${clock} дня ${day}${tail}`, ev(names));
    });
    section('the clock of an event\'s day: pins', () => CLOCK_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a bracket of five or six words in the subject of «сроки … утверждены / определяются …» is a schedule', () => {
      addAs('2. Сроки проведения регионального этапа (единые для всех регионов страны) утверждены приказом МОН РФ № 1304 от 01.12.2013 и не в компетенции московского оргкомитета изменять эти сроки.', sched('сроки проведения регионального этапа (единые для всех регионов страны) утверждены приказом МОН РФ № 1304 от 01.12.2013 и не в компетенции московского оргкомитета изменять эти сроки'));
      for (const subject of SUBJECTS)
        for (const bracket of BRACKETS)
          for (const setter of SETTERS) {
            const text = `${subject} ${bracket} ${setter}`;
            for (const variant of [text, `${text}.`, `${text};`, `2. ${text}.`]) addAs(variant, sched(reasonOf(variant)));
          }
    });
    section('the bracket in the subject: pins', () => BRACKET_PINS.forEach(([t, e]) => addAs(t, e)));
    section('an issued act\'s blank number before its date leaves the date the act\'s label', () => {
      addAs('приказ № от 25.08.2014 года', unread);
      for (const act of ACTS)
        for (const [date] of ACT_DATES)
          for (const text of [`${act} № от ${date}`, `${act} №  от ${date}`]) {
            addAs(text, unread);
            if (!text.endsWith('.')) addAs(`${text}.`, unread);
          }
    });
    section('the blank number: pins', () => ACT_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a date after «редакция / ред. от» is the edition\'s, a label', () => {
      addAs('Редакция от 17.11.2016 — Действует с 18.12.2016', { kind: 'ongoing', start: '2016-12-18', due: '2021-12-31' });
      for (const lead of EDITIONS)
        for (const [date] of EDITION_DATES) {
          const close = lead.startsWith('(') ? ')' : '';
          addAs(`${lead} ${date}${close}`, unread);
          for (const [after, y, m, d] of IN_FORCE) {
            const e: Expect = { kind: 'ongoing', start: iso(m, d, y), due: '2021-12-31' };
            addAs(`${lead} ${date}${close}${after}`, e);
          }
        }
    });
    section('the edition\'s date: pins', () => EDITION_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 160: a clock time of the day of an event\'s start or end; a bracket of five or six words in the subject of «сроки … утверждены»; an act\'s blank number before its date; the date of a text\'s edition',
  rows: () => sections().flatMap(([, rows]) => rows),
};
