/**
 * Round 98 (corpus-real-86: the health and inclusion side of schools — медосмотры and вакцинация, СПТ, ППк / ПМПК, обучение на дому,
 * sanitary-epidemic rules and news). Four classes the set's first run missed, as school, regulation and news pages write them:
 * - a part of every day, «каждое утро / каждый вечер», is daily work, open-ended like «каждый день» (round 58):
 *   «А специальные комиссии из медработников и педагогов каждое утро на входе в школу выявляют заболевших.»;
 * - a coming or going named by its verbal noun in «-хода» («прихода», «ухода», «выхода», «перехода», «похода») is an event like round
 *   26's «приезда / отъезда»: «Детей с подозрением на ОРВИ изолируют от класса в специальном помещении до прихода родителей.»;
 * - the order that organises or introduces the work sets its dates, like «утверждается приказом» (round 37):
 *   «Индивидуальное обучение больных детей на дому организуется приказом директора школы.»;
 * - an administrative act, «распорядительный акт», holds the dates like an order: «На основании распорядительного акта руководителя
 *   образовательной организации будет проводиться социально-психологическое тестирование …».
 * The first template of each class is the set's real row (its source in corpus-real-86.tsv).
 */
import { by, ev, on, ongoing, rec, sched, variants, type Expect, type Row, type Family } from './kit';

// ─── A part of every day ─────────────────────────────────────────────────────────────────────────────────────────
const DAILY_TEMPLATES = [
  'А специальные комиссии из медработников и педагогов {x} на входе в школу выявляют заболевших',
  'Медицинский работник {x} проводит осмотр учащихся начальных классов',
  'Термометрия сотрудников проводится {x}',
  'Проветривание спальных комнат {x}',
  '{x}',
];
const DAILY_SPANS = ['каждое утро', 'каждый вечер', 'каждое утро с 7.30 до 8.00', 'каждый вечер с 18.00 до 20.00', 'каждое утро перед началом занятий'];
const DAILY_PINS: Row[] = [
  // a date written with it wins as before; a weekday's repeat stays weekly; a greeting or the word alone names no time
  ['каждое утро 15 мая', on('2021-05-15')],
  ['каждый вечер, до 1 июня', by('2021-06-01')],
  ['каждую среду', rec('week')],
  ['каждый день', ongoing],
  ['доброе утро', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['утренний фильтр', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
];

// ─── A coming or going ───────────────────────────────────────────────────────────────────────────────────────────
const GOING_TEMPLATES = [
  'Детей с подозрением на ОРВИ изолируют от класса в специальном помещении {x}',
  'Ребёнок находится в медицинском изоляторе {x}',
  'Классный руководитель сообщает о заболевшем ребёнке медицинскому работнику {x}',
  '{x}',
];
const GOING_HEADS = ['до', 'после', 'в день'];
/** [the noun phrase, the word the reason must name] */
const GOING_NOUNS: Array<[string, string]> = [
  ['прихода родителей', 'прихода'],
  ['прихода врача', 'прихода'],
  ['прихода медицинского работника', 'прихода'],
  ['ухода детей домой', 'ухода'],
  ['выхода на работу', 'выхода'],
  ['выхода из отпуска', 'выхода'],
  ['перехода на новую программу', 'перехода'],
  ['похода', 'похода'],
];
const GOING_PINS: Row[] = [
  // the journeys of round 26 and the ends of events read as before; a day written alone stays a `by`; words in «-ода» that name no
  // coming or going stay unread
  ['до приезда родителей', ev('приезда')],
  ['до отъезда ребенка в лагерь', ev('отъезда')],
  ['до окончания ВПР', ev('окончания')],
  ['до 15 мая', by('2021-05-15')],
  ['доход семьи', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['расход материалов', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
];

// ─── The order that organises or introduces the work ─────────────────────────────────────────────────────────────
const ORDER_TEMPLATES = [
  'Индивидуальное обучение больных детей на дому {x}',
  'Дистанционное обучение {x}',
  'Карантин в классе {x}',
  '{x}',
];
const ORDER_VERBS = ['организуется', 'организуются', 'организовывается', 'вводится', 'вводятся', 'организовано', 'введен', 'введено'];
/** [the document in the instrumental, its nominative] */
const ORDER_DOCUMENTS: Array<[string, string]> = [
  ['приказом директора школы', 'приказ директора школы'],
  ['приказом директора', 'приказ директора'],
  ['приказом руководителя учреждения', 'приказ руководителя учреждения'],
  ['распоряжением администрации', 'распоряжение администрации'],
  ['распоряжением главы администрации района', 'распоряжение главы администрации района'],
];
const ORDER_PINS: Row[] = [
  // an order that only records a decision leaves the decision the event (corpus-real-31); a person appointed or a body set up by an
  // order names no dates; a date written with it wins; «утверждается приказом» as before
  ['Исключение обучающихся из Школы оформляется приказом директора Школы по решению Педагогического Совета на следующих основаниях:', ev('решению')],
  ['Секретарь назначается приказом директора', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['ППк создается приказом руководителя', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['Обучение на дому организуется приказом директора с 1 сентября', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['утверждается приказом директора', sched('утверждается приказом директора')],
];

// ─── An administrative act ───────────────────────────────────────────────────────────────────────────────────────
/** [the preposition and the act in its case] */
const ACT_HEADS = ['на основании распорядительного акта', 'в соответствии с распорядительным актом', 'согласно распорядительному акту', 'по распорядительному акту'];
const ACT_TAILS = ['', ' руководителя', ' руководителя образовательной организации', ' директора школы'];
const ACT_PINS: Row[] = [
  // an act of acceptance or a check names no dates; an order as before; a date written with it wins
  ['акт приемки', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['на основании приказа директора', sched('приказ директора')],
  ['на основании распорядительного акта руководителя до 1 октября', by('2021-10-01')],
];

const phrase = (tpl: string, x: string): string => tpl.replace('{x}', x);
/** The text without a trailing dot or semicolon, as a reason keeps it. */
const bare = (t: string): string => t.replace(/[.;]$/, '');

export const family: Family = {
  title: 'round 98: «каждое утро / каждый вечер», a coming or going in «-хода», «организуется / вводится приказом», «распорядительный акт»',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of DAILY_TEMPLATES) for (const x of DAILY_SPANS) rows.push(...variants(phrase(tpl, x)).map((t): Row => [t, ongoing]));
    for (const tpl of GOING_TEMPLATES)
      for (const h of GOING_HEADS)
        for (const [n, w] of GOING_NOUNS) rows.push(...variants(phrase(tpl, `${h} ${n}`)).map((t): Row => [t, ev(w)]));
    for (const tpl of ORDER_TEMPLATES)
      for (const v of ORDER_VERBS)
        for (const [d, nominative] of ORDER_DOCUMENTS) {
          const x = `${v} ${d}`;
          // «вводится / введено» opening the cell is read by the older rule of a document after its first word: the document's name
          const reason = tpl === '{x}' && v.startsWith('вв') ? nominative : x;
          rows.push(...variants(phrase(tpl, x)).map((t): Row => [t, sched(reason)]));
        }
    for (const h of ACT_HEADS)
      for (const tail of ACT_TAILS) {
        const reason: Expect = sched(`распорядительный акт${tail}`);
        rows.push(...variants(`${h}${tail}`).map((t): Row => [t, reason]));
      }
    rows.push(
      ...variants('На основании распорядительного акта руководителя образовательной организации будет проводиться социально-психологическое тестирование обучающихся на выявление употребления наркотиков').map(
        (t): Row => [t, sched(`распорядительный акт руководителя образовательной организации будет проводиться социально-психологическое тестирование обучающихся на выявление употребления наркотиков`)],
      ),
    );
    for (const [t, e] of [...DAILY_PINS, ...GOING_PINS, ...ORDER_PINS, ...ACT_PINS]) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows.map(([t, e]): Row => [t, e.kind === 'schedule' ? sched(bare(e.reason)) : e]);
  },
};
