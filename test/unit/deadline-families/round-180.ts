/**
 * Round 180 (corpus-real-166, staff and labour in schools and kindergartens): a letter glued to an act's number («Приказ № 30а от
 * 25.02.2022») is part of it, so the date after «от» is the act's label; «в последний трудовой день» is the day a worker's employment
 * ends, an event; a count with a case ending glued by a dash before its noun («320-ти педагогам») is a label like «320 педагогам»; a
 * doubled dot before the year of a full date («01.10..2021») is the date's one dot; a long present participle of a verb of setting
 * («оговариваемой в трудовом договоре») describes the noun before it and names no schedule.
 * Pins: a protocol's number with a letter keeps the meeting's day, a deadline after an act's label is read, «последний рабочий день
 * месяца» stays monthly, an offset's «10-ти дней» stays an offset, the finite verbs and the short participles stay schedules.
 */
import { ev, iso, lastDay, MONTHS_GEN, MONTHS_PREP, on, pad, range, rec, sched, sectionsOf, by, unread, bareSpan, type Family } from './kit';

/** nouns of issued acts, as a line of approval writes them */
const ACTS = ['Приказ', 'приказ', 'Распоряжение', 'постановление', 'письмо', 'решение'];
/** the act's number with its letter */
const NUMBERS = ['30а', '12б', '115в', '7а', '01-02/15а'];
/** the act's date after «от», in figures and in words */
const ACT_DATES = ['25.02.2022', '01.09.2020 г.', '3 марта 2021 года', '12.11.2008г.'];

/** counts of three or four figures that cannot be a year, with a case ending glued by a dash, and the noun they count */
const COUNTS: Array<[string, string]> = [
  ['320-ти', 'педагогам'],
  ['150-ти', 'работникам'],
  ['200-х', 'участников'],
  ['500-ти', 'учителей'],
  ['120-ми', 'воспитателями'],
  ['1500-ти', 'рублей'],
];

/** sentences with «в последний трудовой день» inside them */
const LAST_DAY = [
  'в последний трудовой день',
  'выдать трудовую книжку в последний трудовой день',
  'Работодатель обязан в последний трудовой день произвести полный расчёт с работником',
  'расчёт производится в последний трудовой день работника',
  'в последний трудовой день выдать работнику сведения о трудовой деятельности',
];

/** nouns a long participle of a verb of setting describes, with the participle in their gender and number */
const PARTICIPLES: Array<[string, string]> = [
  ['учебной нагрузки', 'оговариваемой'],
  ['оплата труда', 'устанавливаемая'],
  ['нормы часов', 'определяемые'],
  ['размер надбавки', 'устанавливаемый'],
  ['учебная нагрузка', 'утверждаемая'],
  ['стимулирующих выплат', 'регулируемых'],
];
const DOCUMENTS = ['в трудовом договоре', 'в коллективном договоре', 'в положении об оплате труда', 'в приказе директора'];

function sections(): Array<[string, import('./kit').Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an act\'s number with a letter glued to it: the date after «от» is the act\'s label', () => {
      addAs('Приказ № 30а от 25.02.2022', unread);
      for (const act of ACTS) for (const n of NUMBERS) for (const d of ACT_DATES) addAs(`${act} № ${n} от ${d}`, unread);
      for (const n of NUMBERS) add(`утверждено приказом № ${n} от 25.02.2022, исполнить до 15 марта 2022 года`, by('2022-03-15'));
    });
    section('«в последний трудовой день»: the last day of a worker\'s employment, an event', () => {
      for (const t of LAST_DAY) add(t, ev('последний трудовой день'));
    });
    section('a count with a case ending glued by a dash before its noun: a label', () => {
      addAs('Как уточнили в региональной прокуратуре, 320-ти педагогам задолжали шесть миллионов рублей за декабрь 2019 года.', range('2019-12-01', '2019-12-31'));
      for (const [count, noun] of COUNTS) {
        for (let m = 1; m <= 12; m++) {
          add(`${count} ${noun} за ${['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'][m - 1]} 2019 года`, range(`2019-${pad(m)}-01`, `2019-${pad(m)}-${lastDay(m)}`));
          addAs(`выплаты ${count} ${noun} до 15 ${MONTHS_GEN[m - 1]}`, by(iso(m, 15)));
          addAs(`${count} ${noun} в ${MONTHS_PREP[m - 1]}`, range(iso(m, 1), iso(m, lastDay(m))));
        }
      }
    });
    section('a doubled dot before the year of a full date: the date\'s one dot', () => {
      addAs('01.10..2021', on('2021-10-01'));
      for (let m = 1; m <= 12; m++)
        for (const d of [1, 10, 15, 28]) {
          addAs(`${pad(d)}.${pad(m)}..2021`, on(iso(m, d)));
          addAs(`до ${pad(d)}.${pad(m)}..2021`, by(iso(m, d)));
        }
      addAs('с 01.10..2021 по 05.10..2021', range('2021-10-01', '2021-10-05'));
      addAs('01.10..2021 - 05.10.2021', range('2021-10-01', '2021-10-05'));
    });
    section('a long present participle of a verb of setting describes its noun: no schedule', () => {
      addAs('ПРИКАЗ от 22 декабря 2014 года N 1601 О продолжительности рабочего времени (нормах часов педагогической работы за ставку заработной платы) педагогических работников и о порядке определения учебной нагрузки педагогических работников, оговариваемой в трудовом договоре.', unread);
      for (const [noun, participle] of PARTICIPLES)
        for (const doc of DOCUMENTS) {
          add(`${noun}, ${participle} ${doc}`, unread);
          addAs(`${noun}, ${participle} ${doc}, до 1 сентября`, by('2021-09-01'));
        }
    });
    section('round 180 pins', () => {
      addAs('протокол № 3а от 25.02.2022', on('2022-02-25'));
      addAs('Приказ № 30 от 25.02.2022', unread);
      addAs('в последний рабочий день месяца', rec('month'));
      addAs('в течение 10-ти дней после подачи заявления', ev('10-ти дней'));
      addAs('в течение 10-ти дней', bareSpan);
      addAs('до 15 мая 2021-го года', by('2021-05-15'));
      addAs('01.10. 2021', on('2021-10-01'));
      addAs('срок оговаривается в трудовом договоре', sched('оговаривается в трудовом договоре'));
      addAs('сроки определяются в положении', sched('сроки определяются в положении'));
      addAs('срок регламентируется в Положении', sched('регламентируется в Положении'));
      addAs('сроки, устанавливаемые в положении', sched('сроки, устанавливаемые в положении'));
    });
  });
}

export const family: Family = {
  title: 'round 180: a letter glued to an act\'s number, «в последний трудовой день», a count\'s glued case ending before its noun, a doubled dot before a date\'s year, a long participle of a verb of setting',
  rows: () => sections().flatMap(([, rows]) => rows),
};
