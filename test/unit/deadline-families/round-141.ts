/**
 * Round 141 (corpus-real-129: how education offices and schools receive citizens — личный приём граждан, выездные and тематические
 * приёмы, the общероссийский день приёма and its postponement, горячие and прямые линии, телефоны доверия). Six classes the set's first
 * run missed, as reception procedures, notices and news write them:
 * - a day the text calls appointed or planned — «назначенный / запланированный / намеченный на <день>», «запланированный к проведению
 *   <день>» — with a word of moving near it is the day left: no new time leaves no date (`unparsed`, «срок перенесён, новый не назван»),
 *   a new day is the deadline, and «до периода / момента <событие>» after it waits for that event (they were `on` the day left).
 * - «в день / дни <событие>, установленный / определенный / назначенный / утвержденный / указанный …» is a day someone sets, a
 *   `schedule` like round 45's «в день, установленный …» (it was the event «в день <событие>»).
 * - a repeat in a clause of what was done before — «Если раньше …, то …», «Ранее / Раньше …, но / а / однако …» — is set aside, and the
 *   rest says what is done now (it was the old repeat); «каждодневный» is daily work.
 * - «с завтрашнего дня / утра» with no date is open-ended like «с сегодняшнего дня» (it was `unparsed`).
 * - a toll-free number («8-800-555-49-43», «8 800 700 83 63», «8-800-2000-122») is a phone wherever it stands (it was «непонятное число»).
 * - a share in brackets after a count («101 (43,5%) служба») is a note on the count (it was «непонятное число»).
 * Pins: an appointed day with no word of moving stays the day; «в день приема» alone and «с указанием даты» stay events; a clause of
 * the past with nothing read after it, or with no repeat, leaves the text as it was; «с завтрашнего дня, 5 февраля» stays that day;
 * «8 800 человек» stays a count; corpus-real-14's «запланированное на 5 мая, будет перенесено на 12 мая» is on 05-12 alone.
 * The first template of each class is the set's real row (its source in corpus-real-129.tsv).
 */
import { by, ev, on, ongoing, range, rec, sched, sectionsOf, type Expect, type Family, type Row } from './kit';

const MOVED_UNNAMED: Expect = { kind: 'unparsed', reason: /^срок перенесён, новый не назван$/ };

/** what is appointed, with the participle's ending that agrees with it */
const SUBJECTS: Array<[string, string]> = [
  ['Общероссийский день приема граждан', 'ый'],
  ['Личный прием граждан', 'ый'],
  ['Выездной прием министра образования', 'ый'],
  ['Совещание руководителей школ', 'ое'],
  ['Итоговое собеседование', 'ое'],
  ['Прямая линия с начальником управления образования', 'ая'],
  ['Горячая линия', 'ая'],
];
/** the participle's stem and the preposition before the day */
const APPOINTED: Array<[string, string]> = [
  ['назначенн', 'на'],
  ['запланированн', 'на'],
  ['запланированн', 'к проведению'],
  ['намеченн', 'на'],
];
/** the day left, as written, and its date in 2021 */
const DAYS_LEFT: Array<[string, string]> = [
  ['14 декабря', '2021-12-14'],
  ['5 мая', '2021-05-05'],
  ['14.12.2021', '2021-12-14'],
  ['1 апреля 2021 года', '2021-04-01'],
];
/** the word of moving after the day, by gender of the subject */
const MOVING: Record<string, string[]> = {
  ый: ['был перенесен', 'переносится', 'перенесен', 'будет перенесен'],
  ое: ['было перенесено', 'переносится', 'перенесено', 'будет перенесено'],
  ая: ['была перенесена', 'переносится', 'перенесена', 'будет перенесена'],
};
const MOVE_REASONS = ['', 'из-за ситуации с распространением коронавируса'];
/** events it is moved to wait for */
const WAIT_FOR: Array<[string, string]> = [
  ['до периода стабилизации эпидемиологической ситуации', 'стабилизации'],
  ['до момента стабилизации обстановки', 'стабилизации'],
  ['до периода улучшения эпидемиологической обстановки', 'улучшения'],
  ['до завершения ремонта', 'завершения ремонта'],
];
const MOVED_PINS: Row[] = [
  // no word of moving: the day is the event's day as before
  ['Приём, назначенный на 14 декабря, пройдёт в актовом зале', on('2021-12-14')],
  ['Совещание, запланированное на 5 мая, состоится в 10.00', on('2021-05-05')],
  // a new day written is the deadline
  ['Совещание, назначенное на 14.12.2021, будет перенесено на 21 декабря', on('2021-12-21')],
  // corpus-real-14's row: the day left is no longer one of its days
  ['Кроме того, итоговое сочинение для учеников 11 классов школ, запланированное на 5 мая, будет перенесено на 12 мая', on('2021-05-12')],
  // round 73's and round 126's moves read as before
  ['перенести начало каникул с 25 октября на 18 октября', on('2021-10-18')],
  ['Проведение регионального этапа конкурса «Учитель года» переносится с апреля на более поздние сроки', MOVED_UNNAMED],
];

/** who receives, before the day */
const SET_LEADS = [
  'Руководители министерств проводят прием граждан с 10.00 до 12.00 часов',
  'Начальник управления образования принимает граждан',
  'Директор школы ведет прием родителей',
  'Консультации для родителей проводятся',
];
/** the day's event noun, after «в день / дни» */
const SET_EVENTS = ['приема', 'личного приема', 'проведения экзамена', 'заседания комиссии', 'сбора'];
/** the participle of setting, singular and plural */
const SET_PARTICIPLES: Array<[string, string]> = [
  ['установленный', 'установленные'],
  ['определенный', 'определенные'],
  ['назначенный', 'назначенные'],
  ['утвержденный', 'утвержденные'],
  ['указанный', 'указанные'],
];
const SET_BY = ['графиком', 'графиком приема граждан', 'приказом руководителя'];
const SET_PINS: Row[] = [
  // the event phrase alone, and a noun of the same stem, stay events
  ['Директор школы ведет прием родителей в день приема', ev('в день приема')],
  ['в день поступления с указанием даты', ev('в день поступления с указанием даты')],
  ['Результаты объявляются в день проведения экзамена', ev('в день проведения экзамена')],
  // round 45's day set by someone reads as before
  ['Председатель осуществляет прием граждан в день, установленный графиком', sched('в день, установленный графиком')],
];

/** the clause of before: its opening, its subject and verb, its repeat */
const PAST_SUBJECTS = ['горячая линия работала', 'прием граждан проводился', 'консультации проводились', 'специалисты консультировали родителей'];
const PAST_REPEATS = ['один раз в неделю', 'лишь один раз в неделю', 'каждый вторник и четверг', 'по средам', 'раз в месяц', 'два раза в неделю'];
/** what is done now, and how it reads */
const NOW: Array<[string, Expect]> = [
  ['теперь она работает ежедневно', ongoing],
  ['теперь прием ведется каждый день', ongoing],
  ['она переведена на каждодневный режим работы', ongoing],
  ['с 1 марта прием станет ежедневным', { kind: 'ongoing', start: '2021-03-01', due: '2021-12-31' }],
  ['теперь прием проводится круглосуточно', ongoing],
  ['с 15 мая по 30 июня прием ведется ежедневно', range('2021-05-15', '2021-06-30')],
];
const PAST_PINS: Row[] = [
  // a clause with nothing read after it, a clause with no comma and conjunction, a clause with no repeat: as before
  ['Ранее прием проводился по вторникам, но сведения уточняются', rec('week')],
  ['Раньше прием проводился по вторникам', rec('week')],
  ['Ранее сообщалось, что прием пройдет 15 мая', on('2021-05-15')],
  // «не ранее» opens no clause
  ['Сдать отчет не позднее 1 июня, но не ранее 15 мая', range('2021-05-15', '2021-06-01')],
  // a repeat now is read as the repeat it is
  ['Если раньше прием граждан проводился по средам, то теперь прием проводится по пятницам', rec('week')],
  ['Ранее прием проводился ежедневно, а теперь по средам', rec('week')],
];

/** work that starts tomorrow */
const TOMORROW_WORK = [
  'начнут работать горячие линии по вопросам приема первоклассников в школы',
  'начнется прием заявлений в первый класс',
  'школы переходят на дистанционное обучение',
  'вводится новый график приема граждан',
];
const TOMORROW_PINS: Row[] = [
  // a date written with it wins, as round 62's «с сегодняшнего дня, 1 сентября»
  ['С завтрашнего дня, 5 февраля, горячая линия начнет работать', on('2021-02-05')],
  ['С сегодняшнего дня в городе начал работу ресурсный класс', ongoing],
];

/** toll-free numbers as pages print them */
const TOLL_FREE = ['8-800-555-49-43', '8 800 700 83 63', '8-800-2000-122', '8 (800) 200-34-11', '+7 800 555 49 43', '8-800-100-12-60'];
/** sentences that name a time, with the number after them, and how they read */
const TOLL_FRAMES: Array<[string, Expect]> = [
  ['Также, консультацию в круглосуточном режиме, в том числе в выходные дни, можно получить по телефону Единого консультационного центра Роспотребнадзора –', ongoing],
  ['Горячая линия работает круглосуточно, звонок бесплатный:', ongoing],
  ['Консультации проводятся с 1 по 16 июня по номеру Единого консультационного центра Роспотребнадзора', range('2021-06-01', '2021-06-16')],
  ['Прямая линия состоится 31 августа, звонить по единому бесплатному номеру', on('2021-08-31')],
];
const TOLL_PINS: Row[] = [
  // a count of thousands stays a count
  ['В акции приняли участие 8 800 человек 15 мая', on('2021-05-15')],
  // a number with its word near it reads as before
  ['Детский телефон доверия 8-800-2000-122 работает круглосуточно', ongoing],
  ['Акция продлится с 15 августа по 30 сентября, телефон «горячей линии»: 26-15-10', range('2021-08-15', '2021-09-30')],
];

/** counts with their share in brackets, and their nouns */
const SHARES = ['101 (43,5%)', '12 (30 %)', '5 (10%)', '230 (75,2 %)', '48 (100%)'];
const SHARE_NOUNS = ['служба', 'школ', 'организаций', 'учреждений'];
const SHARE_FRAMES: Array<[(c: string) => string, Expect]> = [
  [(c) => `По состоянию на 1 апреля 2013 г., к единому номеру подключено 232 организации, из которых ${c} работают в круглосуточном режиме`, on('2013-04-01')],
  [(c) => `До 15 мая ${c} должны сдать отчет`, by('2021-05-15')],
  [(c) => `Из них ${c} работают ежедневно`, ongoing],
];
const SHARE_PINS: Row[] = [
  // a share after a date's month is no count's share: the date reads as before
  ['До 15 мая (50%) сдать отчет', by('2021-05-15')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a day called appointed or planned before a word of moving is the day left: no new time, no date', () => {
      addAs('Общероссийский день приема граждан в Министерстве науки и высшего образования, назначенный на 14 декабря, был перенесен из-за ситуации с распространением коронавируса.', MOVED_UNNAMED);
      for (const [subject, end] of SUBJECTS)
        for (const [stem, prep] of APPOINTED)
          for (const [day] of DAYS_LEFT)
            for (const moving of MOVING[end]!)
              for (const why of MOVE_REASONS) add([`${subject}, ${stem}${end} ${prep} ${day},`, moving, why].filter(Boolean).join(' '), MOVED_UNNAMED);
    });
    section('… and moved to wait for an event, an event', () => {
      addAs('«Принимая во внимание осложнение эпидемиологической обстановки, сопряженной с высоким риском инфицирования COVID-19, общероссийский день приема граждан, запланированный к проведению 14 декабря 2020 года, переносится до периода стабилизации эпидемиологической ситуации», – говорится в сообщении.', ev('стабилизации'));
      for (const [subject, end] of SUBJECTS)
        for (const [stem, prep] of APPOINTED)
          for (const [day] of DAYS_LEFT) for (const [wait, names] of WAIT_FOR) add(`${subject}, ${stem}${end} ${prep} ${day}, переносится ${wait}`, ev(names));
    });
    section('appointed days: pins', () => MOVED_PINS.forEach(([t, e]) => add(t, e)));
    section('«в день / дни <событие>, установленный …» is a day someone sets, a schedule', () => {
      addAs('Председатель Правительства Республики Хакасия, его заместители осуществляют прием граждан с 14.00 часов в день, установленный графиком; руководители министерств и госкомитетов - члены Правительства Республики Хакасия проводят прием граждан с 10.00 до 12.00 часов в день приема, установленный графиком.', sched('в день, установленный графиком; руководители министерств и госкомитетов - члены Правительства Республики Хакасия проводят прием граждан с 10.00 до 12.00 часов в день приема, установленный графиком'));
      for (const lead of SET_LEADS)
        for (const noun of SET_EVENTS)
          for (const [one, many] of SET_PARTICIPLES)
            for (const who of SET_BY) {
              add(`${lead} в день ${noun}, ${one} ${who}`, sched(`в день ${noun}, ${one} ${who}`));
              add(`${lead} в дни ${noun}, ${many} ${who}`, sched(`в дни ${noun}, ${many} ${who}`));
            }
    });
    section('days set by someone: pins', () => SET_PINS.forEach(([t, e]) => add(t, e)));
    section('a repeat in a clause of what was done before («Если раньше …, то …») is set aside', () => {
      addAs('Ранее горячая линия по телефону 72-45-14 работала лишь один раз в неделю, но в связи с ростом количества вопросов, в том числе связанных с зачислением детей в первые классы, она переведена на каждодневный режим работы.', ongoing);
      addAs('Если раньше работники данной сферы консультировали вологжан лишь один раз в неделю, то в связи с приемной кампанией детей в школы города, работа с родителями осуществляется каждый день.', ongoing);
      addAs('Если раньше прием по личным вопросам проводился каждый вторник и четверг, то с 30 мая он станет ежедневным.', { kind: 'ongoing', start: '2021-05-30', due: '2021-12-31' });
      for (const subject of PAST_SUBJECTS)
        for (const repeat of PAST_REPEATS)
          for (const [now, e] of NOW) {
            add(`Если раньше ${subject} ${repeat}, то ${now}`, e);
            for (const open of ['Раньше', 'Ранее']) for (const conj of ['но', 'а', 'однако']) add(`${open} ${subject} ${repeat}, ${conj} ${now}`, e);
          }
    });
    section('clauses of before: pins', () => PAST_PINS.forEach(([t, e]) => add(t, e)));
    section('«с завтрашнего дня / утра» with no date is open-ended', () => {
      addAs('С завтрашнего дня в Екатеринбурге начнут работать горячие линии по вопросам приема первоклассников в школы.', ongoing);
      for (const work of TOMORROW_WORK)
        for (const when of ['с завтрашнего дня', 'с завтрашнего утра']) {
          add(`${when} ${work}`, ongoing);
          add(`${work} ${when}`, ongoing);
        }
    });
    section('tomorrow: pins', () => TOMORROW_PINS.forEach(([t, e]) => add(t, e)));
    section('a toll-free number is a phone wherever it stands', () => {
      addAs('Также, консультацию в круглосуточном режиме, в том числе в выходные дни, можно получить по телефону Единого консультационного центра Роспотребнадзора – 8-800-555-49-43 (звонок бесплатный).', ongoing);
      for (const [frame, e] of TOLL_FRAMES) for (const n of TOLL_FREE) add(`${frame} ${n}`, e);
    });
    section('toll-free numbers: pins', () => TOLL_PINS.forEach(([t, e]) => add(t, e)));
    section('a share in brackets after a count is a note on the count', () => {
      addAs('По состоянию на 1 апреля 2013 г., к единому номеру подключено 232 организации во всех субъектах Российской Федерации, из которых 101 (43,5%) служба работает в круглосуточном режиме.', on('2013-04-01'));
      for (const [frame, e] of SHARE_FRAMES) for (const share of SHARES) for (const noun of SHARE_NOUNS) add(frame(`${share} ${noun}`), e);
    });
    section('shares: pins', () => SHARE_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title:
    'round 141: a day called appointed or planned before a word of moving is the day left; «в день <событие>, установленный …» is a schedule; a repeat in a clause of what was done before is set aside; «с завтрашнего дня» is open-ended; a toll-free number and a share after a count are notes',
  rows: () => sections().flatMap(([, rows]) => rows),
};

