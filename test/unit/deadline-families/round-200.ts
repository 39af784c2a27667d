/**
 * Round 200 (corpus-real-184: psychological safety in schools — профилактика суицидального поведения и буллинга, СПТ, психологическая
 * служба, ППМС-центры, «Телефон доверия»). Seven classes, each a row of the set (its source there):
 * - a meeting already held — «на недавнем / прошедшем / минувшем / состоявшемся / прошлом заседании, совещании, педсовете,
 *   конференции» — is the occasion, like «на последнем заседании» (rounds 12, 63);
 * - the deadlines a sentence before named, pointed back to — «в эти / те [же] сроки», «в такие же сроки» — are that
 *   event, like «до этого срока» (round 59);
 * - the preparation for a meeting — «в рамках / в ходе / в период подготовки к заседанию, совещанию …» — is that meeting's time;
 * - «постоянная комиссия / постоянный комитет» in any case is a standing body, no open-ended work (like round 52's «постоянный состав»);
 * - «за прошлый / прошедший / минувший / истекший год» is the year before the context's, «за текущий / этот год» the context's, when
 *   the text has no date and no repeat;
 * - «на <следующий / предстоящий / текущий …> учебный год» names its school year even after an earlier «в конце / в начале» with
 *   other words between (the part needs the genitive right after it);
 * - an act's number with a dash and a letter that is also an ordinal's ending («№62-е», «№ 15-й») is a number, so the date after «от»
 *   is its label (round 40);
 * - a letter code glued straight to an act's figures («№ Л035-01271-78/00346888», «№ АБ12») opens its number (round 192's slash form).
 * Pins: «на последнем заседании», «на родительских собраниях», «до этого срока», «в установленные сроки», «постоянно», «на
 * постоянной основе», «постоянный контроль», «в прошлом году», «за 2020 год», «ежегодно … за прошедший год», «… за прошлый год … до
 * первого апреля», «в конце учебного года», «до конца учебного года», «Приказ №81 от 21.04.2022 г.», «62-е заседание 5 мая»,
 * «протокол № 2 от 30 августа», «№ ГР/933/2023», «Эл. №ФС77-60625 от 20.01.2015», «в аналогичные сроки».
 */
import { distinctRows, by, ev, on, ongoing, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const HELD = ['недавнем', 'прошедшем', 'минувшем', 'состоявшемся', 'прошлом'];
const MEETINGS = ['заседании', 'совещании', 'педсовете', 'конференции'];
const OWNERS = ['', 'ее ', 'его ', 'их ', 'своем '];
const MEETING_FRAMES = [
  'Новые подходы к решению этой проблемы обсудили {p} межведомственной комиссии',
  'Вопрос рассмотрен {p}',
  '{p} утвержден план мероприятий по профилактике суицидального поведения',
  'Результаты СПТ были представлены {p} педагогов-психологов',
];

const POINTED = ['в эти же сроки', 'в те же сроки', 'в эти сроки', 'в те сроки', 'в такие же сроки'];
const POINTED_FRAMES = [
  'Минздрав {p} разработает методические рекомендации для преподавателей',
  '{p} будет составлен план совместных мероприятий',
  'Отчёт о проведении акции направляется {p}',
];

const PREPARATION = ['В рамках подготовки к', 'в ходе подготовки к', 'В период подготовки к'];
const TO_MEETINGS = ['заседанию', 'заседаниям', 'совещанию', 'педсовету', 'конференции', 'собранию', 'сессии'];
const PREPARATION_RESTS = [
  'постоянной комиссии по социальной политике депутаты посетили четыре учреждения',
  'комиссии по делам несовершеннолетних собраны сведения о детях группы риска',
  'педагоги-психологи провели анкетирование',
];

const STANDING = ['постоянной комиссии', 'постоянная комиссия', 'постоянную комиссию', 'постоянные комиссии', 'постоянных комиссий', 'постоянного комитета', 'постоянный комитет', 'постоянной депутатской комиссии'];
const STANDING_FRAMES = ['Депутаты {p} посетили центр психолого-педагогической помощи', 'Вопрос о работе телефона доверия обсудили члены {p}', 'Доклад {p} по социальной политике'];

const LAST_YEAR = ['прошлый', 'прошедший', 'минувший', 'истекший'];
const THIS_YEAR = ['текущий', 'этот'];
const COVERED_FRAMES = [
  'За {a} год на телефон доверия поступило около 56 тысяч обращений',
  'Только за {a} год проведено более 320 мероприятий',
  'Отчёт о работе службы медиации за {a} год',
  'Количество обращений к педагогу-психологу за {a} год выросло вдвое',
];

const PARTS = ['В конце', 'В начале', 'По традиции в конце'];
const PART_MIDDLES = ['психологи поделились планами', 'встречи участники обсудили планы', 'заседания утвердили план работы'];
const NEXT_SCHOOL = ['следующий', 'предстоящий', 'будущий', 'грядущий', 'новый'];
const THIS_SCHOOL = ['текущий', 'нынешний'];

const ACTS = ['Приказ', 'приказ', 'Распоряжение', 'Постановление', 'Приказ директора школы'];
const ORDINAL_LETTERS = ['е', 'й', 'я'];
const ACT_DATES: Array<[string, string]> = [
  ['23.06.2025г.', '2025-06-23'],
  ['01.09.2023', '2023-09-01'],
  ['«19» июня 2023 г.', '2023-06-19'],
];

const LETTER_NUMBERS = ['Л035-01271-78/00346888', 'Л035-01271', 'АБ12/3', 'ЛО-35'];
const ISSUED: Array<[string, string]> = [
  ['Выдана Комитетом по образованию 19.11.2020 года', '2020-11-19'],
  ['выдана 1 марта 2019 г.', '2019-03-01'],
];

const PINS: Row[] = [
  ['на последнем заседании комиссии', ev('последнем')],
  ['Члены совета избираются на родительских собраниях в классах', unread],
  ['До этого срока учреждениям предстоит получить заключения', ev('этого')],
  ['в установленные сроки', { kind: 'schedule', reason: 'установленные сроки' }],
  ['Минздрав в аналогичные сроки разработает рекомендации', { kind: 'schedule', reason: 'аналогичные сроки разработает рекомендации' }],
  ['постоянно', ongoing],
  ['на постоянной основе', ongoing],
  ['постоянный контроль', ongoing],
  ['В прошлом году исследование прошли более 300 человек', range('2020-01-01', '2020-12-31')],
  ['отчёт за 2020 год', range('2020-01-01', '2020-12-31')],
  ['1. Комиссия ежегодно направляет отчет о работе за прошедший год.', rec('year', null)],
  ['Также министр подчеркнул, что декларации о доходах ректоров за прошлый год должны быть сданы до первого апреля.', by('2021-04-01')],
  ['в конце учебного года', range('2021-05-01', '2021-05-31')],
  ['до конца учебного года', by('2021-08-31')],
  ['Приказ №81 от 21.04.2022 г.', unread],
  ['62-е заседание 5 мая', on('2021-05-05')],
  ['протокол № 2 от 30 августа', on('2021-08-30')],
  ['Зарегистрировано 30 октября 2023 г. № ГР/933/2023', on('2023-10-30')],
  // a letter code glued to figures before «от» reads as before
  ['Эл. №ФС77-60625 от 20.01.2015', { kind: 'unparsed', reason: /непонятное число «77»/ }],
];

const fill = (frame: string, p: string): string => frame.replace('{p}', p);

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a meeting already held is the occasion', () => {
      for (const h of HELD) for (const m of MEETINGS) for (const f of MEETING_FRAMES) add(fill(f, `на ${h} ${m}`), ev(h.slice(0, 5)));
      for (const o of OWNERS.slice(1)) for (const h of HELD.slice(0, 2)) add(`Вопрос рассмотрен на ${o}${h} заседании`, ev(h.slice(0, 5)));
    });
    section('deadlines pointed back to', () => {
      for (const p of POINTED) for (const f of POINTED_FRAMES) add(fill(f, p), ev('сроки'));
    });
    section('the preparation for a meeting', () => {
      for (const p of PREPARATION) for (const m of TO_MEETINGS) for (const r of PREPARATION_RESTS) addAs(`${p} ${m} ${r}.`, ev('подготовки'));
    });
    section('a standing commission is no open-ended work', () => {
      for (const s of STANDING) for (const f of STANDING_FRAMES) add(fill(f, s), unread);
    });
    section('the year a count covers', () => {
      for (const a of LAST_YEAR) for (const f of COVERED_FRAMES) add(fill(f.replace('{a}', a), ''), range('2020-01-01', '2020-12-31'));
      for (const a of THIS_YEAR) for (const f of COVERED_FRAMES) add(fill(f.replace('{a}', a), ''), range('2021-01-01', '2021-12-31'));
    });
    section('«на <adj> учебный год» after an earlier part', () => {
      for (const p of PARTS) for (const m of PART_MIDDLES) {
        for (const a of NEXT_SCHOOL) addAs(`${p} ${m} на ${a} учебный год.`, range('2021-09-01', '2022-08-31'));
        for (const a of THIS_SCHOOL) addAs(`${p} ${m} на ${a} учебный год.`, range('2020-09-01', '2021-08-31'));
      }
    });
    section('an act\'s number with a dash and an ordinal\'s letter', () => {
      for (const a of ACTS) for (const l of ORDINAL_LETTERS) for (const [d] of ACT_DATES) addAs(`${a} №62-${l} от ${d}`, unread);
      for (const l of ORDINAL_LETTERS) addAs(`Приказ № 15-${l} от 01.09.2023, срок исполнения до 15 сентября 2023 года`, by('2023-09-15'));
    });
    section('a letter code glued to an act\'s figures', () => {
      for (const n of LETTER_NUMBERS) for (const [w, d] of ISSUED) addAs(`Лицензия на осуществление образовательной деятельности № ${n} ${w}.`, on(d));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e as Expect)));
  });
}

export const family: Family = {
  title: 'round 200: psychological safety — a meeting already held, deadlines pointed back to, the preparation for a meeting, a standing commission, «за прошлый год», «на <adj> учебный год» after a part, an act\'s «№62-е», «№ Л035-…»',
  // a text written with a capital already is its own capitalised variant: each text once
  rows: () => distinctRows(sections()),
};
