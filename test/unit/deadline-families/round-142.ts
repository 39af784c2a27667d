/**
 * Round 142 (corpus-real-130: schools as polling stations and elections around schooling — school days moved, cancelled or turned
 * remote in the days of voting, school staff in участковые избирательные комиссии, elections in schools' own life). Six classes the
 * set's first run missed, as ministries', mayors' and schools' announcements, news and a summary of the electoral law write them:
 * - «в эти [N] дни / дня» is the days a sentence before it named — the days of that event, an `event` like round 87's «в этот день»
 *   (it was `unparsed`).
 * - «в / на период проведения <чего>» inside a sentence is the time of that event, an `event` like «во время проведения …» (it was
 *   `unparsed`; round 72 had kept the reading to «в период его проведения»).
 * - a time made known later at the start («О времени и месте голосования … обязаны оповестить …», «О дате … сообщат …») with an offset
 *   from an event after it is the offset — when the time must be made known — an `event` (it was a `schedule`).
 * - days opening a clause of their own after «после <события>» («…, и 18 марта дети вернутся к занятиям») are when the next thing
 *   happens, not the anchor of «после» (it was `event`).
 * - «учебных» between a count that cannot be a year and its noun («Более 300 учебных заведений …») is an adjective of the things
 *   counted, the count a label (it was `unparsed`, «непонятное число «300»»).
 * - a day with its month in words and a four-figure year glued to the clock («9 сентября 202115:15») is that date line, like round
 *   63's «18.04.202011:54» (it was `unparsed`).
 * Pins: days written with «в эти дни» or «в период проведения …» win; «в этот день», «в период его проведения» read as before; «на
 * весь период» and «в период действия» are not events; a time made known with no offset, and dates set («Даты … определяются … и
 * утверждаются приказом … не позднее 10 рабочих дней до начала …», round 8), stay `schedule`; «после 15 мая», «после проведения
 * ремонта 18 марта» stay offsets; teaching time («170 учебных дней», «34 учебные недели») reads as before.
 * The first template of each class is the set's real row (its source in corpus-real-130.tsv).
 */
import { by, ev, iso, MONTHS_GEN, on, ongoing, range, sched, sectionsOf, type Family, type Row } from './kit';

/** what happens in such days, before the phrase */
const DAY_LEADS = ['Изменится ли учебный процесс', 'Для учеников запланированы экскурсии', 'Занятия проводятся дистанционно', 'Школы работают в обычном режиме', ''];
/** the days pointed back to, with a count or none */
const THESE_DAYS = ['в эти дни', 'в эти два дня', 'в эти три дня', 'в эти 3 дня', 'в эти четыре дня', 'в эти пять дней', 'в эти 5 дней', 'в эти несколько дней'];
const TAILS = ['', '– выяснила редакция', 'для учеников запланированы экскурсии'];
const DAY_PINS: Row[] = [
  // days written with them win
  ['в эти дни, 12 и 13 сентября, занятий не будет', on('2021-09-13', '2021-09-12')],
  ['Но 4-7 мая можно будет оставить ребенка в дежурной группе, если вам предстоит работать в эти дни.', range('2021-05-04', '2021-05-07')],
  // round 87's day reads as before
  ['В этот день в школе прошли тематические уроки', ev('в этот день')],
];

/** a sentence before «в / на период проведения» */
const PERIOD_LEADS = [
  'В министерстве отметили, что образовательные организации вправе самостоятельно принимать решения о режиме работы',
  'Обеспечить охрану жизни и здоровья участников',
  'Школы работают в обычном режиме',
  'Занятия переносятся',
];
const PERIOD_PREPS = ['в период проведения', 'на период проведения'];
/** what is held */
const HELD = ['выборов', 'голосования', 'выборов в Госдуму', 'ремонта', 'ГИА', 'олимпиады', 'конкурса', 'экзаменов', 'соревнований', 'праздничных мероприятий', 'референдума'];
const PERIOD_PINS: Row[] = [
  // days written with it win
  ['Школы работают в обычном режиме в период проведения выборов 17, 18 и 19 сентября', on('2021-09-19', '2021-09-17', )],
  ['Занятия переносятся в период проведения выборов с 17 по 19 сентября', range('2021-09-17', '2021-09-19')],
  // round 72's pronoun reads as before; «на весь период» and «в период действия» are no events
  ['Обеспечить охрану жизни и здоровья участников Конкурса в период его проведения.', ev('в период его проведения')],
  ['на весь период', ongoing],
  ['в период действия', ongoing],
];

/** the time made known, at the start */
const KNOWN_WHAT = ['О времени и месте голосования', 'О дате проведения собрания', 'О сроках проведения олимпиады', 'О времени проведения конкурса', 'О дате выборов'];
/** who makes it known and to whom */
const KNOWN_VERBS = ['участковые избирательные комиссии обязаны оповестить избирателей', 'сообщат', 'участникам сообщат', 'родителей проинформируют', 'объявят'];
/** the offset from the event */
const KNOWN_OFFSETS: Array<[string, string]> = [
  ['не позднее чем за 20 дней до дня его проведения', 'за 20 дней до дня его проведения'],
  ['за 10 дней до начала', 'за 10 дней до начала'],
  ['не позднее чем за 3 рабочих дня до проведения', 'за 3 рабочих дня до проведения'],
  ['не позднее чем за две недели до дня голосования', 'за две недели до дня голосования'],
];
const KNOWN_PINS: Row[] = [
  // with no offset it stays the time made known later (round 91)
  ['О дате выборов нового состава Управляющего совета сообщат позже.', sched('о дате выборов нового состава Управляющего совета сообщат позже')],
  // dates set by who sets them, with the offset when they get set, stay a schedule (round 8)
  [
    'Даты определяются Управлением образования и утверждаются приказом не позднее 10 рабочих дней до начала конкурса.',
    sched('даты определяются Управлением образования и утверждаются приказом не позднее 10 рабочих дней до начала конкурса'),
  ],
  // a date after the offset still wins
  ['О дате собрания сообщат не позднее чем за 10 дней до его проведения, до 1 сентября', by('2021-09-01')],
];

/** what is done after the event, before the comma */
const AFTER_LEADS = [
  'После завершения голосования в школах проведут уборку помещений, которые использовались для выборов',
  'После проведения ремонта',
  'После окончания карантина классы продезинфицируют',
  'После завершения выборов помещения проветрят',
];
const JOINTS = ['и', 'а'];
/** the days of the clause of their own and the reading */
const AFTER_DAYS: Array<[string, Row[1]]> = [
  ['18 марта', on('2021-03-18')],
  ['14 и 15 сентября', on('2021-09-15', '2021-09-14')],
  ['с 14 по 16 сентября', range('2021-09-14', '2021-09-16')],
  ['20 мая', on('2021-05-20')],
];
const AFTER_TAILS = ['дети вернутся к занятиям', 'занятия возобновятся', ''];
const AFTER_PINS: Row[] = [
  // days that anchor «после» stay offsets
  ['после 15 мая', ev('после 15 мая')],
  ['После проведения ремонта 18 марта', ev('после проведения ремонта 18 марта')],
  ['После завершения голосования 18 марта дети вернутся к занятиям', ev('после завершения голосования 18 марта')],
];

const HEDGES = ['Более', 'Около', 'Свыше', 'Почти', ''];
const COUNTS = ['300', '108', '1250', '150'];
const COUNTED = ['учебных заведений', 'учебных учреждений', 'учебных кабинетов', 'учебных корпусов', 'учебных мест'];
const COUNT_TAILS: Array<[string, Row[1]]> = [
  ['перейдут на дистанционное обучение 3 сентября', on('2021-09-03')],
  ['получат оборудование до 1 октября', by('2021-10-01')],
];
const COUNT_PINS: Row[] = [
  // the set's row with its dateline
  ['Тула. 3 сентября. ИНТЕРФАКС - Более 300 учебных заведений перейдут на дистанционное обучение в период голосования на выборах.', on('2021-09-03')],
  // teaching time reads as before (round 40)
  ['- 26 мая 2026 года - 34 учебные недели.', on('2026-05-26')],
  ['170 учебных дней до 1 сентября', by('2021-09-01')],
];

/** the clocks glued to the year */
const CLOCKS = ['15:15', '9:05', '23:59', '0:30', '12:00'];
const GLUED_PINS: Row[] = [
  // round 63's numeric date and a date with its clock spaced read as before
  ['18.04.202011:54', on('2020-04-18')],
  ['9 сентября 2021 15:15', on('2021-09-09')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«в эти [N] дни» is the days a sentence before named, an event', () => {
      addAs('В эти дни для учеников уже запланированы различные экскурсии.', ev('в эти дни'));
      addAs('Изменится ли учебный процесс в эти три дня – выяснила ulpravda.ru.', ev('в эти три дня'));
      for (const lead of DAY_LEADS) for (const days of THESE_DAYS) for (const tail of TAILS) add([lead, days, tail].filter(Boolean).join(' '), ev(days));
    });
    section('days pointed back to: pins', () => DAY_PINS.forEach(([t, e]) => add(t, e)));
    section('«в / на период проведения <чего>» inside a sentence is an event', () => {
      addAs(
        'В министерстве отметили, что муниципальные органы управления образованием и образовательные организации вправе самостоятельно принимать решения о режиме работы в период проведения выборов.',
        ev('в период проведения выборов'),
      );
      for (const lead of PERIOD_LEADS) for (const p of PERIOD_PREPS) for (const h of HELD) add(`${lead} ${p} ${h}`, ev(`${p} ${h}`));
    });
    section('the period of holding: pins', () => PERIOD_PINS.forEach(([t, e]) => add(t, e)));
    section('a time made known later with an offset from an event is the offset, an event', () => {
      addAs(
        'О времени и месте голосования участковые избирательные комиссии обязаны оповестить избирателей не позднее чем за 20 дней до дня его проведения через средства массовой информации.',
        ev('за 20 дней до дня его проведения'),
      );
      for (const what of KNOWN_WHAT) for (const verb of KNOWN_VERBS) for (const [offset, names] of KNOWN_OFFSETS) add(`${what} ${verb} ${offset}`, ev(names));
    });
    section('the time made known: pins', () => KNOWN_PINS.forEach(([t, e]) => add(t, e)));
    section('days opening a clause of their own after «после <события>» are when the next thing happens', () => {
      addAs('После завершения голосования в школах проведут уборку помещений, которые использовались для выборов, и 18 марта дети вернутся к занятиям.', on('2021-03-18'));
      for (const lead of AFTER_LEADS)
        for (const j of JOINTS)
          for (const [days, e] of AFTER_DAYS) for (const tail of AFTER_TAILS) add([`${lead}, ${j} ${days}`, tail].filter(Boolean).join(' '), e);
    });
    section('«после»: pins', () => AFTER_PINS.forEach(([t, e]) => add(t, e)));
    section('«учебных» between a count and its noun is an adjective of the things counted, the count a label', () => {
      addAs(
        'Тула. 3 сентября. ИНТЕРФАКС - Более 300 учебных заведений в Тульской области, где расположены избирательные участки, перейдут на дистанционное обучение в период голосования на выборах, сообщила пресс-служба областного правительства.',
        on('2021-09-03'),
      );
      for (const h of HEDGES)
        for (const n of COUNTS) for (const noun of COUNTED) for (const [tail, e] of COUNT_TAILS) add([h, n, noun, tail].filter(Boolean).join(' '), e);
    });
    section('counts: pins', () => COUNT_PINS.forEach(([t, e]) => add(t, e)));
    section('a day with its month in words and a year glued to the clock is that date line', () => {
      addAs('9 сентября 202115:15', on('2021-09-09'));
      for (const [d, m] of [[9, 9], [1, 3], [17, 12], [28, 2], [5, 6]] as const)
        for (const y of [2021, 2023, 2025]) for (const clock of CLOCKS) addAs(`${d} ${MONTHS_GEN[m - 1]} ${y}${clock}`, on(iso(m, d, y)));
    });
    section('glued clocks: pins', () => GLUED_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 142: «в эти дни» and «в период проведения <чего>» inside a sentence are events; a time made known with an offset is the offset; days of a clause of their own after «после …»; «N учебных <noun>» a label; a year glued to a clock',
  rows: () => sections().flatMap(([, rows]) => rows),
};
