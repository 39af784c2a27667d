/**
 * Round 90 (corpus-real-79: olympiads and school sport). Five classes the set's first run missed, as olympiad rules, sports news and
 * decrees write them:
 * - «до» and a possessive pronoun before a verbal noun of an event is an offset before that event: «5.1. Для участия в Олимпиаде
 *   необходимо до ее начала зарегистрироваться …»;
 * - the time or dates of an event that someone publishes, announces or posts are a schedule: «… конкретное место и время проведения
 *   финалов публикуют вузы-организаторы на своих страничках.»;
 * - «в» glued to a month in the prepositional is «в» and the month: «1. Провести вапреле 2018 года муниципальный этап …»;
 * - hours glued to their dot and the minutes after a space, after a word of time, are a time of day: «… д. № 33а в 12. 00 состоятся
 *   соревнования …»;
 * - a season after «от» with no «до / к / по» after it is no window: «Сегодня, 10 февраля, теплого подарка от зимы ждали участники …».
 * The first template of each class is the set's real row (its source in corpus-real-79.tsv).
 */
import { MONTHS_PREP, by, ev, iso, lastDay, on, range, sched, variants, type Expect, type Family, type Row } from './kit';

const BEFORE_TEMPLATES = [
  'Для участия в Олимпиаде необходимо {x} зарегистрироваться',
  'Заявку на участие подать {x}',
  'Участники обязаны пройти инструктаж {x}',
  'Документы направляются в оргкомитет {x}',
  '{x} команды сдают медицинские справки',
];
const PRONOUNS = ['его', 'её', 'ее', 'их'];
const NOUNS = ['начала', 'окончания', 'завершения', 'проведения', 'открытия', 'закрытия', 'получения'];

const PUBLISH_TEMPLATES = [
  'Даты проведения финалов едины для всех городов, конкретное место и {n} финалов {v} вузы-организаторы на своих страничках',
  'Место и {n} муниципального этапа {v} управление образования',
  'Информация о соревнованиях: {n} {v} оргкомитет на сайте',
  'Ребятам напомнили, что {n} испытаний {v} центр тестирования',
];
const DATE_NOUNS = [
  'время проведения', 'даты проведения', 'дату проведения', 'сроки проведения', 'график проведения', 'расписание проведения',
  'сроки подачи заявок', 'дата начала приема заявлений', 'сроки сдачи нормативов', 'время старта',
];
const PUBLISH_VERBS = ['публикуют', 'публикует', 'опубликуют', 'объявляют', 'объявит', 'сообщат', 'размещают', 'разместит', 'доводят до сведения участников'];

const GLUED_TEMPLATES: Array<[string, number | null]> = [
  ['1. Провести {x} 2018 года муниципальный этап Всероссийских спортивных игр школьников', 2018],
  ['Школьный этап олимпиады пройдет {x}', null],
  ['{x} 2022 г. состоится фестиваль ГТО', 2022],
  ['Сдача нормативов запланирована {x}', null],
];

const TIME_TEMPLATES: Array<[string, string]> = [
  ['20 сентября 2025 года на территории МАУ «Крестецкий ФОК» по адресу ул. Железнодорожная, д. № 33а {x} состоятся соревнования', '2025-09-20'],
  ['15 мая {x} на стадионе пройдет фестиваль ГТО', '2021-05-15'],
  ['Сбор участников 10 октября {x} у здания школы', '2021-10-10'],
  ['Торжественное открытие спартакиады 3 марта {x}', '2021-03-03'],
];
const TIMES = ['в 12. 00', 'в 9. 30', 'в 10. 00', 'в 14. 45', 'в 8. 15', 'в 16. 20', 'с 11. 00', 'около 13. 30', 'в 15. 00 часов'];

const SEASON_TEMPLATES: Array<[string, string]> = [
  ['Сегодня, 10 февраля, теплого подарка {x} ждали участники III районного фестиваля спорта', '2021-02-10'],
  ['25 марта школьники ждали подарка {x}', '2021-03-25'],
  ['Отдохнуть {x} ребята смогут 15 июня на турслете', '2021-06-15'],
  ['Праздник «Привет {x}» пройдет 2 октября', '2021-10-02'],
];
const SEASONS = ['от зимы', 'от весны', 'от лета', 'от осени'];

const PINS: Row[] = [
  // no pronoun: as before; a date after the offset wins
  ['до начала олимпиады', ev('начала')],
  ['До его проведения 10 мая', by('2021-05-10')],
  // a noun not of dates before «публикуют» stays as it was
  ['В это время публикуются результаты', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  // the month with its space, and words that only begin with «в»
  ['в апреле 2018 года', range('2018-04-01', '2018-04-30')],
  ['вначале года', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['вместе с родителями', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  // a number with its space after a dot with no word of time, a month's number or a full date stays as it was
  ['п. 3. 15 дней', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
  ['до 10 .10.2025', by('2025-10-10')],
  ['15 мая в 12.00', on('2021-05-15')],
  // a season after «с» or with a dash or «до» after «от» stays a window
  ['летом 2022', range('2022-06-01', '2022-08-31')],
  ['от лета - к осени', range('2021-06-01', '2021-08-31')],
];

const glue = (m: number): string => `в${MONTHS_PREP[m]!}`;

export const family: Family = {
  title: 'round 90: «до ее начала», «время проведения … публикуют», «вапреле», «в 12. 00», «подарок от зимы»',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of BEFORE_TEMPLATES)
      for (const p of PRONOUNS)
        for (const n of NOUNS) rows.push(...variants(tpl.replace('{x}', `до ${p} ${n}`)).map((t): Row => [t, ev(n)]));
    for (const [i, tpl] of PUBLISH_TEMPLATES.entries())
      for (const n of DATE_NOUNS)
        for (const v of PUBLISH_VERBS) {
          // the real row's opening «Даты проведения …» with «объявля* / сообщ*» after it is round 26's schedule from the start
          if (i === 0 && /^(объявл|сообщ)/.test(v)) continue;
          const text = tpl.replace('{n}', n).replace('{v}', v);
          const reason = text.slice(text.indexOf(n));
          rows.push(...variants(text).map((t): Row => [t, sched(reason)]));
        }
    for (const [tpl, year] of GLUED_TEMPLATES)
      for (let m = 0; m < 12; m++) {
        const y = year ?? 2021;
        const expected: Expect = range(iso(m + 1, 1, y), iso(m + 1, lastDay(m + 1), y));
        rows.push(...variants(tpl.replace('{x}', glue(m))).map((t): Row => [t, expected]));
      }
    for (const [tpl, day] of TIME_TEMPLATES)
      for (const x of TIMES) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, on(day)]));
    for (const [tpl, day] of SEASON_TEMPLATES)
      for (const x of SEASONS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, on(day)]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
