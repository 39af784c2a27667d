/**
 * Round 99 (corpus-real-87: the office work and reporting of schools and education offices). Five classes the set's first run missed,
 * as reception pages, положения, policies on personal data and news of orders write them:
 * - after a weekday's hours, a spaced dash and words of what the hours are for («понедельник: 8.00 - 10.00 - прием по личным вопросам») are
 *   a note: the weekday stays a day of every week;
 * - a document that fixes the deadline («в установленные законодательством сроки») outranks a condition opening the text («В случае
 *   прекращения обработки …»);
 * - words between «по истечении» and the term («по истечении законодательно установленных сроков их хранения») keep it an event;
 * - entering into force in a year («вступают в силу в 2017 году») is in force from the year's first day;
 * - an order, a decree or an instruction issued «о … сроках …» («издает приказ о порядке, сроках проведения самообследования») sets
 *   those dates: a schedule.
 * The first template of each class is the set's real row (its source in corpus-real-87.tsv).
 */
import { by, ev, on, range, rec, sched, sectionsOf, type Row, type Family } from './kit';

// ─── A note after a weekday's hours ─────────────────────────────────────────────────────────────────────────────
const WEEKDAYS = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];
const HOURS = ['8.00 - 10.00', '14.00 - 16.00', '9:00 - 12:00', '16.00-19.00', 'с 12.00 до 13.00', '10.00 – 12.00'];
const AFTER_DAY = [': ', ' '];
const NOTES = ['прием по личным вопросам', 'приём граждан', 'консультации для родителей', 'прием обращений', 'личный прием директора'];
const NOTE_DASHES = [' - ', ' – ', ' — '];
const NOTE_PINS: Row[] = [
  // a date after the dash or the comma is that day, as before
  ['пятница - 13 марта', on('2021-03-13')],
  ['пятница, 13 марта', on('2021-03-13')],
  ['понедельник: 8.00 - 10.00 - прием, 15 мая', on('2021-05-15')],
  // a weekday with words and no hours, or a bracket, reads as before
  ['понедельник - прием граждан', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['среда (каникулы)', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  // the hours alone read as before
  ['понедельник: 8.00 - 10.00', rec('week')],
  ['среда с 12.00 до 13.00', rec('week')],
];

// ─── A document fixing the deadline after a condition ────────────────────────────────────────────────────────────
const CONDITIONS = [
  'В случае прекращения обработки персональных данных оператор обязан уничтожить персональные данные или обеспечить их уничтожение',
  'В случае отзыва согласия оператор прекращает обработку персональных данных',
  'В случае выявления нарушений школа устраняет их',
  'При выявлении неточных персональных данных оператор уточняет их',
  'При поступлении запроса ответ направляется',
  'В случае необходимости документы передаются в архив',
];
const FIXING = [
  'в установленные законодательством сроки',
  'в установленные законом сроки',
  'в установленный законом срок',
  'в установленный приказом срок',
  'в установленный в предписании срок',
  'в указанные в положении сроки',
  'в определенный договором срок',
];
const FIXING_PINS: Row[] = [
  // the condition alone, or with a plan that does not fix the deadline, is still its event
  ['В случае прекращения обработки персональных данных', ev('в случае')],
  ['В случае необходимости по плану школы', ev('в случае')],
  // a counted span after the condition counts from its own event
  ['В случае выявления нарушений в течение 5 дней со дня проверки в установленные законом сроки', ev('в случае')],
  // a date after the condition wins as before
  ['В случае выявления нарушений до 15 мая', by('2021-05-15')],
  // without the condition the document was already a schedule
  ['Оператор обязан уничтожить персональные данные в установленные законодательством сроки.', sched('в установленные законодательством сроки')],
];

// ─── «по истечении <words> срок*» inside a sentence ──────────────────────────────────────────────────────────────
const EXPIRY_FRAMES = [
  'Кроме того, уничтожить документы можно только {x} их хранения',
  'Документы уничтожаются {x} хранения',
  'Дела передаются в архив {x}',
  'Персональные данные подлежат уничтожению {x}',
  'Журналы списываются {x} хранения',
];
/** the words before the term: plural ones before «сроков», singular ones before «срока» */
const EXPIRY_PLURAL = ['законодательно установленных', 'установленных законом', 'нормативных', 'указанных', 'предусмотренных законодательством', 'установленных'];
const EXPIRY_SINGULAR = ['установленного', 'гарантийного', 'нормативного', 'установленного законом', 'указанного в номенклатуре дел'];
const EXPIRY_PINS: Row[] = [
  // the term right after «по истечении», and a date with it, read as before (round 82)
  ['или по истечении срока – 5 лет', ev('по истечении')],
  ['до 1 мая, по истечении срока', by('2021-05-01')],
  ['по истечении 10 дней со дня получения заявления', ev('по истечении')],
];

// ─── Entering into force in a year ──────────────────────────────────────────────────────────────────────────────
const FORCE_FRAMES = [
  'Приказом Минобрнауки России от 29.11.2016 N 1487 внесены изменения в Порядок заполнения, учета и выдачи документов о высшем образовании и о квалификации и их дубликатов, которые {v} в силу в {y}',
  'Изменения {v} в силу в {y}',
  'Новый порядок {v} в силу в {y}',
  'Положение о делопроизводстве, {v} в силу в {y}',
];
const FORCE_VERBS = ['вступают', 'вступает', 'вступит', 'вступят', 'вступил', 'вступила', 'вступило', 'вступили', 'вступающий', 'вступивший', 'вступающие'];
const FORCE_YEARS: Array<[string, string]> = [
  ['2017 году', '2017-01-01'],
  ['2013 году', '2013-01-01'],
  ['2019 г.', '2019-01-01'],
  ['2020 году', '2020-01-01'],
  ['2021 году', '2021-01-01'],
];
const FORCE_PINS: Row[] = [
  // an event or a day after «в силу», and a year alone, read as before
  ['вступает в силу со дня его подписания', ev('со дня')],
  ['вступил в силу 01.09.2021', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['вступает в силу в сентябре 2021 года', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['в 2017 году', range('2017-01-01', '2017-12-31')],
  ['Изменения внесены в 2017 году', range('2017-01-01', '2017-12-31')],
];

// ─── An order issued «о … сроках …» ────────────────────────────────────────────────────────────────────────────
const ORDER_SUBJECTS = ['2.1.Директор Школы', 'Директор школы', 'Руководитель учреждения', 'Заведующий ДОУ', 'Начальник управления образования'];
const ORDER_VERBS = ['издает', 'издают', 'издал', 'издала'];
const ORDER_DOCS = ['приказ', 'распоряжение', 'постановление'];
const ORDER_OBJECTS = [
  'о порядке, сроках проведения самообследования и составе комиссии по проведению самообследования (далее Комиссии)',
  'о сроках проведения инвентаризации',
  'о порядке и сроках проведения мониторинга',
  'о сроках представления отчетов',
  'о составе комиссии, сроках и порядке передачи дел в архив',
];
const ORDER_PINS: Row[] = [
  // an order about something else names no dates, as before
  ['Директор издает приказ о составе комиссии', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  // a date written with it wins
  ['Директор издает приказ о сроках проведения самообследования до 1 марта', by('2021-03-01')],
  // the decision «о сроках» reads as before (round 59)
  ['Решение о сроках проведения принимается директором', sched('решение о сроках проведения принимается директором')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a note after a weekday\'s hours', () => {
      for (const day of WEEKDAYS)
        for (const hours of HOURS)
          for (const after of AFTER_DAY)
            for (const [k, note] of NOTES.entries()) add(`${day}${after}${hours}${NOTE_DASHES[k % NOTE_DASHES.length]}${note}`, rec('week'));
    });
    section('a note after a weekday\'s hours: pins', () => NOTE_PINS.forEach(([t, e]) => add(t, e)));
    section('a document fixing the deadline after a condition', () => {
      for (const c of CONDITIONS) for (const f of FIXING) add(`${c} ${f}`, sched(f));
    });
    section('a document fixing the deadline after a condition: pins', () => FIXING_PINS.forEach(([t, e]) => add(t, e)));
    section('«по истечении <слова> срок*»', () => {
      for (const frame of EXPIRY_FRAMES) {
        for (const a of EXPIRY_PLURAL) add(frame.replace('{x}', `по истечении ${a} сроков`), ev('по истечении'));
        for (const a of EXPIRY_SINGULAR) add(frame.replace('{x}', `по истечении ${a} срока`), ev('по истечении'));
      }
    });
    section('«по истечении <слова> срок*»: pins', () => EXPIRY_PINS.forEach(([t, e]) => add(t, e)));
    section('entering into force in a year', () => {
      for (const frame of FORCE_FRAMES)
        for (const v of FORCE_VERBS)
          for (const [y, start] of FORCE_YEARS) add(frame.replace('{v}', v).replace('{y}', y), { kind: 'ongoing', start, due: '2021-12-31' });
    });
    section('entering into force in a year: pins', () => FORCE_PINS.forEach(([t, e]) => add(t, e)));
    section('an order issued «о … сроках …»', () => {
      for (const s of ORDER_SUBJECTS)
        for (const v of ORDER_VERBS)
          for (const d of ORDER_DOCS) for (const o of ORDER_OBJECTS) add(`${s} ${v} ${d} ${o}`, sched(`${v} ${d} ${o}`));
    });
    section('an order issued «о … сроках …»: pins', () => ORDER_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 99: a note after a weekday\'s hours, a fixing document after a condition, «по истечении <слова> срока», entering into force in a year, an order «о … сроках»',
  rows: () => sections().flatMap(([, rows]) => rows),
};
