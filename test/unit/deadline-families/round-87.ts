/**
 * Round 87 (corpus-real-76: the digital school and the openness of education bodies). The classes the set's first run missed, as news,
 * regulation, school and help pages write them:
 * - the beginning, middle or end of a year named relative to the current one is of that year: «Двухлетний эксперимент … завершился в
 *   конце прошлого года.» (2020), «в начале следующего года» (2022), «до конца будущего года»;
 * - «до начала <месяца>» ending a window is the eve of that month, as alone: «Подача заявлений … стартует 6 июля и продлится до начала
 *   сентября.», «с 6 июля до начала сентября» (to 08-31);
 * - «в любой момент» is «в любое время»: a right that runs all the time («Согласие … можно отозвать в любой момент.»);
 * - «в этот / тот день» with no «же» and no date is the day of the event a sentence before named («В этот день в школе … прошли
 *   тематические уроки …»);
 * - «в срок, не превышающий N [(N словом)] рабочих дней с даты …» inside a sentence counts from its event («Решение об уничтожении должно
 *   быть принято в срок, не превышающий 3 (трех) рабочих дней с даты появления оснований …»);
 * - a figure run glued to a site's ending is the site's name, no day («… рассказала 45.RU, что …»);
 * - a grade with its ending after «по / до» that follows a noun of grades is the range's last grade («с 1-го класса по 11-й»);
 * - the target of a wiki link with a label is a page's name, no date («[[:сфо_до2|смешанного формата обучения]]»).
 * The first template of each class is the set's real row (its source in corpus-real-76.tsv).
 */
import { ev, by, on, range, variants, ongoing, bareSpan, MONTHS_GEN, iso, type Expect, type Row, type Family } from './kit';

const addDay = (d: string, n: number): string => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};

// 1. a part of a year named relative to the current one
const RELATIVE_YEARS: Array<[string, number]> = [
  ['прошлого', -1], ['прошедшего', -1], ['минувшего', -1], ['предыдущего', -1], ['следующего', 1], ['будущего', 1], ['наступающего', 1],
];
const PARTS: Array<[string, (y: number) => [string, string]]> = [
  ['в конце', (y) => [`${y}-12-01`, `${y}-12-31`]],
  ['в начале', (y) => [`${y}-01-01`, `${y}-01-31`]],
  ['в середине', (y) => [`${y}-06-01`, `${y}-07-31`]],
];
const PART_TEMPLATES = [
  'Оборудование для центров цифрового образования поступило в школы {x}',
  'Сайт школы был переведен на платформу Госвеб {x}',
  '{x} в школах прошел Единый урок безопасности в сети Интернет',
  'Родительские чаты перенесли в Сферум {x}',
];
const ENDED_TEMPLATES = [
  'Двухлетний эксперимент по внедрению цифровой образовательной среды (ЦОС) в 15 регионах России завершился {x}',
  'Подключение школ к ФГИС «Моя школа» завершилось {x}',
];
const BY_FORMS: Array<[string, (y: number) => string]> = [
  ['до конца', (y) => `${y}-12-31`],
  ['к концу', (y) => `${y}-12-31`],
  ['не позднее конца', (y) => `${y}-12-31`],
  ['до начала', (y) => `${y - 1}-12-31`],
  ['к началу', (y) => `${y - 1}-12-31`],
];
const BY_TEMPLATES = ['Перевести родительские чаты в мессенджер {x}', 'Обновить раздел «Сведения об образовательной организации» {x}'];

// 2. «до начала <месяца>» ending a window
const UNTIL_BEGIN_TEMPLATES = [
  'Подача заявлений в школы не по прописке стартует {d} {m1} и продлится до начала {m2}',
  'Запись в кружки через Навигатор продлится с {d} {m1} до начала {m2}',
  'Прием документов с {d} {m1} до начала {m2}',
  'Регистрация на платформе откроется {d} {m1} и продлится до начала {m2}',
];
const MONTH_PAIRS: Array<[number, number]> = [[1, 3], [2, 4], [3, 5], [4, 6], [5, 7], [6, 8], [7, 9], [8, 10], [9, 11], [10, 12], [3, 4], [7, 8], [10, 11]];

// 3. «в любой момент»
const ANY_MOMENT_TEMPLATES = [
  'Согласие на использование персданных можно отозвать {x}',
  'Согласие на обработку персональных данных может быть отозвано {x}',
  'Родители могут обратиться к администратору Сферума {x}',
  'Учетную запись в электронном дневнике можно восстановить {x}',
  'Отказаться от рассылки уведомлений можно {x}',
  'Перейти в другую школу по собственной инициативе можно {x}',
];

// 4. «в этот / тот день»
const THAT_DAY_TEMPLATES = [
  '{x} в школе для 8-11 классов прошли тематические уроки с просмотром видеофильма «Безопасность в Интернет», для 1-4 классов показан видеофильм «Почемучка. Безопасность при работе в Интернете»',
  'Ребята {x} подготовили концерт',
  '{x} родители получают уведомление в электронном дневнике',
  'Итоги голосования публикуются на сайте школы {x}',
  '{x} во всех школах района прошли классные часы',
];

// 5. «в срок, не превышающий …» inside a sentence
const NOT_EXCEEDING_TEMPLATES: Array<[string, string]> = [
  ['Решение об уничтожении должно быть принято {x} с даты появления оснований к уничтожению персональных данных', 'появления'],
  ['Персональные данные уничтожаются {x} с даты достижения цели обработки', 'достижения'],
  ['Ответ на обращение, поступившее через сайт, направляется заявителю {x} со дня регистрации обращения', 'регистрации'],
  ['Сведения на официальном сайте обновляются {x} со дня их изменения', 'изменения'],
];
const NOT_EXCEEDING_SPANS = [
  '3 (трех) рабочих дней', '3 рабочих дней', 'трех рабочих дней', '30 дней', 'тридцати дней', '10 рабочих дней', '5 (пяти) рабочих дней',
  '30 (тридцати) календарных дней', 'десяти рабочих дней', '7 календарных дней',
];
const NOT_EXCEEDING_LEADS = ['в срок, не превышающий', 'в срок не превышающий'];

// 6. a site's name with figures
const SITE_TEMPLATES: Array<[string, Expect]> = [
  ['Еще одна опрошенная мама школьника рассказала {x}, что родительский чат им завели еще весной, но пока сообщений никто там не пишет', range('2021-03-01', '2021-05-31')],
  ['Как сообщает {x}, прием заявлений в первый класс начнется 1 апреля', { kind: 'ongoing', start: '2021-04-01', due: '2021-12-31' }],
  ['Об этом {x} рассказали в управлении образования 14 марта', on('2021-03-14')],
  ['Подать заявление можно до 30 июня, пишет {x}', by('2021-06-30')],
];
const SITES = ['45.RU', '45.ru', '74.ru', '72.RU', 'e1.ru', '59.ru', '29.ru', 'www.45.ru', '2gis.ru', '63.ru', '161.RU', '1rnd.ru', '78.ru', '164.ru'];

// 7. a grade with its noun left out
const GRADE_TEMPLATES: Array<[string, Expect]> = [
  ['А к 2024 году в системе разместят материалы по каждому уроку для всех предметов с {a}-го класса по {b}-й', by('2024-12-31')],
  ['Олимпиада для учащихся с {a}-го класса по {b}-й пройдет 20 октября', on('2021-10-20')],
  ['Материалы для учащихся с {a} класса до {b}-го размещены до 15 мая', by('2021-05-15')],
];
const GRADE_PAIRS: Array<[number, number]> = [[1, 11], [1, 4], [5, 9], [10, 11], [1, 8], [5, 11], [2, 4], [7, 9]];

// 8. a wiki link's target
const WIKI_TEMPLATES: Array<[string, Expect]> = [
  ['С 2020 года на портале размещаются видеоуроки для [[:{x}|смешанного формата обучения]]', { kind: 'ongoing', start: '2020-01-01', due: '2021-12-31' }],
  ['Положение размещается на сайте до 1 сентября, см. [[{x}|раздел «Документы»]]', by('2021-09-01')],
];
const WIKI_TARGETS = ['сфо_до2', 'do2_metod', 'до2_методические_рекомендации', 'plan_2021', ':eldis:ko3495-p_21', 'сферум'];

const PINS: Row[] = [
  // the current year and a year written are read as before
  ['в конце текущего года', range('2021-12-01', '2021-12-31')],
  ['в конце года', range('2021-12-01', '2021-12-31')],
  ['до конца текущего года', by('2021-12-31')],
  ['в конце 2020 года', range('2020-12-01', '2020-12-31')],
  // a month of the next year (round 82) and «с прошлого года» (round 62) as before
  ['в декабре следующего года', range('2022-12-01', '2022-12-31')],
  ['Программа действует уже с прошлого года', { kind: 'ongoing', start: '2020-01-01', due: '2021-12-31' }],
  // «до <месяца>» and «до конца <месяца>» ending a window as before; «до начала» alone as before
  ['с 6 июля до сентября', range('2021-07-06', '2021-09-30')],
  ['с 1 марта до конца мая', range('2021-03-01', '2021-05-31')],
  ['стартует 1 марта и продлится до конца мая', range('2021-03-01', '2021-05-31')],
  ['до начала сентября', by('2021-08-31')],
  ['вступил в силу 01.09.2023 г. и действует до 31.08.2029 г.', range('2023-09-01', '2029-08-31')],
  // «в любое время» with a need waits for the need, «в любой момент» too
  ['Приказы издаются в любой момент по необходимости', ev('необходимости')],
  // «в тот / этот же день» and «в тот день, когда …» as before; a date after «в этот день» is the day
  ['в тот же день', ev('день')],
  ['в тот день, когда идут занятия', ev('занятия')],
  ['В этот день 30 октября прошли уроки', on('2021-10-30')],
  // a bare span stays unparsed
  ['Общий срок предоставления государственной услуги не может превышать 10 рабочих дней', bareSpan],
  // dates with dots are dates
  ['до 15.05', by('2021-05-15')],
  ['15.05.2021', on('2021-05-15')],
  ['до 1.06', by('2021-06-01')],
  // a grade ending before a month is a day
  ['с 1-го класса по 11-е мая', by('2021-05-11')],
  ['для 5 класса по 9 мая', by('2021-05-09')],
  // a wiki link with no label is read as before
  ['[[1]] до 15 мая', by('2021-05-15')],
];

export const family: Family = {
  title: 'round 87: «в конце прошлого года», «продлится до начала сентября», «в любой момент», «в этот день», «в срок, не превышающий … с даты …» inside a sentence, «45.RU», «с 1-го класса по 11-й», «[[:сфо_до2|…]]»',
  rows: () => {
    const rows: Row[] = [];
    for (const [adj, shift] of RELATIVE_YEARS) {
      const y = 2021 + shift;
      for (const [part, win] of PARTS) {
        const [s, e] = win(y);
        for (const tpl of PART_TEMPLATES) rows.push(...variants(tpl.replace('{x}', `${part} ${adj} года`)).map((t): Row => [t, range(s, e)]));
        for (const tpl of ENDED_TEMPLATES) rows.push(...variants(tpl.replace('{x}', `${part} ${adj} года`)).map((t): Row => [t, by(e)]));
      }
      for (const [form, due] of BY_FORMS)
        for (const tpl of BY_TEMPLATES) rows.push(...variants(tpl.replace('{x}', `${form} ${adj} года`)).map((t): Row => [t, by(due(y))]));
    }
    for (const tpl of UNTIL_BEGIN_TEMPLATES)
      for (const [m1, m2] of MONTH_PAIRS)
        for (const d of [1, 6, 15]) {
          const text = tpl.replace('{d}', String(d)).replace('{m1}', MONTHS_GEN[m1 - 1]!).replace('{m2}', MONTHS_GEN[m2 - 1]!);
          rows.push(...variants(text).map((t): Row => [t, range(iso(m1, d), addDay(iso(m2, 1), -1))]));
        }
    for (const tpl of ANY_MOMENT_TEMPLATES) rows.push(...variants(tpl.replace('{x}', 'в любой момент')).map((t): Row => [t, ongoing]));
    for (const tpl of THAT_DAY_TEMPLATES)
      for (const x of ['в этот день', 'в тот день']) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ev('день')]));
    for (const [tpl, name] of NOT_EXCEEDING_TEMPLATES)
      for (const lead of NOT_EXCEEDING_LEADS)
        for (const span of NOT_EXCEEDING_SPANS) rows.push(...variants(tpl.replace('{x}', `${lead} ${span}`)).map((t): Row => [t, ev(name)]));
    for (const [tpl, e] of SITE_TEMPLATES) for (const x of SITES) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const [tpl, e] of GRADE_TEMPLATES)
      for (const [a, b] of GRADE_PAIRS) rows.push(...variants(tpl.replace('{a}', String(a)).replace('{b}', String(b))).map((t): Row => [t, e]));
    for (const [tpl, e] of WIKI_TEMPLATES) for (const x of WIKI_TARGETS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};

