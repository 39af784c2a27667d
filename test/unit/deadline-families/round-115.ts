/**
 * Round 115 (corpus-real-103: the testing in Russian of foreign citizens' children before school admission, migrant children's
 * language courses and adaptation). Three classes the set's first run missed, as news of courses, adaptation programmes and school
 * notices write them:
 * - the holidays with no season and no dates inside a sentence — «на каникулах», «в / во каникулы» — are an event, like «в каникулы»
 *   opening a cell (round 17), «во время каникул» (round 44) and the holidays named by their season (round 35).
 * - «как только <событие>» is the moment the clause after it names, an event, like «тогда, когда …» (round 74); opening the text, after
 *   a comma, after «сразу» or «лишь».
 * - (the round's third rule) after a verb of taking or lasting time («уходит / уйдёт / ушло», «занимает / займёт», «требуется /
 *   понадобится», «длится / продлится»; «продолжается» is open-ended work and stays so) «больше / более / свыше <срок>» is a length
 *   from nothing the text names, a bare span (`unparsed`), not round 48's threshold «пропустившие более 3 дней».
 * Pins: «на каникулы» (going on holiday, the holidays' start) is not read by the rule and reads as before; a date or a repeat written
 * beside either phrase wins (dates outrank an event phrase elsewhere); the seasons' holidays, «в каникулярное время» and «во время
 * каникул» read as before; «как» and «только» alone are no event; round 48's thresholds and round 68's negated limit read as before,
 * and a date beside a length wins.
 * The first template of each class is the set's real row (its source in corpus-real-103.tsv).
 */
import { bareSpan, by, ev, on, range, rec, sectionsOf, unread, type Family, type Row } from './kit';

/** the sentence around «{h}» (the holidays with no season) */
const HOLIDAY_FRAMES = [
  'Приглашают заниматься {h} дополнительно',
  'Дети мигрантов занимаются русским языком {h}',
  'Библиотека работает {h} по особому режиму',
  '{h} для учащихся организованы языковые занятия',
  'Инструктаж о правилах поведения {h} проводят классные руководители',
  'Школьники могут посещать кружки {h}',
  'Ремонт кабинетов проводится {h}',
];
const HOLIDAYS = ['на каникулах', 'в каникулы', 'во каникулы', 'на  каникулах', 'В каникулы', 'На каникулах'];
const HOLIDAY_PINS: Row[] = [
  // a date or a repeat beside the holidays wins
  ['Приглашаем детей на каникулах в библиотеку 15 июня', on('2021-06-15')],
  ['В каникулы с 1 по 7 ноября работает лагерь', range('2021-11-01', '2021-11-07')],
  ['Занятия на каникулах до 10 января', by('2021-01-10')],
  ['Инструктаж «Правила поведения на каникулах» проводится ежеквартально', rec('quarter')],
  // going on holiday is not read by the rule
  ['Школьники уходят на каникулы', unread],
  ['Как и ранее каждая школа вправе решать, когда дети пойдут на каникулы, но это должно произойти не позже 30 декабря', by('2021-12-30')],
  ['В украинских школах дети уходят на каникулы каждый квартал', rec('quarter')],
  // the seasons' holidays and the holidays' time read as before
  ['Занятия проходят на летних каникулах', ev('каникул')],
  ['Беседы по технике безопасности во время каникул', ev('каникул')],
  ['Школа в каникулярное время организует работу кружков', ev('каникулярн')],
];

/** the sentence around «{c}» (the clause of «как только») */
const SOON_FRAMES = [
  'Занятия начнутся, {c} наберут группу желающих',
  'Курсы откроются, {c} поступят заявления родителей',
  'Ребенка зачислят в школу, {c} он пройдет тестирование',
  'Результаты направят в школу, {c} их проверит комиссия',
  'Повторное тестирование назначат, {c} закончится дополнительное обучение',
  '{c} наберется группа, начнутся занятия',
  '{c} поступит направление, родители обращаются в тестирующую организацию',
];
const SOONS = ['как только', 'сразу, как только', 'лишь только', 'Как только', 'как  только'];
const SOON_PINS: Row[] = [
  // a date beside the clause wins
  ['Занятия пройдут 15 сентября, как только наберут группу', on('2021-09-15')],
  ['Как только наберут группу, до 1 октября начнутся занятия', by('2021-10-01')],
  ['Курсы откроются в сентябре, как только наберут группу', range('2021-09-01', '2021-09-30')],
  // «как» and «только» alone are no event
  ['Занятия проводятся только для детей мигрантов', unread],
  ['Как проходит тестирование', unread],
  // «тогда, когда …» reads as before
  ['Заниматься спортом можно только тогда, когда в школе не проходят уроки', ev('когда')],
];

/** a length after a verb of taking time: the sentence around «{s}» (the span), one list of frames per verb's agreement */
const LENGTH_FRAMES: Array<[string[], string[]]> = [
  [['уходит', 'уйдет', 'уйдёт', 'ушло'], ['Поэтому на то, что обычно можно усвоить за три месяца, у них {v} {s}', 'На подготовку к тестированию {v} {s}', 'На адаптацию ребенка в новой школе {v} {s}']],
  [['занимает', 'займет', 'заняло'], ['Проверка документов {v} {s}', 'Оформление направления на тестирование {v} {s}']],
  [['требуется', 'потребуется', 'понадобится'], ['Для освоения языка ребенку {v} {s}']],
  [['длится', 'продлится', 'длилось'], ['Обучение на курсах русского языка {v} {s}', 'Ремонт школы {v} {s}']],
];
const LENGTHS = ['больше года', 'более года', 'более двух месяцев', 'больше месяца', 'свыше трех недель', 'более 25 дней'];
const LENGTH_PINS: Row[] = [
  // round 48's threshold of how long something lasts reads as before
  ['Учащиеся, пропустившие более 3 дней, приносят справку', ev('более 3 дней')],
  ['Дети, болеющие 2 дня и более, должны обследоваться у врача', ev('2 дня и более')],
  ['Желательно не держать книги на руках больше 1 месяца', bareSpan],
  ['не более 10 дней', bareSpan],
  // a date written beside the length wins
  ['Курсы длятся больше месяца и завершатся 30 мая', by('2021-05-30')],
  ['Обучение занимает более года, до 31 августа', by('2021-08-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('«на каникулах», «в каникулы» inside a sentence are an event', () => {
      for (const frame of HOLIDAY_FRAMES) for (const h of HOLIDAYS) add(frame.replace('{h}', h), ev('каникул'));
    });
    section('«на каникулах», «в каникулы»: pins', () => HOLIDAY_PINS.forEach(([t, e]) => add(t, e)));
    section('«как только <событие>» is an event', () => {
      for (const frame of SOON_FRAMES) for (const c of SOONS) add(frame.replace('{c}', c), ev('только'));
    });
    section('«как только»: pins', () => SOON_PINS.forEach(([t, e]) => add(t, e)));
    section('«больше / более / свыше <срок>» after a verb of taking time is a length, a bare span', () => {
      for (const [verbs, frames] of LENGTH_FRAMES)
        for (const v of verbs) for (const frame of frames) for (const l of LENGTHS) add(frame.replace('{v}', v).replace('{s}', l), bareSpan);
    });
    section('a length after a verb of taking time: pins', () => LENGTH_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 115: «на каникулах», «в каникулы» inside a sentence are an event; «как только <событие>» is an event; «больше <срок>» after «уходит / занимает / длится …» is a length',
  rows: () => sections().flatMap(([, rows]) => rows),
};
