/**
 * Round 186 (corpus-real-172, the readiness of schools for the new school year): the first person plural of «приступить»
 * («приступим / приступаем») is a verb of starting, like «приступят» and «начнём»; «принято решение / приняли решение начать <day>»
 * is a planned start, like «решено начать»; a part of a whole listed after the first («из них 32 – общеобразовательные и 41 –
 * дошкольные») is a count, a label, like the first; «в планах» right before an infinitive is what is intended, no plan that holds the dates; «в преддверии»
 * right before a day and its month is by that day, like «накануне 1 сентября».
 * Pins: «приступят» and «начнём» keep their reading, a day of ending after the start makes a window, the first part after «из них»
 * stays a label and a month after a part stays a date, «по плану», «в планах работы школы» and «в соответствии с планами» stay schedules, «В преддверии нового
 * учебного года» and «в преддверии Дня Победы» stay events, «накануне 1 сентября» stays by that day.
 */
import { ev, iso, lastDay, MONTHS_GEN, MONTHS_PREP, on, by, range, sched, sectionsOf, unread, type Expect, type Family } from './kit';

/** open-ended work from `start` to the calendar period's end */
const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

/** the first person plural of «приступить», future and present */
const WE_START = ['приступим', 'приступаем'];
/** what is started, after «к» */
const WORKS = ['работам', 'ремонту кровли', 'капитальному ремонту', 'кровельным работам', 'замене окон'];

/** the noun of a decision before «начать / приступить», with what comes before it */
const DECIDED = ['принято решение', 'приняли решение', 'Принято решение', 'было принято решение', 'Сегодня принято решение'];
const BEGUN = ['начать отопительный сезон', 'начать ремонт', 'приступить к работам', 'начать подвоз обучающихся'];

/** the parts of a whole: the count and the noun it counts */
const PARTS: Array<[string, string]> = [
  ['32', 'общеобразовательные'],
  ['41', 'дошкольные'],
  ['5', 'колледжей'],
  ['12', 'детские сады'],
  ['3', 'учреждения'],
];

/** infinitives after a bare «в планах» */
const INTENDED = ['отремонтировать порядка 11 тысяч школ', 'провести капитальный ремонт', 'закупить школьные автобусы', 'построить новую котельную'];

/** days and their months for «в преддверии», in figures, with a suffix and in words */
const DAYS_IN_WORDS: Array<[string, number, number]> = [
  ['первого сентября', 9, 1],
  ['первого июня', 6, 1],
  ['восьмого марта', 3, 8],
  ['десятого ноября', 11, 10],
];

function sections(): Array<[string, import('./kit').Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the first person plural of «приступить»: a verb of starting, open-ended from its day or month', () => {
      addAs('К кровельным работам приступим в апреле.', from('2021-04-01'));
      for (const verb of WE_START)
        for (const work of WORKS)
          for (let m = 1; m <= 12; m++) {
            add(`к ${work} ${verb} ${[1, 15, lastDay(m)][m % 3]} ${MONTHS_GEN[m - 1]}`, from(iso(m, [1, 15, lastDay(m)][m % 3]!)));
            addAs(`${verb} к ${work} в ${MONTHS_PREP[m - 1]}`, from(iso(m, 1)));
          }
    });
    section('«принято решение начать <day>»: a planned start, open-ended from the day', () => {
      addAs('Сегодня в горадминистрации принято решение начать отопительный сезон еще раньше — 9 октября, то есть завтра.', from('2021-10-09'));
      for (const decided of DECIDED)
        for (const begun of BEGUN)
          for (const [d, m] of [[9, 10], [1, 6], [15, 9], [20, 4]] as const) {
            add(`${decided} ${begun} ${d} ${MONTHS_GEN[m - 1]}`, from(iso(m, d)));
            addAs(`${decided} ${begun} ${d} ${MONTHS_GEN[m - 1]} и завершить к 30 ${MONTHS_GEN[m === 10 ? 10 : m]}`, range(iso(m, d), iso(m === 10 ? 11 : m + 1, 30)));
          }
    });
    section('a part of a whole listed after the first: a count, a label', () => {
      addAs('По состоянию на 31 июля проверены 73 образовательные организации, из них 32 – общеобразовательные и 41 – дошкольные.', on('2021-07-31'));
      for (let n = 2; n <= PARTS.length; n++) {
        const parts = PARTS.slice(0, n);
        for (const dash of [' – ', ' - ', ' ']) {
          const listed = parts.map(([k, w]) => `${k}${dash}${w}`);
          const commas = `${listed.slice(0, -1).join(', ')} и ${listed.at(-1)}`;
          for (let m = 1; m <= 12; m++) {
            add(`На ${lastDay(m)} ${MONTHS_GEN[m - 1]} проверено 73 организации, из них ${commas}`, on(iso(m, lastDay(m))));
            addAs(`проверено 73 организации, из которых ${listed.join(', ')}, до 15 ${MONTHS_GEN[m - 1]}`, by(iso(m, 15)));
          }
        }
      }
    });
    section('«в планах» before an infinitive: what is intended, no schedule', () => {
      addAs('За 5 лет в планах отремонтировать порядка 11 тысяч школ.', { kind: 'unparsed', reason: /срок отсчитывается от события/ });
      for (const what of INTENDED) {
        add(`в планах ${what}`, unread);
        for (let m = 1; m <= 12; m++) addAs(`В планах ${what} до 1 ${MONTHS_GEN[m - 1]}`, by(iso(m, 1)));
      }
    });
    section('«в преддверии» before a day and its month: by that day', () => {
      addAs('В преддверии первого сентября Госавтоинспекция Московской области проводит масштабную проверку готовности школьных автобусов.', by('2021-09-01'));
      for (let m = 1; m <= 12; m++)
        for (const d of [1, 10, 25]) {
          add(`в преддверии ${d} ${MONTHS_GEN[m - 1]} прошла проверка`, by(iso(m, d)));
          addAs(`В преддверии ${d}-го ${MONTHS_GEN[m - 1]} проверили школьные автобусы.`, by(iso(m, d)));
        }
      for (const [words, m, d] of DAYS_IN_WORDS) add(`в преддверии ${words} проверили готовность школ`, by(iso(m, d)));
    });
    section('round 186 pins', () => {
      addAs('К работам приступят 26 мая, а завершить их планируется к 25 августа.', range('2021-05-26', '2021-08-25'));
      addAs('приступят к работам 1 июня', from('2021-06-01'));
      addAs('В июне мы начинаем ремонт', from('2021-06-01'));
      addAs('решено начать ремонт 16 мая', from('2021-05-16'));
      addAs('по решению директора', ev('по решению директора'));
      addAs('из них 28 – опорных специалистов', unread);
      addAs('из них 28 – опорных, 15 мая', on('2021-05-15'));
      addAs('из них 28 опорных и 5 июня', on('2021-06-05'));
      addAs('по плану', sched('план'));
      addAs('в планах работы школы', sched('план работы школы'));
      addAs('в планах-графиках', sched('план-график'));
      addAs('в соответствии с планами работы', sched('план работы'));
      addAs('В планах театра участие в «Театральной весне 2023»', range('2023-03-01', '2023-05-31'));
      addAs('В преддверии нового учебного года прошла акция.', ev('в преддверии нового учебного года'));
      addAs('в преддверии Дня Победы', ev('в преддверии Дня Победы'));
      addAs('накануне 1 сентября', by('2021-09-01'));
    });
  });
}

export const family: Family = {
  title: 'round 186: the first person plural of «приступить», «принято решение начать», a part of a whole after the first, «в планах» before an infinitive, «в преддверии» a day',
  rows: () => sections().flatMap(([, rows]) => rows),
};
