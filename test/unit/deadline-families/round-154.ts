/**
 * Round 154 (corpus-real-142: the roadmaps, complexes of measures and plans of regional and municipal education bodies, with the order
 * clauses and news that carry their dates). Three classes the set's first run missed, as orders and news write them:
 * - a verb of starting with what is begun and a «до / к / не позднее» after them is the day by which the start must come, a deadline,
 *   not «с»: «Работа будет завершена к 1 января 2023 года, а в школах новые образовательные программы начнут применять до 1 сентября 2023
 *   года.» is round 18's list of «до» days, `on` 2023-01-01 and 2023-09-01 (it was the window between them).
 * - the infinitive «исполниться / исполняться» is the verb of turning, so «N лет» after it is an age (round 108): «Ребенку должно
 *   исполниться 6 лет не позднее 1 сентября этого года, а к обучению … нужно приступить не позже 15 сентября.» → the two days (it was
 *   `unparsed`, «срок отсчитывается от события: «6 лет»»).
 * - «согласно / по / в соответствии с режиму (режимом) работы / занятий / образовательного процесса» names the document that holds the hours, a schedule with that regime as its reason (it was `unparsed`).
 * Pins: a verb of starting with «с» or right before its day (rounds 13, 77, 107) and a start alone before «до»; the turning years of a
 * thing and spans of years; «режим» with no noun of work after it («по режиму защиты», «в режиме онлайн») and a regime's hours.
 * The first template of each class is the set's real row (its source in corpus-real-142.tsv).
 */
import { bareSpan, by, ev, on, range, rec, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** what is finished first, and the clause's subject with its verb of starting */
const DONE_LEADS = ['Работа будет завершена', 'Ремонт завершат', 'Документы подготовят'];
const STARTERS = ['школы начнут', 'центр начнет', 'центр начнёт', 'учреждения начинают'];
/** what is begun: an infinitive, an infinitive with its object, or a noun of work */
const BEGUN = ['применять программы', 'работать', 'свою работу', 'принимать заявки', 'выдавать путевки'];
/** the words between what is begun and the day's word */
const MIDS = ['', ' в школах'];
/** the words of a deadline before the day */
const BY_WORDS = ['до', 'к', 'не позднее', 'не позже'];
/** the first and the second day, and the dates they give */
const DAY_PAIRS: Array<[string, string, string, string]> = [
  ['1 марта', '1 сентября', '2021-03-01', '2021-09-01'],
  ['1 января 2023 года', '1 сентября 2023 года', '2023-01-01', '2023-09-01'],
  ['15 февраля', '20 мая', '2021-02-15', '2021-05-20'],
];

const START_PINS: Row[] = [
  // a verb of starting with «с», or right before its day, opens the window as before (rounds 13, 77, 107)
  ['Работа будет завершена к 1 марта, а центр начнет работу 1 сентября.', range('2021-03-01', '2021-09-01')],
  ['Принимать заявки начнут 5 августа.', { kind: 'ongoing', start: '2021-08-05', due: '2021-12-31' }],
  ['Школа начнет свою работу 1 сентября.', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['программы начнут применять с 1 сентября 2023 года.', { kind: 'ongoing', start: '2023-09-01', due: null }],
  // the start alone before «до»: the day it must come by, as before
  ['школы начнут принимать заявки до 5 августа', by('2021-08-05')],
  ['Школы начнут работать к 1 сентября', by('2021-09-01')],
  ['центр начнет свою работу до конца года', by('2021-12-31')],
];

/** who turns the age, with the modal before the infinitive */
const WHO = ['Ребенку должно', 'Ребёнку должно', 'Ученику должно', 'Участнику должно', 'Кандидату должно', 'Ему должно'];
/** the infinitive of turning */
const TURN = ['исполниться', 'исполняться'];
/** the age */
const AGES = ['6 лет', '7 лет', '14 лет', '18 лет', '3 года', '8 лет'];
/** the deadline after the age, and its due */
const AGE_DEADLINES: Array<[string, string]> = [
  ['не позднее 1 сентября', '2021-09-01'],
  ['не позднее 1 сентября этого года', '2021-09-01'],
  ['до 1 октября', '2021-10-01'],
  ['к 1 сентября текущего года', '2021-09-01'],
  ['не позже 30 июня', '2021-06-30'],
];

const AGE_PINS: Row[] = [
  // the years a thing turns, with a finite verb, and spans of years: as before (round 108)
  ['В следующем году такой форме обучения, как семейное образование исполнится 30 лет.', range('2022-01-01', '2022-12-31')],
  ['в течение 3 лет', bareSpan],
  ['через 3 года после окончания обучения', ev('окончания')],
];

/** the preposition with the case of «режим» it governs */
const REGIME_PREPS = ['согласно режиму', 'по режиму', 'в соответствии с режимом', 'в соответствии с утвержденным режимом'];
/** what the regime is of */
const REGIME_OF = ['работы', 'работы ОО', 'работы школы', 'работы учреждения', 'занятий', 'занятий обучающихся', 'образовательного процесса', 'образовательного процесса школы'];
/** what the cell or clause says first */
const REGIME_LEADS = ['', 'Подвоз осуществляется ', 'Питание организуется ', 'Кружки работают '];

const REGIME_PINS: Row[] = [
  // «режим» with no noun of work after it is no document: the event or nothing, as before
  ['Запретить выход из помещений без крайней необходимости учащихся и постоянного состава до получения указаний по режиму защиты.', ev('получения')],
  ['занятия проходят в режиме онлайн', unread],
  // a regime's hours are daily work, as before
  ['режим работы: с 8.00 до 17.00', rec('week')],
  // a date in the text wins
  ['согласно режиму работы с 1 сентября', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a verb of starting with what is begun and «до / к / не позднее» after them is a deadline', () => {
      addAs(
        'Работа будет завершена к 1 января 2023 года, а в школах новые образовательные программы начнут применять до 1 сентября 2023 года.',
        on('2023-09-01', '2023-01-01'),
      );
      for (const lead of DONE_LEADS)
        for (const starter of STARTERS)
          for (const begun of BEGUN)
            for (const mid of MIDS)
              for (const byWord of BY_WORDS)
                for (const [d1, d2, start, due] of DAY_PAIRS) addAs(`${lead} к ${d1}, а ${starter} ${begun}${mid} ${byWord} ${d2}.`, on(due, start));
    });
    section('the verb of starting: pins', () => START_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the infinitive «исполниться» is the verb of turning: the years after it are an age', () => {
      addAs(
        'Ребенку должно исполниться 6 лет не позднее 1 сентября этого года, а к обучению в школах на указанных территориях нужно приступить не позже 15 сентября.',
        on('2021-09-15', '2021-09-01'),
      );
      for (const who of WHO)
        for (const turn of TURN)
          for (const age of AGES)
            for (const [deadline, due] of AGE_DEADLINES) add(`${who} ${turn} ${age} ${deadline}`, by(due));
    });
    section('the age: pins', () => AGE_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«согласно / по / в соответствии с режиму работы …» names a schedule', () => {
      addAs('1. Утвердить график подвоза обучающихся согласно режиму образовательного процесса (приложение № 1).', sched('режим образовательного процесса приложение № 1'));
      for (const lead of REGIME_LEADS)
        for (const prep of REGIME_PREPS)
          for (const of of REGIME_OF) add(`${lead}${prep} ${of}`, sched(`${prep.includes('утвержденным') ? 'утвержденный ' : ''}режим ${of}`));
    });
    section('«режим»: pins', () => REGIME_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title:
    'round 154: a verb of starting before «до / к / не позднее» is a deadline; the infinitive «исполниться» before years is an age; «согласно режиму работы / занятий / образовательного процесса» is a schedule',
  rows: () => sections().flatMap(([, rows]) => rows),
};

