/**
 * Round 197 (corpus-real-181: anti-corruption work of schools, kindergartens and education offices — plans, commissions, hot lines,
 * declarations, prosecutors' checks). Six classes, each a row of the set (its source there):
 * - the adjectives of «незамедлительно / немедленно / безотлагательно» in every case («об незамедлительном устранении», «немедленного
 *   информирования», «безотлагательные меры») are the event the adverbs are: at once after what the text names;
 * - «в рабочее время» is daily work, open-ended like «в течение всего рабочего времени» (corpus-real-56);
 * - a phone's groups joined by an en or em dash («(0652) 27–52–32») are a phone as with hyphens, and are dropped;
 * - an institution's name in quotes between an act's noun and its «№ … от <дата>» («приказом директора МБУ ДОЦ «Дружба» № 41 от …»)
 *   leaves the date the act's label, as without the quotes (round 40);
 * - a court case's unique identifier («УИД 69RS0026-01-2023-000250-44») is a label: the year inside it dates nothing;
 * - a term as a span of lengths, «на срок / сроком от <N> <ед.> до <M> [<ед.>]», is a label: its «до» is no offset before an event.
 * Pins: the adverbs, «срочный трудовой договор», «в служебное время», «в часы работы школы, … по согласованию», «в часы приема …
 * по вторникам», a date with working hours, a phone with hyphens, two dash-joined groups of days («10–15 мая»), a quoted name holding a
 * «№», a protocol's date after a quoted name, a bare «№ N от <дата>» after a quoted name, a case's number alone, «за 2 недели до 15 мая»,
 * «2 недели до экзамена», «на срок 2 года».
 */
import { distinctRows, ev, on, ongoing, range, rec, sectionsOf, by, unread, type Expect, type Family, type Row } from './kit';

/** the adjectives of «at once», every case and number */
const AT_ONCE_STEMS = ['незамедлительн', 'немедленн', 'безотлагательн'];
/** a frame for each case and number, with the ending that agrees there */
const AT_ONCE_FRAMES: Array<[string, string]> = [
  ['внесено представление об {a} устранении выявленных нарушений', 'ом'],
  ['обеспечить {a} информирование директора о фактах склонения к коррупционным правонарушениям', 'ое'],
  ['принять {a} меры по устранению нарушений', 'ые'],
  ['прокурор потребовал {a} устранения нарушений', 'ого'],
  ['работник обязан приступить к {a} уведомлению работодателя', 'ому'],
  ['с {a} уведомлением руководителя учреждения', 'ым'],
  ['{a} проверка по каждому обращению', 'ая'],
  ['провести {a} проверку по каждому обращению', 'ую'],
  ['прокурор потребовал {a} выплаты долга по заработной плате', 'ой'],
  ['для {a} действий комиссии', 'ых'],
  ['с {a} мерами реагирования', 'ыми'],
];

const WORKING_HOURS = ['в рабочее время'];
const HOURS_FRAMES = ['{p}', 'Звонить следует {p}', 'Обращения принимаются {p}', 'Консультации по вопросам противодействия коррупции проводятся {p}', 'Горячая линия работает {p}'];

/** phones typeset with en or em dashes, and what the text says when */
const PHONE_CODES = ['(0652) ', '(3452) ', '8 (34547) ', '+7 (834) '];
const DASHED_NUMBERS = ['27–52–32', '2–45–86', '247–66–52', '27—52—32', '35–30–06'];
const PHONE_FRAMES: Array<[string, Expect]> = [
  ['По информации управления, звонки принимаются ежедневно с 14.00 до 18.00 по номеру: {ph}.', ongoing],
  ['Акция продлится с 15 августа по 30 сентября, телефон горячей линии: {ph}', range('2021-08-15', '2021-09-30')],
  ['Сообщения о фактах коррупции принимаются до 1 октября по телефону {ph}', by('2021-10-01')],
];

/** an act's noun, an institution's quoted name, the act's number and date */
const ACTS = ['Утверждено приказом директора', 'Утверждено приказом заведующего', 'Приказ', 'утвержден распоряжением'];
const INSTITUTIONS = ['МБУ ДОЦ «Дружба»', 'МАДОУ «Детский сад Солнышко»', 'МБОУ «Лицей-интернат»', 'ГБОУ «СОШ им. А.С. Пушкина»', 'МКОУ "Берёзка"'];
const NUMBERS_DATES = ['№ 41 от 26.04.2019г.', '№ 12-од от 31.08.2023', '№ 5 от 1 сентября 2022 г.'];

/** courts' case identifiers */
const CASE_IDS = ['69RS0026-01-2023-000250-44', '86RS0017-01-2022-000429-28', '23RS0017-01-2024-000742-17', '44RS0013-01-2024-000262-77', '32RS0003-01-2024-000374-86'];
const nothing: Expect = { kind: 'unparsed', reason: /срок не указан|не удалось распознать срок/ };
const CASE_FRAMES: Array<[string, Expect]> = [
  ['УИД {id}', nothing],
  ['(УИД {id})', nothing],
  ['УИД: {id}', nothing],
  ['Определение Второго кассационного суда общей юрисдикции от 21.12.2023 N 88-34126/2023 (УИД {id})', nothing],
  ['Дело № 2-341/2024 УИД {id} РЕШЕНИЕ 16 октября 2024 г.', on('2024-10-16')],
];

/** terms as spans of lengths */
const TERM_HEADS = ['План может быть составлен на срок от', 'Договор заключается на срок от', 'Комиссия создаётся сроком от', 'на срок от'];
const TERM_SPANS = ['одного года до трех', 'одного года до трёх лет', '1 года до 3 лет', '2 лет до 5 лет', '6 месяцев до 1 года', 'трех месяцев до одного года', 'двух недель до одного месяца'];
const termNothing: Expect = { kind: 'unparsed', reason: /не удалось распознать срок|срок отсчитывается от события|непонятное число/ };

const PINS: Row[] = [
  // the adverbs read as before; urgency that names no moment stays unread
  ['Информация направляется незамедлительно', ev('незамедлительно')],
  ['немедленно', ev('немедленно')],
  ['безотлагательно', ev('безотлагательно')],
  ['заключить срочный трудовой договор', unread],
  // other hours: a rule of conduct, one official's hours by weekday, a date with working hours
  ['Работник не вправе в служебное время заниматься посторонними делами', unread],
  ['в часы приема граждан по вторникам', rec('week')],
  ['Звонить в рабочее время 15 мая', on('2021-05-15')],
  ['Звонить следует в течение рабочего времени.', ongoing],
  ['Вход на территорию разрешен в часы работы школы, во внеучебное время - по согласованию с администрацией.', ev('по согласованию')],
  // a phone with hyphens, and two dash-joined groups of days
  ['звонки принимаются ежедневно по номеру: (0652) 27-52-32.', ongoing],
  ['с 10–15 мая', range('2021-05-10', '2021-05-15')],
  // a quote that holds a «№» stops the look back as before; a protocol's date and a bare «№ от» after a quoted name stay days
  ['Утверждено приказом директора МБОУ "СОШ № 5" № 41 от 26.04.2019г.', on('2019-04-26')],
  ['ПРИНЯТО педсоветом МБОУ «Школа» Протокол № 1 от 30.08.2021', on('2021-08-30')],
  ['«Дружба» № 41 от 26.04.2019', on('2019-04-26')],
  // a case's number alone; offsets before an event or a day
  ['Дело № 2-314/2022', unread],
  ['за 2 недели до 15 мая', ev('за 2 недели')],
  ['2 недели до экзамена', ev('2 недели до экзамена')],
  ['на срок 2 года', { kind: 'unparsed', reason: /./ }],
];

const fill = (frame: string, key: string, p: string): string => frame.replace(key, p);

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the adjectives of «at once» are the event', () => {
      for (const s of AT_ONCE_STEMS) for (const [f, e] of AT_ONCE_FRAMES) add(fill(f, '{a}', s + e), ev(s));
    });
    section('«в рабочее время» is open-ended', () => {
      for (const p of WORKING_HOURS) for (const f of HOURS_FRAMES) add(fill(f, '{p}', p), ongoing);
    });
    section('a phone\'s groups joined by en or em dashes', () => {
      for (const c of PHONE_CODES) for (const n of DASHED_NUMBERS) for (const [f, e] of PHONE_FRAMES) addAs(fill(f, '{ph}', c + n), e);
    });
    section('a quoted name between an act\'s noun and its «№ … от»', () => {
      for (const a of ACTS) for (const i of INSTITUTIONS) for (const n of NUMBERS_DATES) addAs(`${a} ${i} ${n}`, unread);
    });
    section('a court case\'s identifier is a label', () => {
      for (const id of CASE_IDS) for (const [f, e] of CASE_FRAMES) addAs(fill(f, '{id}', id), e);
    });
    section('a term as a span of lengths is a label', () => {
      for (const h of TERM_HEADS) for (const s of TERM_SPANS) add(`${h} ${s}`, termNothing);
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 197: anti-corruption work — «незамедлительном / немедленного / безотлагательные», «в рабочее время», a phone with en dashes, a quoted name before an act\'s «№ … от», a court case\'s УИД, «на срок от … до …»',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
