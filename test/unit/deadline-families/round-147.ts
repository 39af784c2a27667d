/**
 * Round 147 (corpus-real-135: the time limits between schools, guardianship offices and the juvenile commissions — acts and
 * regulations of опека и попечительство and КДН и ЗП, interagency orders). Three classes the set's first run missed, as laws,
 * commentaries and regulations write them:
 * - a count of tens in words, alone or with its units — «сорока», «девяноста», «сорока восьми», «двадцати четырех» — is one count: «в
 *   течение сорока восьми часов» is a bare span (`unparsed`, it was open-ended work: «сорока» was no number word), and with what it
 *   counts from it is an offset («… с момента обнаружения ребенка», «за сорок восемь часов до …»).
 * - «со времени <события>» and «с того момента / дня, когда …» after a span count from their event like «со дня» and «с момента»:
 *   «в течение 3 дней со времени вступления его в законную силу», «в течение одного месяца с того момента, когда им стало известно …»
 *   are events (they were bare spans, or open-ended work for «в течение месяца»).
 * - the plural «сроки / даты …» inside a sentence with a passive verb of setting and the authority that sets them in the instrumental
 *   right after it — «…, сроки предоставления таких документов определяются Правительством Российской Федерации» — is a `schedule`, as
 *   round 135 read it with a document («определяются трудовым договором») and as «Сроки проведения определяются министерством» opening
 *   a cell always was (it was `unparsed`).
 * Pins: a count in words before no unit of time, a span in figures, a compound count that was read already; «со времени» and «с того
 * момента» with no span before them; the singular «срок … определяется» and an adverb after the verb inside a sentence («заранее» stays round 46's event); round 135's
 * document after the verb.
 * The first template of each class is the set's real row (its source in corpus-real-135.tsv).
 */
import { bareSpan, ev, ongoing, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** tens in the genitive, as a span after «в течение» writes them */
const TENS_GEN = ['двадцати', 'тридцати', 'сорока', 'пятидесяти', 'шестидесяти', 'семидесяти', 'восьмидесяти', 'девяноста'];
/** units in the genitive after the tens */
const UNITS_GEN = ['двух', 'трех', 'четырех', 'пяти', 'шести', 'семи', 'восьми', 'девяти'];
/** units of time in the genitive plural */
const NOUNS_GEN = ['часов', 'дней', 'суток', 'минут', 'календарных дней', 'рабочих дней'];
/** what the span counts from, and a word its reason must contain */
const ANCHORS: Array<[string, string]> = [
  ['с момента обнаружения ребенка', 'обнаружения'],
  ['со дня получения сведений', 'получения'],
  ['после поступления сообщения', 'поступления'],
];
/** who must act, before the span */
const ACTORS = ['Лицо, нашедшее ребенка, обязано заявить об этом', 'Орган опеки и попечительства проводит обследование', ''];
/** tens and units in the accusative after «за», with the unit's noun that agrees with them */
const OFFSETS_ACC = ['сорок восемь часов', 'двадцать четыре часа', 'тридцать два дня', 'девяносто дней', 'сорок пять дней', 'пятьдесят три дня'];

const COUNT_PINS: Row[] = [
  // a count in words before no unit of time stays unread
  ['сорок восемь человек', unread],
  // a span in figures and a compound count that was read already, as before
  ['в течение 48 часов', bareSpan],
  ['в течение 48 часов с момента обнаружения ребенка', ev('обнаружения')],
  ['в течение двадцати четырех часов после обнаружения', ev('обнаружения')],
  // a span with no figure is open-ended work, as before
  ['в течение суток', ongoing],
];

/** spans before «со времени / с того момента» */
const SPANS = ['3 дней', '10 рабочих дней', '15 календарных дней', 'одного месяца', 'месяца', 'двух недель', 'трех суток'];
/** «со времени <события>» and «с того момента / дня, когда …», and a word the reason must contain */
const FROM_EVENTS: Array<[string, string]> = [
  ['со времени вступления решения в законную силу', 'вступления'],
  ['со времени получения сведений о ребенке', 'получения'],
  ['со времени обращения заявителя', 'обращения'],
  ['с того момента, когда органу опеки стало известно о ребенке', 'известно'],
  ['с того момента, когда решение вступило в силу', 'вступило'],
  ['с того дня, когда стало известно о необходимости установления опеки', 'необходимости'],
];
/** who must act, before the span */
const DUTIES = ['Суд обязан сообщить об этом органу опеки', 'Органы опеки и попечительства должны установить опеку', ''];

const FROM_PINS: Row[] = [
  // with no span before them, nothing is read, as before
  ['со времени основания школы', unread],
  ['с того момента, как школа открылась', unread],
  // «с момента» and «со дня» read as before
  ['в течение 3 дней с момента обращения', ev('обращения')],
  ['в течение месяца со дня получения сведений', ev('получения')],
];

/** what the sentence says before the dates */
const LEADS = ['Перечень документов, предоставляемых гражданином,', 'Как сообщили в органе опеки,', 'Кроме того,'];
/** the dates' noun with what they are of */
const TERMS = ['сроки предоставления таких документов', 'сроки проведения проверок', 'сроки подачи отчетов опекунов', 'даты заседаний комиссии', 'даты плановых обследований'];
/** the passive verb of setting */
const SET_VERBS = ['определяются', 'устанавливаются', 'утверждаются', 'определены', 'утверждены'];
/** the authority, in the instrumental */
const AUTHORITIES = ['Правительством Российской Федерации', 'министерством образования', 'уполномоченным органом', 'органом опеки и попечительства', 'комиссией по делам несовершеннолетних', 'учредителем', 'председателем комиссии', 'администрацией района'];

const SET_PINS: Row[] = [
  // an adverb, not an authority, after the verb inside a sentence: «заранее» stays the event it was (round 46)
  ['Перечень документов, сроки их подачи определяются заранее.', ev('заранее')],
  // the singular «срок … определяется» may be a length, not a day: unread, as before
  ['Перечень документов, срок обучения определяется учредителем.', unread],
  // round 135's document after the verb reads as before
  ['Перечень документов, сроки их подачи определяются приказом директора.', sched('сроки их подачи определяются приказом директора')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a count of tens in words, alone or with its units, is one count: a bare span, or an offset with its event', () => {
      addAs('Лицо, нашедшее ребенка, обязано заявить об этом в течение сорока восьми часов в орган внутренних дел или в орган опеки и попечительства по месту обнаружения ребенка.', bareSpan);
      for (const tens of TENS_GEN)
        for (const noun of NOUNS_GEN) {
          add(`в течение ${tens} ${noun}`, bareSpan);
          for (const unit of UNITS_GEN) add(`в течение ${tens} ${unit} ${noun}`, bareSpan);
        }
      for (const actor of ACTORS)
        for (const tens of ['двадцати', 'сорока', 'девяноста'])
          for (const unit of ['', 'двух ', 'восьми '])
            for (const noun of ['часов', 'дней', 'суток'])
              for (const [anchor, word] of ANCHORS) add([actor, `в течение ${tens} ${unit}${noun} ${anchor}`].filter(Boolean).join(' '), ev(word));
      for (const offset of OFFSETS_ACC)
        for (const [event, word] of [['до начала проверки', 'начала'], ['до дня заседания комиссии', 'заседания']] as const) {
          add(`за ${offset} ${event}`, ev(word));
          add(`не позднее чем за ${offset} ${event}`, ev(word));
        }
    });
    section('the count of tens: pins', () => COUNT_PINS.forEach(([t, e]) => add(t, e)));
    section('«со времени <события>» and «с того момента / дня, когда …» after a span count from their event', () => {
      addAs('Оно формулирует обязанность суда, принявшего указанное решение, - в течение 3 дней со времени вступления его в законную силу сообщить об этом органу опеки и попечительства по месту жительства недееспособного ограниченно дееспособного гражданина для установления над ним опеки попечительства.', ev('вступления'));
      addAs('Однако независимо от этого органы опеки и попечительства должны установить опеку попечительство в течение одного месяца с того момента, когда им стало известно о необходимости этого, а также осуществлять надзор за деятельностью назначенных опекунов и попечителей п.', ev('известно'));
      for (const duty of DUTIES)
        for (const span of SPANS)
          for (const [from, word] of FROM_EVENTS) add([duty, `в течение ${span} ${from}`].filter(Boolean).join(' '), ev(word));
    });
    section('the span from its event: pins', () => FROM_PINS.forEach(([t, e]) => add(t, e)));
    section('«сроки / даты …» inside a sentence set by an authority named in the instrumental after a passive verb are a schedule', () => {
      addAs('Перечень документов, предоставляемых гражданином, подавшим заявление о назначении его опекуном или попечителем, сроки предоставления таких документов определяются Правительством Российской Федерации.', sched('сроки предоставления таких документов определяются Правительством Российской Федерации'));
      for (const lead of LEADS)
        for (const term of TERMS)
          for (const verb of SET_VERBS)
            for (const who of AUTHORITIES) addAs(`${lead} ${term} ${verb} ${who}.`, sched(`${term} ${verb} ${who}`));
    });
    section('the authority after the verb: pins', () => SET_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 147: a count of tens in words with its units is one count; «со времени …» and «с того момента / дня, когда …» after a span are its event; «сроки / даты …» set by an authority in the instrumental inside a sentence are a schedule',
  rows: () => sections().flatMap(([, rows]) => rows),
};
