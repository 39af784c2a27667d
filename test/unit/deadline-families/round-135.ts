/**
 * Round 135 (corpus-real-123: labour-law time limits for the staff of schools and kindergartens — графики отпусков, notices of leave
 * and dismissal, the days and delays of salary payment, учебная нагрузка, аттестация, коллективные договоры). Seven classes the set's
 * first run missed, as labour-law pages, school documents and news write them:
 * - half a month after «каждые» or «раз в» — «не реже чем каждые полмесяца», «1 раз в полмесяца» — is the unit of a monthly repeat, like
 *   «дважды в месяц», and outranks the day a document sets after it (it was `unparsed`, or the `schedule` of «в день, установленный …»);
 * - a count of months in words right before a year — «за четыре месяца 2022 года», «за девять месяцев 2014 года» — is the first months
 *   of that year, as round 66 reads one in figures (it was an offset `event`);
 * - the dates' noun after a lead-in with a passive verb of setting and the document in the instrumental — «…, сроки предупреждения об
 *   увольнении определяются трудовым договором» — is a `schedule` from the noun on (it was `unparsed`, or the schedule from the verb on);
 * - «до каникул» with no season is an event, like «перед каникулами» (it was `unparsed`);
 * - «до сих пор» is an adverb, no «до» before the date after it (it was `by` the day before);
 * - «минувшего / прошедшего года» after a month or day is the year before the context's like «прошлого года», so with round 133's rule
 *   a window it ends is that year's whole («с января по май минувшего года»; it was the context's year);
 * - «по учебным планам», «по учебному предмету»: «учебный» before a noun that is no date word is that noun's adjective, so the «по» is no
 *   «по <учебный год>» (a window before it was `by` its end).
 * Pins: the near readings that stay (a span of half a month counted from an event, a count of months in figures, a count before an
 * event, a bare count, «размер … определяется договором», dates to be set later, the holidays named by a season, a day after «до
 * каникул», «до» before a year, one month of the past year, a window across New Year, «по учебному плану» alone).
 * The first template of each class is the set's real row (its source in corpus-real-123.tsv).
 */
import { bareSpan, by, ev, lastDay, on, pad, range, rec, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** what is paid or done twice a month */
const PAID = ['Заработная плата выплачивается', 'Зарплата работникам школы выплачивается', 'Аванс и заработная плата выплачиваются', 'Выплата заработной платы производится'];
/** half a month as the unit of the repeat */
const HALF_MONTH = ['каждые полмесяца', 'не реже чем каждые полмесяца', 'не реже, чем каждые полмесяца', 'раз в полмесяца', '1 раз в полмесяца', 'один раз в полмесяца', 'не реже одного раза в полмесяца'];
/** what may follow: the day a document sets, or nothing */
const HALF_TAILS = ['', 'в день, установленный правилами внутреннего трудового распорядка', 'в дни, установленные коллективным договором'];
const HALF_PINS: Row[] = [
  ['через полмесяца после увольнения', ev('увольнения')],
  ['Заработная плата выплачивается не реже двух раз в месяц', rec('month')],
  ['Заработная плата выплачивается каждые полмесяца: 10 и 25 числа', rec('month', 25)],
];

/** a count of months in words: the word, its month word, the count */
const MONTH_COUNTS: Array<[string, string, number]> = [
  ['один', 'месяц', 1], ['два', 'месяца', 2], ['двух', 'месяцев', 2], ['три', 'месяца', 3], ['трех', 'месяцев', 3], ['четыре', 'месяца', 4],
  ['четырех', 'месяцев', 4], ['пять', 'месяцев', 5], ['пяти', 'месяцев', 5], ['шесть', 'месяцев', 6], ['шести', 'месяцев', 6],
  ['семь', 'месяцев', 7], ['восемь', 'месяцев', 8], ['девять', 'месяцев', 9], ['девяти', 'месяцев', 9], ['десять', 'месяцев', 10],
];
/** the words before the count */
const COUNT_LEADS = ['за', 'В трех школах района за', 'Статистика за', 'Задолженность образовалась за'];
/** the year after it, and its number */
const COUNT_YEARS: Array<[string, number]> = [['2022 года', 2022], ['2014 г.', 2014], ['2021 года', 2021]];
const COUNT_PINS: Row[] = [
  ['за 4 месяца 2022 года', range('2022-01-01', '2022-04-30')],
  ['за три месяца до 1 сентября', ev('сентября')],
  ['в течение двух месяцев', bareSpan],
  ['четыре месяца', unread],
];

/** the lead-ins before the dates' noun */
const SET_LEADS = ['Для работников, работающих у работодателей – религиозных организаций,', 'При этом', 'В школе', 'У совместителей'];
/** the dates' nouns */
const SET_NOUNS = ['сроки предупреждения об увольнении', 'сроки выплаты заработной платы', 'сроки предоставления отпуска', 'даты выплаты аванса'];
/** the passive verbs of setting */
const SET_VERBS = ['определяются', 'устанавливаются', 'утверждаются', 'определены', 'установлены'];
/** the documents in the instrumental */
const SET_DOCS = ['трудовым договором', 'коллективным договором', 'приказом директора', 'соглашением сторон'];
const SET_PINS: Row[] = [
  ['Размер платы определяется договором.', unread],
  ['При этом сроки будут определены позднее', unread],
  ['Сроки определяются трудовым договором', sched('сроки определяются трудовым договором')],
];

/** what was or will be done before the holidays */
const BEFORE_HOLIDAYS = ['Педагоги Кызыла заработную плату в последний раз получали еще', 'Отчёт сдаётся', 'Зарплата будет выплачена', 'Учителя получили отпускные'];
const HOLIDAY_PINS: Row[] = [
  ['до осенних каникул', ev('каникул')],
  ['до начала каникул', ev('каникул')],
  ['Отчёт сдаётся до каникул, 15 октября', by('2021-10-15')],
];

/** what has not been done until now */
const UNTIL_NOW = ['До сих пор не погашена задолженность перед педагогами', 'до сих пор не выплачена зарплата учителям', 'До сих пор не выплачены отпускные'];
const UNTIL_NOW_PINS: Row[] = [
  ['до 2003 года', by('2002-12-31')],
  ['до сих пор', unread],
];

/** windows of months or days: the text, its start and end month and day (day 0: the month's last) */
const WINDOWS: Array<[string, number, number, number, number]> = [
  ['с января по май', 1, 1, 5, 0], ['с 10 января по 5 марта', 1, 10, 3, 5], ['в сентябре-декабре', 9, 1, 12, 0], ['с марта по июнь', 3, 1, 6, 0],
  ['с 1 по 15 мая', 5, 1, 5, 15],
];
/** the adjectives of a year in words and their shift */
const YEAR_WORDS: Array<[string, number]> = [['прошлого', -1], ['минувшего', -1], ['прошедшего', -1], ['предыдущего', -1], ['следующего', 1], ['будущего', 1]];
/** the words before the window */
const WINDOW_LEADS = ['Орским учителям компенсированы затраты лишь', 'Первый этап проводился', 'Выплаты производились'];
const WINDOW_PINS: Row[] = [
  ['в сентябре прошлого года', range('2020-09-01', '2020-09-30')],
  ['15 мая прошлого года', on('2020-05-15')],
  ['с сентября по май следующего года', range('2021-09-01', '2022-05-31')],
  ['с января по май 2020 года', range('2020-01-01', '2020-05-31')],
  ['в конце прошлого года', range('2020-12-01', '2020-12-31')],
];

/** windows before «по учебным …» and what they are */
const SCHOOL_WINDOWS: Array<[string, Row[1]]> = [
  ['на следующий учебный год', range('2021-09-01', '2022-08-31')],
  ['в сентябре', range('2021-09-01', '2021-09-30')],
  ['15 мая', on('2021-05-15')],
];
/** what follows: a plan, a subject or a programme qualified by «учебный» */
const SCHOOL_TAILS = ['по учебным планам', 'по учебному плану', 'по учебным предметам', 'часов по учебным планам и программам', ', за исключением случаев уменьшения часов по учебным планам'];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('half a month after «каждые / раз в» is the unit of a monthly repeat («не реже чем каждые полмесяца»)', () => {
      addAs('Заработная плата выплачивается не реже чем каждые полмесяца в день, установленный правилами внутреннего трудового распорядка, коллективным договором, трудовым договором (ч. 6 ст. 136 ТК РФ).', rec('month'));
      for (const p of PAID) for (const h of HALF_MONTH) for (const t of HALF_TAILS) add([p, h, t].filter(Boolean).join(' '), rec('month'));
      HALF_PINS.forEach(([t, e]) => add(t, e));
    });
    section('a count of months in words right before a year is its first months («за четыре месяца 2022 года»)', () => {
      addAs('В трех школах Чародинского района за четыре месяца 2022 года образовалась задолженность по заработной платы в размере более 1,3 млн рублей.', range('2022-01-01', '2022-04-30'));
      for (const l of COUNT_LEADS)
        for (const [w, m, n] of MONTH_COUNTS)
          for (const [y, year] of COUNT_YEARS) add(`${l} ${w} ${m} ${y}`, range(`${year}-01-01`, `${year}-${pad(n)}-${pad(n === 2 && year % 4 === 0 ? 29 : lastDay(n))}`));
      COUNT_PINS.forEach(([t, e]) => add(t, e));
    });
    section('the dates\' noun after a lead-in, a passive verb of setting and a document in the instrumental is a schedule', () => {
      addAs('Для работников, работающих у работодателей – религиозных организаций, сроки предупреждения об увольнении определяются трудовым договором (ч. 2 ст. 347 ТрК РФ).', sched('сроки предупреждения об увольнении определяются трудовым договором (ч. 2 ст. 347 ТрК РФ)'));
      for (const l of SET_LEADS)
        for (const n of SET_NOUNS)
          for (const v of SET_VERBS)
            for (const d of SET_DOCS) add(`${l} ${n} ${v} ${d}`, sched(`${n} ${v} ${d}`));
      SET_PINS.forEach(([t, e]) => addAs(t, e));
    });
    section('«до каникул» with no season is an event', () => {
      addAs('Педагоги Кызыла заработную плату в последний раз получали еще до каникул.', ev('каникул'));
      for (const b of BEFORE_HOLIDAYS) add(`${b} до каникул`, ev('каникул'));
      add('до каникул', ev('каникул'));
      HOLIDAY_PINS.forEach(([t, e]) => add(t, e));
    });
    section('«до сих пор» is no «до» before a date', () => {
      addAs('До сих пор не погашена задолженность перед педагогами за 2003 год.', range('2003-01-01', '2003-12-31'));
      for (const u of UNTIL_NOW) {
        for (const y of [2003, 2019, 2020]) add(`${u} за ${y} год`, range(`${y}-01-01`, `${y}-12-31`));
        for (const [k, m] of [[5, 'май'], [9, 'сентябрь'], [12, 'декабрь']] as const) add(`${u} за ${m}`, range(`2021-${pad(k)}-01`, `2021-${pad(k)}-${pad(lastDay(k))}`));
      }
      UNTIL_NOW_PINS.forEach(([t, e]) => add(t, e));
    });
    section('«минувшего / прошедшего года» is «прошлого года», after a month, a day or a window («с января по май минувшего года»)', () => {
      addAs('Орским учителям компенсированы затраты лишь с января по май минувшего года.', range('2020-01-01', '2020-05-31'));
      for (const l of WINDOW_LEADS)
        for (const [w, m1, d1, m2, d2] of WINDOWS)
          for (const [a, shift] of YEAR_WORDS) {
            const y = 2021 + shift;
            add(`${l} ${w} ${a} года`, range(`${y}-${pad(m1)}-${pad(d1)}`, `${y}-${pad(m2)}-${pad(d2 || lastDay(m2))}`));
          }
      for (const a of ['минувшего', 'прошедшего']) add(`в сентябре ${a} года`, range('2020-09-01', '2020-09-30'));
      WINDOW_PINS.forEach(([t, e]) => add(t, e));
    });
    section('«по учебным планам»: «учебный» before a noun that is no date word makes no «по <учебный год>»', () => {
      addAs('Объем учебной нагрузки, установленный учителям при заключении трудового договора, не может быть уменьшен на следующий учебный год, за исключением случаев уменьшения количества обучающихся и часов по учебным планам и программам.', range('2021-09-01', '2022-08-31'));
      for (const [w, e] of SCHOOL_WINDOWS) for (const t of SCHOOL_TAILS) add(`${w}${t.startsWith(',') ? '' : ' '}${t}`, e);
      add('по учебному плану', sched('учебный план'));
    });
  });
}

export const family: Family = {
  title: 'round 135: «каждые полмесяца» repeats monthly, a count of months in words before a year is its first months, «сроки … определяются трудовым договором» inside a sentence is a schedule, «до каникул» is an event, «до сих пор» is no «до», «минувшего года» is «прошлого года», «по учебным планам» is no «по <учебный год>»',
  rows: () => sections().flatMap(([, rows]) => rows),
};
