/**
 * Round 150 (corpus-real-138: the school timetable and teachers' workload — расписание уроков и звонков, замены, перемены и смены, the
 * Monday flag ceremony, учебная нагрузка, the hours of the school day). Six classes the set's first run missed, as news, school pages and
 * regulation clauses write them:
 * - the hours at which lessons or the school day routinely start or end — an imperfective verb of starting or ending with a time of day
 *   after it, «не ранее / не позже (чем)» and «с / в / до» between or not: «занятия должны начинаться не раньше 8:00 утра и заканчиваться
 *   не позже 19:00 вечера», «Учебный день начинается с 8-30» — are daily work, open-ended like «ежедневно с 10:00 до 19:00» (they were
 *   the event of a condition after them, or `unparsed`); an hour with a dash and minutes other than «00» after «с / в / до» is a clock, and
 *   «8 часов утра», «не позднее 19 часов» after such a verb are hours, not spans.
 * - a weekly repeat with only whole months named runs over those months: «в течение сентября и октября … 15 часов в неделю» → weekly
 *   from 09-01 to 10-31 (it ran to the period's end).
 * - «от N до M» with both ends of three or four figures that no year has is a range of amounts, a label: «с 1 сентября … в пределах от
 *   620 до 653» is open-ended from 09-01 (it was `unparsed`, «непонятное число «620»»).
 * - «в новом учебном году» inside a sentence is the next school year, like «в следующем учебном году» (it was `unparsed`), unless a
 *   «первый» a few words before makes it the first meeting or lesson of that year.
 * - «перед выходными» is an event, like «перед праздниками» and «перед каникулами» (it was `unparsed`).
 * - a date line with a comma between the day and the year and a dash before the clock — «29 августа, 2025 - 12:17» — is that day (it was
 *   a range from the day of the context's year to the end of 2025).
 * Pins: a one-off start in the present with no noun of the school day («Концерт начинается в 18:00»), a bare span of hours, days
 * after a dashed pair, grades; a month with a monthly or yearly repeat; amounts with a year or small numbers; the first meeting of the
 * new school year; the weekend as a repeat; a school year after a comma; a day after «перед выходными».
 * The first template of each class is the set's real row (its source in corpus-real-138.tsv).
 */
import { bareSpan, ev, iso, MONTHS_GEN, MONTHS_PREP, on, ongoing, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** Open-ended from a day of 2021 to the period's end. */
const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });
/** Weekly over a window. */
const weekly = (start: string, due: string): Expect => ({ kind: 'recurring', every: 'week', day: null, start, due });

/** what starts or ends: a noun of the school day, or a pronoun before a modal verb */
const DAY_NOUNS = ['Занятия', 'Уроки', 'Учебный день', 'Первая смена', 'Урок'];
/** the present of starting or ending, for each noun's number */
const PRESENT: Record<string, string[]> = {
  Занятия: ['начинаются', 'заканчиваются', 'завершаются'],
  Уроки: ['начинаются', 'заканчиваются', 'оканчиваются'],
  'Учебный день': ['начинается', 'заканчивается', 'завершается'],
  'Первая смена': ['начинается', 'заканчивается'],
  Урок: ['начинается', 'заканчивается'],
};
/** a rule's modal and infinitive */
const MODALS = ['занятия должны начинаться', 'уроки должны заканчиваться', 'Он должен начинаться', 'учебный день должен завершаться', 'занятия могут начинаться'];
/** the words before the hour */
const HOUR_LEADS = ['в', 'с', 'не раньше', 'не позднее', 'не ранее, чем в', ''];
/** the hour, as pages write it */
const HOURS = ['8:00', '08:00', '8.30', '8-30', '13:05', '16-00', '8 часов', '7 часов вечера', '19 часов'];
/** what may follow the hours */
const HOUR_TAILS = ['', ', если в школе есть вторая смена', ' при наличии второй смены'];

const HOUR_PINS: Row[] = [
  // a one-off start in the present with no noun of the school day stays unread
  ['Концерт начинается в 18:00', unread],
  ['работа начинается в 9:00', unread],
  // a bare span of hours, an offset of hours, days after a dashed pair, grades: as before
  ['в течение 8 часов', bareSpan],
  ['за 3 часа до начала занятий', ev('начала')],
  ['с 10-30 сентября', range('2021-09-10', '2021-09-30')],
  ['в 5-10 классах', unread],
  // a day in the text wins: the verb of starting makes it open-ended from that day (round 24), with the hour a note
  ['занятия начинаются 1 сентября в 8:00', from('2021-09-01')],
  ['Учебный день 15 мая начинается с 9-30', on('2021-05-15')],
];

/** what is said before the load */
const LOAD_LEADS = ['Учебная нагрузка первоклассников не должна превышать', 'Нагрузка составит', 'Занятия проводятся', 'Кружок работает'];
/** a weekly load or count */
const LOADS = ['15 часов в неделю', '2 раза в неделю', '3 часа в неделю'];

const LOAD_PINS: Row[] = [
  // a month with a monthly or yearly repeat says which month of each: the period (as before)
  ['ежегодно в сентябре', rec('year')],
  ['ежемесячно в сентябре и октябре', rec('month')],
  // a range of months bounds it as before
  ['с сентября по декабрь 15 часов в неделю', weekly('2021-09-01', '2021-12-31')],
];

/** what the amounts count, and the verb */
const AMOUNT_LEADS = ['годовой объём учебных часов будет варьироваться в пределах', 'нагрузка составит', 'зарплата вырастет', 'в классах будет'];
const AMOUNTS: Array<[number, number]> = [[620, 653], [782, 884], [1020, 1122], [100, 200], [3000, 5000]];
const AMOUNT_TAILS = ['', ' часов', ' рублей', ' учеников'];

const AMOUNT_PINS: Row[] = [
  // a year at an end, or small numbers, read as before
  ['с 1 сентября от 100 до 2022', { kind: 'unparsed', reason: /непонятное число «100»/ }],
  ['от 5 до 10 дней', { kind: 'unparsed', reason: /непонятное число «5»/ }],
  // with no date the amounts leave nothing to read
  ['от 620 до 653', unread],
];

/** what is done in the new school year */
const NEW_YEAR_LEADS = ['Единый звонок с урока в российских школах отменят', 'Классы закрепят за кабинетами', 'Расписание изменится', 'Звонки станут тише', 'Школа перейдёт на пятидневку'];

const NEW_YEAR_PINS: Row[] = [
  // the first meeting or lesson of the year is an event or its day (round 17), a day after it wins
  ['На первом заседании совета школы в новом учебном году план работы школы утверждается.', ev('заседании')],
  ['Также 1 сентября проводится первое в новом учебном году занятие «Разговоры о важном».', on('2021-09-01')],
  ['Классы закрепят в новом учебном году 15 сентября', on('2021-09-15')],
  // at the start, as before
  ['В новом учебном году стоимость обедов повысится', range('2021-09-01', '2022-08-31')],
];

/** what is done before the days off */
const WEEKEND_LEADS = ['Спускать флаг положено', 'Проверить окна и двери', 'Провести инструктаж с учащимися', 'Сдать журналы'];
const WEEKEND_FORMS = ['перед выходными', 'перед выходными днями', 'перед выходным днём', 'перед предстоящими выходными'];
const WEEKEND_TAILS = ['', ' с сопровождением гимна', ', в пятницу'];

const WEEKEND_PINS: Row[] = [
  // the weekend itself is a repeat (as before), a day after it wins
  ['в выходные дни', rec('week')],
  ['по выходным', rec('week')],
  ['перед выходными, 5 марта', { kind: 'by', due: '2021-03-05' }],
];

const DATELINE_PINS: Row[] = [
  // a school year after a comma, an hour with no minutes, a year with no dash: as before
  ['Октябрь, 2021-2022', range('2021-09-01', '2022-08-31')],
  ['29 августа, 2025 - 12', { kind: 'unparsed', reason: /непонятное число «12»/ }],
  ['29 августа, 2025', on('2025-08-29')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the hours at which lessons or the school day routinely start or end are daily work, open-ended', () => {
      addAs('Согласно новым правилам, занятия должны начинаться не раньше 8:00 утра и заканчиваться не позже 19:00 вечера, если в школе есть вторая смена.', ongoing);
      addAs('Он должен начинаться не ранее 8 часов утра и завершаться не позднее 19 часов при наличии второй смены.', ongoing);
      addAs('Учебный день начинается с 8-30, окончание занятий в 16-00.', ongoing);
      for (const hour of HOURS)
        for (const lead of HOUR_LEADS) {
          if (lead === '' && !/^\d+[:.]\d\d$/.test(hour)) continue; // a bare figure right after the verb is no clock without a word of time
          if (/-/.test(hour) && (lead === '' || lead.startsWith('не'))) continue; // a dashed clock needs «с / в / до» right before it
          for (const tail of HOUR_TAILS) {
            for (const noun of DAY_NOUNS) for (const verb of PRESENT[noun]!) add([noun, verb, lead, `${hour}${tail}`].filter(Boolean).join(' '), ongoing);
            for (const modal of MODALS) add([modal, lead, `${hour}${tail}`].filter(Boolean).join(' '), ongoing);
          }
        }
    });
    section('the hours of the school day: pins', () => HOUR_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a weekly repeat with only whole months named runs over those months', () => {
      addAs('Уточняется, что в течение сентября и октября учебная нагрузка первоклассников «не должна превышать 15 часов в неделю».', weekly('2021-09-01', '2021-10-31'));
      addAs('Для первоклассников учебная нагрузка в сентябре и ноябре «не должна превышать 15 часов в неделю» — три урока в день по 35 минут каждый, для адаптации детей к школе предлагается организовывать облегченный учебный день.', weekly('2021-09-01', '2021-11-30'));
      for (let m = 1; m <= 11; m++)
        for (const lead of LOAD_LEADS)
          for (const load of LOADS) {
            const last = iso(m + 1, new Date(Date.UTC(2021, m + 1, 0)).getUTCDate());
            add(`В течение ${MONTHS_GEN[m - 1]} и ${MONTHS_GEN[m]} ${lead.toLowerCase()} ${load}`, weekly(iso(m, 1), last));
            add(`В ${MONTHS_PREP[m - 1]} и ${MONTHS_PREP[m]} ${lead.toLowerCase()} ${load}`, weekly(iso(m, 1), last));
            add(`В ${MONTHS_PREP[m - 1]} ${lead.toLowerCase()} ${load}`, weekly(iso(m, 1), iso(m, new Date(Date.UTC(2021, m, 0)).getUTCDate())));
          }
      for (let m = 1; m <= 12; m++) add(`еженедельно в ${MONTHS_PREP[m - 1]}`, weekly(iso(m, 1), iso(m, new Date(Date.UTC(2021, m, 0)).getUTCDate())));
    });
    section('the weekly repeat over months: pins', () => LOAD_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«от N до M» with both ends of three or four figures that no year has is a range of amounts, a label', () => {
      addAs('Согласно новым нормативам, вводимым в действие с 1 сентября, для первоклассников годовой объём учебных часов будет варьироваться в пределах от 620 до 653.', from('2021-09-01'));
      for (const lead of AMOUNT_LEADS)
        for (const [a, b] of AMOUNTS)
          for (const tail of AMOUNT_TAILS)
            for (const [day, start] of [['с 1 сентября', '2021-09-01'], ['с 1 марта', '2021-03-01'], ['с 15 января', '2021-01-15']] as const)
              add(`${day} ${lead} от ${a} до ${b}${tail}`, from(start));
    });
    section('the range of amounts: pins', () => AMOUNT_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«в новом учебном году» inside a sentence is the next school year', () => {
      addAs('Единый звонок с урока в российских школах отменят в новом учебном году', range('2021-09-01', '2022-08-31'));
      for (const lead of NEW_YEAR_LEADS) {
        add(`${lead} в новом учебном году`, range('2021-09-01', '2022-08-31'));
        add(`${lead} уже в новом учебном году`, range('2021-09-01', '2022-08-31'));
        add(`${lead} в новом учебном году, сообщили в министерстве`, range('2021-09-01', '2022-08-31'));
      }
    });
    section('«в новом учебном году»: pins', () => NEW_YEAR_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«перед выходными» is an event, like «перед праздниками»', () => {
      addAs('Спускать флаг положено перед выходными с сопровождением гимна.', ev('выходными'));
      for (const lead of WEEKEND_LEADS) for (const form of WEEKEND_FORMS) for (const tail of WEEKEND_TAILS) add(`${lead} ${form}${tail}`, ev('выходн'));
      for (const form of WEEKEND_FORMS) add(form, ev('выходн'));
    });
    section('«перед выходными»: pins', () => WEEKEND_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a date line with a comma before the year and a dash before the clock is that day', () => {
      addAs('29 августа, 2025 - 12:17', on('2025-08-29'));
      for (let m = 1; m <= 12; m++)
        for (const d of [1, 9, 15, 28])
          for (const y of [2019, 2021, 2024, 2025])
            for (const dash of ['-', '–', '—'])
              for (const clock of ['12:17', '09:05', '8:30']) addAs(`${d} ${MONTHS_GEN[m - 1]}, ${y} ${dash} ${clock}`, on(iso(m, d, y)));
    });
    section('the date line with a comma: pins', () => DATELINE_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 150: the hours at which lessons routinely start or end are daily work; a weekly repeat over the months named; «от N до M» amounts; «в новом учебном году» inside a sentence; «перед выходными»; a date line with a comma before the year and a dash before the clock',
  rows: () => sections().flatMap(([, rows]) => rows),
};
