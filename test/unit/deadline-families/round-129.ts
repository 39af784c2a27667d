/**
 * Round 129 (corpus-real-117: public discussion and rule-making of education bodies — drafts put up for обсуждение, независимая
 * антикоррупционная экспертиза, публичные консультации of ОРВ, учёт мнения of councils, the entry into force of acts and their
 * editions). Two classes the set's first run missed, as regulations, answers and instructions on office work write them:
 * - «с даты <события>» — «с даты создания Совета родителей», «вступает в силу с даты его подписания / официального опубликования»,
 *   «применяется с даты утверждения» — is the moment a rule runs from, an `event` like «со дня <события>» (round 26) and «с момента
 *   <события>»; it was `unparsed` (only a span before it, «в течение 3 дней с даты …», was read).
 * - an example word — «например», «к примеру», «напр.» — with its comma or colon between an act's noun and a date with the act's number
 *   («… порядкового номера приказа, например: 15 июня 2010 г. N 44.») is that act's example date, a label like round 44's act's date
 *   right after its noun; it was `on` that day (the punctuation hid the noun).
 * Pins: «с даты» before a date, before «, указанной в договоре», before «начала учебного года», a span before «с даты», and a day
 * written after «с даты его подписания» read as before; «со дня» and «с момента» as before; an example date with no number after it,
 * a protocol's date (the day of its meeting) and an example with no act's noun keep their day.
 * The first template of each class is the set's real row (its source in corpus-real-117.tsv).
 */
import { ev, on, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** the event «с даты» names, and a word its reason must contain */
const EVENTS: Array<[string, string]> = [
  ['создания Совета родителей', 'создания'],
  ['его подписания', 'подписания'],
  ['его официального опубликования', 'опубликования'],
  ['официального опубликования', 'опубликования'],
  ['её утверждения', 'утверждения'],
  ['утверждения приказом директора', 'утверждения'],
  ['издания приказа', 'издания'],
  ['регистрации заявления', 'регистрации'],
  ['получения уведомления', 'получения'],
  ['принятия решения', 'принятия'],
];
/** what runs from the event, before «с даты» */
const BEFORE = [
  'Настоящий приказ вступает в силу',
  'Постановление вступает в силу',
  'Положение вступает в силу',
  'Изменения применяются',
  'Порядок действует',
  'Проект размещается на официальном сайте',
];
/** what runs from the event, after «С даты <события>» opening the sentence */
const AFTER = [
  'все документы школы, принятые без учета мнения Совета родителей, могут быть признаны недействующими',
  'начинается проведение публичных консультаций',
  'прием заключений по результатам независимой антикоррупционной экспертизы открыт',
  'положение применяется ко всем обучающимся',
];

const FROM_PINS: Row[] = [
  // a date after «с даты», a document, a period's start: as before
  ['с даты 01.09.2021', on('2021-09-01')],
  ['действует с даты, указанной в договоре', sched('указанной в договоре')],
  ['с даты начала учебного года', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  // a span before «с даты» was read already
  ['в течение 3 дней с даты получения заявления', ev('получения')],
  ['не позднее 10 рабочих дней с даты регистрации обращения', ev('регистрации')],
  // a day written after the event is its day (round 31)
  ['Приказ вступает в силу с даты его подписания, 27 июня 2022 года.', on('2022-06-27')],
  // «со дня» and «с момента»: as before
  ['Постановление вступает в силу со дня его официального опубликования', ev('опубликования')],
  ['Положение действует с момента утверждения', ev('утверждения')],
];

/** what the number is of, before the act's noun */
const LEADS = ['номер состоит из знака "N" и порядкового номера', 'реквизиты', 'дата и номер'];
const ACTS = ['приказа', 'распоряжения', 'постановления', 'письма', 'решения'];
/** an example word with its punctuation */
const EXAMPLE = ['например:', 'например,', 'к примеру:', 'напр.'];
/** an act's date and its number */
const DATED: string[] = ['15 июня 2010 г. N 44', '01.09.2021 № 123', '5 марта 2019 года № 01-12/345'];

const EXAMPLE_PINS: Row[] = [
  // no number after the date: it keeps its day (round 44 wants the number)
  ['номер приказа, например: 15 июня 2010 г.', on('2010-06-15')],
  // a protocol's date is the day of its meeting
  ['протокол, например: 15 июня 2010 г. № 4', on('2010-06-15')],
  // no act's noun before the example word
  ['Совещание, например, 15 июня 2021 г.', on('2021-06-15')],
  ['например: 15 июня 2010 г. N 44.', on('2010-06-15')],
  // the act's date right after its noun, as before (round 44)
  ['Приказ 15 июня 2010 г. N 44.', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«с даты <события>» is the moment a rule runs from, like «со дня <события>»', () => {
      addAs(
        'С даты создания Совета Родителей и уведомления школы о таком создании все документы школы, принятые без учета мнения Совета родителей, могут быть признаны недействующими (часть 4 статья 30 Федерального Закона от 29.12.2012 года №273-ФЗ «Об образовании в РФ»',
        ev('создания'),
      );
      for (const [event, names] of EVENTS) {
        for (const before of BEFORE) add(`${before} с даты ${event}`, ev(names));
        for (const after of AFTER) add(`с даты ${event} ${after}`, ev(names));
      }
    });
    section('«с даты»: pins', () => FROM_PINS.forEach(([t, e]) => add(t, e)));
    section('an example word between an act\'s noun and its date with the number is the act\'s example date, a label', () => {
      addAs('Дата оформляется словесно-цифровым способом; номер состоит из знака "N" и порядкового номера приказа, например: 15 июня 2010 г. N 44.', unread);
      for (const lead of LEADS)
        for (const act of ACTS)
          for (const example of EXAMPLE)
            for (const dated of DATED) add(`${lead} ${act}, ${example} ${dated}`, unread);
    });
    section('example words: pins', () => EXAMPLE_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 129: «с даты <события>» is the moment a rule runs from, an event; an example word («например:») between an act\'s noun and its date with the number is the act\'s label',
  rows: () => sections().flatMap(([, rows]) => rows),
};
