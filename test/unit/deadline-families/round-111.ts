/**
 * Round 111 (corpus-real-99: career guidance and the pre-profile work of schools — ярмарки профессий and вакансий, дни открытых
 * дверей, профпробы, «ПроеКТОриЯ»). One class the set's first run missed, as district and school news write their villages and people:
 * - «с.» with its dot before a capitalised word is the abbreviation of «село» («с. Приволжское», «с.Новоспасское», «с.п. Солнечный»,
 *   «С.-Петербурге») or a person's initial («С. Петров», «А.С. Иванов»), never the preposition «с»: the day after it is that day, not
 *   an open-ended start, and a list of places each with its day stays a list of days.
 * Pins: the preposition written with no dot reads as before («с 1 по 5 апреля», «с 9 апреля»), beside the abbreviation too, and a
 * month's name after «с.» (a stray dot) keeps the preposition («С. Сентября по декабрь»).
 * A second class of the same set, as colleges, clubs and libraries write their days:
 * - «в выходные дни», «по выходным дням», «по выходным» are the weekend of every week, a weekly repeat like «в будние дни» (round 39).
 *   Pins: beside the holidays («в праздничные и выходные дни», «по выходным и праздничным дням») it reads as before, so do daily work
 *   («Ежедневно, в том числе в выходные дни»), a regime's days off and a day written beside it.
 * The first row of each class is the set's real row (its source in corpus-real-99.tsv).
 */
import { ev, on, range, rec, sectionsOf, unread, type Family, type Row } from './kit';

const REAL =
  'Ярмарки проходили в таких регионах, как Кинель - 14 марта, пос. Смышляевка - 22 марта, Чапаевск - 23 марта, с. Приволжское - 9 апреля, Красный Яр - 19 апреля, Новокуйбышевск - 19 апреля, пос. Рощинский - 26 апреля, с. Новоспасское - 27 апреля.';

/** villages and rural settlements written with «с.» */
const PLACES = ['с. Приволжское', 'с.Новоспасское', 'с. Красный Яр', 'с.п. Солнечный', 'С. Приволжское'];
/** people written with the initial «С.» */
const PERSONS = ['С. Петров', 'А.С. Иванов', 'С.И. Гришко', 'С.А. Смирнов'];
/** the sentence around a place «{x}» and the day «{d}» after it; `first` is a day written before, if any */
const PLACE_FRAMES: Array<[frame: string, first: string | null]> = [
  ['В {x} {d} прошла ярмарка профессий', null],
  ['{x} – {d}', null],
  ['Чапаевск - 23 марта, {x} - {d}', '2021-03-23'],
  ['Экскурсия для учащихся школы {x} запланирована на {d}', null],
  ['День открытых дверей в колледже {x} состоится {d}', null],
];
/** the sentence around a person «{x}» and the day «{d}» after the name */
const PERSON_FRAMES = [
  'Глава района {x} {d} провел встречу со школьниками',
  'Профпробы для девятиклассников, по словам директора {x}, пройдут {d}',
  'Директор колледжа {x} пригласил выпускников на день открытых дверей {d}',
];
const DAYS: Array<[string, string]> = [
  ['9 апреля', '2021-04-09'],
  ['27 апреля', '2021-04-27'],
  ['19 мая', '2021-05-19'],
  ['14 октября', '2021-10-14'],
];
const PINS: Row[] = [
  // the preposition with no dot reads as before, beside the abbreviation too
  ['с 1 по 5 апреля', range('2021-04-01', '2021-04-05')],
  ['с 9 апреля', { kind: 'ongoing', start: '2021-04-09', due: '2021-12-31' }],
  ['с 9 апреля в с. Ивановка', { kind: 'ongoing', start: '2021-04-09', due: '2021-12-31' }],
  ['со 2 по 6 марта в с. Ивановка', range('2021-03-02', '2021-03-06')],
  // a day before the abbreviation was read already
  ['Ярмарка пройдет 9 апреля в с. Ивановка', on('2021-04-09')],
  // a month's name after «с.» (a stray dot) keeps the preposition
  ['С. Сентября по декабрь', range('2021-09-01', '2021-12-31')],
  ['с. сентября по декабрь', range('2021-09-01', '2021-12-31')],
];

const REAL_WEEKEND =
  'Традиционно мы проводим такие встречи в выходные дни, чтобы абитуриентам и их родителям было максимально удобно добраться до нас, не жертвуя своим учебным или рабочим временем.';
/** the sentence around the weekend «{s}» (written «{S}» when it opens the sentence) */
const WEEKEND_FRAMES = [
  'Занятия профориентационного клуба проходят {s}',
  '{S} в колледже работает консультационный пункт для абитуриентов',
  'Профпробы для школьников проводятся {s} с 10:00 до 14:00',
  'Экскурсии на предприятия для старшеклассников организуются {s}',
  'Секция работает {s}',
  '{S} библиотека открыта для посетителей',
];
/** the weekend of every week in words */
const WEEKEND = ['в выходные дни', 'по выходным дням', 'по выходным'];
const WEEKEND_PINS: Row[] = [
  // beside the holidays: the days a regime or a check covers, read as before
  ['в праздничные и выходные дни', unread],
  ['по выходным и праздничным дням', unread],
  ['В каникулярное время, в праздничные и выходные дни ОДОД работает по специальному расписанию и плану.', ev('каникулярное время')],
  // with a daily word it stays daily work (round 10)
  ['Ежедневно, в том числе в выходные дни', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // the days off of a regime were weekly already (rounds 45 and 92); the weekdays read as before (round 39)
  ['Режим работы ГБДОУ: с 07.00 - 19.00, выходные дни: суббота, воскресенье, общегосударственные праздники.', rec('week')],
  ['в будние дни с 9:00 до 17:00', rec('week')],
  // a day written beside it reads as before
  ['12 марта в выходные дни', on('2021-03-12')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('the real row: a list of places each with its day', () => add(REAL, on('2021-04-27', '2021-03-14')));
    section('«с.» of a village before its day', () => {
      for (const [frame, first] of PLACE_FRAMES)
        for (const x of PLACES)
          for (const [d, iso] of DAYS)
            add(frame.replace('{x}', x).replace('{d}', d), on(iso, first ?? iso));
    });
    section('«С.» of a person before the day', () => {
      for (const frame of PERSON_FRAMES)
        for (const x of PERSONS)
          for (const [d, iso] of DAYS) add(frame.replace('{x}', x).replace('{d}', d), on(iso));
    });
    section('«с.»: pins', () => PINS.forEach(([t, e]) => add(t, e)));
    section('the real row: the weekend in words', () => add(REAL_WEEKEND, rec('week')));
    section('«в выходные дни», «по выходным [дням]» are weekly', () => {
      for (const frame of WEEKEND_FRAMES)
        for (const s of WEEKEND) add(frame.replace('{s}', s).replace('{S}', s[0]!.toUpperCase() + s.slice(1)), rec('week'));
    });
    section('the weekend: pins', () => WEEKEND_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 111: «с.» before a capitalised word is «село» or an initial, not the preposition «с»; «в выходные дни», «по выходным [дням]» are weekly',
  rows: () => sections().flatMap(([, rows]) => rows),
};
