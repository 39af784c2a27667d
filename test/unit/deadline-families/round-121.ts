/**
 * Round 121 (corpus-real-109: the prevention work of schools — социально-психологическое тестирование and drug tests, anti-drug
 * months, «Сообщи, где торгуют смертью», «Призывник», «Дети России», «Подросток», weeks of профилактика правонарушений, ПДН and КДН).
 * Five classes the set's first run missed, as police, КДН and school news write them:
 * - «в рамках / в ходе» with the adjectives that name which campaign («Общероссийской антинаркотической акции», «межведомственной
 *   профилактической операции») and the police's and the КДН's «операции» and «кампании» are an event, like round 40's «в рамках
 *   акции»;
 * - the closing day of a week, a campaign, a shift or a contest («в заключительный / завершающий день …») is that event's day;
 * - four figures right before a noun of people in the genitive plural («2040 детей», «2021 учащихся») count them, a label, not a year;
 * - a span after «за» with the past verb right before «за» and no «до / после …» after it («помещались за 9 месяцев в …») is a
 *   duration, like round 64's «за шесть месяцев приняли участие»;
 * - an age after «после / с / до / от» with the child's noun right after it («После 15 лет подросток может …») is a label, like
 *   round 62's ages (part 4).
 * Pins: a date written with the campaign or the closing day wins; «в рамках реализации …» stays open-ended and «в рамках плана …» a
 * schedule; «в последний день месяца» reads as before; years before «году», a year's noun after «выпускники» and counts of three
 * figures read as before; «за 2 недели до …» keeps its offset with a past verb before it; «после 5 лет работы», «через 3 года после …»
 * keep their events.
 * The first template of each class is the set's real row (its source in corpus-real-109.tsv).
 */
import { bareSpan, by, ev, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });
/** no deadline read: a bare span quoted («9 месяцев») or, for a span in words («полгода»), nothing */
const noDeadline: Expect = { kind: 'unparsed', reason: /срок отсчитывается от события|не удалось распознать срок/ };

/** «в рамках / в ходе» and a campaign with its adjectives (genitive); the word its event's reason must contain */
const CAMPAIGNS: Array<[string, string]> = [
  ['Общероссийской антинаркотической акции «Сообщи, где торгуют смертью»', 'акции'],
  ['операции', 'операции'],
  ['межведомственной профилактической операции «Подросток»', 'операции'],
  ['Всероссийской антинаркотической акции', 'акции'],
  ['профилактической операции «Дети России»', 'операции'],
  ['комплексной операции', 'операции'],
  ['информационной кампании', 'кампании'],
  ['антинаркотической кампании', 'кампании'],
  ['межведомственного профилактического мероприятия «Семья»', 'мероприятия'],
  ['ежегодной акции «Призывник»', 'акции'],
];
const CAMPAIGN_LEADS = ['В рамках', 'В ходе'];
/** what the campaign frames; {c} is the lead and the campaign */
const CAMPAIGN_FRAMES = [
  '{c} специалисты отделения психолого-педагогической помощи семье с учащимися 9 класса организовали мероприятие «Мы против наркотиков»',
  '{c} проводится разъяснительная работа среди учащихся и их родителей',
  '{c} в школах района прошли родительские собрания и классные часы',
  'Сотрудники полиции провели беседы со школьниками {c}',
];
const CAMPAIGN_PINS: Row[] = [
  // a date written with the campaign wins
  ['В рамках межведомственной профилактической операции «Подросток» 12 мая проверены семьи', on('2021-05-12')],
  ['В рамках Всероссийской антинаркотической акции с 1 по 10 июня пройдут классные часы', range('2021-06-01', '2021-06-10')],
  ['В ходе операции «Дети России» до 15 апреля будут проверены места досуга молодёжи', by('2021-04-15')],
  // the older readings of «в рамках»
  ['в рамках реализации программы', from('2021-01-01')],
  ['в рамках акции', ev('акции')],
  ['в ходе рейда', ev('рейда')],
];

/** the closing day of … (genitive) */
const CLOSING = ['недели «Независимое детство»', 'акции', 'месячника', 'смены', 'фестиваля', 'конкурса', 'декады правовых знаний', 'Недели профилактики'];
const CLOSING_WORDS = ['в заключительный', 'в завершающий'];
const CLOSING_FRAMES = [
  'По словам Альбины Вегержинской, {d} в школе проведут конкурс на лучшее оформление стенда «Уголок профилактики вредных привычек»',
  'Награждение победителей состоится {d}',
  '{d} пройдёт общешкольная линейка',
];
const CLOSING_PINS: Row[] = [
  // a date written with it wins
  ['В заключительный день, 26 июня, пройдёт концерт', on('2021-06-26')],
  ['В заключительный день акции 30 ноября подведут итоги', on('2021-11-30')],
];

/** four figures before a noun of people: the figure and the noun */
const COUNTS = ['2040', '2021', '1998', '2010', '2015'];
const PEOPLE = ['детей', 'учащихся', 'обучающихся', 'школьников', 'подростков', 'человек', 'студентов', 'участников'];
const COUNT_FRAMES: Array<[string, Expect]> = [
  ['В 2012 году в Пскове тест прошли {n} {p}, положительных результатов было только 2', range('2012-01-01', '2012-12-31')],
  ['С 1 по 15 марта тестирование прошли {n} {p}', range('2021-03-01', '2021-03-15')],
  ['До 1 июня медосмотр пройдут {n} {p}', by('2021-06-01')],
  ['10 октября в акции приняли участие {n} {p}', on('2021-10-10')],
];
const COUNT_PINS: Row[] = [
  ['В 2021 году тест прошли 1500 учащихся', range('2021-01-01', '2021-12-31')],
  ['выпускники 2021 года', range('2021-01-01', '2021-12-31')],
  ['В 2020 году медосмотр прошли 350 детей', range('2020-01-01', '2020-12-31')],
  ['2021 год', range('2021-01-01', '2021-12-31')],
];

/** a past verb right before «за» and the span after it */
const PAST_VERBS = ['помещались', 'провели', 'посетили', 'проверили', 'прошли', 'приняли', 'выявили'];
const DURATIONS = ['9 месяцев', 'полгода', 'три месяца', '2 недели', 'месяц'];
const DURATION_FRAMES = [
  '45 детей {v} за {s} в реабилитационные центры, из которых 21 ребенок находился в социально-опасном положении',
  'Специалисты КДН {v} за {s} в семьях, находящихся в социально опасном положении, более 30 обследований',
];
const DURATION_PINS: Row[] = [
  // «до / перед» after the span: the offset stays
  ['Уведомления направлялись за 2 недели до начала смены', ev('начала')],
  ['Заявки принимались за 10 дней перед стартом', ev('стартом')],
  // no past verb before «за»: as before
  ['Протокол направляется за 10 дней', ev('за 10 дней')],
  ['за 10 дней до начала', ev('начала')],
];

/** an age after a preposition, then the child's noun */
const AGE_PREPS = ['После', 'С', 'До', 'От'];
const AGE_YEARS = ['13 лет', '14 лет', '15 лет', '15-ти лет', '18 лет'];
const CHILDREN = ['подросток', 'ребенок', 'школьник', 'обучающийся', 'учащиеся', 'дети', 'ребята', 'несовершеннолетние'];
const AGE_FRAMES: Array<[string, Expect]> = [
  ['{a} {c} может подписать согласие сам', unread],
  ['{a} {c} проходят тестирование с 15 сентября', from('2021-09-15')],
  ['{a} {c} сдают согласие до 10 сентября', by('2021-09-10')],
];
const AGE_PINS: Row[] = [
  ['после 5 лет работы', ev('работы')],
  ['через 3 года после окончания', ev('окончания')],
  ['после 2 лет обучения дети сдают экзамен', ev('обучения')],
  ['в течение 3 лет', bareSpan],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('«в рамках / в ходе» and a campaign with its adjectives («Общероссийской антинаркотической акции», «операции») is an event', () => {
      for (const frame of CAMPAIGN_FRAMES) for (const lead of CAMPAIGN_LEADS) for (const [c, word] of CAMPAIGNS) {
        const phrase = `${lead} ${c}`;
        add(frame.startsWith('{c}') ? frame.replace('{c}', phrase) : frame.replace('{c}', phrase.toLowerCase()), ev(word));
      }
    });
    section('campaigns: pins', () => CAMPAIGN_PINS.forEach(([t, e]) => add(t, e)));
    section('the closing day of an event («в заключительный день недели …») is that event\'s day', () => {
      for (const frame of CLOSING_FRAMES) for (const w of CLOSING_WORDS) for (const c of CLOSING) {
        const d = `${w} день ${c}`;
        add(frame.startsWith('{d}') ? frame.replace('{d}', d[0]!.toUpperCase() + d.slice(1)) : frame.replace('{d}', d), ev('день'));
      }
    });
    section('closing days: pins', () => CLOSING_PINS.forEach(([t, e]) => add(t, e)));
    section('four figures before a noun of people («2040 детей») count them, not a year', () => {
      for (const [frame, e] of COUNT_FRAMES) for (const n of COUNTS) for (const p of PEOPLE) add(frame.replace('{n}', n).replace('{p}', p), e);
    });
    section('counts of people: pins', () => COUNT_PINS.forEach(([t, e]) => add(t, e)));
    section('a past verb right before «за <срок>» («помещались за 9 месяцев в …») makes the span a duration', () => {
      for (const frame of DURATION_FRAMES) for (const v of PAST_VERBS) for (const s of DURATIONS) add(frame.replace('{v}', v).replace('{s}', s), noDeadline);
    });
    section('durations: pins', () => DURATION_PINS.forEach(([t, e]) => add(t, e)));
    section('an age after «после / с / до / от» before the child\'s noun («После 15 лет подросток …») is a label', () => {
      for (const [frame, e] of AGE_FRAMES) for (const p of AGE_PREPS) for (const y of AGE_YEARS) for (const c of CHILDREN) add(frame.replace('{a}', `${p} ${y}`).replace('{c}', c), e);
    });
    section('ages before the child: pins', () => AGE_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 121: «в рамках / в ходе» a campaign with its adjectives or «операции / кампании» is an event; «в заключительный день …» is the event\'s day; four figures before «детей / учащихся …» count people; a past verb right before «за <срок>» makes a duration; an age after «после / с / до / от» before the child\'s noun is a label',
  rows: () => sections().flatMap(([, rows]) => rows),
};
