/**
 * Round 92 (the known misses of corpus-real-81 and corpus-real-82: schools with low results, and municipal and regional work on the
 * quality of schooling). The classes of their first runs that the round reads, as news, orders, programmes and offices' pages write them:
 * - «ДО» after an organisation's form («МБУ ДО «Центр ППСС»») is дополнительное образование, not «до»: «Данный проект разработан МБУ ДО
 *   «Центр ППСС» на 2021-2024 годы.»;
 * - five figures in a year's place, one figure too many, read when only one year is left by dropping a figure: «23 декабря 20222 года …»;
 * - «по … программе» after a word of studying or lagging is the curriculum, so a news dateline's day stays: «МОСКВА, 19 октября. /ТАСС/.
 *   Индивидуальные занятия с детьми, отстающими по обязательной школьной программе, …»;
 * - words between «установленными» and «сроками» after «в соответствии с»: «… в соответствии с установленными на федеральном уровне
 *   сроками;»;
 * - a date «еще неизвестна» is one made known later: «Уточним, дата и программа всекузбасского съезда школьных директоров еще неизвестна.»;
 * - a count after a verb of being («было 3116», «должно быть 225», «из которых … – 33») is a label: «Так, в прошлом году таких учебных
 *   заведений по стране было 3116, из которых в Воронежской области – 33.»;
 * - «раз в 4-5 лет», a count of times per a range of counts, repeats;
 * - a heading of working hours with the hours alone repeats weekly: «Режим рабочего дня с 8.15 до 18.00».
 * Each section's first template is the set's real row (its source in corpus-real-81.tsv / corpus-real-82.tsv).
 */
import { by, on, ongoing, range, rec, sched, variants, type Expect, type Row, type Family } from './kit';

const unread: Expect = { kind: 'unparsed', reason: /./ };
const schedAny = (reason: string): Expect => ({ kind: 'schedule', reason });

/** «ДО» after an organisation's form, then a span of years or a day. */
const ORG_FORMS = ['МБУ', 'МАУ', 'МБОУ', 'МАОУ', 'МКУ', 'МКОУ', 'ГБУ', 'ГАУ', 'ГБОУ', 'ГАОУ', 'КГБУ', 'ОГАУ', 'АНО', 'ЧУ'];
const ORG_TEMPLATES: Array<[string, Expect]> = [
  ['Данный проект разработан {org} ДО «Центр ППСС» на 2021-2024 годы', range('2021-01-01', '2024-12-31')],
  ['Программа развития {org} ДО «Дом детского творчества» на 2022-2025 годы', range('2022-01-01', '2025-12-31')],
  ['Конкурс проводит {org} ДО «Центр детского творчества» с 1 по 15 марта', range('2021-03-01', '2021-03-15')],
  ['{org} ДО ДДТ, 15 мая', on('2021-05-15')],
  ['Семинар на базе {org} ДО «Станция юных техников» 20 октября', on('2021-10-20')],
];

/** Five figures in a year's place. */
const TYPO_TEMPLATES: Array<[string, Expect]> = [
  ['23 декабря 20222 года на базе ГАУ ДПО «ВГАПО» проводилось итоговое совещание по работе со школами с низкими образовательными результатами в 2022 году', on('2022-12-23')],
  ['15 марта 20222 года состоялся семинар для кураторов', on('2022-03-15')],
  ['до 15 мая 20222 г.', by('2022-05-15')],
  ['не позднее 1 сентября 20222 года', by('2022-09-01')],
  ['с 1 по 15 марта 20222 года', range('2022-03-01', '2022-03-15')],
  ['5 июня 20333 года', on('2033-06-05')],
];

/** A news dateline, then a sentence with «по … программе» after a word of studying or lagging. */
const DATELINES = ['МОСКВА, 19 октября. /ТАСС/.', 'Москва, 19 октября. /ТАСС/.', '19 октября. /ТАСС/.', 'КАЗАНЬ, 19 октября. /ТАСС/.', 'МОСКВА, 19 октября - РИА Новости.'];
const STUDIED = [
  'Индивидуальные занятия с детьми, отстающими по обязательной школьной программе, должны проводиться педагогами на безвозмездной основе',
  'Дополнительные занятия для школьников, отстающих по программе, будут бесплатными',
  'Учителя будут заниматься с детьми, которые отстают по школьной программе',
  'Школьники, обучающиеся по адаптированной программе, получат дополнительные часы',
  'Для учащихся, неуспевающих по основной программе, организуют консультации',
];

/** Words between the participle of setting and «сроками». */
const SET_TEMPLATES = [
  '- осуществляет корректную работу в ЛК в ФИС ОКО по сбору данных и систематизации информации {x}',
  'Отчеты представляются {x}',
  'ВПР проводятся {x}',
  '{x}',
];
/** The phrase and the reason: the phrase itself, or the document noun found first as before (pins). */
const SET_PHRASES: Array<[string, string | null]> = [
  ['в соответствии с установленными на федеральном уровне сроками', null],
  ['в соответствии с определенными региональным координатором сроками', null],
  ['в соответствии с утвержденными на заседании рабочей группы сроками', null],
  ['в соответствии с установленными на региональном уровне графиком', null],
  ['согласно установленным на федеральном уровне срокам', null],
  ['согласно утвержденному на заседании совета расписанию', null],
  // with an agent in the instrumental between, the document noun was read already
  ['в соответствии с установленными Рособрнадзором сроками', 'установленные сроки'],
  ['в соответствии с утвержденными приказом министерства сроками', 'утвержденные сроки'],
  ['в соответствии с утвержденным министерством графиком', 'утвержденный график'],
];

/** A date not yet known. */
/** The template and the start of the reason (from the noun of the date on). */
const UNKNOWN_TEMPLATES: Array<[string, string]> = [
  ['Уточним, дата и программа всекузбасского съезда школьных директоров {x}', 'дата и программа всекузбасского съезда школьных директоров'],
  ['Дата проведения конференции {x}', 'дата проведения конференции'],
  ['Сроки проведения региональных диагностик {x}', 'сроки проведения региональных диагностик'],
  ['Однако даты проведения ВПР {x}', 'даты проведения ВПР'],
  ['Уточним, что время начала мероприятия {x}', 'время начала мероприятия'],
  ['График проведения курсов {x}', 'график проведения курсов'],
];
const UNKNOWN_WORDS = ['еще неизвестна', 'пока неизвестны', 'неизвестны', 'еще не известны', 'пока не утверждены', 'пока не определены', 'еще не объявлены'];

/** A count after a verb of being, and a part of a whole after a dash. */
const COUNT_TEMPLATES: Array<[string, Expect]> = [
  ['Так, в прошлом году таких учебных заведений по стране было 3116, из которых в Воронежской области – 33', range('2020-01-01', '2020-12-31')],
  ['В прошлом году таких школ было 312', range('2020-01-01', '2020-12-31')],
  ['В 2020 году участников было около 1500, из них в нашем районе – 48', range('2020-01-01', '2020-12-31')],
  ['В 2022 году их число составило 1250', range('2022-01-01', '2022-12-31')],
  ['к 2024 году таких центров непрерывного повышения профессионального мастерства должно быть 225', by('2024-12-31')],
  ['к 2025 году их станет более 300', by('2025-12-31')],
  ['к 2030 году школ-участниц проекта будет 540', by('2030-12-31')],
  ['В этом году таких школ насчитывается 127', range('2021-01-01', '2021-12-31')],
];

/** A count of times per a range of counts. */
const TIMES_TEMPLATES = [
  'И у нас нет программы переподготовки преподавателей региональных институтов повышения квалификации, с ними практически никто не работает, а каждый учитель {x} приходит в институт повышения квалификации", - сказал Кравцов во вторник на первом заседании Наблюдательного совета Центра знаний "Машук"',
  'каждый учитель {x} проходит курсы повышения квалификации',
  'Аттестация педагогов проводится {x}',
  '{x}',
];
const TIMES: Array<[string, Expect]> = [
  ['раз в 4-5 лет', rec('year')],
  ['1 раз в 2-3 года', rec('year')],
  ['один раз в 3-5 лет', rec('year')],
  ['раз в 3-4 месяца', rec('quarter')],
  ['1 раз в 2-3 недели', rec('week')],
];

/** A heading of working hours and the hours alone. */
const HEADINGS = ['Режим рабочего дня', 'Режим работы', 'Режим работы управления образования:', 'Часы работы библиотеки:', 'Время приема', 'Рабочий день', 'График работы:', 'Часы приема граждан -'];
const HOURS = ['с 8.15 до 18.00', 'с 9.00 до 18.00', 'с 8:30 до 17:30', '9.00-17.00', 'с 08.00 до 16.30 ч.'];

const PINS: Row[] = [
  // «ДО» as a word keeps its «до»; «ОУ ДО» too (no form of an organisation)
  ['сдать отчет ДО 15 мая', by('2021-05-15')],
  ['Отчет направить в ОУ ДО 15 мая', by('2021-05-15')],
  // a typo year that leaves two years, or no month before it, stays unread
  ['23 декабря 20211 года', unread],
  ['10 октября 20111 года', unread], // 2011 or 2111
  ['в 20222 году', unread],
  // «по программе» as a document still holds the dates
  ['по программе', sched('программа')],
  ['Занятия проводятся по программе', sched('программа')],
  ['Работа с детьми, отстающими по программе, по графику', sched('график')],
  // a date written with the unknown date wins
  ['дата съезда еще неизвестна, но ориентировочно 15 мая', on('2021-05-15')],
  // a day or a span after a verb of being keeps its reading
  ['Экзамен будет 15 мая', on('2021-05-15')],
  ['Экзамен будет 15.05', on('2021-05-15')],
  ['было 10 дней', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
  // daily work stays open-ended; hours alone, with no heading, stay unread
  ['Режим работы ежедневно с 9.00 до 18.00', ongoing],
  ['с 8.15 до 18.00', unread],
  ['раз в 5 лет', rec('year')],
];

export const family: Family = {
  title: 'round 92: «МБУ ДО», a typo year, «отстающими по программе» after a dateline, «установленными … сроками», a date «еще неизвестна», counts after «было», «раз в 4-5 лет», working hours',
  rows: () => {
    const rows: Row[] = [];
    const add = (t: string, e: Expect): void => {
      rows.push(...variants(t).map((v): Row => [v, e]));
    };
    for (const [tpl, e] of ORG_TEMPLATES) for (const org of ORG_FORMS) add(tpl.replace('{org}', org), e);
    for (const [t, e] of TYPO_TEMPLATES) add(t, e);
    for (const d of DATELINES) for (const s of STUDIED) rows.push([`${d} ${s}.`, on('2021-10-19')], [`${d} ${s}`, on('2021-10-19')]);
    for (const tpl of SET_TEMPLATES) for (const [p, reason] of SET_PHRASES) add(tpl.replace('{x}', p), schedAny(reason ?? p));
    for (const [tpl, noun] of UNKNOWN_TEMPLATES) for (const w of UNKNOWN_WORDS) add(tpl.replace('{x}', w), schedAny(`${noun} ${w}`));
    for (const [t, e] of COUNT_TEMPLATES) add(t, e);
    for (const tpl of TIMES_TEMPLATES) for (const [x, e] of TIMES) add(tpl.replace('{x}', x), e);
    for (const h of HEADINGS) for (const x of HOURS) add(`${h} ${x}`, rec('week'));
    for (const [t, e] of PINS) add(t, e);
    return rows;
  },
};
