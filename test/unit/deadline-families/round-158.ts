/**
 * Round 158 (corpus-real-147: plans for pupils with low results and low motivation and schools' programmes to raise the quality of
 * education — Положения and programmes of work with weak pupils, Положения об ИОМ, programmes of development, news of «500+»).
 * Three classes the set's first run missed, as school pages and news write them:
 * - a verb of starting right after a date keeps its «from» past a grade after it: «1 марта началось зачисление ребят в первый класс,
 *   которое продлится до 5 сентября.» is 03-01..09-05 (it was `on` both days: the grade, read as a label, took the verb's «from» away
 *   as it does a «с» that leads into grades).
 * - the instrumental «систематическим / систематическими» only describes a noun, like round 37's «постоянным»: «… в связи с
 *   систематическим обучением …» is no open-ended work (it was `ongoing`).
 * - a form's quoted day with the month's two figures and a year, «__»__ 20__ г. filled in: «Протокол №1 от «29»08 2025 г.» is 2025-08-29
 *   (it was `unparsed`, «непонятное число «29»»).
 * Pins: a start with no end, grades after «с», a window with its own «с … по», an act's label after «Приказ №», the other cases of
 * «систематический», «систематически», a quoted day with no month or no year, a month word after the quoted day, read as before.
 * The first template of each class is the set's real row (its source in corpus-real-147.tsv).
 */
import { iso, lastDay, MONTHS_GEN, on, ongoing, range, unread, type Family, type Row, sectionsOf } from './kit';

/** the day the work starts on (month, day) and the day it ends (month, day) */
const WINDOWS: Array<[number, number, number, number]> = [[3, 1, 9, 5], [1, 15, 6, 30], [2, 1, 5, 31], [4, 1, 8, 31], [3, 10, 4, 20], [9, 1, 10, 15]];
/** the verbs of starting, with the relative pronoun of what they start */
const STARTS: Array<[string, string]> = [['началось', 'которое'], ['начался', 'который'], ['началась', 'которая'], ['начались', 'которые'], ['стартовал', 'который'], ['стартовала', 'которая']];
/** what starts (in the verb's gender and number: the pronoun is the verb's) */
const WORK: Record<string, string[]> = {
  которое: ['зачисление ребят', 'зачисление детей', 'оформление документов'],
  который: ['приём заявлений', 'набор учащихся', 'прием документов'],
  которая: ['запись детей', 'регистрация учащихся'],
  которые: ['консультации для учащихся', 'дополнительные занятия'],
};
/** the grades after the work */
const GRADES = ['в первый класс', 'в 1 класс', 'в первые классы', 'в 10 класс', 'в 1-й класс', 'в 5 класс', 'для 9 классов'];
/** the verbs of lasting with «до» (a verb of ending with a bare day, «которое завершится 5 сентября», is `on` both days with no grade
 * too — another class, left) */
const ENDS = ['продлится до', 'продолжится до', 'будет длиться до'];
/** the plural of the verbs of lasting, for «которые» */
const ENDS_PLURAL: Record<string, string> = { 'продлится до': 'продлятся до', 'продолжится до': 'продолжатся до', 'будет длиться до': 'будут длиться до' };

const START_PINS: Row[] = [
  // a start with no end stays that day, with or without the grade (as before)
  ['1 марта началось зачисление в первый класс', on('2021-03-01')],
  ['1 марта началось зачисление', on('2021-03-01')],
  // grades after «с» are a label, and a window with its own «с … по» keeps its days (as before)
  ['с 1 по 11 классы', unread],
  ['с 1 марта по 5 сентября 1-4 классы', range('2021-03-01', '2021-09-05')],
  // the same window with no grade (as before)
  ['1 марта началось зачисление ребят, которое продлится до 5 сентября.', range('2021-03-01', '2021-09-05')],
  ['Зачисление началось 1 марта и продлится до 5 сентября.', range('2021-03-01', '2021-09-05')],
];

/** the instrumental of «систематический», and the nouns it describes */
const SYSTEMATIC = ['систематическим', 'систематическими'];
const SYSTEMATIC_NOUNS: Record<string, string[]> = {
  систематическим: ['обучением', 'контролем', 'посещением', 'характером', 'образом'],
  систематическими: ['проверками', 'занятиями', 'пропусками уроков', 'нарушениями'],
};
/** what stands before them */
const SYSTEMATIC_LEADS = ['в связи с', 'с', 'связано с', 'Неуспеваемость вызвана', 'обусловлено'];

const SYSTEMATIC_PINS: Row[] = [
  // the other cases and the adverb stay open-ended work (round 37's adjectives, the README's «систематически»)
  ['систематический контроль', ongoing],
  ['на систематической основе', ongoing],
  ['систематическая работа', ongoing],
  ['систематическое посещение', ongoing],
  ['систематически', ongoing],
  ['Учитель должен систематически опрашивать учащегося.', ongoing],
  ['проведение систематических проверок', ongoing],
  // round 37's «постоянным» as before
  ['в группах с постоянным составом', unread],
];

/** the leads of a form's date line */
const FORM_LEADS = ['Протокол №1 от', 'Протокол № 2 от', 'протокол №5 от', 'от', 'Принято на педагогическом совете, протокол № 1 от'];
/** the quotes and the gap after them */
const QUOTES: Array<[string, string]> = [['«', '»'], ['"', '"'], ['«', '» '], ['«', '».']];
/** the years of the forms */
const FORM_YEARS = [2019, 2023, 2025];
/** what follows the year */
const YEAR_WORDS = [' г.', 'г.', ' года', ''];

const FORM_PINS: Row[] = [
  // an order's date after its number is the order's label (rounds 11, 40), now read as a date first
  ['Приказ №162 от «29»08 2025 г.', unread],
  // a quoted day with no month or no year, and a month that is no month, stay unread (as before)
  ['«29» 2025 г.', { kind: 'unparsed', reason: /непонятное число «29»/ }],
  ['«29» 08', { kind: 'unparsed', reason: /непонятное число «29»/ }],
  ['«12»13 2025 г.', { kind: 'unparsed', reason: /непонятное число «12»/ }],
  // a month word after the quoted day, as before (round 41)
  ['Протокол №1 от «29» августа 2025 г.', on('2025-08-29')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a verb of starting right after a date keeps its «from» past a grade', () => {
      addAs('1 марта началось зачисление ребят в первый класс, которое продлится до 5 сентября.', range('2021-03-01', '2021-09-05'));
      for (const [m1, d1, m2, d2] of WINDOWS)
        for (const [verb, pronoun] of STARTS)
          for (const work of WORK[pronoun]!)
            for (const grade of GRADES)
              for (const end of ENDS) {
                const ending = pronoun === 'которые' ? ENDS_PLURAL[end]! : end;
                add(`${d1} ${MONTHS_GEN[m1 - 1]} ${verb} ${work} ${grade}, ${pronoun} ${ending} ${d2} ${MONTHS_GEN[m2 - 1]}`, range(iso(m1, d1), iso(m2, Math.min(d2, lastDay(m2)))));
              }
    });
    section('a verb of starting and a grade: pins', () => START_PINS.forEach(([t, e]) => addAs(t, e)));
    section('the instrumental «систематическим / систематическими» only describes a noun', () => {
      addAs('Неуспеваемость – это отставание в учении, при котором за отведенное время обучающийся не овладевает на удовлетворительном уровне знаниями, предусмотренными учебной программой, а так же весь комплекс проблем, который может сложиться у ребёнка в связи с систематическим обучением (как в группе, так и индивидуально).', unread);
      for (const form of SYSTEMATIC)
        for (const noun of SYSTEMATIC_NOUNS[form]!) for (const lead of SYSTEMATIC_LEADS) add(`${lead} ${form} ${noun}`, unread);
    });
    section('«систематический»: pins', () => SYSTEMATIC_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a form\'s quoted day with the month\'s figures and a year', () => {
      addAs('Протокол №1 от «29»08 2025 г.', on('2025-08-29'));
      for (let m = 1; m <= 12; m++)
        for (const d of [1, 5, 10, 28])
          for (const [open, close] of QUOTES)
            for (const lead of FORM_LEADS)
              for (const y of FORM_YEARS)
                for (const tail of YEAR_WORDS) {
                  const day = d < 10 && open === '"' ? `0${d}` : String(d);
                  addAs(`${lead} ${open}${day}${close}${String(m).padStart(2, '0')} ${y}${tail}`, on(iso(m, d, y)));
                }
    });
    section('a form\'s quoted day: pins', () => FORM_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 158: a verb of starting after a date keeps its «from» past a grade; the instrumental «систематическим» describes a noun; a quoted day with the month in figures',
  rows: () => sections().flatMap(([, rows]) => rows),
};
