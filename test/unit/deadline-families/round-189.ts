/**
 * Round 189 (corpus-real-174: ВШК — plans and cyclograms of school control, графики контрольных мероприятий, справки and the checks of
 * schools). Six classes the set's first run missed:
 * - a check, an inspection or a control after «в рамках / в ходе / в процессе» is the time of that action, an event like «в ходе рейда»
 *   («В ходе проверки были изучены …», «… в процессе контроля;»);
 * - a quarantine with no dates after «во время / в период / на время / на период» is an event, like the holidays there;
 * - «в кратчайшее время» is «в кратчайший срок», an event;
 * - an adverb of «in advance» («заранее / предварительно / заблаговременно») before the document's adjectives keeps the document a
 *   schedule («согласно заранее установленному годовому плану»; it was the `event` of «заранее»);
 * - a semester after a count is the unit of a repeat with no `every` value («дважды в семестре», like «дважды в полугодие»; round 193,
 *   landed first, made «семестр» a half in `lexicon.ts`, which reads these rows too);
 * - «в конце / в начале / в середине учебной четверти» is of every school quarter, like «в конце четверти».
 * Pins: days written with the action win, «в ходе рейда», «в кратчайшие сроки» and «во время каникул» read as before, «в ближайшее время»
 * stays `unparsed`, «в рамках плана …» stays a schedule, «в конце первой четверти» names one quarter, «в течение семестра» reads as
 * before.
 * The first template of each section is a real row of corpus-real-174 (its source there).
 */
import { cap, ev, on, ongoing, range, rec, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** the prepositions of an action's time */
const DURING = ['в ходе', 'в рамках', 'в процессе'];
/** the adjectives of a check in the genitive (none, or one), by the noun's gender and number */
const FEMININE = ['', 'плановой ', 'тематической ', 'внеплановой ', 'комплексной '];
const PLURAL = ['', 'плановых ', 'тематических ', 'внеплановых ', 'комплексных '];
const MASCULINE = ['', 'планового ', 'тематического ', 'внепланового ', 'комплексного '];
/** the nouns of a check or a control in the genitive, their adjectives, and the word the reason keeps */
const CHECKS: Array<[string, string[], string]> = [
  ['проверки', FEMININE, 'провер'],
  ['проверок', PLURAL, 'провер'],
  ['контроля', MASCULINE, 'контрол'],
  ['мониторинга', MASCULINE, 'мониторинг'],
  ['инспектирования', MASCULINE, 'инспектирования'],
  ['обследования', MASCULINE, 'обследования'],
];
/** what the sentence says happened during it */
const TAILS = ['', ' были изучены условия', ' нарушений не выявлено'];

/** the quarantine's frame and what follows the noun */
const QUARANTINE_FRAMES = ['во время', 'в период', 'на время', 'на период'];
const QUARANTINE_TAILS = ['карантина', 'карантина по гриппу', 'карантина в школе', 'карантина или других чрезвычайных обстоятельств'];

/** the adverbs of «in advance» and the documents after them, with the schedule's reason */
const ADVANCE = ['заранее', 'предварительно', 'заблаговременно'];
const ADVANCE_DATIVE: Array<[string, string]> = [
  ['установленному годовому плану', 'установленный годовый план'],
  ['утвержденному графику', 'утвержденный график'],
  ['составленному расписанию', 'составленное расписание'],
];
const ADVANCE_INSTRUMENTAL: Array<[string, string]> = [
  ['утвержденным графиком', 'утвержденный график'],
  ['составленным планом', 'составленный план'],
];

/** counts of a repeat and the semester's forms after them */
const COUNTS = ['дважды', '2 раза', 'два раза', 'один раз', '1 раз', 'раз', 'трижды'];
const SEMESTERS = ['в семестр', 'в семестре'];

/** the parts of a school quarter */
const PARTS = ['в конце', 'в начале', 'в середине'];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a check or a control after «в рамках / в ходе / в процессе» is the time of that action', () => {
      addAs(
        'В ходе проверки были изучены и проанализированы условия осуществления образовательного процесса: создание развивающего пространства в МБДОУ, оформление и оборудование помещений, документация.',
        ev('провер'),
      );
      addAs('оказание методической помощи педагогическим работникам в процессе контроля;', ev('контрол'));
      for (const during of DURING)
        for (const [noun, adjectives, names] of CHECKS)
          for (const adjective of adjectives)
            for (const tail of TAILS) {
              const text = `${during} ${adjective}${noun}${tail}`;
              if (tail === '') add(text, ev(names));
              else addAs(`${cap(text)}.`, ev(names));
            }
    });
    section('a quarantine after «во время / в период / на время / на период» is an event', () => {
      addAs(
        'Некоторые изменения в приказе позволяют провести внеплановую проверку школы дистанционно во время карантина или других чрезвычайных обстоятельств.',
        ev('карантин'),
      );
      for (const frame of QUARANTINE_FRAMES)
        for (const tail of QUARANTINE_TAILS) {
          add(`${frame} ${tail}`, ev('карантин'));
          addAs(`Занятия проводятся дистанционно ${frame} ${tail}.`, ev('карантин'));
        }
    });
    section('«в кратчайшее время» is «в кратчайший срок»', () => {
      addAs(
        'Необходимо в кратчайшее время внести изменения и направить в отдел образования администрации Невского района служебное письмо об устранении нарушения.',
        ev('кратчайшее время'),
      );
      for (const t of ['в кратчайшее время', 'устранить нарушения в кратчайшее время', 'в кратчайшее время внести изменения', 'выполнить в кратчайшее время'])
        add(t, ev('кратчайшее время'));
    });
    section('an adverb of «in advance» before the document\'s adjectives keeps it a schedule', () => {
      addAs('Такие проверки будут проводиться согласно заранее установленному годовому плану.', sched('установленный годовый план'));
      for (const adverb of ADVANCE) {
        for (const prep of ['согласно', 'по'])
          for (const [doc, reason] of ADVANCE_DATIVE) {
            add(`${prep} ${adverb} ${doc}`, sched(reason));
            addAs(`Проверки проводятся ${prep} ${adverb} ${doc}.`, sched(reason));
          }
        for (const [doc, reason] of ADVANCE_INSTRUMENTAL) add(`в соответствии с ${adverb} ${doc}`, sched(reason));
      }
    });
    section('a semester after a count is the unit of a repeat with no `every`', () => {
      addAs(
        'В некоторых вузах для них применяется термин «контрольная точка» — это проверочные по всем предметам, которые проводятся дважды в семестре.',
        rec(null),
      );
      for (const count of COUNTS)
        for (const semester of SEMESTERS) {
          add(`${count} ${semester}`, rec(null));
          addAs(`Контрольные работы проводятся ${count} ${semester}.`, rec(null));
        }
    });
    section('a part of «учебной четверти» is of every school quarter', () => {
      addAs('в конце учебной четверти, полугодия.', rec('quarter'));
      for (const part of PARTS) {
        add(`${part} учебной четверти`, rec('quarter'));
        addAs(`Итоговые контрольные работы проводятся ${part} учебной четверти.`, rec('quarter'));
      }
    });
    section('what did not change: pins', () => {
      addAs('В ходе проверки 15 марта нарушений не выявлено.', on('2021-03-15'));
      addAs('в рамках проверки с 1 по 10 октября', range('2021-10-01', '2021-10-10'));
      addAs('карантин продлится с 20 по 25 февраля', range('2021-02-20', '2021-02-25'));
      addAs('в ходе рейда', ev('рейда'));
      addAs('в кратчайшие сроки', ev('кратчайшие сроки'));
      addAs('во время каникул', ev('каникул'));
      addAs('в ближайшее время', unread);
      addAs('в рамках плана ВШК', sched('план ВШК'));
      addAs('в конце четверти', rec('quarter'));
      addAs('в конце первой четверти', range('2021-10-01', '2021-10-31'));
      addAs('в течение семестра', ongoing);
    });
  });
}

export const family: Family = {
  title: 'round 189: a check after «в ходе / в рамках / в процессе», a quarantine, «в кратчайшее время», «заранее» before a document, a semester\'s repeat, «учебной четверти»',
  rows: () => sections().flatMap(([, rows]) => rows),
};
