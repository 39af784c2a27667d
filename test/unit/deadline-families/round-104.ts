/**
 * Round 104 (corpus-real-87's known misses: the office work and reporting of schools). One class its first run missed, as the rules of
 * citizens' appeals, requests of personal data and regulations of services write it:
 * - a term extended or shortened by a span («срок рассмотрения обращения может быть продлен, но не более чем на 30 дней», «указанный срок
 *   может быть продлен не более чем на 5 рабочих дней в случае …», «срок сокращается до 15 дней») with a condition before or after it
 *   is a bare span: the condition only says when the term changes. A document that sets the dates (round 15), a span counted from an
 *   event written after it, a date, and an extension with no span read as before.
 * - a span counted «с начала» of an event («не допускается в дошкольное учреждение 21 день с начала контакта», «в течение месяца с начала
 *   заболевания») counts from that event like «с момента»; «с начала учебного года / месяца / сентября / каникул» names a period's start
 *   with a date of its own and reads as before.
 * The first two extension templates are corpus-real-87's real rows, the first start-of-event template corpus-real-86's (their sources in
 * the sets).
 */
import { bareSpan, by, ev, range, sched, sectionsOf, type Expect, type Row, type Family } from './kit';

/** the sentence around «{s}» (the term, lower case; «{S}» capitalised) and «{n}» (the span) */
const FRAMES = [
  'В исключительных случаях, а также в случае направления запроса о предоставлении информации, необходимой для рассмотрения обращения, в иной государственный орган, {s} может быть продлен, но не более чем на {n}',
  '{S} может быть продлен, но не более чем на {n} в случае направления оператором мотивированного уведомления с указанием причин продления срока',
  'В случае направления запроса в иной орган {s} может быть продлен не более чем на {n}',
  '{S} продлевается не более чем на {n} в случае необходимости дополнительной проверки',
  'В случае необходимости {s} продлевается на {n}',
  'В случае отсутствия должностного лица {s} может быть продлён, но не больше чем на {n}',
  '{S} может быть продлен еще на {n} в случае направления запроса',
  'В случае если обращение не требует дополнительной проверки, {s} сокращается до {n}',
];
const TERMS = ['срок рассмотрения обращения', 'срок рассмотрения жалобы', 'указанный срок', 'срок предоставления информации', 'срок рассмотрения запроса'];
const SPANS = ['30 дней', '5 рабочих дней', 'тридцать дней', 'один месяц', '10 календарных дней', '15 дней'];
const PINS: Array<[string, Expect]> = [
  // a document the sentence names sets the dates (round 15), after the condition or before it
  ['Срок рассмотрения может быть продлен не более чем на 1 месяц по мотивированному постановлению в случае уклонения несовершеннолетнего', sched('мотивированное постановление в случае уклонения несовершеннолетнего')],
  ['В случае уклонения от явки срок рассмотрения может быть продлен не более чем на 1 месяц по мотивированному постановлению', sched('мотивированное постановление')],
  // a span counted from an event written after it keeps its event
  ['В случае необходимости срок оформления протокола продлевается, но не более чем на 5 рабочих дней со дня проведения обследования', ev('со дня проведения')],
  ['Срок рассмотрения может быть продлен, но не более чем на 30 дней со дня регистрации обращения', ev('со дня регистрации')],
  ['В случае болезни срок продлевается на 10 дней после выздоровления', ev('после выздоровления')],
  // a date written with it wins
  ['В случае болезни срок сдачи продлевается до 15 марта', by('2021-03-15')],
  // an extension with no span names the condition
  ['В случае болезни срок сдачи продлевается на время болезни', ev('в случае болезни')],
  // a span with no change after a condition reads as before
  ['Если обращение не требует дополнительного изучения и проверки, то срок сокращается до 15 дней', bareSpan],
  // a wait in a queue with an event in it stays that event (corpus-real-77)
  ['19. Максимальный срок ожидания в очереди при подаче запроса о предоставлении государственной услуги и при получении результата предоставления государственной услуги не должен превышать 15 минут', ev('при получении результата')],
];

/** the sentence around «{n}» (a span in the accusative) or «{g}» (in the genitive) and «{e}» (the event after «с начала») */
const START_FRAMES = [
  'не допускается в дошкольное учреждение {n} с начала {e}',
  'Изоляция на {n} с начала {e}',
  'в течение {g} с начала {e}',
  'Ребенок отстраняется от посещения на {n} с начала {e}',
  'Медицинское наблюдение за контактными детьми проводится {n} с начала {e}',
  'Справка представляется не позднее {g} с начала {e}',
];
const START_SPANS: Array<[string, string]> = [
  ['21 день', '21 дня'], ['7 дней', '7 дней'], ['14 календарных дней', '14 календарных дней'], ['десять дней', 'десяти дней'],
  ['2 недели', '2 недель'], ['месяц', 'месяца'],
];
const START_EVENTS = ['контакта', 'заболевания', 'болезни', 'лечения', 'карантина', 'изоляции', 'высыпаний'];
const START_PINS: Array<[string, Expect]> = [
  // the start of a period with a date of its own is no event to count from: as before
  ['в течение 10 дней с начала учебного года', bareSpan],
  ['10 дней с начала учебного года', bareSpan],
  ['в течение месяца с начала четверти', { kind: 'unparsed', reason: /не указано, какой четверти/ }],
  ['в первые пять дней с начала учебного года', range('2021-09-01', '2021-09-05')],
  ['с начала учебного года', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  // «с момента» and «со дня» as before
  ['21 день с момента контакта', ev('с момента контакта')],
  ['в течение 21 дня со дня последнего контакта', ev('со дня последнего контакта')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a term extended or shortened by a span beside a condition', () => {
      for (const frame of FRAMES)
        for (const s of TERMS)
          for (const n of SPANS) add(frame.replace('{s}', s).replace('{S}', s[0]!.toUpperCase() + s.slice(1)).replace('{n}', n), bareSpan);
    });
    section('a term extended or shortened by a span: pins', () => PINS.forEach(([t, e]) => add(t, e)));
    section('a span counted «с начала» of an event', () => {
      for (const frame of START_FRAMES)
        for (const [n, g] of START_SPANS)
          for (const e of START_EVENTS) add(frame.replace('{n}', n).replace('{g}', g).replace('{e}', e), ev(`с начала ${e}`));
    });
    section('a span counted «с начала» of an event: pins', () => START_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 104: a term extended or shortened by a span beside a condition is a bare span; a span counted «с начала» of an event',
  rows: () => sections().flatMap(([, rows]) => rows),
};
