/**
 * Round 239 (corpus-real-216): «Год» with a capital after a noun of a part of a time («начала / начале / началу / конца / конце /
 * окончания / середины / середине»), before the noun the year is named for, is a themed year's name, no calendar year. «… 19 февраля …
 * пройдет торжественное празднование начала Года педагога и наставника.» was 2021-01-01..2021-02-19 («начала года» read as the start
 * of the calendar year, joined to the day); now it is that day, as the same sentence without the name is.
 * Pins: the calendar year in lower case («в начале года», «с начала года», «к концу года»), a capital «Года» with nothing after
 * it, the frame «в рамках Года культуры» (round 23's event), «2024 год объявлен Годом семьи» (the
 * instrumental of a declaration), a themed year with no part word before it.
 */
import { distinctRows, ev, on, range, by, ongoing, sectionsOf, unread, type Family, type Row } from './kit';

/** the names a themed year is written with after «Года» / «Году» / «Годе» */
const NAMES = [
  'педагога и наставника',
  'семьи',
  'защитника Отечества',
  'Защитника Отечества',
  'науки и технологий',
  'культурного наследия народов России',
  'народного искусства',
  'экологии',
  'театра',
  'литературы',
  'учителя',
  'памяти и славы',
  'добровольца (волонтера)',
  'российского кино',
  'качества',
];
/** the part words before the name, each with the form of «Год» it governs */
const PARTS: Array<[string, string]> = [
  ['празднование начала', 'Года'],
  ['торжественное открытие в начале', 'Года'],
  ['итоги конца', 'Года'],
  ['в конце', 'Года'],
  ['подведение итогов в середине', 'Года'],
];
/** the day in the text and where it stands */
const DAYS: Array<[(part: string) => string, string]> = [
  [(p) => `19 февраля пройдет ${p}`, '2021-02-19'],
  [(p) => `В ближайшее воскресенье, 19 февраля, пройдет ${p}`, '2021-02-19'],
  [(p) => `${p}, 27 января 2023 года`, '2023-01-27'],
  [(p) => `20.12.2024 — ${p}`, '2024-12-20'],
];

const PINS: Row[] = [
  // the calendar year in lower case: as before
  ['в начале года', range('2021-01-01', '2021-01-31')],
  ['с начала года', ongoing],
  ['к концу года', by('2021-12-31')],
  ['19 февраля пройдет празднование начала года.', range('2021-01-01', '2021-02-19')],
  // «Года» with nothing after it: the calendar year, as before
  ['в начале Года', range('2021-01-01', '2021-01-31')],
  ['в середине Года.', range('2021-06-01', '2021-07-31')],
  // the frame of a themed year with no part word before it (round 23's «в рамках Дня здоровья»): as before
  ['Органам исполнительной власти субъектов РФ рекомендовано осуществлять необходимые мероприятия в рамках Года культуры.', ev('рамках')],
  // the declaration's instrumental: the day that opens the sentence, as before
  ['22 ноября 2023 года Президент подписал Указ, согласно которому 2024 год объявлен Годом семьи.', on('2023-11-22')],
  // a themed year's name and nothing else
  ['празднование начала Года семьи', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a part word, then «Года» and the name of a themed year, beside a day: the day', () => {
      for (const [part, year] of PARTS)
        for (const name of NAMES)
          for (const [text, due] of DAYS) add(text(`${part} ${year} ${name}`), on(due));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 239: «начала Года педагога и наставника» — a capital «Год» before the noun it is named for, after a part word — is a themed year\'s name, not the calendar year',
  rows: () => distinctRows(sections()),
};
