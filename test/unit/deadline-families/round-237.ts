/**
 * Round 237 (corpus-real-214, охрана труда в образовательных организациях, read right on its first run; its rows' variants were read
 * then): the moments labour protection ties a briefing, a medical examination, a training or a СОУТ to — an admission, a hiring, a
 * commissioning, a start, a hire, a break in work — named by nouns that do not end like «-ния / -ции» («допуска», «приема»,
 * «трудоустройства», «ввода», «пуска», «запуска», «найма», «перерыве») were `unparsed` after «до», «при» and «перед»; each is now an
 * event like «до заключения трудового договора», «при приеме на работу» and «перед допуском к работе», and «при <it>, далее / затем
 * <repeat>» is the event at the start, as round 44 decided for «при приеме на работу, далее …».
 * Pins: a date or a repeat written with it wins as after any event phrase elsewhere; the same nouns with no «до / при / перед» and
 * «при устройстве» of anything but work stay unread; «при переезде» (a ban's condition in corpus-real-103) stays unread; the steps read
 * already read as before.
 */
import { distinctRows, by, ev, on, ongoing, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** after «до»: the noun in the genitive with what follows it, and the word the reason names */
const GENITIVE: Array<[string, string]> = [
  ['допуска к работе', 'допуска'],
  ['допуска к самостоятельной работе', 'допуска'],
  ['допуска к выполнению работ', 'допуска'],
  ['приема на работу', 'на работу'],
  ['приёма на работу', 'на работу'], // and its «е» variant: the reason keeps the letter written
  ['трудоустройства', 'трудоустройства'],
  ['ввода в эксплуатацию', 'ввода'],
  ['ввода в эксплуатацию нового оборудования', 'ввода'],
  ['пуска оборудования', 'пуска'],
  ['запуска системы', 'запуска'],
  ['найма работника', 'найма'],
];
/** after «при»: the noun in the prepositional with what follows it */
const PREPOSITIONAL: Array<[string, string]> = [
  ['допуске к работе', 'допуске'],
  ['допуске к самостоятельной работе', 'допуске'],
  ['трудоустройстве', 'трудоустройстве'],
  ['трудоустройстве на работу', 'трудоустройстве'],
  ['вводе в эксплуатацию', 'вводе'],
  ['вводе в эксплуатацию вновь организованных рабочих мест', 'вводе'],
  ['пуске оборудования', 'пуске'],
  ['запуске оборудования', 'запуске'],
  ['найме', 'найме'],
  ['найме работника', 'найме'],
  ['перерыве в работе', 'перерыве'],
  ['перерыве в работе более 60 календарных дней', 'перерыве'],
  ['перерыве в работе более чем на 30 календарных дней', 'перерыве'],
  ['устройстве на работу', 'устройстве'],
];
/** after «перед»: the noun in the instrumental with what follows it */
const INSTRUMENTAL: Array<[string, string]> = [
  ['трудоустройством', 'трудоустройством'],
  ['вводом в эксплуатацию', 'вводом'],
  ['пуском оборудования', 'пуском'],
  ['наймом работника', 'наймом'],
];
/** adjectives before the noun, one for each case (the pieces <прил-р>, <прил-п>, <прил-т>) */
const ADJ_GEN = ['', 'фактического ', 'официального '];
const ADJ_PREP = ['', 'повторном ', 'официальном '];
const ADJ_INSTR = ['', 'каждым ', 'очередным '];
/** how a sentence carries the phrase: alone, after a subject and a verb, inside a sentence with a dot */
const FRAMES: Array<(phrase: string) => string> = [
  (p) => p,
  (p) => `Инструктаж проводится ${p}`,
  (p) => `Работник проходит обучение по охране труда ${p}.`,
  (p) => `Медосмотр — ${p}`,
];
/** a repeat after «далее / затем» */
const THEN = [', далее ежегодно', ', далее не реже 1 раза в год', ', затем 1 раз в 3 года', ' и далее ежеквартально'];

const PINS: Row[] = [
  // a date or a repeat written with it wins as after any event phrase elsewhere
  ['до 1 сентября, до допуска к работе', by('2021-09-01')],
  ['при вводе в эксплуатацию до 01.09.2021', by('2021-09-01')],
  ['при трудоустройстве, 15 марта', on('2021-03-15')],
  ['при трудоустройстве и ежегодно', rec('year')],
  ['при трудоустройстве в течение года', ongoing],
  ['до приема на работу, далее ежегодно', rec('year')],
  // the nouns with no «до / при / перед», and «при устройстве» of anything but work
  ['1) ввод в эксплуатацию вновь организованных рабочих мест;', unread],
  ['Его целью является медицинское заключение для приема на работу.', unread],
  ['при устройстве катка', unread],
  // a ban's condition, no moment of a work (corpus-real-103, labelled `unparsed`)
  ['На днях в Госдуму внесли законопроект о запрете мигрантам перевозить свои семьи в Россию при переезде в страну с целью работы.', unread],
  // read already, as before
  ['при приеме на работу', ev('приеме')],
  ['перед допуском к работе', ev('допуском')],
  ['после допуска к работе', ev('допуска')],
  ['в первый год трудоустройства', ev('трудоустройства')],
  ['до заключения трудового договора', ev('заключения')],
  ['При перерыве в работе больше 6 месяцев.', ev('перерыве')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    const each = (prep: string, list: Array<[string, string]>, adjectives: string[]): void => {
      for (const [phrase, noun] of list)
        for (const a of adjectives) for (const frame of FRAMES) add(frame(`${prep} ${a}${phrase}`), ev(noun) as Expect);
    };
    section('«до» before a noun of admission, hiring or commissioning', () => each('до', GENITIVE, ADJ_GEN));
    section('«при» before such a noun or a break in work', () => each('при', PREPOSITIONAL, ADJ_PREP));
    section('«перед» before such a noun', () => each('перед', INSTRUMENTAL, ADJ_INSTR));
    section('«при <it>, далее / затем <repeat>» is the event at the start', () => {
      // (not a phrase with figures: the words between the event and «далее» hold none, as round 44's line reads them; not «при
      // устройстве на работу», which the round reads inside a sentence only)
      for (const [phrase, noun] of PREPOSITIONAL.filter(([p, n]) => !/\d/.test(p) && n !== 'устройстве')) for (const t of THEN) add(`при ${phrase}${t}`, ev(noun));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 237: a noun of admission, hiring, commissioning or a break in work after «до / при / перед» — «до допуска к работе», «при трудоустройстве», «при вводе в эксплуатацию» — is an event',
  rows: () => distinctRows(sections()),
};
