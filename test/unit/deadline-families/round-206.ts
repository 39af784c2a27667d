/**
 * Round 206 (corpus-real-189: school and kindergarten Положения with procedural time limits — комиссия по урегулированию споров,
 * перевод, отчисление и восстановление, ИУП, апелляции, обучение на дому, академическая задолженность). Three classes, each a row of
 * the set (its source there):
 * - the filing of an application or a complaint, its delivery and a re-sitting after «при» («при подаче / доставке / пересдаче …»)
 *   are the moment of a procedure, an event like «при сдаче / выдаче …», with or without a span in the sentence («3. При подаче жалобы
 *   … которая в течение трех суток направляет жалобу …»);
 * - «в пределах <срок> <отсчёт>» is an offset from an event like «в течение <срок> <отсчёт>», and an offset beats the document the
 *   sentence names (round 8): «… не более двух раз в сроки, определяемые организацией, …, в пределах одного года с момента образования
 *   академической задолженности.»;
 * - a form's line of underscores right after a month word and right before a year in figures is the rest of that line, dropped: «от
 *   «08»__февраля_2021г.» → on 2021-02-08; with the day left blank it is a blank date («дата не заполнена»).
 * Pins: «в пределах календарного года» (open-ended work), «в пределах 30 дней» (a bare span), a term shortened by a span with «при
 * подаче …» saying when (round 104), a blank year after a month, a filled
 * form line before a day's month and around figures (rounds 163, 172), «при сдаче / выдаче» (round 145), «в порядке, установленном
 * приказом» with no verb of setting the dates (round 31's pin), «по закону» with a bare span (round 139).
 */
import { distinctRows, bareSpan, iso, on, by, ongoing, sectionsOf, unread, ev, type Expect, type Family, type Row } from './kit';

/** the verbal nouns after «при», what they are of, and who then acts */
const PRI_NOUNS = ['подаче', 'доставке', 'пересдаче'];
const PRI_OBJECTS: Record<string, string[]> = {
  подаче: ['жалобы', 'заявления', 'апелляции', 'документов'],
  доставке: ['документов', 'личного дела'],
  пересдаче: ['экзамена', 'академической задолженности'],
};
const SPANS = ['трех суток', '5 рабочих дней', 'одного месяца'];
const PRI_FRAMES = [
  'при {n} {o} комиссия в течение {s} направляет его в управление образования',
  'при {n} {o} в комиссию она в течение {s} рассматривает его',
  '3. При {n} {o} в исполнительный орган она подается через комиссию, которая в течение {s} направляет его вместе с делом',
];
const PRI_ALONE = ['при {n} {o}', 'Отметка о приеме ставится при {n} {o}'];

/** spans and anchors of «в пределах», and the documents a sentence names around it */
const WITHIN_SPANS = ['одного года', '30 дней', '10 рабочих дней', 'трех лет'];
const ANCHORS = ['с момента образования академической задолженности', 'со дня подачи заявления', 'после окончания учебного года'];
const WITHIN_FRAMES = [
  'в пределах {s} {a}',
  'Аттестация проводится в сроки, определяемые организацией, в пределах {s} {a}',
  'не более двух раз в сроки, определяемые школой, в пределах {s} {a}',
  'по приказу директора в пределах {s} {a}',
  'Восстановление допускается в порядке, установленном положением, в пределах {s} {a}',
];

/** a form's line of underscores after a month word, before its year */
const DAYS = [8, 28];
const YEARS = [2019, 2021, 2024];
const MONTHS_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const DAY_LINES: Array<[string, (d: number, m: string, y: number) => string, 'on' | 'by']> = [
  ['from a quoted day', (d, m, y) => `от «${String(d).padStart(2, '0')}»__${m}_${y}г.`, 'on'],
  ['a plain day', (d, m, y) => `${d} ${m}__${y} года`, 'on'],
  ['a quoted day, one underscore', (d, m, y) => `«${d}» ${m}_${y} г.`, 'on'],
  ['a deadline', (d, m, y) => `до ${d} ${m}_${y}`, 'by'],
];
const BLANK_DAY = (m: string, y: number): string => `«__» ${m}__${y} г.`;
const blankDate: Expect = { kind: 'unparsed', reason: /дата не заполнена/ };

const PINS: Row[] = [
  ['в пределах календарного года', ongoing],
  ['Регистрация ведется в пределах календарного года.', ongoing],
  ['в пределах 30 дней', bareSpan],
  ['«__» сентября 20__ г.', blankDate],
  ['«_25_»_______ 2020 г.', blankDate],
  ['от «08» февраля 2021г.', on('2021-02-08')],
  ['Протокол №_1__от_29_._08__.2023г.', on('2023-08-29')],
  ['««__19_»_____августа 2013 г.', on('2013-08-19')],
  ['при сдаче экзамена', ev('при сдаче')],
  // a term shortened by a span, «при подаче …» only saying when (round 104; corpus-real-18's row)
  ['Для ускоренного рассмотрения в отдельных случаях срок сокращается до 10 дней (например, при подаче через электронный канал с подтверждённой подписью).', bareSpan],
  ['при выдаче документов', ev('при выдаче')],
  ['Отпуск предоставляется в порядке, установленном приказом Минобрнауки.', unread],
  ['По Федеральному закону «Об образовании» студент должен пересдать экзамен в течение одного года.', bareSpan],
  ['в течение одного года с момента образования академической задолженности', ev('в течение одного года')],
];

const fill = (f: string, v: Record<string, string>): string => f.replace(/\{(\w)\}/g, (_m, k: string) => v[k] ?? '');

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«при подаче / доставке / пересдаче …» with a span in the sentence', () => {
      for (const n of PRI_NOUNS)
        for (const o of PRI_OBJECTS[n]!) for (const s of SPANS) for (const f of PRI_FRAMES) add(fill(f, { n, o, s }), ev(`при ${n}`));
    });
    section('«при подаче / доставке / пересдаче …» alone', () => {
      for (const n of PRI_NOUNS) for (const o of PRI_OBJECTS[n]!) for (const f of PRI_ALONE) add(fill(f, { n, o }), ev(`при ${n}`));
    });
    section('«в пределах <срок> <отсчёт>», a document named or not', () => {
      for (const s of WITHIN_SPANS) for (const a of ANCHORS) for (const f of WITHIN_FRAMES) add(fill(f, { s, a }), ev(`в пределах ${s}`));
    });
    section('a form line between a month and its year', () => {
      for (const [, make, kind] of DAY_LINES)
        for (const y of YEARS) for (const d of DAYS) MONTHS_GEN.forEach((m, i) => addAs(make(d, m, y), kind === 'on' ? on(iso(i + 1, d, y)) : by(iso(i + 1, d, y))));
    });
    section('the day left blank, the month line before the year', () => {
      for (const y of YEARS) for (const m of MONTHS_GEN) addAs(BLANK_DAY(m, y), blankDate);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 206: school Положения — «при подаче / доставке / пересдаче …», «в пределах <срок> <отсчёт>» beating a document, a form line between a month and its year',
  rows: () => distinctRows(sections()),
};
