/**
 * Round 176 (corpus-real-162: social support of pupils and families — the social pedagogue, guardianship of orphans and children left
 * without care, children with disabilities, large and low-income families' benefits). Six classes the set's first run missed, as
 * regulations of payments, services' cards and news of benefits write them:
 * - «при <событии>» right after the noun of a payment — «пособие при передаче ребенка в семью», «выплата при рождении ребенка» — is
 *   the payment's name, not the moment of a procedure (it was `event`); the next event phrase, if any, is the text's.
 * - «полугода / полгода» is a unit of a counted span: «в течение полугода с момента …» is an event (it was `ongoing`).
 * - «указаны / установлены … в соответствующих подразделах / разделах / пунктах / приложениях …»: the parts of a document in the plural
 *   hold the dates as one part does, a schedule (it was `unparsed`).
 * - a day of the month after the month of an event — «не позднее 26 числа месяца, следующего за месяцем приема заявления» — counts
 *   from that event once, an event (it was monthly).
 * - groups of three figures with a decimal fraction before a unit of money — «24 604,30 рублей» — are an amount, a label (it was
 *   `unparsed`, «непонятное число «24»»).
 * - «в соответствии с Правилами …»: rules approved by an act hold the terms like a Порядок, a schedule (it was
 *   `unparsed`).
 * Pins: «при <событии>» with no payment before it, a payment's term counted from an event, «в течение полугода» alone, a section in
 * the singular, a monthly day after «отчетным», amounts without a fraction or with a day-like fraction, and «по правилам» read as
 * before. The first template of each class is the set's real row (its source in corpus-real-162.tsv).
 */
import { ev, ongoing, rec, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the payments' nouns with their adjectives, and the procedures after «при» that name them */
const PAYMENTS = ['Единовременное пособие', 'Государственное единовременное пособие', 'Единовременная выплата', 'Компенсация', 'Пособие'];
const PROCEDURES = ['при передаче ребёнка на воспитание в семью', 'при передаче ребенка в семью', 'при рождении ребенка', 'при усыновлении ребенка', 'при постановке на учет в ранние сроки беременности'];
/** what the news says of the payment: no time in it */
const PAYMENT_TAILS = [' получили 89 семей Курской области.', ' оформили многие семьи района', ' положено каждому из родителей.'];

const PAYMENT_PINS: Row[] = [
  // «при <событии>» with no payment before it stays the event
  ['Документы подаются при передаче ребенка в семью', ev('передаче')],
  ['при рождении ребенка', ev('рождении')],
  // a payment's term counted from an event is the event, after the payment's name
  ['Пособие при рождении ребенка выплачивается в течение 10 дней со дня обращения', ev('обращения')],
  // a dateline before the payment's name is the day
  ['МОСКВА, 19 августа. /ТАСС/. Фонд разработал порядок выдачи пособия при передаче ребенка на воспитание в семью.', { kind: 'on', start: '2021-08-19', due: '2021-08-19' }],
];

/** the counted half-year, what it counts from, and the word the reason must name */
const HALF_YEARS = ['полугода', 'полгода'];
const FROM_EVENTS: Array<[string, string]> = [
  ['с момента, после того, как на ребенка оформлена опека', 'опека'],
  ['со дня вступления в силу решения суда', 'решения'],
  ['с момента установления опеки', 'опеки'],
  ['с даты подачи заявления', 'заявления'],
  ['после принятия решения', 'решения'],
];
const HALF_LEADS = ['Обратиться за пособием нужно ', 'Заявление подается ', ''];

const HALF_PINS: Row[] = [
  // «в течение полугода» alone is open-ended work as before; «полугодия» is the school's half
  ['в течение полугода', ongoing],
  ['Обратиться нужно в течение шести месяцев с момента оформления опеки.', ev('опеки')],
];

/** the subjects, verbs and plural parts of a document */
const SUBJECTS = ['Сроки выполнения конкретных административных процедур', 'Сроки предоставления услуги', 'Даты проведения проверок'];
const VERBS = ['указаны', 'установлены', 'определены', 'предусмотрены'];
const PARTS = ['в соответствующих подразделах раздела III административного регламента', 'в разделах регламента', 'в подпунктах настоящего пункта', 'в приложениях к порядку', 'в таблицах ниже', 'в статьях закона', 'в главах положения'];

/** what a schedule's reason is: the text from its subject on, the leading number, capital and last stop dropped */
const reasonOf = (text: string): string => {
  const t = text.replace(/^\d+\.\s+/, '').replace(/[.;]$/, '');
  return t[0]!.toLowerCase() + t.slice(1);
};

const PART_PINS: Row[] = [
  // a part in the singular read so already (round 88)
  ['2.4.2. Сроки прохождения отдельных административных процедур указаны в разделе 3 Регламента.', sched('сроки прохождения отдельных административных процедур указаны в разделе 3 Регламента')],
];

/** the days of the month, the events of the month before, and what opens the sentence */
const DAYS = ['26', '10', '15', '20', '5-го'];
const MONTH_EVENTS: Array<[string, string]> = [
  ['приема (регистрации) заявления', 'заявления'],
  ['приема заявления', 'заявления'],
  ['подачи заявления', 'заявления'],
  ['обращения', 'обращения'],
  ['регистрации заявления', 'заявления'],
  ['поступления документов', 'документов'],
];
const DAY_LEADS = ['Выплата осуществляется органами социальной защиты населения не позднее', 'Пособие выплачивается не позднее', 'Перечисление производится до'];

const DAY_PINS: Row[] = [
  // a day of the month after the reporting month repeats, as before
  ['ежемесячно, до 5 числа месяца, следующего за отчетным', rec('month', 5)],
  ['не позднее 25 числа месяца, следующего за отчетным', rec('month', 25)],
  // a day of the month with no month after it repeats, as before
  ['до 28 числа', rec('month', 28)],
];

/** the amounts in groups with a fraction, and the sentences they stand in with what they read as */
const AMOUNTS = ['24 604,30 рублей', '187 996,90 рублей', '22 909,03 рубля', '175 043,66 руб.', '1 250,75 рублей'];
const AMOUNT_TEXTS: Array<[(a: string) => string, Expect]> = [
  [(a) => `С 1 февраля 2024 года данное пособие выплачивается в размере ${a}.`, { kind: 'ongoing', start: '2024-02-01', due: null }],
  [(a) => `С 1 сентября выплата составит ${a}`, { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  [(a) => `До 15 марта семьи получат по ${a}`, { kind: 'by', due: '2021-03-15' }],
];

const AMOUNT_PINS: Row[] = [
  // groups without a fraction read so already (round 36), and two days joined by a comma stay days
  ['С 1 февраля 2024 года пособие выплачивается в размере 24 604 рублей.', { kind: 'ongoing', start: '2024-02-01', due: null }],
  ['25,26 декабря', { kind: 'on', start: '2021-12-25', due: '2021-12-26' }],
];

/** the prepositions before «Правилам / Правилами» and the rules' titles */
const RULES_LEADS: Array<[string, string]> = [
  ['Договор о приемной семье заключается в соответствии с', 'правила'],
  ['Опека устанавливается в соответствии с', 'правила'],
  ['Компенсация выплачивается в соответствии с', 'правила'],
];
const RULES = ['Правилами заключения договора об осуществлении опеки или попечительства', 'правилами предоставления компенсации', 'Правилам организации бесплатного питания'];

const RULES_PINS: Row[] = [
  // «Порядок» read so already (round 44); «правила» in the nominative or genitive names no document of the terms
  ['Договор о приемной семье заключается в соответствии с Порядком заключения договора.', sched('порядок заключения договора')],
  ['Правила поведения учащихся', unread],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«при <событии>» right after a payment\'s noun is the payment\'s name, no event', () => {
      addAs('Единовременное пособие при передаче ребёнка на воспитание в семью получили 89 семей Курской области.', unread);
      for (const payment of PAYMENTS)
        for (const procedure of PROCEDURES)
          for (const tail of PAYMENT_TAILS) addAs(`${payment} ${procedure}${tail}`, unread);
    });
    section('the payment\'s name: pins', () => PAYMENT_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«полугода / полгода» counted from an event is an event', () => {
      addAs('Обратиться за пособием нужно в течение полугода с момента, после того, как на ребенка оформлена опека.', ev('опека'));
      for (const half of HALF_YEARS)
        for (const [from, names] of FROM_EVENTS)
          for (const lead of HALF_LEADS) add(`${lead}в течение ${half} ${from}`, ev(names));
    });
    section('the half-year: pins', () => HALF_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the parts of a document in the plural hold the dates, a schedule', () => {
      addAs('22. Сроки выполнения конкретных административных процедур указаны в соответствующих подразделах раздела III административного регламента.', sched('сроки выполнения конкретных административных процедур указаны в соответствующих подразделах раздела III административного регламента'));
      for (const subject of SUBJECTS)
        for (const verb of VERBS)
          for (const part of PARTS) {
            const text = `${subject} ${verb} ${part}`;
            for (const variant of [text, `${text}.`, `3. ${text}.`]) addAs(variant, sched(reasonOf(variant)));
          }
    });
    section('the plural parts: pins', () => PART_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a day of the month after an event\'s month counts from the event', () => {
      addAs('Выплата указанных мер социальной поддержки осуществляется органами социальной защиты населения не позднее 26 числа месяца, следующего за месяцем приема (регистрации) заявления.', ev('заявления'));
      for (const lead of DAY_LEADS)
        for (const day of DAYS)
          for (const [event, names] of MONTH_EVENTS)
            for (const comma of [',', '']) {
              const text = `${lead} ${day} числа месяца${comma} следующего за месяцем ${event}`;
              addAs(text, ev(names));
              addAs(`${text}.`, ev(names));
            }
    });
    section('the event\'s month: pins', () => DAY_PINS.forEach(([t, e]) => addAs(t, e)));
    section('groups of three figures with a decimal fraction before a unit of money are an amount', () => {
      for (const amount of AMOUNTS) for (const [make, e] of AMOUNT_TEXTS) addAs(make(amount), e);
    });
    section('the amount: pins', () => AMOUNT_PINS.forEach(([t, e]) => addAs(t, e)));
    section('rules approved by an act hold the terms, a schedule', () => {
      addAs('Договор о приемной семье заключается в соответствии с Правилами заключения договора об осуществлении опеки или попечительства в отношении несовершеннолетнего подопечного, утвержденными Постановлением Правительства Российской Федерации от 18 мая 2009 г. N 423, и с учетом положений статьи 153.1 Семейного кодекса Российской Федерации.', sched('правила заключения договора об осуществлении опеки или попечительства в отношении несовершеннолетнего подопечного, утвержденными Постановлением Правительства Российской Федерации от 18 мая 2009 г. N 423, и с учетом положений статьи 153.1 Семейного кодекса Российской Федерации'));
      for (const [lead, nominative] of RULES_LEADS)
        for (const rules of RULES) {
          const title = rules.replace(/^\S+/, nominative);
          addAs(`${lead} ${rules}`, sched(title));
          addAs(`${lead} ${rules}.`, sched(title));
        }
    });
    section('the rules: pins', () => RULES_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 176: «при <событии>» after a payment\'s noun is its name; «в течение полугода» counted from an event; the parts of a document in the plural; a day of the month after an event\'s month; an amount in groups with a fraction; «Правила» of terms',
  rows: () => sections().flatMap(([, rows]) => rows),
};
