/**
 * Round 64 (corpus-real-58, calendar plans of upbringing work and competitions): the classes of the set's first run the round fixed,
 * each in the grammatical variety real pages write it. The first template of each group is a real row of corpus-real-58 (its source in
 * the set); the others are the same class as other school, district and news pages write it.
 * - a themed week, decade, month or day after «в рамках / в ходе / в период / во время / на время» is an event inside a sentence too,
 *   not only when it opens the cell («Во всех школах … пройдут мероприятия в рамках месячника патриотического воспитания»);
 * - the title of an act the dates live in («в соответствии с графиком, определенным приказом … № 937 «О проведении … в 2022/2023
 *   учебном году»», «в сроки, установленные постановлением … "Об …"») is the act's name, not the cell's date;
 * - a span after «за» with a past verb after it («за шесть месяцев приняли участие», «за год было проведено») is a duration a report
 *   sums up, not an offset before an event.
 */
import { ev, on, ongoing, range, sched, variants, type Family, type Row } from './kit';

const THEMED_TEMPLATES = [
  'Во всех школах нашего города пройдут мероприятия {x}',
  'Конкурс рисунков проводится {x}',
  'Учащиеся 5-9 классов приняли участие в акции {x}',
  'Классные часы и уроки мужества организованы {x}',
  'Библиотека подготовила книжную выставку {x}',
  'Для родителей прошла встреча с инспектором ПДН {x}',
];
// the phrase and a word its reason names
const THEMED: Array<[string, string]> = [
  ['в рамках месячника патриотического воспитания', 'месячника'],
  ['в рамках месячника безопасности', 'месячника'],
  ['в рамках месячника оборонно-массовой работы', 'месячника'],
  ['в ходе месячника военно-патриотической работы', 'месячника'],
  ['во время месячника', 'месячника'],
  ['на время месячника безопасности детей', 'месячника'],
  ['в рамках недели правовых знаний', 'недели'],
  ['в рамках предметной недели', 'недели'],
  ['в рамках Всероссийской недели безопасности', 'недели'],
  ['в ходе недели безопасности дорожного движения', 'недели'],
  ['во время недели профориентации', 'недели'],
  ['в рамках декады профилактики правонарушений', 'декады'],
  ['в период декады инвалидов', 'декады'],
  ['в ходе декады математики', 'декады'],
  ['в рамках Дня здоровья', 'дня'],
  ['в рамках Единого дня профилактики', 'дня'],
  ['в рамках Дней финансовой грамотности', 'дней'],
];
const THEMED_PINS: Row[] = [
  // a date written with it wins; «в течение месячника» stays open-ended work; «в рамках реализации …» too (these pin it)
  ['27 февраля в рамках образовательного проекта «ШАГ» пройдёт единый день информирования', on('2021-02-27')],
  ['Мероприятия пройдут 15 марта в рамках недели правовых знаний', on('2021-03-15')],
  ['Конкурс пройдет в рамках месячника безопасности с 1 по 20 сентября', range('2021-09-01', '2021-09-20')],
  ['Мероприятия пройдут в течение месячника безопасности', ongoing],
  ['Работа ведется в рамках реализации программы воспитания', ongoing],
  ['В рамках месячника безопасности', ev('месячника')],
];

// the act (in the instrumental) the dates live in, its title in quotes holding a year or a school year
const ACTS = [
  'приказом управления образования Администрации города Твери от 03.11.2022 № 937 «О проведении муниципального этапа всероссийской олимпиады школьников в 2022/2023 учебном году в г.Твери»',
  'приказом от 01.09.2021 № 125 «Об утверждении графика проведения школьного этапа олимпиады на 2021-2022 учебный год»',
  'приказом № 45 «О проведении месячника военно-патриотического воспитания в 2022 году»',
  'постановлением администрации от 15.01.2020 № 12 "Об организации отдыха детей в каникулярное время в 2020 году"',
  'распоряжением комитета по образованию «О проведении конкурса «Ученик года – 2022»»',
  'письмом министерства от 10.10.2021 № 03-1234 «О проведении Всероссийской недели безопасности в 2021/2022 учебном году»',
  'решением совета от 20.12.2022 № 7 «Об утверждении плана работы на 2023 год»',
  'приказом директора «Об организации каникулярного отдыха летом 2022 года»',
];
// the template (the act stands for {x}) and the reason's head: the noun of the schedule in the nominative, then the text after it
const ACT_TEMPLATES: Array<[string, string, string]> = [
  ['Муниципальный этап будет проводиться в соответствии с графиком, определенным {x}', 'графиком', 'график'],
  ['Школьный этап олимпиады проводится в сроки, установленные {x}', 'сроки', 'сроки'],
  ['Конкурс проводится по графику, утвержденному {x}', 'графику', 'график'],
  ['Месячник проходит в соответствии с планом, утвержденным {x}', 'планом', 'план'],
];
/** The reason: the schedule's noun in the nominative and the rest of the text, without a closing dot or semicolon, a closing straight
 *  quote, or the outer of two closing «» (the reason keeps the guillemets of a title that closes the text). */
const actReason = (t: string, noun: string, head: string): Row[1] => {
  const rest = t.slice(t.indexOf(noun) + noun.length).replace(/[.;]$/, '').replace(/"$/, '').replace(/»»$/, '»');
  return sched(head + rest);
};
const ACT_PINS: Row[] = [
  // a cell that is itself an act's title keeps its years; a title that names no act is read; a date outside the title wins (these pin it)
  ['Приказ №034-2015 "О календарном графике работы школы на 2015-2016 учебный год"', range('2015-09-01', '2016-08-31')],
  ['Приказ "О выполнении программ за 1 четверть"', range('2021-09-01', '2021-10-31')],
  ['Семинар «Планирование воспитательной работы на 2022–2023 учебный год» состоялся 31 августа', on('2023-08-31')],
  ['В соответствии с постановлением администрации города от 16.02.2017 г. № 152 «О проведении общегородского родительского собрания» 16.02.2017 в 18.00 состоится собрание', on('2017-02-16')],
  ['В соответствии с приказом «О проведении месячника в 2022 году» с 1 по 28 февраля 2022 года', range('2022-02-01', '2022-02-28')],
];

const DURATION_TEMPLATES = [
  'Завершился Конкурс Первичных отделений Движения Первых, в котором {x} приняли участие более 13 тысяч детско-взрослых команд',
  '{X} в конкурсе приняли участие более 200 школьников',
  '{X} в проекте поучаствовали 500 школ',
  '{X} было проведено 12 заседаний совета профилактики',
  '{X} состоялось 5 встреч с родителями',
  'В районе {x} прошли обучение 40 педагогов',
  '{X} волонтеры отряда провели более 30 акций',
];
const DURATIONS = ['за шесть месяцев', 'за 6 месяцев', 'за три года', 'за 3 года', 'за год', 'за два месяца', 'за месяц', 'за неделю', 'за 2 недели', 'за 10 дней', 'за сутки'];
const duration: Row[1] = { kind: 'unparsed', reason: /./ };
const DURATION_PINS: Row[] = [
  // an offset before an event, or with no past verb after it, keeps its reading (these pin it)
  ['за 10 дней до начала смены были направлены списки', ev('начала')],
  ['Уведомление за 2 недели до собрания', ev('собрания')],
  ['за 2 недели родители уведомляются о собрании', ev('за 2 недели')],
  ['за 3 дня или ранее', ev('за 3 дня')],
  ['не позднее чем за один рабочий день', ev('рабочий день')],
  ['за месяц до начала учебного года', ev('начала')],
];

export const family: Family = {
  title: 'round 64: a themed week, decade, month or day inside a sentence, the title of an act the dates live in, a span after «за» as a duration',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of THEMED_TEMPLATES) for (const [x, names] of THEMED) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ev(names)]));
    for (const [tpl, noun, head] of ACT_TEMPLATES) for (const x of ACTS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, actReason(t, noun, head)]));
    for (const tpl of DURATION_TEMPLATES) {
      for (const x of DURATIONS) {
        const text = tpl.replace('{x}', x).replace('{X}', x[0]!.toUpperCase() + x.slice(1));
        rows.push(...variants(text).map((t): Row => [t, duration]));
      }
    }
    for (const [t, e] of [...THEMED_PINS, ...ACT_PINS, ...DURATION_PINS]) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
