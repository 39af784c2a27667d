/**
 * Round 187 (corpus-real-173, children's road safety): a count of months before the current year in words («За 11 месяцев этого года
 * …») is the first months of the context's year, as round 66's count before a year in figures is; an act's number whose part after a
 * slash has its own dotted parts and a tail glued by «-» («письма … №24/3.2-14536 от 06.09.2023») is one number, so the date after
 * «от» is the act's label and the days after it are read.
 * Pins: a count before a year in figures, a count before «до <событие>», a bare span, a protocol's number and date (the meeting's day),
 * an act's number with no dotted part, a plain number after «№».
 */
import { bareSpan, ev, iso, lastDay, on, range, unread, by, sectionsOf, type Family } from './kit';

/** counts of months in figures and in words, with their value */
const COUNTS: Array<[string, number]> = [
  ['1', 1], ['2', 2], ['3', 3], ['4', 4], ['5', 5], ['6', 6], ['7', 7], ['8', 8], ['9', 9], ['10', 10], ['11', 11], ['12', 12],
  ['три', 3], ['четыре', 4], ['шесть', 6], ['девять', 9],
];
/** the month word after a count */
const monthWord = (n: number): string => (n === 1 ? 'месяц' : n <= 4 ? 'месяца' : 'месяцев');
/** the current year in words, in the genitive */
const CURRENT = ['этого', 'текущего', 'нынешнего', 'сего'];
/** what a report says of such a period, before or after it */
const FRAMES: Array<(span: string) => string> = [
  (s) => `за ${s}`,
  (s) => `За ${s} на территории области произошло 210 дорожно-транспортных происшествий`,
  (s) => `статистика ДТП с участием детей за ${s}`,
  (s) => `В Свердловской области за ${s} зарегистрировано 92 ДТП с участием детей`,
];

/** nouns of issued acts before «№», as a sentence writes them */
const ACTS = ['письма', 'письмом', 'приказа', 'Приказ', 'распоряжения', 'Письмо'];
/** act numbers whose part after a slash has dotted parts, with or without a tail glued by «-» */
const NUMBERS = ['24/3.2-14536', '01-15/2.1-345', '12/4.5', '3/1.2-07', '02-14/3.1.2-1120', '47/2.3'];
/** the act's date after «от» */
const ACT_DATES = ['06.09.2023', '3 марта 2021 года', '12.11.2020г.'];

function sections(): Array<[string, import('./kit').Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a count of months before the current year in words: the first months of the context\'s year', () => {
      addAs('За 11 месяцев этого года на территории области произошло 210 дорожно-транспортных происшествий в которых пострадали несовершеннолетние саратовцы.', range('2021-01-01', '2021-11-30'));
      for (const [count, n] of COUNTS)
        for (const adj of CURRENT)
          for (const frame of FRAMES) add(frame(`${count} ${monthWord(n)} ${adj} года`), range('2021-01-01', iso(n, lastDay(n))));
    });
    section('an act\'s number with a dotted part after its slash: one number, the date after «от» its label', () => {
      addAs('В соответствии с пунктом 6 Плана мероприятий по вопросам развития в субъектах Российской Федерации системы профилактики детского дорожно-транспортного травматизма в рамках межведомственного взаимодействия Минпросвещения России и Госавтоинспекции в 2023 году, на основании письма Министерства общего и профессионального образования №24/3.2-14536 от 06.09.2023, в целях совершенствования деятельности образовательных организаций по профилактике дорожно-транспортных происшествий с участием детей, повышения уровня правовой культуры в области дорожного движения с 18 по 22 сентября 2023 обучающиеся образовательных организаций приняли участие во Всероссийской недели безопасности дорожного движения.', range('2023-09-18', '2023-09-22'));
      for (const act of ACTS)
        for (const n of NUMBERS) {
          for (const d of ACT_DATES) {
            addAs(`${act} №${n} от ${d}`, unread);
            addAs(`${act} № ${n} от ${d}`, unread);
          }
          add(`на основании ${act.toLowerCase()} №${n} от 06.09.2023 с 18 по 22 сентября 2023 года проходит неделя безопасности`, range('2023-09-18', '2023-09-22'));
          add(`во исполнение ${act.toLowerCase()} № ${n} от 06.09.2023 представить отчёт до 1 октября 2023 года`, by('2023-10-01'));
        }
    });
    section('round 187 pins', () => {
      addAs('за 9 месяцев 2014 года', range('2014-01-01', '2014-09-30'));
      addAs('За 6 месяцев 2021 года', range('2021-01-01', '2021-06-30'));
      addAs('за 11 месяцев до начала года', ev('до начала года'));
      addAs('за 3 месяца до окончания текущего года', ev('до окончания текущего года'));
      addAs('в течение 6 месяцев', bareSpan);
      addAs('протокол № 24/3.2-14536 от 06.09.2023', on('2023-09-06'));
      addAs('Протокол №3/1.2 от 29.08.2023', on('2023-08-29'));
      addAs('Приказ №133/6 от 27.09.2021 г.', unread);
      addAs('приказ № 24/3-14536 от 06.09.2023', unread);
      addAs('№ 5', unread);
      addAs('в текущем году', range('2021-01-01', '2021-12-31'));
    });
  });
}

export const family: Family = {
  title: 'round 187: a count of months before the current year in words, an act\'s number with a dotted part after its slash',
  rows: () => sections().flatMap(([, rows]) => rows),
};
