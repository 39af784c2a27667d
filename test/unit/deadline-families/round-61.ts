/**
 * Round 61 (corpus-real-55, implementation plans of federal projects in schools): the classes the set's first run missed, each in the
 * grammatical variety real pages write it. The first template of each group is a real row of corpus-real-55 (its source in the set);
 * the others are the same class as other plans and news of the same projects write it.
 * - «в новом / наступающем году» is the year after the current one, like «в следующем году»;
 * - «уже <порядковое> год», «не первый год» is work running now, open-ended;
 * - «от N до M тыс. / человек» and a number of five to seven figures before a noun are counts, labels;
 * - a phone number written from its bracketed code («(83155)2-20-42», «(3842) 58-70-25») is a label;
 * - «, а не <срок>» after a deadline names the old deadline, a note;
 * - a bracket naming a weekday of a month before «– <дата>» is a note, and «срок 1», «этап 2» are labels;
 * - a note right after a day and its month («(15.00 МСК)», «(пятница)», «15.00») does not part the date from its year;
 * - «в следующем / новом году» after the dates of the text, with none after it and no year written, adds the next year to them;
 * - a season written first, then a part of a (school) year inside it («осенью, в начале учебного года»): the part says when.
 */
import { by, ongoing, on, range, variants, type Family, type Row } from './kit';

const NEXT_YEAR = range('2022-01-01', '2022-12-31');
const NEXT_YEAR_TEMPLATES = [
  '— В {x} году продолжим работу по созданию в школах цифровой образовательной среды',
  'в {x} году откроются еще два центра «Точка роста»',
  'Оборудование поступит в школы района в {x} году',
  'в {x} году все школы перейдут на обновленные ФГОС',
];
const NEXT_YEAR_WORDS = ['новом', 'наступающем'];

const RUNNING_TEMPLATES = [
  'Единую модель профориентации реализуют в Подмосковье {x}',
  'В районе {x} реализуется проект «Билет в будущее»',
  'школа участвует в проекте «Школа Минпросвещения России» {x}',
  'центр «Точка роста» работает {x}',
];
const RUNNING = ['уже второй год', 'уже третий год', 'уже четвертый год', 'уже пятый год', 'не первый год'];

const COUNT_ROWS: Row[] = [
  ...['от 10 до 50 тыс. школьников', 'от 10 до 50 тысяч школьников', 'от 3 до 5 человек', 'от 20 до 30 участников', 'от 1 до 2 млн рублей'].flatMap((x) =>
    [`Ежедневно к проекту присоединяются ${x}`, `ежедневно на платформе регистрируются ${x}`].map((t): Row => [t, ongoing]),
  ),
  ...['19950', '16000', '125000', '1500000'].flatMap((n) =>
    [`До 2024 года в школах России будет создано ${n} центров «Точка роста»`, `до 1 сентября 2023 года охватить ${n} обучающихся`].map(
      (t): Row => [t, t.startsWith('До 2024') ? by('2023-12-31') : by('2023-09-01')],
    ),
  ),
];

const PHONES = ['(83155)2-20-42', '(3842) 58-70-25', '(834) 247-66-52', '(4722)33-44-55'];
const PHONE_ROWS: Row[] = PHONES.flatMap((p) => [
  [`ЗАДАТЬ СВОИ ВОПРОСЫ ВЫ МОЖЕТЕ ПО ТЕЛЕФОНУ: ${p} (ежедневно с 09.00 по 16.00 кроме субботы и воскресенья)`, ongoing] as Row,
  [`телефон горячей линии ${p} работает ежедневно`, ongoing] as Row,
  [`Заявления принимаются до 15 мая, справки по телефону ${p}`, by('2021-05-15')] as Row,
]);

const NEGATED_ROWS: Row[] = [
  ['Теперь школы обязаны разместить на сайте и направить отчет учредителю до 20 апреля, а не до 1 сентября, как раньше', by('2021-04-20')],
  ['отчет о самообследовании направляется до 20 апреля, а не до 1 сентября', by('2021-04-20')],
  ['программы утверждаются к 1 июня, а не к 1 сентября', by('2021-06-01')],
  ['сдать заявки до 15.05, а не до 01.06, как было раньше', by('2021-05-15')],
  ['ВПР пройдут в мае — а не в апреле, как раньше', range('2021-05-01', '2021-05-31')],
  ['собеседование проводится 10 февраля, а не 17 февраля', on('2021-02-10')],
];

const TIMETABLE_ROWS: Row[] = [
  ['1) основной срок (вторая среда февраля) – 8 февраля 2022 года', on('2022-02-08')],
  ['2) дополнительный срок 1 (вторая рабочая среда марта) – 15 марта 2022 года', on('2022-03-15')],
  ['3) дополнительный срок 2 (первый рабочий понедельник мая) – 15 мая 2022 года', on('2022-05-15')],
  ['дополнительный срок (третий понедельник апреля) – 17 апреля 2023 года', on('2023-04-17')],
  ['основной срок (вторая среда февраля): 14 февраля 2024 года', on('2024-02-14')],
  ['этап 1 – с 1 по 15 марта 2022 года', range('2022-03-01', '2022-03-15')],
  ['смена 2 – с 1 по 21 июля 2022 года', range('2022-07-01', '2022-07-21')],
  ['дополнительный срок 1 – 15 марта 2022 года', on('2022-03-15')],
];

const NOTE_ROWS: Row[] = [
  'Срок проведения тестирования: 22 сентября (12.00 МСК) – 10 октября (15.00 МСК) 2023 года',
  'тестирование проводится с 22 сентября (12.00) по 10 октября (15.00) 2023 года',
  '22 сентября (четверг) – 10 октября (вторник) 2023 года',
  '22 сентября 12.00 – 10 октября 15.00 2023 года',
].map((t): Row => [t, range('2023-09-22', '2023-10-10')]);
NOTE_ROWS.push(['Итоги будут подведены 10 октября (15.00 МСК) 2023 года', on('2023-10-10')], ['заседание состоится 15 мая (пятница) 2022 г', on('2022-05-15')]);

/** «в следующем / новом году» after the dates of the text, none after it and no year written: that year is added to them. */
const LATE_NEXT_YEAR_TEMPLATES: Array<[string, string]> = [
  ['В ноябре-декабре первые пробы под эгидой проекта прошли в 46 регионах нашей страны, а в {x} году «Билет в будущее» затронет все 85 регионов', '2021-11-01'],
  ['в сентябре работы начались, в {x} году будут продолжены', '2021-09-01'],
  ['Осенью прошли первые занятия курса, а в {x} году он станет обязательным', '2021-09-01'],
  ['с 1 по 15 октября прошла апробация, в {x} году — во всех школах района', '2021-10-01'],
];
const LATE_NEXT_YEAR_WORDS = ['следующем', 'будущем', 'предстоящем', 'новом', 'наступающем'];
/** After a year written, or with a day after it, it is read as before (these pin it). */
const LATE_NEXT_YEAR_PINS: Row[] = [
  ['в 2020 году и в следующем году', range('2020-01-01', '2020-12-31')],
  ['в мае 2021 года и в следующем году', range('2021-05-01', '2021-05-31')],
  ['до 1 марта, а в следующем году 1 апреля', on('2021-04-01', '2021-03-01')],
];

/** A season written first, then a part of a (school) year inside it: the part says when. */
const SEASON_PART_ROWS: Row[] = [
  ...[
    'Осенью в начале нового учебного года их напишут учащиеся, перешедшие в 5-9 классы',
    'осенью, в начале учебного года, пройдет входная диагностика',
    'осенью в начале учебного года — стартовая диагностика функциональной грамотности',
    'Входные работы пройдут осенью в начале нового учебного года',
  ].map((t): Row => [t, range('2021-09-01', '2021-09-30')]),
  ...['весной, в конце учебного года, пройдут итоговые работы', 'Весной в конце учебного года — защита проектов'].map((t): Row => [t, range('2021-05-01', '2021-05-31')]),
  // a part outside the season keeps the list (these pin it)
  ['летом, в конце учебного года', range('2021-05-01', '2021-08-31')],
  ['осенью, в конце года', range('2021-09-01', '2021-12-31')],
];

export const family: Family = {
  title: 'round 61: «в новом году», «уже третий год», counts, phones from their code, «а не <срок>», a weekday rule in brackets and «срок 1», a year after a note, «в следующем году» after dates, a season then a part of a year inside it',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of NEXT_YEAR_TEMPLATES) for (const x of NEXT_YEAR_WORDS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, NEXT_YEAR]));
    for (const tpl of RUNNING_TEMPLATES) for (const x of RUNNING) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ongoing]));
    for (const [t, e] of [...COUNT_ROWS, ...PHONE_ROWS, ...NEGATED_ROWS, ...TIMETABLE_ROWS, ...NOTE_ROWS]) rows.push(...variants(t).map((v): Row => [v, e]));
    for (const [tpl, start] of LATE_NEXT_YEAR_TEMPLATES)
      for (const x of LATE_NEXT_YEAR_WORDS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, range(start, '2022-12-31')]));
    for (const [t, e] of LATE_NEXT_YEAR_PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    for (const [t, e] of SEASON_PART_ROWS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
