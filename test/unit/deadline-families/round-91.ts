/**
 * Round 91 (corpus-real-80: the collegial bodies and internal regulations of schools and kindergartens). Four classes the set's first
 * run missed, as положения, school pages and news write them:
 * - days with no year of their own before a school year written with its years are days of that school year, not the end of a window
 *   from its start: «04 октября  в ОУ состоялось первое в 2016-2017 учебном году заседание Управляющего Совета.»;
 * - a bracketed explanation among the words of a term that «не ограничен» is open-ended like the words: «Срок полномочий Совет родителей
 *   (законных представителей) несовершеннолетних обучающихся не ограничен.»;
 * - the date named after «о / об» with a verb of making known in the active is a date made known later: «О дате выборов нового состава
 *   Управляющего совета сообщат позже.»;
 * - an order «по <организации>» inside a sentence names the order that sets it: «Директор приказом по Учреждению сроком на один год
 *   назначает секретаря Педагогического совета, который выполняет функции по фиксации решений совета.».
 * The first template of each class is the set's real row (its source in corpus-real-80.tsv).
 */
import { iso, on, ongoing, range, sched, variants, type Expect, type Row, type Family } from './kit';

// ── class 1: days before «в <учебный год>» ──
const YEAR_TEMPLATES = [
  '{d}  в ОУ состоялось первое в {y} учебном году заседание Управляющего Совета',
  '{d} прошло заседание педагогического совета в {y} учебном году',
  '{d} в детском саду прошли первые родительские собрания в новом {y} учебном году',
  '{d} состоялось первое в {y} уч. году заседание Совета обучающихся',
  '{d} прошли выборы в Совет старшеклассников в {y} учебном году',
];
const SCHOOL_YEARS: Array<[written: string, first: number]> = [['2016-2017', 2016], ['2016/2017', 2016], ['2019-2020', 2019], ['2025-2026', 2025], ['2009-2010', 2009]];
/** [written days, month (1-12), the days] */
const DAYS: Array<[string, number, number[]]> = [
  ['04 октября', 10, [4]], ['4 октября', 10, [4]], ['15 сентября', 9, [15]], ['28 ноября', 11, [28]], ['12 января', 1, [12]],
  ['17 февраля', 2, [17]], ['25 мая', 5, [25]], ['17, 21 октября', 10, [17, 21]], ['10 и 24 марта', 3, [10, 24]],
];
const inSchoolYear = (first: number, month: number): number => (month >= 9 ? first : first + 1);

// ── class 2: «Срок … (…) … не ограничен» ──
const TERM_TEMPLATES = [
  'Срок полномочий Совет родителей (законных представителей) несовершеннолетних обучающихся не ограничен',
  'Срок полномочий {b} {p} не ограничен',
  'Срок действия {b} {p} не ограничен',
  'Срок деятельности {b} {p} не ограничен',
];
const BODIES = ['Совета родителей', 'Совета обучающихся', 'Управляющего совета', 'Общего собрания работников', 'Педагогического совета', 'Комиссии', 'Положения', 'настоящего Положения'];
const BRACKETS = ['(законных представителей)', '(далее – Совет)', '(далее - Положение)', '(Совета)', '(ППк)', '(законных представителей) несовершеннолетних обучающихся'];

// ── class 3: «О дате … сообщат» ──
const TOLD_TEMPLATES = [
  'О дате выборов нового состава Управляющего совета сообщат позже',
  'О {n} {w} {v} позже',
  'О {n} {w} {v} дополнительно',
  'О {n} {w} нам {v} позднее',
];
const TOLD_NOUNS = ['дате', 'датах', 'сроках', 'сроке', 'времени'];
const TOLD_WHAT = ['заседания Совета', 'проведения собрания', 'выборов в Совет обучающихся', 'заседания ППк', 'общего собрания работников'];
const TOLD_VERBS = ['сообщат', 'сообщим', 'будет сообщено', 'объявят', 'известят', 'проинформируют', 'оповестят'];

// ── class 4: «приказом по <организации>» inside a sentence ──
const ORDER_TEMPLATES = [
  'Директор {o} сроком на один год назначает секретаря Педагогического совета, который выполняет функции по фиксации решений совета',
  'Секретарь педагогического совета назначается {o}',
  'Состав Совета {o} доводится до сведения работников',
  'Председатель комиссии назначается {o} на учебный год',
];
const ORDERS = ['приказом по Учреждению', 'приказом по школе', 'приказом по лицею', 'приказом по гимназии', 'приказом по ОУ', 'приказом по ДОУ', 'приказом по детскому саду', 'распоряжением по школе', 'приказом по организации'];

/** The reason of a schedule phrase that opens the text: the text with its first letter lowered, without the final dot or «;». */
const openingReason = (t: string): string => (t[0]!.toLowerCase() + t.slice(1)).replace(/[.;]$/, '');

const PINS: Row[] = [
  // a school year written first gave its days their year already; a half of a school year after a day stays a label (corpus-real-63)
  ['В 2016-2017 учебном году 04 октября состоялось заседание', on('2016-10-04')],
  ['12 января состоялся Педагогический совет по итогам 1 полугодия 2009-10 уч.года', on('2021-01-12')],
  // a day with a year of its own keeps it; a school year alone is its window
  ['04 октября 2016 года в 2016-2017 учебном году состоялось заседание', on('2016-10-04')],
  ['Заседания совета в 2016-2017 учебном году', range('2016-09-01', '2017-08-31')],
  // «срок … не ограничен» without brackets read already
  ['Срок полномочий Совета родителей не ограничен', ongoing],
  // a date written with the verb of making known wins
  ['О дате выборов сообщат 15 сентября', on('2021-09-15')],
  // an order's date stays a label as before (corpus-real-62), an order opening the text as before (round 19)
  ['Приказом по школе', sched('приказ по школе')],
];

export const family: Family = {
  title: 'round 91: days before «в 2016-2017 учебном году», «Срок … (законных представителей) … не ограничен», «О дате … сообщат», «приказом по Учреждению»',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of YEAR_TEMPLATES)
      for (const [y, first] of SCHOOL_YEARS)
        for (const [d, m, days] of DAYS) {
          const yr = inSchoolYear(first, m);
          const e: Expect = on(iso(m, days[days.length - 1]!, yr), iso(m, days[0]!, yr));
          rows.push(...variants(tpl.replace('{d}', d).replace('{y}', y)).map((t): Row => [t, e]));
        }
    for (const tpl of TERM_TEMPLATES)
      for (const b of tpl.includes('{b}') ? BODIES : [''])
        for (const p of tpl.includes('{p}') ? BRACKETS : ['']) rows.push(...variants(tpl.replace('{b}', b).replace('{p}', p)).map((t): Row => [t, ongoing]));
    for (const tpl of TOLD_TEMPLATES)
      for (const n of tpl.includes('{n}') ? TOLD_NOUNS : [''])
        for (const w of tpl.includes('{w}') ? TOLD_WHAT : [''])
          for (const v of tpl.includes('{v}') ? TOLD_VERBS : ['']) {
            const text = tpl.replace('{n}', n).replace('{w}', w).replace('{v}', v);
            rows.push(...variants(text).map((t): Row => [t, sched(openingReason(t))]));
          }
    for (const tpl of ORDER_TEMPLATES)
      for (const o of ORDERS) {
        const text = tpl.replace('{o}', o);
        rows.push(...variants(text).map((t): Row => [t, sched(t.slice(t.toLowerCase().indexOf(o.toLowerCase())).replace(/[.;]$/, ''))]));
      }
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
