/**
 * Round 145 (corpus-real-133: pre-military training and military registration around schools — учебные сборы юношей 10 классов,
 * постановка на воинский учёт, ОБЗР, военно-патриотические лагеря, «Зарница 2.0»). Three classes the set's first run missed, as news
 * pages, school sites and regulations write them:
 * - a version written after a capitalised name — «Зарница 2.0», «Школа 2.0», «Web 3.0» — is part of the name, a label: the date of the
 *   sentence is read («Всероссийский этап «Зарницы 2.0» состоится в сентябре.» → September; it was `unparsed`, «непонятное число
 *   «2.0»»).
 * - a day with a verb of starting right after it is that verb's day (round 13: `on`), even when a verb of ending stands earlier with
 *   other words between — «… изучение курса … завершаются учебными (учебно-полевыми) сборами, …, 20 марта начались учебно-полевые
 *   сборы …» → on 03-20 (it was `by`: the «завершаются», what the course ends with, read as «по» that day).
 * - «при отправке / постановке / сдаче / выдаче / передаче …», a procedure's moment in a clause, is an `event` like «при приеме /
 *   переводе» (it was `unparsed`).
 * Pins: «в 9.0 часов», «2.5» and a lower-case name before the version; a day after «с», «по», a verb of ending with its own day, a
 * verb of ending after the day; «при подаче» (left out: corpus-real-18's «срок сокращается до 10 дней (например, при подаче …)» stays a
 * bare span) and a date written with «при отправке / постановке».
 * The first template of each class is the set's real row (its source in corpus-real-133.tsv).
 */
import { by, ev, iso, MONTHS_GEN, MONTHS_PREP, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** names written before a version */
const NAMES = ['Зарница', 'Зарницы', 'Школа', 'Образование', 'Web', 'Движение'];
/** the versions */
const VERSIONS = ['2.0', '3.0', '4.0'];
/** how the name is quoted */
const QUOTES: Array<[string, string]> = [['«', '»'], ['"', '"'], ['', '']];

const VERSION_PINS: Row[] = [
  // not a version after a capitalised name: read as before
  ['в 9.0 часов', { kind: 'unparsed', reason: /непонятное число «9\.0»/ }],
  ['Зарница 2.5 прошла 5 мая', { kind: 'unparsed', reason: /непонятное число «2\.5»/ }],
  ['Цифровая школа 2.0 стартует 1 сентября', { kind: 'unparsed', reason: /непонятное число «2\.0»/ }],
  // the name alone names no time
  ['Зарница 2.0', unread],
  ['В Архангельской области стартовали муниципальные отборочные этапы Всероссийской военно-патриотической игры «Зарница 2.0».', unread],
];

/** the verbs of ending, before what the thing ends with */
const ENDINGS = ['завершается', 'завершаются', 'заканчивается', 'завершится', 'закончатся'];
/** what it ends with (instrumental) */
const ENDS_WITH = ['учебными сборами', 'учебными (учебно-полевыми) сборами', 'итоговой аттестацией', 'праздничным концертом'];
/** what stands between the clauses */
const CLAUSE_JOINS = [',', '.', ', в целях реализации военно-патриотического воспитания юношей,'];
/** the verbs of starting right after the day */
const STARTS = ['начались', 'начался', 'стартовали', 'началась'];

const STARTED_PINS: Row[] = [
  // «с» before the day: open-ended as before
  ['Курс завершается сборами, с 20 марта начались сборы', { kind: 'ongoing', start: '2021-03-20', due: '2021-12-31' }],
  // «по» in a window: the window as before
  ['с 1 по 20 марта начались сборы', range('2021-03-01', '2021-03-20')],
  // a verb of ending with its own day, alone or before another day, reads as before
  ['Курс завершается 20 марта', by('2021-03-20')],
  ['Прием завершится 30 июня.', by('2021-06-30')],
  ['Сборы завершатся 30 мая, 1 июня начнутся каникулы', on('2021-06-01', '2021-05-30')],
  ['Занятия заканчиваются 25 мая, начинаются 1 сентября', range('2021-05-25', '2021-09-01')],
];

/** what comes before «при» */
const AT_LEADS = ['', '31.', 'Медицинское освидетельствование проводится', 'В документах записывается дата'];
/** adjectives before the noun */
const AT_ADJECTIVES = ['', 'первоначальной', 'повторной'];
/** the procedures */
const AT_NOUNS: Array<[string, string]> = [
  ['отправке', 'призывников со сборного пункта'],
  ['постановке', 'на воинский учет'],
  ['сдаче', 'документов в военный комиссариат'],
  ['выдаче', 'приписного свидетельства'],
  ['передаче', 'личных дел'],
];

const AT_PINS: Row[] = [
  // «при подаче» is left as it was
  ['Для ускоренного рассмотрения в отдельных случаях срок сокращается до 10 дней (например, при подаче через электронный канал с подтверждённой подписью).', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
  // a date written with the procedure wins
  ['при постановке на учет, до 1 апреля', by('2021-04-01')],
  ['При отправке 5 мая', on('2021-05-05')],
];

const at = (lead: string, text: string): string => (lead ? `${lead} ${text}` : text[0]!.toUpperCase() + text.slice(1));

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a version after a capitalised name is part of the name: the date of the sentence is read', () => {
      addAs('Всероссийский этап «Зарницы 2.0» состоится в сентябре.', range('2021-09-01', '2021-09-30'));
      for (const name of NAMES)
        for (const v of VERSIONS)
          for (const [open, close] of QUOTES) {
            const quoted = `${open}${name} ${v}${close}`;
            for (const m of [4, 9]) {
              const last = new Date(Date.UTC(2021, m, 0)).getUTCDate();
              add(`Этап ${quoted} состоится в ${MONTHS_PREP[m - 1]}`, range(iso(m, 1), iso(m, last)));
              add(`Игра ${quoted} пройдет ${15} ${MONTHS_GEN[m - 1]}`, on(iso(m, 15)));
              add(`Заявки на участие в ${quoted} принимаются до ${20} ${MONTHS_GEN[m - 1]}`, by(iso(m, 20)));
            }
          }
    });
    section('the version: pins', () => VERSION_PINS.forEach(([t, e]) => addAs(t, e)));
    section('a day with a verb of starting right after it is that verb\'s day, a verb of ending before it notwithstanding', () => {
      addAs('В соответствии с требованиями п. 1 ст. 13 Федерального Закона «О воинской обязанности и военной службе», изучение курса Основы безопасности жизнедеятельности завершаются учебными (учебно-полевыми) сборами, в целях реализации военно-патриотического воспитания юношей, 20 марта начались учебно-полевые сборы для юношей 10 классов общеобразовательных школ Неклиновского района.', on('2021-03-20'));
      for (const end of ENDINGS)
        for (const what of ENDS_WITH)
          for (const join of CLAUSE_JOINS)
            for (const start of STARTS)
              for (const [m, d] of [[3, 20], [10, 1]] as const)
                add(`Курс ${end} ${what}${join} ${d} ${MONTHS_GEN[m - 1]} ${start} сборы`, on(iso(m, d)));
    });
    section('the verb of starting after its day: pins', () => STARTED_PINS.forEach(([t, e]) => addAs(t, e)));
    section('«при отправке / постановке / сдаче / выдаче / передаче …» is an event', () => {
      addAs('31. При отправке призывников со сборного пункта к месту прохождения военной службы в их документах персонального учета (военном билете и учетно-послужной карточке) записывается дата убытия со сборного пункта, которая заверяется гербовой печатью военного комиссариата субъекта Российской Федерации.', ev('отправке'));
      for (const lead of AT_LEADS)
        for (const adj of AT_ADJECTIVES)
          for (const [noun, tail] of AT_NOUNS) {
            const e: Expect = ev(noun);
            add(at(lead, ['при', adj, noun, tail].filter(Boolean).join(' ')), e);
          }
    });
    section('«при <процедура>»: pins', () => AT_PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 145: a version after a capitalised name is a label; a day with a verb of starting after it is that verb\'s day; «при отправке / постановке / сдаче / выдаче / передаче» is an event',
  rows: () => sections().flatMap(([, rows]) => rows),
};
