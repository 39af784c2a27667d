/**
 * Round 149 (corpus-real-137: the cultural life of schools — school museums, school theatres and their festivals, the «Пушкинская
 * карта» and «Культура для школьников», school choirs and libraries' reading events). Six classes the set's first run missed, as
 * news, notices and museums' pages write them:
 * - a card one pays with — «по Пушкинской / банковской / социальной / транспортной / платёжной карте» — is no road map: it holds no
 *   dates (it was the `schedule` «пушкинская карта …», round 21's «по дорожной карте»).
 * - a programme after a bare «в» right after a word of taking part or joining — «Участие в программе …», «входит в образовательные
 *   программы», «включены в программу» — is what one joins, no document of dates (it was the `schedule` «программа …»), like round
 *   92's programme that is studied.
 * - a month abbreviated before its day, a comma and a year of four figures — «16:11 Фев. 25, 2023», «Дек 29, 2008» — is that day, as
 *   round 54 read the nominative «Апрель 29, 2025» (it was `unparsed`, «непонятное число «25»»).
 * - a month's name glued by a hyphen to a word before it that is no date word — «месячника «Арт-Март»», «акции «Фото-май»» — is the
 *   second half of a name, no month (it was March), as round 30 read «осенне-весенний».
 * - a name in quotes that is only an adjective and a season in the nominative — «Театральная весна», «Болдинская осень» — is a name, not
 *   the time (it was the spring's window).
 * - the months in a bracket right after a season's period — «Зимний период (с октября по май)» — are that period's window (it was the
 *   winter, to 02-28).
 * Pins: road maps and technological maps, «по программе», «в соответствии с программой», a document after the programme, a day written
 * beside them; a nominative month's dateline, an abbreviation with no comma or year, «до 15 фев. 2023»; «январь-март», «сентябрь-
 * октябрь», a month after a hyphen and a month; a season with a year in the name, «весной», «весна 2022»; a season's period with no
 * bracket or with a bracket of words.
 * The first template of each class is the set's real row (its source in corpus-real-137.tsv).
 */
import { by, ev, iso, lastDay, MONTHS_GEN, MONTHS_NOM, on, range, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** what is bought or visited with the card, before «по <карте>» */
const CARD_LEADS = ['Мероприятия будут проводиться', 'Билеты можно купить', 'Школьники посетили спектакль', 'Оплата проходит', 'Экскурсии доступны', 'Покупка билетов'];
/** the cards one pays with, in the dative */
const CARDS = ['Пушкинской карте', 'пушкинской карте', 'банковской карте', 'социальной карте', 'транспортной карте', 'платёжной карте', 'платежной карте', 'подарочной карте'];
/** what follows */
const CARD_TAILS = ['', 'в нашем районе', 'в любом театре'];

const CARD_PINS: Row[] = [
  // a road map and the technological map still hold the dates
  ['по дорожной карте', sched('дорожная карта')],
  ['в соответствии с дорожной картой', sched('дорожная карта')],
  ['по технологической карте', sched('технологическая карта')],
  ['согласно карте', sched('карта')],
  // a day written beside the card is the deadline
  ['Потратить средства по Пушкинской карте нужно до 31 декабря', by('2021-12-31')],
  ['по Пушкинской карте с 1 по 15 сентября', range('2021-09-01', '2021-09-15')],
];

/** a word of taking part or joining, and the case of the programme after it */
const JOIN_LEADS: Array<[lead: string, programme: string[]]> = [
  ['Участие', ['программе', 'федеральной программе', 'региональной программе', 'программе «Пушкинская карта»']],
  ['Участие школьников', ['программе', 'культурной программе']],
  ['Школы участвуют', ['программе', 'региональной программе']],
  ['Ученики участвовали', ['программе', 'образовательной программе']],
  ['Летняя учебная практика входит', ['образовательные программы', 'программу', 'школьную программу']],
  ['Экскурсии включены', ['программу', 'образовательную программу', 'программу фестиваля']],
  ['Театр вошёл', ['программу', 'федеральную программу']],
];
/** what is said of it */
const JOIN_TAILS = ['', 'будет исключительно на добровольной основе', ', поэтому обязательна для обучающихся', 'на добровольной основе, отметили в Минпросвещения'];

const JOIN_PINS: Row[] = [
  // a programme after «в» with no word of joining, «по программе», «в соответствии с программой» hold the dates as before
  ['в программе', sched('программа')],
  ['по программе', sched('программа')],
  ['в соответствии с программой', sched('программа')],
  ['В программе отражены основные идеи', unread],
  // a document after the programme, or a day, is read
  ['Участие в программе по графику', sched('график')],
  ['Участие в программе в сроки, установленные приказом', sched('сроки, установленные приказом')],
  ['Участие в программе до 1 марта', by('2021-03-01')],
  ['Участие в программе с 1 сентября', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
];

/** abbreviations of the months as date lines write them, with the month's number */
const ABBREVIATED: Array<[string, number]> = [
  ['Янв', 1], ['Фев', 2], ['Февр', 2], ['Мар', 3], ['Апр', 4], ['Июн', 6], ['Июл', 7], ['Авг', 8],
  ['Сен', 9], ['Сент', 9], ['Окт', 10], ['Ноя', 11], ['Нояб', 11], ['Дек', 12],
];
/** what stands before the date line: a clock, a word */
const LINE_LEADS = ['', '16:11 ', '09:05 ', 'Опубликовано: '];

const ABBREVIATED_PINS: Row[] = [
  // the nominative month reads as before (round 54)
  ['Апрель 29, 2025', on('2025-04-29')],
  // no comma or no year: not read so
  ['Фев. 25 2023', { kind: 'unparsed', reason: /непонятное число/ }],
  ['окт. 20, 21', { kind: 'unparsed', reason: /непонятное число/ }],
  // an abbreviation after its day reads as before
  ['до 15 фев. 2023', by('2023-02-15')],
  ['25 фев. 2023', on('2023-02-25')],
  ['окт. 2023', range('2023-10-01', '2023-10-31')],
];

/** the first halves of names glued to a month */
const NAME_HEADS = ['Арт', 'Фото', 'Эко', 'Книго'];
/** what the name is of */
const NAME_LEADS = [
  'Показ спектакля пройдёт в рамках школьного месячника',
  'Выставка пройдёт в рамках акции',
  'Концерт состоится в рамках недели',
];

const NAME_PINS: Row[] = [
  // a month before the hyphen is a window as before
  ['январь-март', range('2021-01-01', '2021-03-31')],
  ['сентябрь-октябрь 2021', range('2021-09-01', '2021-10-31')],
  ['Март-апрель', range('2021-03-01', '2021-04-30')],
  ['с января по март', range('2021-01-01', '2021-03-31')],
  // the name alone is no time
  ['Арт-Март', unread],
];

/** names of festivals and actions: an adjective and a season in the nominative */
const SEASON_NAMES = ['Театральная весна', 'Болдинская осень', 'Зеленая весна', 'Студенческая весна', 'Золотая осень', 'Русская зима', 'Белая зима', 'Школьная весна', 'Красное лето', 'Звонкое лето'];
/** what the name is of */
const SEASON_LEADS = ['Фестиваль-конкурс', 'Акция', 'Конкурс', 'Смотр'];

const SEASON_PINS: Row[] = [
  // a year in the name, a season in another case, a season with a year: read as before
  ['Конкурс-лаборатория «Театральная осень 2009» проводится с 19 по 22 ноября', range('2009-11-19', '2009-11-22')],
  ['весной', range('2021-03-01', '2021-05-31')],
  ['весна 2022', range('2022-03-01', '2022-05-31')],
  ['акция "Зеленая весна" пройдёт весной', range('2021-03-01', '2021-05-31')],
  ['этой весной', range('2021-03-01', '2021-05-31')],
];

/** a season's period and the months of its bracket: [adjective, first month, last month] */
const PERIODS: Array<[string, number, number]> = [
  ['Зимний', 10, 5], ['Зимний', 11, 3], ['Зимний', 12, 2], ['Летний', 6, 9], ['Летний', 5, 8], ['Летний', 6, 8],
  ['Осенний', 9, 11], ['Осенний', 9, 12], ['Весенний', 3, 5], ['Весенний', 4, 6],
];
/** how the bracket writes the months */
const BRACKETS: Array<(a: number, b: number) => string> = [
  (a, b) => `(с ${MONTHS_GEN[a - 1]} по ${MONTHS_NOM[b - 1]})`,
  (a, b) => `(с ${MONTHS_GEN[a - 1]} по ${MONTHS_GEN[b - 1]})`,
  (a, b) => `(${MONTHS_NOM[a - 1]}-${MONTHS_NOM[b - 1]})`,
  (a, b) => `(${MONTHS_NOM[a - 1]} – ${MONTHS_NOM[b - 1]})`,
];

const PERIOD_PINS: Row[] = [
  // no bracket, or a bracket of words: the season as before
  ['в летний период', range('2021-06-01', '2021-08-31')],
  ['в летний период (каникулы)', range('2021-06-01', '2021-08-31')],
  ['в зимний период', range('2021-12-01', '2022-02-28')],
  // the bracket with a year after the months reads as before
  ['в летний оздоровительный период (июнь – август 2021)', range('2021-06-01', '2021-08-31')],
];

/** The window of a period from month `a` to month `b` in calendar order (a winter runs into 2022). */
function periodWindow(a: number, b: number): Expect {
  return range(iso(a, 1), b < a ? `2022-${String(b).padStart(2, '0')}-${b === 2 ? 28 : lastDay(b)}` : iso(b, lastDay(b)));
}

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a card one pays with is no road map: no dates', () => {
      addAs('Они познакомились с мероприятиями, которые будут проводиться по Пушкинской карте в нашем районе в ближайшее время.', unread);
      for (const lead of CARD_LEADS)
        for (const card of CARDS)
          for (const tail of CARD_TAILS) add([lead, 'по', card, tail].filter(Boolean).join(' '), unread);
    });
    section('the card: pins', () => CARD_PINS.forEach(([t, e]) => add(t, e)));
    section('a programme one takes part in or belongs to is no document of dates', () => {
      addAs('Участие в программе будет исключительно на добровольной основе, отметили в Минпросвещения', unread);
      addAs('Летняя учебная практика входит в образовательные программы, поэтому обязательна для обучающихся.', unread);
      for (const [lead, programmes] of JOIN_LEADS)
        for (const programme of programmes)
          for (const tail of /[её]л|ит$|ены$/.test(lead) ? ['', ', поэтому обязательна для обучающихся'] : JOIN_TAILS)
            add(`${lead} в ${programme}${tail.startsWith(',') ? tail : tail ? ` ${tail}` : ''}`, unread);
    });
    section('the programme: pins', () => JOIN_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a month abbreviated before its day, a comma and the year is that day', () => {
      addAs('16:11 Фев. 25, 2023', on('2023-02-25'));
      for (const lead of LINE_LEADS)
        for (const [abbr, m] of ABBREVIATED)
          for (const d of [1, 25])
            for (const y of [2008, 2023])
              for (const dot of ['.', ''])
                for (const word of [abbr, abbr.toLowerCase()]) addAs(`${lead}${word}${dot} ${d}, ${y}`, on(iso(m, d, y)));
    });
    section('the abbreviated date line: pins', () => ABBREVIATED_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a month glued by a hyphen to a word before it is the half of a name', () => {
      addAs('Показ спектакля пройдёт в рамках школьного месячника «Арт-Март» в корпусе на Сестрорецкой улице.', ev('рамках'));
      for (const lead of NAME_LEADS)
        for (const head of NAME_HEADS)
          for (let m = 1; m <= 12; m++) {
            const name = `${head}-${MONTHS_NOM[m - 1]![0]!.toUpperCase()}${MONTHS_NOM[m - 1]!.slice(1)}`;
            add(`${lead} «${name}»`, ev('рамках'));
            add(`Фестиваль «${name}» пройдёт 15 ${MONTHS_GEN[(m % 12)]}`, on(iso((m % 12) + 1, 15)));
          }
    });
    section('the glued month: pins', () => NAME_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a quoted name of an adjective and a season is no season', () => {
      addAs('Фестиваль-конкурс «Театральная весна» проводится с 1992 года.', { kind: 'ongoing', start: '1992-01-01', due: '2021-12-31' });
      for (const lead of SEASON_LEADS)
        for (const name of SEASON_NAMES) {
          for (const y of [1992, 2008, 2017]) add(`${lead} «${name}» проводится с ${y} года`, { kind: 'ongoing', start: `${y}-01-01`, due: '2021-12-31' });
          add(`${lead} "${name}" пройдёт 15 октября`, on('2021-10-15'));
          add(`${lead} «${name}» завершится до 20 ноября`, by('2021-11-20'));
        }
    });
    section('the season in a name: pins', () => SEASON_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the months in a bracket after a season\'s period are its window', () => {
      addAs('Зимний период (с октября по май)', periodWindow(10, 5));
      for (const [adj, a, b] of PERIODS)
        for (const bracket of BRACKETS) {
          add(`${adj} период ${bracket(a, b)}`, periodWindow(a, b));
          add(`в ${adj.toLowerCase()} период ${bracket(a, b)}`, periodWindow(a, b));
        }
    });
    section('the season\'s period: pins', () => PERIOD_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 149: a card one pays with is no road map; a programme one joins is no document of dates; an abbreviated month before its day, a comma and the year; a month glued by a hyphen to a word is a name; a quoted name of an adjective and a season; the months in a bracket after a season\'s period',
  rows: () => sections().flatMap(([, rows]) => rows),
};
