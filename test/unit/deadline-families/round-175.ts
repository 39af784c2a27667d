/**
 * Round 175 (corpus-real-161: prevention of neglect and offences among minors — Совет профилактики and внутришкольный учёт, КДН и ЗП,
 * the operations «Подросток», «Всеобуч», «Чистое поколение», raids, the curfew for minors). Five classes the set's first run missed, as
 * the news, acts and curfew pages of prevention write them:
 * - «в данный момент» is «в настоящий момент»: work said to go on at this moment with no date is open-ended (it was `unparsed`).
 * - «с» before two years joined by a dash and «годов» names those years: «В период с 2017-2019 годов …» is 2017–2019 (it was open-ended
 *   from 2017).
 * - a verbal noun in the plural after «при» and its adjectives — «при неоднократных нарушениях», «при изменениях» — is the event the
 *   singular already was (it was `unparsed`); a place or a body after «при» («при медучреждениях») is none.
 * - an age opening a line before a dash — «до 7 лет - круглосуточно», «с 14 до 18 лет – ежедневно» — is the line's label, the rest read
 *   as before (it was a bare span «7 лет» or a stray number).
 * - a span after «за» followed by a neuter short participle of what was done («за недельный рейд выявлено …», «за год проведено …») or
 *   by «всего» («— За 8 месяцев — всего 5 преступлений …») is how long it took, not an offset (it was `event`).
 * Pins: a date in the text wins over «в данный момент»; «в настоящий момент», «с 2017 года», «с 2021-2022 учебного года», «в период
 * 2017-2019 годов», «при нарушении сроков», «до 5 лет», «до 3 лет - 15 сентября», the window after an age with hours, the offsets «за 10
 * дней до …», «за две недели, если иное не оговорено …», «за 10 дней будет направлено …» and «за 2 недели направить …» read as
 * before.
 * The first template of each class is the set's real row (its source in corpus-real-161.tsv).
 */
import { bareSpan, by, ev, ongoing, range, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** what is said to go on «в данный момент» */
const NOW_WORK = ['идет работа по формированию структуры комиссии', 'ведется прием заявлений', 'проводится проверка условий проживания семей', 'действует комендантский час', 'продолжается операция «Подросток»'];
const NOW_LEADS = ['В данный момент', 'в данный момент', 'По словам инспектора, в данный момент', 'Как сообщили в комиссии, в данный момент'];
const NOW_PINS: Row[] = [
  // a date in the text wins, and «в настоящий момент» and «до момента …» read as before
  ['В данный момент, до 15 мая, идет прием заявлений', by('2021-05-15')],
  ['В настоящий момент идет работа по формированию структуры комиссии', ongoing],
  ['До момента снятия режима повышенной готовности операция будет реализована онлайн', ev('снятия')],
];

/** two years joined by a dash after «с», before «годов» */
const YEAR_PAIRS: Array<[number, number]> = [[2017, 2019], [2018, 2020], [2019, 2021], [2015, 2017], [2020, 2022], [2016, 2018]];
const YEAR_LEADS = ['В период с', 'в период с', 'С', 'с', 'Реализован комплекс мероприятий с'];
const YEAR_TAILS = ['', ' в районе реализован комплекс мероприятий', ', утвержденный постановлением комиссии', ' реализована программа профилактики'];
const YEAR_PINS: Row[] = [
  // one year after «с» and a school year to start from stay open-ended; the years without «с» read so already
  ['с 2017 года', { kind: 'ongoing', start: '2017-01-01', due: '2021-12-31' }],
  ['с 2021-2022 учебного года', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['в период 2017-2019 годов', range('2017-01-01', '2019-12-31')],
  ['с 2017 по 2019 год', range('2017-01-01', '2019-12-31')],
];

/** the adjectives before the plural verbal noun after «при», and the nouns with the word their reason must name */
const PRI_ADJECTIVES = ['', 'неоднократных ', 'повторных ', 'грубых ', 'неоднократных грубых ', 'существенных '];
const PRI_NOUNS = ['нарушениях', 'изменениях', 'обращениях', 'отклонениях', 'поступлениях'];
const PRI_TAILS = [' правил детей могут поставить на учет в подразделения по делам несовершеннолетних', ' родители приглашаются на совет профилактики', ' Устава школы обучающийся ставится на внутришкольный учет', ''];
const PRI_PINS: Row[] = [
  // the singular read so already; a place or a body after «при» is no event
  ['при нарушении сроков', ev('нарушении')],
  ['Он рассказал, что в России действуют уже 72 таких школы при медучреждениях в более чем 40 регионах.', unread],
  ['при предприятиях города', unread],
  ['Кружки работают при школьных отделениях', unread],
];

/** the ages opening a line, the dashes, and what the line says */
const AGES = ['до 7 лет', 'до 3 лет', 'до 16 лет', 'от 7 до 14 лет', 'с 14 до 18 лет', 'от 3 до 7 лет', 'до 18 лет'];
const DASHES = [' - ', ' – ', ' — ', ' -'];
const AGE_RESTS: Array<[string, Expect]> = [
  ['круглосуточно', ongoing],
  ['ежедневно', ongoing],
  ['еженедельно', rec('week')],
  ['ежемесячно', rec('month')],
];
const AGE_PINS: Row[] = [
  // an age alone, one before a day or before a window of hours, and a span after a noun read as before
  ['до 5 лет', bareSpan],
  ['до 3 лет - 15 сентября', bareSpan],
  ['до 16 лет - с 23 до 6 в летнее время (с 1 мая по 30 сентября), с 22.00 до 06.00 в зимнее время', range('2021-06-01', '2022-02-28')],
  ['срок хранения до 5 лет', bareSpan],
];

/** spans after «за», the participles of what was done after them, and what was counted */
const SPANS = ['неделю', 'недельный рейд', 'месяц', '8 месяцев', 'год', 'три месяца', 'полгода', 'время операции'];
const PARTICIPLES = ['выявлено', 'проведено', 'задержано', 'проверено', 'составлено', 'рассмотрено', 'возвращено'];
const COUNTED = [' 3 безнадзорных подростка', ' 12 рейдов', ' более 40 протоколов', ''];
const SUM_SPANS = ['8 месяцев', 'год', 'неделю', 'полгода', 'три месяца'];
const SUM_COUNTS = ['всего 5 преступлений с участием несовершеннолетних', 'всего 12 рейдов', 'всего 3 заседания комиссии'];
/** a duration: nothing read, or a bare span with nothing it counts from */
const DURATION: Expect = { kind: 'unparsed', reason: /не удалось распознать срок|срок отсчитывается от события/ };
const SPAN_PINS: Row[] = [
  // offsets before an event, in a clause after a comma and with an infinitive read as before
  ['за 10 дней до начала операции', ev('начала')],
  ['Работники имеют право расторгнуть трудовой договор, предупредив об этом администрацию письменно за две недели, если иное не оговорено в договоре.', ev('две недели')],
  ['за 2 недели направить уведомление', ev('2 недели')],
  // round 101: a future «будет» before the participle keeps the offset
  ['за 10 дней будет направлено уведомление', ev('10 дней')],
  ['За 2 недели до начала – всего 3 консультации', ev('начала')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«в данный момент» is open-ended work', () => {
      addAs('В данный момент идет работа по формированию структуры и утверждению штата территориальных комиссий.', ongoing);
      for (const lead of NOW_LEADS) for (const work of NOW_WORK) add(`${lead} ${work}`, ongoing);
    });
    section('«в данный момент»: pins', () => NOW_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«с» before two years and «годов» names those years', () => {
      addAs('В период с 2017-2019 годов с целью принятия целенаправленных мер в сфере профилактики безнадзорности и правонарушений несовершеннолетних субъектами профилактики реализован Комплекс мероприятий, утвержденный постановлением комиссии по делам несовершеннолетних Дрибинского райисполкома от 22.03.2017 г.г. №3-1 (в редакции постановления от 13.04.2018 г. №4-5) .', range('2017-01-01', '2019-12-31'));
      for (const [a, b] of YEAR_PAIRS)
        for (const lead of YEAR_LEADS)
          for (const tail of YEAR_TAILS) add(`${lead} ${a}-${b} годов${tail}`, range(`${a}-01-01`, `${b}-12-31`));
    });
    section('the years after «с»: pins', () => YEAR_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a plural verbal noun after «при» is an event', () => {
      addAs('При неоднократных нарушениях правил детей могут поставить на учет в подразделения по делам несовершеннолетних.', ev('нарушениях'));
      for (const adj of PRI_ADJECTIVES) for (const noun of PRI_NOUNS) for (const tail of PRI_TAILS) add(`при ${adj}${noun}${tail}`, ev(noun));
    });
    section('the plural after «при»: pins', () => PRI_PINS.forEach(([t, e]) => addAs(t, e)));
    section('an age opening a line before a dash is its label', () => {
      addAs('до 7 лет - круглосуточно', ongoing);
      for (const age of AGES) for (const dash of DASHES) for (const [rest, e] of AGE_RESTS) add(`${age}${dash}${rest}`, e);
    });
    section('the age before a dash: pins', () => AGE_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a span after «за» with a participle of what was done or «всего» is a duration', () => {
      addAs('За недельный рейд выявлено 3 безнадзорных подростка; 3 подростка, совершивших преступления; 2 подростка, совершивших административные правонарушения.', DURATION);
      addAs('— За 8 месяцев — всего 5 преступлений с участием несовершеннолетних — кражи, хулиганство.', DURATION);
      for (const span of SPANS) for (const part of PARTICIPLES) for (const what of COUNTED) add(`за ${span} ${part}${what}`, DURATION);
      for (const span of SUM_SPANS) for (const sum of SUM_COUNTS) for (const dash of [' — ', ' - ', ' ']) add(`за ${span}${dash}${sum}`, DURATION);
    });
    section('the span after «за»: pins', () => SPAN_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 175: «в данный момент»; «с» before two years and «годов»; a plural verbal noun after «при»; an age opening a line before a dash; a span after «за» with a participle of what was done or «всего»',
  rows: () => sections().flatMap(([, rows]) => rows),
};
