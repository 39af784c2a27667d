/**
 * Round 139 (corpus-real-127: the office records of schools and education offices — номенклатура дел, сроки хранения документов,
 * передача дел в архив, экспертиза ценности и уничтожение документов, the personal data of pupils and staff). Four classes the set's
 * first run missed, as articles, regulations and news on records write them:
 * - a count of years right before «года» — in figures or in words — is a span, never the current year that «до окончания / до конца /
 *   до начала …» lets a bare «года» name: «… выбывших из школы до окончания обучения, также хранятся 3 года с момента прекращения …» is
 *   the event the span counts from (it was `unparsed`, «непонятное число «3»», or `by` 2021-12-31 with the count in words).
 * - a year written first that is the year of the days after it is no date of its own: an offset from a day after it («в 2011 году …
 *   только после 1 января 2015 года», «В 2021 году через 10 дней после 15 мая») stays the event, as without the year (it was `on`
 *   the day).
 * - the participle of setting after the noun of the term, with the document that sets it — «сроки хранения, указанные в перечне», «менее
 *   срока, установленного законодательством» — is a `schedule` like «в срок, установленный приказом» (it was `unparsed`), and so is
 *   «в срок, установленный приказом» inside a sentence (it was read only opening a cell); «перечень» is a fixing document.
 * - the future of a short participle of setting before the dates — «будет определен формат и сроки …», «будут установлены даты …» — is
 *   a `schedule` like «Конкретные сроки каникул будут установлены …» (it was `unparsed`).
 * Pins: «до окончания года», «до конца 2021 года» and «до начала учебного года» keep their year; a count with «лет» read as before; a
 * year first with no offset after it, a window or «до <день>» after it read as before; the expiry of a term a document sets stays the
 * event («по истечении / после истечения срока, установленного …», round 82) and «в течение срока, установленного …» stays open-ended;
 * the past «были определены сроки» is not read; a date written with the dates to be set wins.
 * The first template of each class is the set's real row (its source in corpus-real-127.tsv).
 */
import { by, ev, on, ongoing, range, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** whose files, and the event that ends them early */
const FILES = ['Личные дела учащихся, выбывших из школы', 'Документы работников, уволенных'];
const BEFORE = ['до окончания обучения', 'до конца обучения', 'до завершения учебы', 'до начала занятий'];
const KEPT = ['хранятся', 'также хранятся в архиве'];
/** a count of years with «года», in figures and in words */
const COUNTS = ['2 года', '3 года', '4 года', 'два года', 'три года'];
/** what the span counts from, and the word its reason names */
const FROM: Array<[string, string]> = [
  ['с момента прекращения образовательных отношений', 'прекращения'],
  ['со дня отчисления', 'отчисления'],
  ['после выбытия', 'выбытия'],
];
const COUNT_PINS: Row[] = [
  // «до окончания / до конца / до начала …» with a bare «года» keep their year
  ['до окончания года', by('2021-12-31')],
  ['до конца 2021 года', by('2021-12-31')],
  ['до окончания учебного года', by('2021-08-31')],
  // a count with «лет» and a count with no «до …» before it read as before
  ['Личные дела учащихся, выбывших из школы до окончания обучения, хранятся 5 лет со дня отчисления', ev('отчисления')],
  ['Личные дела хранятся 3 года с момента прекращения образовательных отношений', ev('прекращения')],
];

/** a year written first, and what happens in it */
const YEAR_LEADS: Array<(y: number) => string> = [
  (y) => `Документ оформлен в ${y} году, а уничтожен`,
  (y) => `В ${y} году документы передаются в архив`,
  (y) => `если дело закрыто в ${y} году, то оно уничтожается`,
];
const YEARS = [2011, 2018, 2021];
/** an offset from a day: its words, and the part the reason keeps */
const OFFSETS: Array<[string, string]> = [
  ['после', 'после'],
  ['только после', 'после'],
  ['через 10 дней после', 'через 10 дней после'],
  ['не ранее чем через 3 дня после', 'через 3 дня после'],
  ['за 10 дней до', 'за 10 дней до'],
];
const DAYS = ['1 января', '15 мая', '28 сентября'];
const YEAR_PINS: Row[] = [
  // a year first with no offset after it, a window or «до <день>» after it read as before
  ['В 2021 году после окончания ремонта', range('2021-01-01', '2021-12-31')],
  ['В 2021 году до 15 мая', by('2021-05-15')],
  ['В 2021 году, 15 мая', on('2021-05-15')],
  ['В 2021 году с 15 по 20 мая', range('2021-05-15', '2021-05-20')],
  // the offset alone is the event as before
  ['после 1 января 2015 года', ev('после 1 января 2015')],
];

/** what is done with the documents, before the term */
const TERM_LEADS = ['Хранение документов', 'Документы хранятся не', 'Отчет представляется не', 'Журналы сдаются в архив не'];
const COMPARE = ['менее', 'более', 'позднее', 'ранее'];
const PARTICIPLES_GEN = ['установленного', 'указанного', 'определенного'];
const PARTICIPLES_PL = ['установленные', 'указанные', 'определенные'];
/** the document that sets the term: in the instrumental, and in the prepositional after «в» */
const DOC_T = ['законодательством', 'законом', 'приказом директора', 'перечнем'];
const DOC_P = ['в перечне', 'в положении', 'в приказе', 'в договоре'];
/** the nouns of the terms in the nominative, before the participle */
const TERM_NOUNS = ['сроки хранения', 'сроки хранения документов', 'сроки передачи дел в архив', 'сроки'];
const TERM_TAILS = ['обязательны для всех', 'соблюдаются', ''];
const TERM_PINS: Row[] = [
  // the expiry of a term a document sets stays the event, and a span over it open-ended work
  ['Документы уничтожаются по истечении срока, установленного законодательством.', ev('по истечении срока')],
  ['Дела уничтожаются после истечения срока, указанного в перечне.', ev('после истечения срока')],
  ['Документы хранятся в течение срока, установленного законодательством.', ongoing],
  // a term with no fixing document after its participle is not read
  ['Хранение документов менее срока, установленного для сдачи отчетов, не допускается.', unread],
];

/** the future of a short participle of setting, what is set with the dates, and the dates' noun */
const FUTURE: Array<[string, string]> = [
  ['будет', 'определен'],
  ['будет', 'установлен'],
  ['будет', 'утвержден'],
  ['будут', 'определены'],
  ['будут', 'установлены'],
  ['будут', 'утверждены'],
];
const WITH = ['формат и', 'порядок и', 'место и', ''];
const DATES = ['сроки передачи информации', 'сроки проведения экспертизы', 'даты заседаний экспертной комиссии', 'график передачи дел в архив'];
const FUTURE_LEADS = ['В законе также закрепляется порядок взаимодействия структур:', 'Кроме того,', ''];
const FUTURE_PINS: Row[] = [
  // the past reports what is done, and is not read
  ['были определены сроки передачи информации', unread],
  // a date written with the dates to be set wins
  ['будут определены сроки: до 1 сентября', by('2021-09-01')],
  // the dates first read as before
  ['Конкретные сроки каникул будут установлены позже.', sched('конкретные сроки каникул будут установлены позже')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a count before «года» after «до окончания / до конца / до начала …» is a span, not the current year', () => {
      addAs('• Личные дела учащихся, выбывших из школы до окончания обучения, также хранятся 3 года с момента прекращения образовательных отношений.', ev('прекращения'));
      for (const f of FILES)
        for (const b of BEFORE)
          for (const k of KEPT) for (const n of COUNTS) for (const [from, names] of FROM) add(`${f} ${b}, ${k} ${n} ${from}`, ev(names));
    });
    section('a count before «года»: pins', () => COUNT_PINS.forEach(([t, e]) => add(t, e)));
    section('a year written first does not hide an offset from a day after it', () => {
      addAs('К примеру, если документ был оформлен в 2011 году, а срок его хранения был назначен три года, то он должен быть уничтожен и включен в акт только после 1 января 2015 года.', ev('после 1 января 2015'));
      for (const lead of YEAR_LEADS)
        for (const y of YEARS)
          for (const [offset, kept] of OFFSETS)
            for (const d of DAYS) {
              add(`${lead(y)} ${offset} ${d}`, ev(`${kept} ${d}`));
              add(`${lead(y)} ${offset} ${d} ${y + 1} года`, ev(`${kept} ${d} ${y + 1}`));
            }
    });
    section('a year written first: pins', () => YEAR_PINS.forEach(([t, e]) => add(t, e)));
    section('the participle of setting after the term, with the document that sets it, is a schedule', () => {
      addAs('Хранение документов менее срока, установленного законодательством, не допускается.', sched('менее срока, установленного законодательством, не допускается'));
      addAs(
        'Для начала отметим основные моменты: сроки хранения, указанные в перечне (утв. приказом Росархива от 20.12.2019 № 236, далее – перечень № 236), обязательны для всех, не только для государственных, муниципальных учреждений.',
        sched('сроки хранения, указанные в перечне (утв. приказом Росархива от 20.12.2019 № 236, далее – перечень № 236), обязательны для всех, не только для государственных, муниципальных учреждений'),
      );
      // «в срок, установленный приказом» inside a sentence, which only opened a cell before
      addAs('Отчет сдается в срок, установленный приказом.', sched('срок, установленный приказом'));
      for (const lead of TERM_LEADS)
        for (const c of COMPARE)
          for (const p of PARTICIPLES_GEN) {
            for (const d of DOC_T) addAs(`${lead} ${c} срока, ${p} ${d}.`, sched(`${c} срока, ${p} ${d}`));
            for (const d of DOC_P) addAs(`${lead} ${c} срока, ${p} ${d}.`, sched(`${c} срока, ${p} ${d}`));
          }
      for (const noun of TERM_NOUNS)
        for (const p of PARTICIPLES_PL)
          for (const d of [...DOC_T, ...DOC_P])
            for (const tail of TERM_TAILS) {
              const phrase = [`${noun}, ${p} ${d}`, tail].filter(Boolean).join(', ');
              addAs(`Для начала отметим: ${phrase}.`, sched(phrase));
            }
    });
    section('the term a document sets: pins', () => TERM_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the future of a short participle of setting before the dates is a schedule', () => {
      addAs(
        'В законе также закрепляется порядок взаимодействия структур: будет определен формат и сроки передачи информации, а также перечень обязательных сведений о ребенке и его статусе.',
        sched('будет определен формат и сроки передачи информации, а также перечень обязательных сведений о ребенке и его статусе'),
      );
      for (const lead of FUTURE_LEADS)
        for (const [aux, participle] of FUTURE)
          for (const w of WITH)
            for (const dates of DATES) {
              const phrase = [aux, participle, w, dates].filter(Boolean).join(' ');
              addAs(`${[lead, phrase].filter(Boolean).join(' ')}.`, sched(phrase));
            }
    });
    section('the future of setting: pins', () => FUTURE_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 139: a count before «года» after «до окончания …» is a span; a year written first does not hide an offset from a day; the participle of setting after the term with its document, and the future «будет определен … сроки», are schedules',
  rows: () => sections().flatMap(([, rows]) => rows),
};
