/**
 * Round 210 (corpus-real-193: the attestation of teachers — graphs of attestation and of receiving applications, the sittings of
 * attestation commissions, положения, the terms of categories, the new model of 2023). Four classes, each a row of the set (its source
 * there):
 * - «кв.» right before «категория» (any case, «кат.») or the abbreviation «кв.к.» is «квалификационная», a teacher's category, not
 *   «квартал»: the offset before it is an event as with the full word («не позднее 3 месяцев до окончания кв. категории»);
 * - a timetable of several weekdays, each right after the hours of the one before (a comma or a semicolon between or not), is a day
 *   of every week like round 26's one weekday with its hours («Среда с 16:00 до 18:00 Пятница с 16:00 до 18:00»);
 * - a verb of registering or publishing up to ten tokens before a full date with a registry number is the day it happened, so a
 *   registry's long name may stand between («Зарегистрировано в Национальном реестре правовых актов Республики Беларусь 30 марта 2005
 *   г. N 8/12342»);
 * - a bare «на учебный год» (no adjective, no years) is the context's school year («8. Приказ о создании аттестационной комиссии на
 *   учебный год (с указанием срока полномочий).»).
 * Pins: «кв.» of a quarter, a weekday before a date, a registry number with no verb before it, «на <adj> учебный год» and a school year
 * in figures, a count of times before «на учебный год», an act in the instrumental before it (round 91's schedule).
 */
import { distinctRows, by, ev, on, range, rec, sched, sectionsOf, type Expect, type Family, type Row } from './kit';

/** offsets before a teacher's category, and the word of the event their reason names */
const OFFSETS: Array<[string, string]> = [
  ['не позднее 3 месяцев до окончания', 'окончания'],
  ['не позднее 3 месяцев до окончания срока действия', 'окончания'],
  ['не позднее 1 месяца до окончания', 'окончания'],
  ['не позднее 6 месяцев до окончания действия', 'окончания'],
  ['до окончания срока действия', 'окончания'],
];
/** the abbreviations of «квалификационной категории» */
const CATEGORY = ['кв. категории', 'кв.категории', 'кв. кат.', 'кв.к.', 'кв. к.'];
const OFFSET_FRAMES = ['{o} {a}', 'Заявление подается {o} {a}'];

/** two or three weekdays of a timetable, the hours after each, and what stands between a day's hours and the next day */
const DAYS: string[][] = [
  ['Среда', 'Пятница'],
  ['Понедельник', 'четверг'],
  ['Вторник', 'суббота'],
  ['Пн', 'Ср'],
  ['понедельник', 'среда', 'пятница'],
];
const HOURS = ['с 16:00 до 18:00', 'с 9.00 до 13.00', '14.00-17.00', '10:00 - 12:00'];
const JOINS = [' ', ', ', '; '];

/** verbs of registering or publishing, registries' names, and dates with a registry number */
const REGISTERED = ['Зарегистрировано', 'Зарегистрирован', 'Опубликовано'];
const REGISTRIES = [
  'в Национальном реестре правовых актов Республики Беларусь',
  'в Едином реестре нормативных правовых актов Приднестровской Молдавской Республики',
  'в Министерстве юстиции Приднестровской Молдавской Республики',
];
const NUMBERED: Array<[string, string]> = [
  ['30 марта 2005 г. N 8/12342', '2005-03-30'],
  ['8 августа 2011 г. N 9/43036', '2011-08-08'],
  ['21 марта 2005 г. № 31-43', '2005-03-21'],
];

/** what is made for a bare «на учебный год» */
const FOR_YEAR = [
  '8. Приказ о создании аттестационной комиссии на учебный год (с указанием срока полномочий)',
  'План работы методического объединения на учебный год',
  'Составление графика аттестации педагогических работников на учебный год',
  'Циклограмма работы заместителя директора на учебный год',
  'Утверждение плана внеурочной деятельности на учебный год',
  'ИУП разрабатывается на учебный год',
];
/** the context's school year (calendar context 2021: 2020/21) */
const SCHOOL_YEAR = range('2020-09-01', '2021-08-31');

const PINS: Row[] = [
  // «кв.» of a quarter stays a quarter
  ['1 кв. 2021', range('2021-01-01', '2021-03-31')],
  ['IV кв.', range('2021-10-01', '2021-12-31')],
  ['до конца 1 кв.', by('2021-03-31')],
  ['за 2 кв. 2021 г. - до 20 июля', by('2021-07-20')],
  // an offset that named its event before the category already, as before
  ['за 3 месяца до окончания срока действия кв. категории', ev('окончания')],
  ['не позднее 2 месяцев до истечения срока кв. категории', ev('истечения')],
  // a weekday before a date keeps the date; one weekday with its hours is weekly as before
  ['пятница, 13 марта', on('2021-03-13')],
  ['Среда с 16:00 до 18:00 Пятница 13 марта', on('2021-03-13')],
  ['среда с 12.00 до 13.00', rec('week')],
  // a verb of registering close to the date, as before
  ['Зарегистрировано в Минюсте России 1 октября 2013 г. N 30067', on('2013-10-01')],
  ['(Зарегистрировано в Минюсте России 10.06.2021 N 63844)', on('2021-06-10')],
  // the school year named with an adjective or in figures, as before
  ['на текущий учебный год', SCHOOL_YEAR],
  // an act in the instrumental before a bare «на учебный год» stays who sets it (round 91)
  ['Председатель комиссии назначается приказом по Учреждению на учебный год', sched('приказом по Учреждению на учебный год')],
  ['Секретарь назначается распоряжением по школе на учебный год.', sched('распоряжением по школе на учебный год')],
  ['План работы на 2022-2023 учебный год', range('2022-09-01', '2023-08-31')],
  ['Темы педсоветов на учебный год в школах и ДОУ по ФГОС — с августа по июнь для администрации и учителей.', range('2021-08-01', '2022-06-30')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an offset before «кв.» of a teacher\'s category', () => {
      for (const [o, name] of OFFSETS)
        for (const a of CATEGORY) for (const f of OFFSET_FRAMES) add(f.replace('{o}', o).replace('{a}', a), ev(name));
    });
    section('a timetable of several weekdays, each with its hours', () => {
      for (const days of DAYS)
        for (const h of HOURS)
          for (const j of JOINS) add(days.map((d) => `${d} ${h}`).join(j), rec('week'));
    });
    section('a verb of registering before a registry\'s long name', () => {
      for (const v of REGISTERED)
        for (const r of REGISTRIES) for (const [d, day] of NUMBERED) addAs(`${v} ${r} ${d}`, on(day));
    });
    section('a bare «на учебный год»', () => {
      for (const f of FOR_YEAR) add(f, SCHOOL_YEAR);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 210: the attestation of teachers — «кв.» of a category, a timetable of several weekdays, a registry\'s long name after the verb, a bare «на учебный год»',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
