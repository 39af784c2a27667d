/**
 * Round 122 (corpus-real-110: school conflicts and psychological help — школьные службы медиации / примирения, профилактика
 * буллинга, детский телефон доверия and its campaigns, psychological help to families). Three classes the set's first run missed,
 * as schools', centres' and news pages write them:
 * - a telephone number after a colon or a dash that follows the noun naming it, with up to two words between («номер детского
 *   телефона доверия: 8-800-2000-122», «с мобильного телефона - 124», «по номеру горячей линии: 122») is a label like round 80's
 *   «телефона доверия 122»: never a day, and the dates beside it are read.
 * - a break, a lesson or a class after «в течение / на протяжении», with or without an adjective in the genitive, an ordinal or
 *   «всех» between («в течение большой перемены», «на протяжении всего урока», «в течение учебных занятий») is the time of that
 *   event, like round 47's «во время большой перемены» — an `event`, not open-ended work.
 * - a verb of working or existing in the present («работает / действует / существует / функционирует», singular or plural), «уже»
 *   or not, before «больше / более / свыше <срок>» is how long it has gone on, a length from nothing the text names (`unparsed`,
 *   a bare span), like round 115's «уходит больше года» — not round 48's threshold of who is concerned.
 * Pins: a day or a month after the colon or the dash stays a date («телефон горячей линии – 15 сентября», «по номеру: 12.05»);
 * «в течение учебного года / месяца» stay open-ended work («на протяжении первых трёх лет» did too until round 277); a day with the break wins («В течение
 * перемены 15 мая …»); «пропустившие более 3 дней» stays round 48's threshold, and «работает с 1 сентября», «работает до 15 мая»
 * read as before.
 * The first template of each class is the set's real row (its source in corpus-real-110.tsv).
 */
import { bareSpan, by, ev, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

/** a sentence around «{p}» (a phone's noun, the colon or dash, and the number), and what it gives */
const PHONE_FRAMES: Array<[string, Expect]> = [
  ['В этот день ученикам одновременно - в 11.00 для первой смены и в 15.00 для второй - предложат записать в дневники и мобильные единый общероссийский {p}', ev('в этот день')],
  ['Акция проходит с 10 по 30 мая, {p}', range('2021-05-10', '2021-05-30')],
  ['17 мая в школе прошла акция «Минута телефона доверия»: {p}', on('2021-05-17')],
  ['Заявки принимаются до 15 сентября, {p}', by('2021-09-15')],
  ['Консультации проводятся с 1 октября, {p}', from('2021-10-01')],
  ['Напомним, {p}', unread],
];
/** the noun naming a phone or a line, up to two words, a colon or a dash, and the number */
const PHONES = [
  'номер детского телефона доверия: 8-800-2000-122',
  'номер телефона доверия: 8-800-2000-122',
  'телефон доверия: 8-800-2000-122',
  'телефон: 8-800-2000-122',
  'номер телефона доверия: 124',
  'короткий номер с мобильного телефона - 124',
  'номер с мобильного телефона – 124',
  'телефон горячей линии: 122',
  'номер горячей линии: 122',
  'по номеру горячей линии: 122',
  'по телефону доверия: 8-800-2000-122',
  'номер: 122',
  'телефон доверия - 8-800-2000-122',
  'линия: 8-800-2000-122',
];
const PHONE_PINS: Row[] = [
  // a day or a month after the colon or the dash stays a date
  ['телефон горячей линии – 15 сентября', on('2021-09-15')],
  ['по номеру: 12.05', on('2021-05-12')],
  ['Линия - 10 мая', on('2021-05-10')],
  ['Номер приказа: 5 мая', on('2021-05-05')],
  // the number right after the noun, as round 80 reads it
  ['Напомним, номер телефона доверия 8-800-2000-122', unread],
  ['Позвонив по номеру 122, пострадавший свяжется с оператором', unread],
];

/** a sentence around «{b}» (a break, a lesson or a class after «в течение / на протяжении») */
const BREAK_FRAMES = [
  'Акция проходила {b} под руководством педагога-психолога Филипповой М.В.',
  'Дежурство медиаторов организовано {b}',
  'Книжная выставка работает {b}',
  'Ребята из службы примирения проводят игры {b}',
  '{b} волонтёры раздавали листовки с номером телефона доверия',
];
/** the break, the lesson or the class after its preposition */
const BREAKS = [
  'в течение большой перемены',
  'в течение перемены',
  'в течение перемен',
  'в течение всех перемен',
  'в течение второй перемены',
  'в течение обеденной перемены',
  'в течение урока',
  'в течение всего урока',
  'в течение первого урока',
  'в течение последнего урока',
  'в течение учебных занятий',
  'в течение занятия',
  'в течении большой перемены',
  'на протяжении большой перемены',
  'на протяжении всего урока',
  'на протяжении всех перемен',
  'на протяжении занятий',
];
const BREAK_PINS: Row[] = [
  // open-ended work after «в течение / на протяжении» reads as before
  ['Библиотека работает в течение учебного года', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['в течение месяца', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['на протяжении первых трёх лет работы', { kind: 'event', names: 'перв' }], // round 277: as «в течение первых трёх лет работы»
  ['в течение трёх рабочих дней', bareSpan],
  // a day written with the break wins
  ['В течение перемены 15 мая прошла акция', on('2021-05-15')],
  ['Акция во время большой перемены 15 мая', on('2021-05-15')],
];

/** a subject and its verb of working or existing in the present; the second item is the verb's plural subject */
const WORKING = [
  'Консультационный центр на базе детского сада 130 работает',
  'Школьная служба примирения работает',
  'Детский телефон доверия действует',
  'Служба медиации в школе существует',
  'Пункт психологической помощи функционирует',
  'Службы примирения работают',
  'Телефоны доверия действуют',
  'Такие службы существуют',
  'Консультационные пункты функционируют',
];
/** «уже» or not, then how long */
const LENGTHS = ['уже больше года', 'больше года', 'более 10 лет', 'уже свыше пяти лет', 'более двух месяцев', 'уже больше трёх недель', 'уже более двух лет'];
const LENGTH_PINS: Row[] = [
  // round 48's threshold of who is concerned, and spans with their dates, read as before
  ['Пропустившие более 3 дней', ev('более 3 дней')],
  ['Служба работает с 1 сентября', from('2021-09-01')],
  ['Приём заявлений работает до 15 мая', by('2021-05-15')],
  ['У них уходит больше года', bareSpan],
  // «уже» before a count in figures is a hedge of a count (round 92), read as before: nothing to date
  ['Служба работает уже более 10 лет', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a phone number after a colon or a dash following its noun («телефона доверия: 8-800-2000-122») is a label', () => {
      for (const [frame, e] of PHONE_FRAMES) for (const p of PHONES) add(frame.replace('{p}', p), e);
    });
    section('phone numbers after a colon or a dash: pins', () => PHONE_PINS.forEach(([t, e]) => add(t, e)));
    section('a break, a lesson or a class after «в течение / на протяжении» («в течение большой перемены») is the event', () => {
      for (const frame of BREAK_FRAMES) for (const b of BREAKS) add(frame.replace('{b}', b), ev(b.split(' ').slice(0, 2).join(' ')));
    });
    section('breaks after «в течение»: pins', () => BREAK_PINS.forEach(([t, e]) => add(t, e)));
    section('«больше / более / свыше <срок>» after «работает / действует / существует [уже]» is a length', () => {
      for (const w of WORKING) for (const l of LENGTHS) add(`${w} ${l}`, bareSpan);
    });
    section('lengths after a verb of working: pins', () => LENGTH_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 122: a phone number after a colon or a dash following its noun («телефона доверия: 8-800-2000-122») is a label; a break or a lesson after «в течение / на протяжении» («в течение большой перемены») is the event; «больше / более <срок>» after «работает [уже]» is a length',
  rows: () => sections().flatMap(([, rows]) => rows),
};
