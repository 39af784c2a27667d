/**
 * Round 257 (corpus-real-228, 102/102 first): an ordinal weekday of a month named after «каждый / каждую / каждое» is that weekday of
 * the month of every year, a yearly repeat — «Отмечается он каждое третье воскресенье октября.» (a school's news on the Day of the
 * father, http://stolipino.nikrn.ru/razgovoryi-o-vazhnom-8) → `recurring`, `year` (it was weekly: «каждое воскресенье» gave the unit,
 * and `on` the day when the ordinal was written in figures, «каждый 1-й понедельник июля»), as «ежегодно в третье воскресенье октября».
 * Pins: with no ordinal («каждую субботу октября») it is every such weekday of that month; with «месяца» («каждую последнюю пятницу
 * месяца», «каждую вторую среду месяца») every month; with no month («каждый второй вторник») weekly; with no «каждый» («в третье
 * воскресенье октября», «День матери в России отмечается в последнее воскресенье ноября») that one day; and the other phrasings of
 * corpus-real-228 that read right on the first run (a figure's N-th Saturday of every month, a weekday with its hours, «один раз в три
 * месяца», news datelines).
 */
import { distinctRows, on, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

const GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
/** «каждый» in the accusative of each gender, its ordinals (words, «последний», figures) and the weekdays of that gender */
const EACH: Array<[string, string[], string[]]> = [
  ['каждый', ['первый', 'второй', 'третий', 'четвёртый', 'четвертый', 'последний', '1-й', '2-й'], ['понедельник', 'вторник', 'четверг']],
  ['каждую', ['первую', 'вторую', 'третью', 'четвёртую', 'последнюю', '3-ю'], ['среду', 'пятницу', 'субботу']],
  ['каждое', ['первое', 'второе', 'третье', 'четвёртое', 'последнее', '3-е'], ['воскресенье']],
];
/** what real texts write before it */
const FRAMES = ['{}', 'Отмечается он {}.', 'Теперь праздник будет отмечаться ежегодно, {}.', 'Родительский день проводится {}'];

const weekly = (start: string, due: string): Expect => ({ kind: 'recurring', every: 'week', day: null, start, due });

const PINS: Row[] = [
  // no ordinal: every such weekday of the month named (as before)
  ['каждую субботу октября', weekly('2021-10-01', '2021-10-31')],
  // «месяца»: every month (rounds 127, 56)
  ['каждую последнюю пятницу месяца', rec('month')],
  ['каждую вторую среду месяца', rec('month')],
  ['Родители выходят в рейды в День знаний и в День последнего звонка, а также каждую последнюю пятницу месяца.', rec('month')],
  // no month: every week
  ['каждый второй вторник', rec('week')],
  // no «каждый»: that one day (as «в первую среду декабря»; the last weekday of a month, round 95)
  ['в третье воскресенье октября', on('2021-10-17')],
  ['День матери в России отмечается в последнее воскресенье ноября.', on('2021-11-28')],
  ['Стало традицией в последнее воскресенье ноября отмечать День Матери.', on('2021-11-28')],
  // «ежегодно» before it: the yearly repeat, as before
  ['День отца в России отмечают ежегодно в третье воскресенье октября.', rec('year')],
  ['День матери в России отмечается ежегодно в последнее воскресенье ноября.', rec('year')],
  // corpus-real-228's other phrasings, right on the first run
  ['1 суббота месяца - День гражданского и патриотического, духовно-нравственного воспитания', rec('month')],
  ['4 суббота месяца - День взаимодействия с семьей', rec('month')],
  ['Понедельник – 16.00 – 18.00', rec('week')],
  ['Пятница - 9.00 - 12.00', rec('week')],
  ['Заседания совета родительской общественности планируется проводить один раз в три месяца.', rec('quarter')],
  ['Омск, 22 марта - АиФ-Омск.', on('2021-03-22')],
  ['(Саранск, 5 ноября, "Татар-информ", Анвар Бикинин).', on('2021-11-05')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('an ordinal weekday of a named month after «каждый»', () => {
      let k = 0;
      for (const [each, ords, days] of EACH)
        for (const o of ords)
          for (const d of days) {
            const m = GEN[k++ % GEN.length]!;
            add(`${each} ${o} ${d} ${m}`, rec('year'));
            for (const f of FRAMES.slice(1)) addAs(f.replace('{}', `${each} ${o} ${d} ${m}`), rec('year'));
          }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 257: an ordinal weekday of a named month after «каждый» is a yearly repeat',
  rows: () => distinctRows(sections()),
};
