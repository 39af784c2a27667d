/**
 * Round 84 (corpus-real-73: the legal and administrative procedures of education). Four classes the set's first run missed, as
 * regulations, orders and news of licensing, accreditation, control and grants write them:
 * - a deadline a document fixes — «в установленный в предписании срок», «в установленные законом сроки», «Указанный в предписании
 *   срок …», «Срок исполнения, указанный в предписании, …», «В указанном предписании устанавливается срок …» — is a schedule, like «в
 *   срок, установленный приказом»;
 * - «через каждые N лет / месяцев / недель» is a repeat like «каждые N лет», not an offset like «через 10 дней со дня …»;
 * - a repeat adjective in a text that says the event was organised («организована ежегодная «горячая линия»») names this year's item,
 *   its days (round 59's held verbs), also before a name in quotes;
 * - «в день приема / сбора / осмотра / визита …» inside a sentence is an offset of nought from an event, like «в день проведения».
 * The first template of each class is the set's real row (its source in corpus-real-73.tsv).
 */
import { by, ev, on, range, sched, variants, iso, MONTHS_GEN, type Expect, type Row, type Family } from './kit';

/** The reason of a schedule read inside a sentence: the text from the phrase on, lower-cased, without a final «.» or «;». */
function fromPhrase(text: string, phrase: string): Expect {
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) throw new Error(`${phrase} not in ${text}`);
  return sched(text.slice(at).toLowerCase().replace(/[.;]$/, ''));
}

const DOCS_P = ['предписании', 'приказе', 'плане', 'графике', 'распоряжении', 'положении', 'регламенте', 'договоре', 'уведомлении', 'решении', 'постановлении', 'законе'];
const DOCS_T = ['законом', 'законодательством', 'предписанием', 'решением'];
/** Documents a schedule already named before this round, with its own reason («в графике» → «график …», «приказом» → «… приказ …»):
 *  kept out of the templates whose reason is the text from the phrase on. */
const NAMED_BEFORE = new Set(['графике', 'регламенте']);
const PARTICIPLES: Array<[singular: string, plural: string]> = [['установленный', 'установленные'], ['указанный', 'указанные'], ['определенный', 'определенные']];

const FIXED_TEMPLATES = [
  '69. Организация, которой было выдано предписание, должна исполнить его {x} и представить в уполномоченный орган отчет о результатах исполнения предписания',
  'все обращения были проверены {x}',
  'Отчет об устранении нарушений направляется в управление образования {x}',
  'Школа устраняет выявленные нарушения {x} и представляет отчет',
];

const START_TEMPLATES = [
  '{p} в {doc} срок его исполнения не может превышать шесть месяцев',
  '{p} в {doc} срок исполнения не может превышать 6 месяцев',
];
const AFTER_TEMPLATES = [
  '54. Срок исполнения, {p} в {doc}, не может превышать 6 месяцев',
  'Сроки представления отчета, {p2} в {doc}, не могут быть продлены',
];
const SETTING_TEMPLATES = [
  'В указанном {doc} устанавливается срок его исполнения, который не может превышать шести месяцев',
  'В {doc} определяется срок представления отчета',
  'В {doc} указываются сроки устранения нарушений',
];

const EVERY_TEMPLATES = [
  'Через каждые {n} музей образовательного учреждения должен подтвердить звание',
  'через каждые {n} проводится перепаспортизация музея',
  'Проверка соблюдения лицензионных требований: через каждые {n}',
];
const EVERY: Array<[span: string, every: 'year' | 'month' | 'week']> = [
  ['пять лет', 'year'], ['5 лет', 'year'], ['три года', 'year'], ['2 года', 'year'], ['два месяца', 'month'], ['три месяца', 'month'],
  ['две недели', 'week'], ['2 недели', 'week'],
];

const HELD_TEMPLATES = [
  'В преддверии учебного года {w} в региональных управлениях Роспотребнадзора {v} для родителей по вопросам качества и безопасности детских товаров',
  '{w} в управлении образования {v}',
  'Для родителей первоклассников {w} {v}',
];
const HELD: string[] = ['организована ежегодная «горячая линия»', 'организована ежегодная горячая линия', 'организовано ежегодное «родительское собрание»',
  'организован ежегодный «Кросс нации»', 'организованы ежегодные консультации', 'организовали ежегодную ярмарку'];
const WINDOWS: Array<[m1: number, d1: number, m2: number, d2: number]> = [[8, 16, 9, 4], [3, 1, 3, 15], [5, 20, 6, 10], [11, 1, 11, 30]];

const DAY_TEMPLATES = [
  '60. Копия описи с отметкой о дате приема заявления о предоставлении лицензии и прилагаемых к нему документов {x} вручается соискателю лицензии или направляется ему заказным почтовым отправлением с уведомлением о вручении',
  'Уведомление о регистрации выдается заявителю {x}',
  'Результаты рассмотрения сообщаются родителям {x}',
];
const DAY: Array<[phrase: string, names: string]> = [
  ['в день приема', 'приема'], ['в день приема заявления', 'приема'], ['в день его приема', 'приема'], ['в дни приема', 'приема'],
  ['в день сбора', 'сбора'], ['в день осмотра', 'осмотра'], ['в день визита', 'визита'], ['в день отбора', 'отбора'], ['в день набора', 'набора'],
  ['в день выпуска', 'выпуска'], ['в день старта', 'старта'],
];

const PINS: Row[] = [
  // a date written with them wins as before
  ['Организация должна исполнить предписание в установленный в предписании срок до 1 сентября', by('2021-09-01')],
  ['Срок исполнения, указанный в предписании: до 1 сентября 2021 года', by('2021-09-01')],
  ['в день сбора макулатуры 15 мая', on('2021-05-15')],
  // read as before: the participle alone, a span from an event, an offset after «через»
  ['в установленный срок', sched('в установленный срок')],
  ['в сроки, установленные приказом УО', sched('сроки, установленные приказом УО')],
  ['в течение 10 рабочих дней со дня получения предписания', ev('получения')],
  ['через 10 дней со дня проведения', ev('проведения')],
  ['через неделю после подачи заявления', ev('подачи')],
  ['через 5 лет после открытия музея', ev('открытия')],
  ['в день проведения экзамена', ev('проведения')],
  // a repeat adjective with nothing held: the repeat stays
  ['ежегодная «горячая линия» с 16 августа до 4 сентября', { kind: 'recurring', every: 'year', day: 4, start: '2021-08-16', due: '2021-09-04' }],
  ['Будет организована ежегодная ярмарка с 16 августа до 4 сентября', { kind: 'recurring', every: 'year', day: 4, start: '2021-08-16', due: '2021-09-04' }],
  ['каждые пять лет', { kind: 'recurring', every: 'year', day: null, start: '2021-01-01', due: '2021-12-31' }],
];

export const family: Family = {
  title: 'round 84: a deadline a document fixes is a schedule; «через каждые N лет» repeats; «организована ежегодная …» is this year\'s; «в день приема» is an event',
  rows: () => {
    const rows: Row[] = [];
    const push = (text: string, expect: (t: string) => Expect): void => {
      for (const t of variants(text)) rows.push([t, expect(t)]);
    };
    for (const tpl of FIXED_TEMPLATES)
      for (const [one, many] of PARTICIPLES) {
        for (const doc of DOCS_P.filter((d) => !NAMED_BEFORE.has(d))) {
          const x = `в ${one} в ${doc} срок`;
          push(tpl.replace('{x}', x), (t) => fromPhrase(t, x));
          const y = `в ${many} в ${doc} сроки`;
          push(tpl.replace('{x}', y), (t) => fromPhrase(t, y));
        }
        for (const doc of DOCS_T) {
          const x = `в ${many} ${doc} сроки`;
          push(tpl.replace('{x}', x), (t) => fromPhrase(t, x));
          const y = `в ${one} ${doc} срок`;
          push(tpl.replace('{x}', y), (t) => fromPhrase(t, y));
        }
      }
    for (const tpl of START_TEMPLATES)
      for (const [one] of PARTICIPLES)
        for (const doc of DOCS_P) {
          const text = tpl.replace('{p}', one[0]!.toUpperCase() + one.slice(1)).replace('{doc}', doc);
          push(text, (t) => sched(t.toLowerCase().replace(/[.;]$/, '')));
        }
    for (const tpl of AFTER_TEMPLATES)
      for (const [one, many] of PARTICIPLES)
        for (const doc of DOCS_P) {
          const text = tpl.replace('{p}', one).replace('{p2}', many).replace('{doc}', doc);
          push(text, (t) => sched(t.replace(/^54\. /, '').toLowerCase().replace(/[.;]$/, '')));
        }
    for (const tpl of SETTING_TEMPLATES)
      for (const doc of DOCS_P.filter((d) => !NAMED_BEFORE.has(d))) {
        const text = tpl.replace('{doc}', doc);
        push(text, (t) => sched(t.toLowerCase().replace(/[.;]$/, '')));
      }
    for (const tpl of EVERY_TEMPLATES)
      for (const [n, every] of EVERY)
        push(tpl.replace('{n}', n), () => ({ kind: 'recurring', every, day: null, start: '2021-01-01', due: '2021-12-31' }));
    for (const tpl of HELD_TEMPLATES)
      for (const v of HELD)
        for (const [m1, d1, m2, d2] of WINDOWS) {
          const w = `с ${d1} ${MONTHS_GEN[m1 - 1]} до ${d2} ${MONTHS_GEN[m2 - 1]}`;
          push(tpl.replace('{w}', w).replace('{v}', v), () => range(iso(m1, d1), iso(m2, d2)));
        }
    for (const tpl of DAY_TEMPLATES) for (const [x, names] of DAY) push(tpl.replace('{x}', x), () => ev(names));
    for (const [t, e] of PINS) push(t, () => e);
    return rows;
  },
};
