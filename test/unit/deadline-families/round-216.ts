/**
 * Round 216 (corpus-real-198: комплектование детских садов и преемственность — the terms of distributing places and issuing
 * направления, the regimes of the adaptation period, the first-class admission, the news of kindergartens and schools). Five
 * classes, each a row of the set (its source there):
 * - a count of one or two figures after a verb of turning («исполнилось / исполнится …») with no «лет / года» after it, closing the
 *   clause, is an age, a label like round 108's («Старшему сыну исполнилось 3 и осенью мы собрались отправить его в сад.»);
 * - the start or the end of rendering a (municipal, state) service is an event («Выдается в начале оказания услуги»);
 * - the first days of a stay, a count or two counts of them with «дня / дней», a dash before the noun of the stay or not, are counted
 *   from the child's first day («Первые 2-3 дня –  пребывание ребенка в группе не более 3-х часов.»), and the days after the ones a
 *   text has named («В последующие дни …») from those;
 * - a span from an hour of one weekday to an hour of another is that stretch of every week («с 7.00 ч. понедельника до 19.00 ч.
 *   пятницы»);
 * - a month's name right after «каждый» is a yearly repeat over the period, like «ежегодно в сентябре» («Каждый сентябрь в Калужских
 *   дворах – целое событие, …»).
 * Pins: round 108's age with its «лет», a day after the verb of turning, «в процессе предоставления … услуги» in a service's term,
 * «2-3 дня» alone, «в последующие годы», weekday spans with no hours, «каждый месяц», «каждое лето», «ежегодно в сентябре».
 */
import { distinctRows, bareSpan, ev, MONTHS_NOM, ongoing, on, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** who turns the age, the verb, the count, and the rest of the sentence with the window it names */
const WHO = ['Старшему сыну', 'Дочке', 'Ребенку', 'Внучке'];
const TURNED = ['исполнилось', 'исполнится'];
const COUNTS = ['3', '4'];
const AFTER_AGE: Array<[string, Expect]> = [
  [' и осенью мы собрались отправить его в сад', range('2021-09-01', '2021-11-30')],
  [', и в сентябре мы пошли в детский сад', range('2021-09-01', '2021-09-30')],
  [' и летом мы записались в садик', range('2021-06-01', '2021-08-31')],
];

/** the moment of a service, its verbal noun, an adjective or none, and what is issued then */
const MOMENTS = ['в начале', 'в конце'];
const RENDERING = ['оказания', 'предоставления'];
const SERVICE = ['услуги', 'муниципальной услуги', 'государственной услуги'];
const ISSUED = ['Выдается', 'Уведомление выдается', 'Путевка выдается заявителю'];

/** counts of the first days with their unit, and the frames of a regime's row */
const FIRST_DAYS: Array<[string, string]> = [
  ['2-3', 'дня'],
  ['1-2', 'дня'],
  ['три', 'дня'],
  ['два', 'дня'],
  ['5', 'дней'],
  ['3-5', 'дней'],
];
const FIRST_FRAMES = [
  'Первые {n} {u} – пребывание ребенка в группе не более 3-х часов',
  'первые {n} {u} - пребывание в группе до обеда',
  'В первые {n} {u} пребывания ребенка в детском саду родители остаются в группе',
  'первые {n} {u} обучения',
];
/** what is done in the days after the first ones */
const LATER = [
  'В последующие дни время пребывания ребенка в группе постепенно увеличивается',
  'в последующие дни ребенок остается на дневной сон',
  'В последующие дни продолжительность пребывания увеличивается на 1 час',
  'на последующий день ребенка оставляют до обеда',
];

/** hours of the start and the end, the weekdays in the genitive, and the frames of a regime's field */
const HOURS: Array<[string, string]> = [
  ['7.00 ч.', '19.00 ч.'],
  ['7.00', '19.00'],
  ['8:00', '18:00'],
  ['07.00', '18.00'],
];
const WEEKDAYS: Array<[string, string]> = [
  ['понедельника', 'пятницы'],
  ['понедельника', 'субботы'],
  ['вторника', 'четверга'],
  ['воскресенья', 'пятницы'],
];
const WEEK_FRAMES = ['с {h1} {d1} до {h2} {d2}', 'Группа работает с {h1} {d1} до {h2} {d2}', 'Круглосуточная группа: с {h1} {d1} до {h2} {d2}'];

/** what happens in a month of every year */
const EACH_MONTH_FRAMES = ['каждый {m}', 'Каждый {m} в школе проходит праздник', 'каждый {m} мы проводим встречу с выпускниками'];

const PINS: Row[] = [
  // round 108's age with its «лет / года», and a day after the verb of turning, as before
  ['Сыну исполнилось 3 года и осенью мы пошли в сад.', range('2021-09-01', '2021-11-30')],
  ['Ему исполнится 7 сентября', on('2021-09-07')],
  ['исполнилось 100 лет со дня рождения', ev('рождения')],
  // the course of rendering a service inside a sentence on its term stays a bare span
  ['в процессе предоставления государственной услуги и не может превышать 10 рабочих дней', bareSpan],
  // two counts of days alone, the first days of a camp's stay, years after «последующие»
  ['2-3 дня', bareSpan],
  ['в первые дни пребывания в лагере', ev('первые')],
  ['в последующие годы', unread],
  ['действовать и в последующие морозные дни', ev('морозные')],
  // weekday spans with no hours, or no «с» before the first hour
  ['с понедельника до пятницы', ongoing],
  ['с понедельника по пятницу', rec('week')],
  ['до 19.00 пятницы', unread],
  // «каждый» before a unit, a season; a yearly repeat in a month
  ['каждый месяц', rec('month')],
  ['каждое лето', { kind: 'recurring', every: 'year', start: '2021-06-01', due: '2021-08-31' }],
  ['ежегодно в сентябре', rec('year')],
  ['в сентябре', range('2021-09-01', '2021-09-30')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a bare count after a verb of turning is an age', () => {
      for (const w of WHO)
        for (const v of TURNED) for (const n of COUNTS) for (const [tail, e] of AFTER_AGE) add(`${w} ${v} ${n}${tail}`, e);
    });
    section('the start or the end of rendering a service', () => {
      for (const i of ISSUED)
        for (const m of MOMENTS) for (const r of RENDERING) for (const s of SERVICE) add(`${i} ${m} ${r} ${s}`, ev('услуг'));
    });
    section('the first days of a stay and the days after them', () => {
      for (const [n, u] of FIRST_DAYS) for (const f of FIRST_FRAMES) add(f.replace('{n}', n).replace('{u}', u), ev('перв'));
      for (const t of LATER) add(t, ev('последующ'));
    });
    section('a span from an hour of one weekday to an hour of another', () => {
      for (const [h1, h2] of HOURS)
        for (const [d1, d2] of WEEKDAYS)
          for (const f of WEEK_FRAMES) add(f.replace('{h1}', h1).replace('{d1}', d1).replace('{h2}', h2).replace('{d2}', d2), rec('week'));
    });
    section('a month after «каждый»', () => {
      for (const m of MONTHS_NOM) for (const f of EACH_MONTH_FRAMES) add(f.replace('{m}', m), rec('year'));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 216: комплектование ДОУ и преемственность — a bare age after «исполнилось», the start or end of a service, the first and the following days of a stay, hours across weekdays, «каждый <месяц>»',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
