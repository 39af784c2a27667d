/**
 * Round 161 (corpus-real-150: roadmaps of changes to what schools teach — the updated ФГОС, the move to ФОП / ФАОП, «Школа Минпросвещения
 * России» — and the orders and news that set their dates). Four classes the set's first run missed, as such pages write them:
 * - a count with «учебных / учебные / учебным» before a noun that is no date word counts things, a label like «13 предметов»: «… изучение
 *   минимум 13 учебных предметов …» after «С 1 сентября 2027 года» is open-ended from that day (it was `unparsed`, «непонятное число «13»»).
 * - an adjective of a year between «с» and a school year in figures, with or without a comma, changes nothing: «с нового, 2025/26
 *   учебного года» is open-ended from 2025-09-01, like «с 2025/26 учебного года» (it was the whole school year).
 * - a form's blank number of an issued act («№_____», «№ __») stands for the number: «Приказ №_____ от 31.08.2023 г.» is the act's label
 *   (it was `on` 2023-08-31), and so is the date before a blank number.
 * - a planning document after «изменений / дополнений / поправок в» names the document changed: «Приказ о внесении изменений в ООП ООО
 *   для 8-9 классов» is no schedule (it was `schedule` «ООП ООО …»).
 * Pins: teaching time after «учебных» («34 учебные недели», «35 учебным часам»), «с нового учебного года», «к новому 2024-2025 учебному
 * году», «в новом 2025/26 учебном году», a protocol's date with a blank number, an act's date with a real number or none, and the
 * schedules «по графику», «в ООП», «Внесение изменений в план работы по графику ОО» read as before.
 * The first template of each class is the set's real row (its source in corpus-real-150.tsv).
 */
import { by, on, range, sched, sectionsOf, type Expect, type Family, type Row } from './kit';

/** open-ended from a day after the calendar period: no due date */
const from = (start: string, due: string | null = null): Expect => ({ kind: 'ongoing', start, due });
/** nothing read */
const unread: Expect = { kind: 'unparsed', reason: /не удалось распознать срок/ };
/** an act's date and blank number, a label: nothing read (a long blank the normaliser clears is named as a form's blank) */
const actLabel: Expect = { kind: 'unparsed', reason: /не удалось распознать срок|дата не заполнена/ };

/** counts of things, in figures */
const COUNTS = ['2', '3', '5', '13', '24', '36', '99'];
/** «учебный» in the cases a count takes */
const SCHOOL_ADJ = ['учебных', 'учебные', 'учебным'];
/** nouns of things counted (no date word) */
const THINGS = ['предметов', 'пособий', 'кабинетов', 'заведений', 'курсов', 'модулей', 'занятий'];
/** what the sentence is, and when */
const COUNT_FRAMES: Array<[string, Expect]> = [
  ['С 1 сентября 2027 года предусмотрено изучение минимум', from('2027-09-01')],
  ['до 15 мая закупить', by('2021-05-15')],
  ['в марте 2022 года проверено', range('2022-03-01', '2022-03-31')],
  ['15.04.2021 открыто', on('2021-04-15')],
  ['не позднее 1 сентября подготовить не менее', by('2021-09-01')],
];

const COUNT_PINS: Row[] = [
  // teaching time after «учебных» is read as before (round 40): a length, no label of things
  ['34 учебные недели', unread],
  ['Продолжительность военных сборов — пять дней, равных 35 учебным часам.', { kind: 'unparsed', reason: /непонятное число «35»/ }],
  ['в течение 2 учебных лет', { kind: 'unparsed', reason: /непонятное число «2»/ }],
  // a count right before its noun was a label already
  ['С 1 сентября 2027 года изучение 13 предметов', from('2027-09-01')],
  // three figures before «учебных» (round 142)
  ['до 15 мая проверить 300 учебных заведений', by('2021-05-15')],
];

/** adjectives of a year between «с» and the school year */
const YEAR_ADJ = ['нового', 'следующего', 'очередного', 'наступающего', 'будущего', 'предстоящего'];
/** the school years as pages write them, and the day each starts */
const SCHOOL_YEARS: Array<[string, string, string | null]> = [
  ['2025/26', '2025-09-01', null],
  ['2025/2026', '2025-09-01', null],
  ['2025-2026', '2025-09-01', null],
  ['2023/24', '2023-09-01', null],
  ['2021/22', '2021-09-01', '2021-12-31'],
  ['2021-2022', '2021-09-01', '2021-12-31'],
];
/** what opens the sentence */
const FROM_LEADS = ['с', 'вступают в силу с', 'Изменения вступят в силу с', 'начиная с', 'Программа вводится с'];

const FROM_PINS: Row[] = [
  // no adjective, no figures, or «к» / «в»: as before
  ['с 2025/26 учебного года', from('2025-09-01')],
  ['к новому 2024-2025 учебному году', by('2024-08-31')],
  ['в новом 2025/26 учебном году', range('2025-09-01', '2026-08-31')],
  ['в 2025/26 учебном году', range('2025-09-01', '2026-08-31')],
];

/** issued acts whose number a form leaves blank */
const ACTS = ['Приказ', 'приказ', 'Распоряжение', 'Постановление', 'Письмо'];
/** the blanks forms leave */
const BLANKS = ['№_____', '№ ___', '№__', '№ __', '№ ______'];
/** the act's date */
const ACT_DATES = ['31.08.2023 г.', '31.08.2023', '01.09.2022 года', '15 мая 2020 года', '30.08.2021г.'];

const BLANK_PINS: Row[] = [
  // a protocol's date is its meeting's day, blank number or not (round 40)
  ['Протокол № __ от 31.08.2023', on('2023-08-31')],
  ['протокол №___ от 30.08.2021 г.', on('2021-08-30')],
  // a real number, or none after a date with its year (rounds 11, 40)
  ['Приказ № 5 от 31.08.2023 г.', unread],
  ['приказ от 31.08.2023', on('2023-08-31')],
  // a blank date stays unread
  ['Приказ № ___ от «__»_____ 2025г', { kind: 'unparsed', reason: /./ }],
];

/** how a text says the document is changed */
const CHANGE_LEADS = [
  'Приказ о внесении изменений в', 'Внесение изменений в', 'Внести изменения в', 'внесение дополнений в', 'Внесение изменений и дополнений в',
  'Вносятся изменения в', 'поправки в', 'Внесены коррективы в',
];
/** planning documents (each a schedule after «по / согласно») */
const CHANGED_DOCS = ['ООП', 'ООП ООО для 8-9 классов', 'план работы', 'план-график', 'график', 'КТП', 'ИУП', 'расписание', 'дорожную карту', 'циклограмму'];

const CHANGE_PINS: Row[] = [
  // the graph after the changed document still sets the dates
  ['Внесение изменений в план работы по графику ОО', sched('график ОО')],
  ['Внесение изменений в ООП в соответствии с планом-графиком', sched('план-график')],
  // a date wins as before
  ['Внесение изменений в план работы до 15 мая', by('2021-05-15')],
  // with no word of changing the document holds the dates (round 14)
  ['в ООП', sched('ООП')],
  ['По графику ОО', sched('график ОО')],
  ['согласно плану работы', sched('план работы')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a count with «учебных» before a noun that is no date word is a label', () => {
      addAs('С 1 сентября 2027 года учебный план в десятых и одиннадцатых классах предусматривает обязательное изучение минимум 13 учебных предметов и два на углубленном уровне', from('2027-09-01'));
      for (const [frame, e] of COUNT_FRAMES)
        for (const n of COUNTS)
          for (const adj of SCHOOL_ADJ) for (const thing of THINGS) add(`${frame} ${n} ${adj} ${thing}`, e);
    });
    section('«учебных» after a count: pins', () => COUNT_PINS.forEach(([t, e]) => addAs(t, e)));
    section('an adjective of a year between «с» and a school year in figures', () => {
      addAs('На это направлены важные изменения, которые вступают в силу с нового, 2025/26 учебного года.', from('2025-09-01'));
      for (const lead of FROM_LEADS)
        for (const adj of YEAR_ADJ)
          for (const [years, start, due] of SCHOOL_YEARS)
            for (const comma of ['', ',']) add(`${lead} ${adj}${comma} ${years} учебного года`, from(start, due));
    });
    section('«с» before a school year: pins', () => FROM_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a form\'s blank number of an issued act stands for the number', () => {
      addAs('Приказ №_____ от 31.08.2023 г.', unread);
      for (const act of ACTS)
        for (const blank of BLANKS)
          for (const date of ACT_DATES) {
            add(`${act} ${blank} от ${date}`, actLabel);
            add(`${act} от ${date} ${blank}`, actLabel);
          }
    });
    section('the blank number: pins', () => BLANK_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a planning document after «изменений в» is the document changed', () => {
      addAs('Приказ о внесении изменений в ООП ООО для 8-9 классов', unread);
      for (const lead of CHANGE_LEADS) for (const doc of CHANGED_DOCS) add(`${lead} ${doc}`, unread);
    });
    section('the changed document: pins', () => CHANGE_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 161: a count with «учебных» before a noun; an adjective of a year between «с» and a school year; a form\'s blank act number; a document after «изменений в»',
  rows: () => sections().flatMap(([, rows]) => rows),
};
