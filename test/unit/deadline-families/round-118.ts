/**
 * Round 118 (corpus-real-106: children's safety through schools — road safety, fire safety and training evacuations, water and ice,
 * briefings before holidays). Two classes the set's first run missed, as schools' news and plans write them:
 * - a grade or a range of grades with the full plural ending of its ordinal — «9-11-ых классах», «5-9-ых классов», «1-ые классы»,
 *   «10-11-ым классам», «с 5-ыми классами» — is a label like «9-11-х классах» (round 51's grades are labels, never days); the short
 *   endings («-х», «-м», «-го») were read already.
 * - a web address — «http://…», «https://…», «www.…» — is a note, never a date: its figures («news-3-4012.htm», «?id=19641»,
 *   «/2021/05/17/») are a page's name, glued to the sentence's dot or standing apart.
 * - a relative clause after a day and its month opened by a compound preposition — «, в ходе которого …», «, в рамках которой …», «, по
 *   итогам которых …» — is a note like «, по которым …» (round 71): a season or a period in it («вопросы безопасного отдыха детей в
 *   летний период») is what the lesson is about, not when it is held.
 * - the season of an activity a safety plan waits for — «купального / пляжного / отопительного / пожароопасного сезона | периода» —
 *   after «в течение / в период / во время / на протяжении», «до [начала] и в течение», and «в купальный сезон», is an event like
 *   the holidays; so are the seasons of water and ice («ледостава», «паводка») after «в течение / на протяжении».
 * Pins: the short endings and a grade without an ending read as before; «6-ых классов» after an event phrase stays the event; a
 * pronoun before a date («для них», «их») is no ending; a day's ordinal ending («до 25-го числа», «во 2-ой четверти») reads as
 * before; a site's name beside a date («на сайте www.fa.ru», «45.RU»), an e-mail address and a date written before the address
 * read as before; a clause with a day of its own keeps it, a clause before the day and «, согласно которой …» (no preposition of the
 * list) keep their words; days written with a season say when, inside a sentence «в течение» stays open-ended work, an offset from
 * the season's start stays an offset, «до начала отопительного сезона - то есть до октября» and the holidays read as before.
 * The first template of each class is the set's real row or built on it (its source in corpus-real-106.tsv).
 */
import { by, ev, on, range, rec, sectionsOf, type Expect, type Family, type Row } from './kit';

/** the sentence around «{g}» (grades with their noun) and what it gives */
const GRADE_FRAMES: Array<[string, Expect]> = [
  ['В рамках Всероссийских открытых уроков ОБЖ 27 апреля {g} прошли уроки, посвященные Дню пожарной охраны', on('2021-04-27')],
  ['Инструктажи по безопасности на каникулах {g} проводятся до 15 мая', by('2021-05-15')],
  ['С 1 по 7 сентября {g} пройдут учебные эвакуации', range('2021-09-01', '2021-09-07')],
  ['В октябре {g} проведены классные часы по правилам дорожного движения', range('2021-10-01', '2021-10-31')],
  ['20 декабря {g} — беседа инспектора ГИБДД', on('2021-12-20')],
];
/** grades with the full plural ending of the ordinal, and their noun */
const GRADES = [
  'в 9-11-ых классах',
  'в 9–11-ых классах',
  'в 5-9-ых классах',
  'в 9-ых классах',
  'в 1-4-ых классах',
  'для 10-11-ых классов',
  'учащимся 7-8-ых классов',
  'у обучающихся 1-ых классов',
  'учащиеся 1-4-ые классы',
  'ученики 10-ые классы',
  '10-11-ым классам',
  'с 5-ыми классами',
  'с 8-11-ыми классами',
];
const GRADE_PINS: Row[] = [
  // the short endings and a grade without an ending, as before
  ['27 апреля в 9-11-х классах прошли уроки', on('2021-04-27')],
  ['27 апреля в 9-11 классах прошли уроки', on('2021-04-27')],
  ['27 апреля для 10-11-х классов', on('2021-04-27')],
  ['27 апреля учащимся 10-11-м классов', on('2021-04-27')],
  // after an event phrase the event stays (corpus-real-63)
  ['В рамках недели русского языка прошли выступления, в которых приняли участие ученики 6-ых классов:', ev('недели')],
  // a pronoun before a date is no ending
  ['Провели для них беседу 5 мая', on('2021-05-05')],
  ['Их родители пришли на собрание 5 мая', on('2021-05-05')],
  // a day's or a part's ordinal ending, as before
  ['до 25-го числа', rec('month', 25)],
  ['во 2-ой четверти', range('2021-11-01', '2021-12-31')],
  ['на 2-ом этапе 15 мая', on('2021-05-15')],
];

/** a sentence with a date, and «{u}» (a web address) glued after its dot or standing apart */
const WEB_FRAMES: Array<[string, Expect]> = [
  ['Дата проведения Всероссийского урока по ОБЖ выбрана не случайно – 30 апреля отмечается День пожарной охраны России.{u}', on('2021-04-30')],
  ['Профилактическое мероприятие «Внимание, дети!» пройдет с 19 августа по 30 сентября. {u}', range('2021-08-19', '2021-09-30')],
  ['Инструктажи проводятся до 15 мая, подробнее: {u}', by('2021-05-15')],
  ['{u} 22 апреля прошёл теоретический этап конкурса «Безопасное колесо»', on('2021-04-22')],
  ['Памятки размещены по ссылке {u} до 20 мая', by('2021-05-20')],
];
/** web addresses as pages print them */
const ADDRESSES = [
  'http://www.vestnik-rm.ru/news-3-4012.htm',
  'https://www.gubnews.ru/news_mvd.php?id=19641',
  'www.site.ru/news/12-3.html',
  'http://school12.ru/2021/05/17/',
  'https://vk.com/wall-123456_789',
  'https://cloud.mail.ru/public/L9nF/zcCbFMBqE',
  'http://sosh24.citycheb.ru/novosti/1662-ostorozhno-tonkij-led-3#sigProIdd28ac4375b',
  'https://мчс.рф/news/2021/10',
];
const WEB_PINS: Row[] = [
  // a site's name beside a date, as before
  ['Не позднее 10 сентября 2015 года Организатор Конкурса размещает на официальном сайте www.fa.ru объявление', by('2015-09-10')],
  ['Подробнее на сайте 45.RU: 12 мая пройдет акция', on('2021-05-12')],
  // an e-mail address beside a date, as before
  ['Анкеты направляются до 15 мая на адрес school2014@mail.ru', by('2021-05-15')],
  // a date before the address keeps its reading
  ['Регистрация участников открыта на платформе (https://bolshayaperemena.online/?utm_source=region) до 30 мая 2025 года.', by('2025-05-30')],
  ['В честь дня шахмат с 20 по 31 июля 2020 года на портале https://шахматышколе.рф проводится турнир по шахматам.', range('2020-07-20', '2020-07-31')],
];

/** a sentence with a day and its month, then a comma and «{p}» (a compound preposition and «котор…») and a season or period «{s}» */
const CLAUSE_FRAMES: Array<[string, Expect]> = [
  ['- 27 апреля 2024 года - урок, посвященный Дню пожарной охраны, {p} также будут рассмотрены вопросы безопасного отдыха детей {s}', on('2024-04-27')],
  ['В рамках Всероссийских открытых уроков ОБЖ 27 апреля прошли уроки, {p} были рассмотрены вопросы безопасного отдыха детей {s}', on('2021-04-27')],
  ['15 мая в школе прошел урок безопасности, {p} инспектор ГИМС рассказал о правилах поведения на воде {s}', on('2021-05-15')],
  ['С 1 по 7 сентября пройдет неделя безопасности, {p} ребятам напомнят о правилах дорожного движения {s}', range('2021-09-01', '2021-09-07')],
];
/** a compound preposition and «котор…» */
const OPENERS = ['в ходе которого', 'в ходе которых', 'в рамках которого', 'в рамках которой', 'по итогам которого', 'на базе которой', 'в процессе которого', 'во время которого'];
/** a season or a period the clause talks about */
const SEASONS = ['в летний период', 'в зимний период', 'в осенне-зимний период', 'летом', 'в течение учебного года', 'во II полугодии'];
const CLAUSE_PINS: Row[] = [
  // a clause with a day and its month of its own keeps it
  ['15 мая стартует акция, в ходе которой 20 мая пройдет слет', range('2021-05-15', '2021-05-20')],
  // no day before the clause: its words are read
  ['Урок, в ходе которого рассмотрят вопросы отдыха в летний период', range('2021-06-01', '2021-08-31')],
  // «согласно» is no preposition of the list: the repeat in the clause stays (corpus-real-59)
  ['Уже почти 4 года, с 1 сентября 2013 года, в России действует статья Федерального закона № 273 «Об образовании в РФ», согласно которой педагоги имеют право на получение дополнительного профессионального образования не реже, чем один раз в три года', rec('year')],
  // a relative clause with a single preposition, as round 71 reads it
  ['- 15 августа придет первая часть учебников для первоклашек, по которым они будут обучаться в первом полугодии.', on('2021-08-15')],
];

/** what stands before the season */
const SEASON_LEADS = ['до и в течение', 'до начала и в течение', 'в течение', 'в течении', 'в течение всего', 'на протяжении', 'в период', 'во время'];
/** the season of an activity, and a word its reason must contain */
const ACTIVITY_SEASONS: Array<[string, string]> = [
  ['купального сезона', 'купального'],
  ['пляжного сезона', 'пляжного'],
  ['отопительного сезона', 'отопительного'],
  ['отопительного периода', 'отопительного'],
  ['пожароопасного сезона', 'пожароопасного'],
  ['пожароопасного периода', 'пожароопасного'],
];
const fromDay = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });
const SEASON_PINS: Row[] = [
  // days written with the season say when
  ['В течение купального сезона с 1 июня по 31 августа', range('2021-06-01', '2021-08-31')],
  ['с 1 июня в течение купального сезона', fromDay('2021-06-01')],
  // inside a sentence «в течение» stays open-ended work, as for the holidays
  ['Контроль за состоянием общественного правопорядка в местах отдыха населения на водных объектах в течение купального сезона', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  // an offset from the season's start stays an offset
  ['в течение 3 недель после официального пуска отопительного сезона', ev('после')],
  // as before
  ['до начала отопительного сезона - то есть до октября', by('2021-09-30')],
  ['До наступления купального сезона', ev('наступления')],
  ['в течение каникул', ev('каникул')],
  ['В течение летнего периода', range('2021-06-01', '2021-08-31')],
  ['в период паводка', ev('паводка')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a grade or a range of grades with the full plural ending of its ordinal («9-11-ых классах») is a label', () => {
      for (const [frame, e] of GRADE_FRAMES) for (const g of GRADES) add(frame.replace('{g}', g), e);
    });
    section('grades with endings: pins', () => GRADE_PINS.forEach(([t, e]) => add(t, e)));
    section('a web address («http://…», «https://…», «www.…») is a note, never a date', () => {
      for (const [frame, e] of WEB_FRAMES) for (const u of ADDRESSES) add(frame.replace('{u}', u), e);
    });
    section('web addresses: pins', () => WEB_PINS.forEach(([t, e]) => add(t, e)));
    section('a relative clause after a day opened by a compound preposition («, в ходе которого …») is a note; the season of an activity («в течение купального сезона») is an event', () => {
      for (const [frame, e] of CLAUSE_FRAMES) for (const p of OPENERS) for (const z of SEASONS) add(frame.replace('{p}', p).replace('{s}', z), e);
    });
    section('relative clauses: pins', () => CLAUSE_PINS.forEach(([t, e]) => add(t, e)));
    section('the season of an activity («в течение купального сезона», «до и в течение …») is an event', () => {
      for (const lead of SEASON_LEADS) for (const [season, word] of ACTIVITY_SEASONS) add(`${lead} ${season}`, ev(word));
      for (const season of ['купальный сезон', 'пляжный сезон', 'отопительный сезон', 'отопительный период', 'пожароопасный период']) add(`в ${season}`, ev(season.split(' ')[0]!));
      for (const water of ['ледостава', 'ледохода', 'паводка', 'весеннего паводка', 'половодья']) {
        add(`в течение ${water}`, ev(water));
        add(`на протяжении ${water}`, ev(water));
      }
      add('в течение купального сезона 2021 года', ev('купального'));
    });
    section('seasons of an activity: pins', () => SEASON_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 118: a grade with the full plural ending of its ordinal («9-11-ых классах») is a label; a web address is a note; a relative clause after a day opened by a compound preposition («, в ходе которого …») is a note; the season of an activity («в течение купального сезона») is an event',
  rows: () => sections().flatMap(([, rows]) => rows),
};
