/**
 * Round 162 (corpus-real-151: the yearly plans of kindergartens and their methodical work — педсоветы, смотры-конкурсы, праздники,
 * тематический контроль — and the news, title pages and approval lines of the pages that hold them).
 * Three classes, as kindergartens' news and forms write them:
 * - a season in the instrumental after «с / со» is whom one is with — one parts with winter, meets spring, congratulates on summer —
 *   no time: «15 февраля ребятишки … прощались с Зимой.» is 02-15 (it was a range over the winter to 2022-02-28).
 * - a season seen off or met — the genitive after «проводы», the accusative after «провожать / встречать» — names the feast, no time:
 *   «Весёлые проводы зимы, …, прошли 2 марта …» is 03-02 (it was a range from 2021-12-01).
 * - a form's day left as an empty pair of guillemets, with the month left out or written, is a blank date like ««__»»: «Приказ от « »
 *   2025 г. №» is `unparsed`, «дата не заполнена» (it was a range over 2025).
 * Pins: «с зимы», «с весны 2021 года» (the genitive) stay windows from the season; «зимой 2021 года», «летом», «к лету», «до встречи
 * летом 2022 года», «провели лето в лагере» keep their seasons; a filled «от «29» августа 2025 г.», the underscored blanks and a quoted
 * name left empty before a year read as before.
 * The first template of each class is the set's real row or its source's (corpus-real-151.tsv, and https://osadou1.ru/2022/03/11).
 */
import { iso, lastDay, MONTHS_GEN, MONTHS_PREP, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the days a sentence opens with */
const DAYS = [2, 26];
/** who parts with or meets the season */
const WHO = ['ребятишки из старших и подготовительных к школе групп', 'дети', 'воспитанники детского сада', 'мы'];
/** the verbs that take «с» and a companion */
const WITH_VERBS = ['прощались с', 'попрощались с', 'простились с', 'встретились с', 'расставались с', 'поздравили всех с'];
/** the seasons' instrumental, as pages write them (a personified season with a capital) */
const SEASONS_INS = ['Зимой', 'зимой', 'зимою', 'Весной', 'весной', 'весною', 'летом', 'Летом', 'осенью', 'Осенью'];

/** the feast's noun in its cases, what may open the sentence with it */
const SEEN_OFF_LEADS = ['Весёлые проводы', 'Проводы', 'Праздник проводов', 'На проводах', 'Весёлые встречи', 'Встреча'];
/** the seasons' genitive */
const SEASONS_GEN = ['зимы', 'Зимы', 'весны', 'лета', 'осени'];
/** an adjective before the season, in the genitive */
const EPITHETS_GEN = ['', 'русской '];
/** the verbs of seeing off and meeting, with the season in the accusative */
const SEEN_OFF_VERBS = ['провожали', 'провожают', 'проводили и провожали', 'встречали', 'встретили', 'встречаем'];
const SEASONS_ACC = ['зиму', 'Зиму', 'весну', 'Весну', 'лето', 'осень'];
/** an adjective before the season, in the accusative */
const EPITHETS_ACC = ['', 'снежную '];

const SEASON_PINS: Row[] = [
  // the genitive after «с» is the start of a window, as before (round 53)
  ['с зимы 2021 года', { kind: 'ongoing', start: '2021-12-01', due: '2021-12-31' }],
  ['с весны 2021 года', { kind: 'ongoing', start: '2021-03-01', due: '2021-12-31' }],
  ['с осени 2021 года по весну 2022 года', range('2021-09-01', '2022-05-31')],
  // the instrumental alone, or after other words, is the season
  ['зимой 2021 года', range('2021-12-01', '2022-02-28')],
  ['летом', range('2021-06-01', '2021-08-31')],
  ['Встретимся летом', range('2021-06-01', '2021-08-31')],
  ['до встречи летом 2022 года', { kind: 'by', due: '2022-05-31' }],
  ['к лету', { kind: 'by', due: '2021-05-31' }],
  // spending a season is no feast: «провели / проводили» stay out of the verbs
  ['провели лето в лагере', range('2021-06-01', '2021-08-31')],
  // with nothing else, no time
  ['прощались с зимой', unread],
  ['Масленица — это весёлые проводы зимы, с радостными гуляниями и песнопениями.', unread],
];

/** what stands before a form's date */
const FORM_LEADS = ['Приказ от', 'приказ от', 'Протокол от', 'от', 'Утверждено приказом от', 'Протокол № 1 от'];
/** the empty guillemets of the day */
const EMPTY_DAYS = ['« »', '«»', '«  »'];
/** the month, left out, written or underscored */
const FORM_MONTHS = ['', ' мая', ' августа', ' ________'];
/** the year and its word */
const FORM_YEARS = [' 2023 г.', ' 2025 г.', ' 2025г.', ' 2026 года', ' 2024'];
/** what may follow */
const FORM_TAILS = ['', ' №', ' № ___'];
const blank: Expect = { kind: 'unparsed', reason: /дата не заполнена/ };

const FORM_PINS: Row[] = [
  // a filled day reads as before
  ['Приказ от «29» августа 2025 г.', on('2025-08-29')],
  ['Протокол № 1 от «30» мая 2022 г.', on('2022-05-30')],
  // the underscored blanks, as before (round 59)
  ['от «__» ______ 2025 г.', blank],
  ['Протокол № ___ от «__» ______ 2024г.', blank],
  // an empty quoted name with no year right after it is no date: the year is read as before
  ['Конкурс «» проводится в 2025 году', range('2025-01-01', '2025-12-31')],
  ['Приказ от 2025 г.', range('2025-01-01', '2025-12-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a season in the instrumental after «с» is a companion, no time', () => {
      addAs('15 февраля ребятишки из старших и подготовительных к школе групп прощались с Зимой.', on('2021-02-15'));
      add('15 февраля дети прощались с зимой', on('2021-02-15'));
      for (let m = 1; m <= 12; m += 1)
        for (const d of DAYS) {
          if (d > lastDay(m)) continue;
          WITH_VERBS.forEach((verb, k) => {
            for (const s of SEASONS_INS) addAs(`${d} ${MONTHS_GEN[m - 1]} ${WHO[k % WHO.length]} ${verb} ${s}`, on(iso(m, d)));
          });
        }
      for (let m = 1; m <= 12; m += 1)
        for (const verb of WITH_VERBS)
          for (const s of SEASONS_INS) addAs(`в ${MONTHS_PREP[m - 1]} ${verb} ${s}`, range(iso(m, 1), iso(m, lastDay(m))));
    });
    section('a season seen off or met names the feast, no time', () => {
      addAs('Весёлые проводы зимы, которые озарены радостным ожиданием приближающегося тепла, весеннего обновления природы прошли 2 марта с МБДОУ « Осинский детский сад №1».', on('2021-03-02'));
      for (let m = 1; m <= 12; m += 1)
        for (const d of DAYS) {
          if (d > lastDay(m)) continue;
          for (const lead of SEEN_OFF_LEADS)
            for (const ep of EPITHETS_GEN)
              for (const s of SEASONS_GEN) addAs(`${lead} ${ep}${s} прошли ${d} ${MONTHS_GEN[m - 1]}`, on(iso(m, d)));
          for (const verb of SEEN_OFF_VERBS)
            for (const ep of EPITHETS_ACC)
              for (const s of SEASONS_ACC) addAs(`${d} ${MONTHS_GEN[m - 1]} дети ${verb} ${ep}${s}`, on(iso(m, d)));
        }
    });
    section('the seasons: pins', () => SEASON_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a form\'s day left as empty guillemets is a blank date', () => {
      addAs('Приказ от « » 2025 г. №', blank);
      for (const lead of FORM_LEADS)
        for (const day of EMPTY_DAYS)
          for (const month of FORM_MONTHS)
            for (const year of FORM_YEARS) for (const tail of FORM_TAILS) addAs(`${lead} ${day}${month}${year}${tail}`, blank);
    });
    section('the form\'s blank date: pins', () => FORM_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 162: a season in the instrumental after «с» and a season seen off or met are no time; a form\'s day left as empty guillemets is a blank date',
  rows: () => sections().flatMap(([, rows]) => rows),
};
