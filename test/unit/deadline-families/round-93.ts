/**
 * Round 93 (corpus-real-82: municipal and regional work on the quality of schooling). One class of the set's first run, as news of
 * education offices, methodical centres and ministries write it:
 * - work said to go on «в настоящее время» / «в настоящий момент» («at present») with no date is open-ended work, like «постоянно»:
 *   «В настоящее время в Кабардино-Балкарии работает Центр непрерывного повышения профессионального мастерства для педагогических
 *   работников в рамках нацпроекта «Образование», уточнили в Минпросвещения республики.».
 * The first template is the set's real row (its source in corpus-real-82.tsv). The set's six other misses stay on KNOWN_MISSES.
 */
import { by, ongoing, range, variants, type Expect, type Row, type Family } from './kit';

const TEMPLATES = [
  '{x} в Кабардино-Балкарии работает Центр непрерывного повышения профессионального мастерства для педагогических работников в рамках нацпроекта «Образование», уточнили в Минпросвещения республики',
  '{x} ведется работа по адресной поддержке школ с низкими образовательными результатами',
  '{x} проводится мониторинг реализации антирисковых программ',
  '{x} муниципальные кураторы посещают школы проекта «500+»',
  '{x} идет прием заявок на курсы повышения квалификации',
  '{x} в районе действует сеть опорных школ',
  'Методисты ИМЦ {x} оказывают консультационную помощь учителям математики',
  'Управление образования {x} готовит план мероприятий по повышению качества образования',
  'Школы-наставники {x} сопровождают школы с низкими результатами',
  'Работа по формированию функциональной грамотности {x} продолжается',
];
const PHRASES = ['в настоящее время', 'В настоящее время,', 'в настоящий момент', 'В настоящий момент,'];
const MIDDLE = ['в настоящее время', 'в настоящий момент'];

const PINS: Array<[string, Expect]> = [
  // a date in the text wins as before
  ['В настоящее время, до 15 мая, идет прием заявлений', by('2021-05-15')],
  ['В настоящее время (с 1 по 15 марта) проходит мониторинг', range('2021-03-01', '2021-03-15')],
  ['В настоящий момент, в течение сентября, идет комплектование групп', range('2021-09-01', '2021-09-30')],
];

export const family: Family = {
  title: 'round 93: «в настоящее время» with no date is open-ended work',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of TEMPLATES)
      for (const p of tpl.startsWith('{x}') ? PHRASES : MIDDLE) rows.push(...variants(tpl.replace('{x}', p)).map((t): Row => [t, ongoing]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
