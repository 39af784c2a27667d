/**
 * Round 183 (corpus-real-169, safety in schools): «по прибытии / по приезде …» waits for someone's arrival, an event like «по
 * возвращении …»; «до» before a possessive pronoun and a verbal noun («ещё до его проявления, …») is before that event, not «до <day>»
 * for a date later in the sentence; «Начало действия <документа> - <date>» is in force from that day on, open-ended like «Действует с».
 * Pins: a date written with «по прибытии» wins, a day or a month right after «до его проведения» (or after a dash, a colon or a comma
 * there) is still the deadline, «до ее начала …» with no date stays the event, the start of a school year or of taking applications
 * before a dash stays that day, a window «Начало действия … , окончание действия …» stays the window.
 */
import { ev, iso, lastDay, MONTHS_GEN, on, pad, range, by, unread, sectionsOf, type Expect, type Family } from './kit';

/** what arrives after «по прибытии / прибытию / приезде / приезду» */
const ARRIVALS = [
  'и проведению работ',
  'спецподразделения',
  'комиссии',
  'сотрудников полиции',
  'оперативных служб',
  'на место',
  'в лагерь',
  'к месту сбора',
  'пожарных расчётов',
];
const ARRIVAL_WORDS: Array<[string, string]> = [
  ['по прибытии', 'прибыти'],
  ['по прибытию', 'прибыти'],
  ['по приезде', 'приезд'],
  ['по приезду', 'приезд'],
];

/** a possessive pronoun and a verbal noun after «до» */
const PRONOUNS = ['его', 'её', 'ее', 'их'];
const VERBAL_NOUNS = ['проявления', 'проведения', 'окончания', 'начала', 'завершения', 'получения', 'открытия', 'возникновения'];

/** the noun whose force begins, after «Начало действия» */
const DOCUMENTS = ['', ' документа', ' приказа', ' положения', ' паспорта безопасности', ' плана'];
const SEPARATORS = [' - ', ' – ', ': ', ' — '];

const ongoingFrom = (start: string, due: string | null = '2021-12-31'): Expect => ({ kind: 'ongoing', start, due });

function sections(): Array<[string, import('./kit').Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«по прибытии / по приезде …»: an event, as «по возвращении …» is', () => {
      addAs('По прибытии и проведению работ', ev('прибыти'));
      for (const [words, names] of ARRIVAL_WORDS)
        for (const what of ARRIVALS) {
          add(`${words} ${what}`, ev(names));
          addAs(`Работу возобновить ${words} ${what}`, ev(names));
        }
    });
    section('«до <его / её / их> <verbal noun>» then a date later in the sentence: that date, not «до <date>»', () => {
      addAs(
        'С целью профилактических мер по предупреждению экстремистской деятельности, то есть борьбы с экстремизмом ещё до его проявления, ликвидации причин и условий возникновения экстремизма 21 ноября в школе проведены беседы с учащимися 7-11 классов.',
        on('2021-11-21'),
      );
      for (const pronoun of PRONOUNS)
        for (const noun of VERBAL_NOUNS)
          for (let m = 1; m <= 12; m++) {
            const d = Math.min(21, lastDay(m));
            addAs(`борьбы с экстремизмом ещё до ${pronoun} ${noun}, ликвидации его причин ${d} ${MONTHS_GEN[m - 1]} в школе проведены беседы`, on(iso(m, d)));
            addAs(`Ещё до ${pronoun} ${noun} в школе ${d} ${MONTHS_GEN[m - 1]} прошли беседы`, on(iso(m, d)));
          }
    });
    section('«Начало действия <документа> - <date>»: in force from that day on', () => {
      addAs('Начало действия документа - 15.10.2023.', ongoingFrom('2023-10-15', null));
      for (const doc of DOCUMENTS)
        for (const sep of SEPARATORS)
          for (let m = 1; m <= 12; m++) {
            addAs(`Начало действия${doc}${sep}${pad(15)}.${pad(m)}.2021`, ongoingFrom(iso(m, 15)));
            addAs(`Дата начала действия${doc}${sep}1 ${MONTHS_GEN[m - 1]} 2021 г.`, ongoingFrom(iso(m, 1)));
            addAs(`Начало действия${doc}${sep}${pad(15)}.${pad(m)}.2023.`, ongoingFrom(`2023-${pad(m)}-15`, null));
          }
      add('начало действия документа - 01.02.2021', ongoingFrom('2021-02-01'));
    });
    section('round 183 pins', () => {
      addAs('До 10 мая, по прибытии', by('2021-05-10'));
      addAs('после прибытия', ev('прибытия'));
      addAs('До его проведения 10 мая', by('2021-05-10'));
      addAs('До его проведения – 10 мая', by('2021-05-10'));
      addAs('до их окончания, 15 мая', by('2021-05-15'));
      addAs('до ее начала: 1 марта', by('2021-03-01'));
      addAs('до ее начала зарегистрироваться', ev('до ее начала'));
      addAs('до начала учебного года', by('2021-08-31'));
      addAs('до 15 мая', by('2021-05-15'));
      addAs('Начало действия - 01.02.2021, окончание действия - 31.12.2021', range('2021-02-01', '2021-12-31'));
      addAs('Начало действия документа - 15.10.2023, окончание действия - 31.12.2024', range('2023-10-15', '2024-12-31'));
      addAs('Начало учебного года - 1 сентября', on('2021-09-01'));
      addAs('Начало приема заявлений - 1 февраля', on('2021-02-01'));
      addAs('Начало занятий: 1 сентября', on('2021-09-01'));
      addAs('Действует с 18.12.2016', ongoingFrom('2016-12-18'));
      addAs('Вступает в силу 15.10.2023.', ongoingFrom('2023-10-15', null));
      addAs('Начало действия', unread);
    });
  });
}

export const family: Family = {
  title: 'round 183: «по прибытии / по приезде …», «до <его / её / их> <verbal noun>» before a later date, «Начало действия <документа> - <date>»',
  rows: () => sections().flatMap(([, rows]) => rows),
};
