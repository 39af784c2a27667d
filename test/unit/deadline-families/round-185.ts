/**
 * Round 185 (corpus-real-171, admission and enrolment): two counts of three to seven figures joined by a dash before a counted noun
 * («порядка 100−150 человек») are a label like «10-15 человек»; the hour «00» written with both figures («в 00.05 18 марта») is midnight,
 * a clock, not a day; «до сведения» is whom a thing is brought to, no event «до <события>»; «с принятием / вступлением / подписанием /
 * изданием / опубликованием / утверждением …» opening a text is the moment a change runs from, an event, and a year after it is the
 * acts'; a verb of deciding or setting before «в индивидуальном порядке» inside a sentence is a schedule.
 * Pins: «от 100 до 150 человек» and «10-15 человек» stay labels, a smaller second count and years stay as they were, «10.00» and «9.10»
 * read as before, «до начала занятий» stays an event, «со дня его подписания» stays an event, «в индивидуальном порядке» opening a cell
 * keeps its reason and «в порядке перевода» names no schedule.
 */
import { ev, iso, lastDay, MONTHS_GEN, MONTHS_PREP, on, range, sched, sectionsOf, by, unread, type Family } from './kit';

/** two counts of three figures or more, the second the larger */
const COUNTS: Array<[number, number]> = [[100, 150], [200, 300], [120, 180], [500, 700], [1000, 1500], [350, 400]];
/** the dashes real texts put between them, with their spaces */
const DASHES = ['-', '−', ' - ', '–', ' — '];
/** nouns such counts count */
const NOUNS = ['человек', 'участников', 'детей', 'заявлений', 'учеников', 'первоклассников'];

/** minutes after the hour «00» that could be a month, and so were read as a day «00» of it */
const MINUTES = ['01', '05', '07', '10', '12'];

/** verbs of bringing and whom a thing is brought to «до сведения» of, then what */
const VERBS = ['довела', 'довёл', 'доводит', 'доводится', 'довели', 'будет доведён'];
const WHOM = ['родителей', 'учителей', 'педагогического коллектива', 'обучающихся и их родителей', 'руководителей школ'];
const THINGS = ['график подготовительных занятий для будущих первоклассников', 'информацию о приёме в первый класс', 'порядок комплектования групп'];

/** the act's adoption or entry into force that opens the text, and what changed with it */
const ADOPTIONS = ['принятием этого постановления', 'вступлением в силу закона', 'подписанием приказа', 'изданием распоряжения', 'опубликованием нового порядка', 'утверждением правил приёма'];
const CHANGES = ['утратили силу аналогичные документы, действовавшие в 2025 году', 'изменились правила приёма в первый класс', 'утратило силу постановление 2019 года'];

/** verbs of deciding or setting before «в индивидуальном порядке», and what they decide (no noun of dates: «Дата … определяется …» is
 *  round 33's who-sets-the-dates line, read before) */
const DECIDING = ['решается', 'решаются', 'определяется', 'определяются', 'устанавливается', 'согласовывается', 'назначается'];
const MATTERS = ['Этот вопрос', 'Вопрос о зачислении', 'Каждый случай', 'Режим посещения'];
const WITH = ['с руководителем учреждения', 'с родителями', 'с заведующим'];

function sections(): Array<[string, import('./kit').Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('two counts of three figures joined by a dash before a counted noun: a label', () => {
      addAs('Я думаю, что до конца августа еще порядка 100−150 человек подойдут, заявления напишут.', by('2021-08-31'));
      for (const [a, b] of COUNTS)
        for (const dash of DASHES)
          for (const noun of NOUNS) {
            const count = `${a}${dash}${b} ${noun}`;
            add(`до конца августа ещё порядка ${count} подойдут`, by('2021-08-31'));
            addAs(`${count} до 15 ${MONTHS_GEN[(a + b) % 12]!}`, by(iso(((a + b) % 12) + 1, 15)));
            addAs(`в ${MONTHS_PREP[a % 12]!} примут ${count}`, range(iso((a % 12) + 1, 1), iso((a % 12) + 1, lastDay((a % 12) + 1))));
          }
    });
    section('the hour «00» with both figures: midnight, a clock before or after the day', () => {
      addAs('Первое заявление было подано в 00.05 18 марта в Норильске — девочку записали в школу № 20.', on('2021-03-18'));
      for (const mm of MINUTES)
        for (let m = 1; m <= 12; m++) {
          add(`заявление подано в 00.${mm} 18 ${MONTHS_GEN[m - 1]!}`, on(iso(m, 18)));
          addAs(`Первое заявление поступило в 00.${mm} ${m + 10} ${MONTHS_GEN[m - 1]!} через портал`, on(iso(m, m + 10)));
        }
    });
    section('«до сведения»: whom a thing is brought to, no event', () => {
      addAs('Дымова Н.В., заместитель директора по УВР довела до сведения родителей график подготовительных занятий для будущих первоклассников.', unread);
      for (const verb of VERBS) for (const whom of WHOM) for (const thing of THINGS) add(`Заместитель директора ${verb} до сведения ${whom} ${thing}`, unread);
    });
    section('«с принятием / вступлением / подписанием …» opening a text: an event', () => {
      addAs('С принятием этого постановления утратили силу аналогичные документы, действовавшие в 2025 году.', ev('с принятием этого постановления'));
      for (const adoption of ADOPTIONS) for (const change of CHANGES) add(`С ${adoption} ${change}`, ev(`с ${adoption.split(' ')[0]!}`));
    });
    section('a verb of deciding before «в индивидуальном порядке» inside a sentence: a schedule', () => {
      addAs('Этот вопрос решается в индивидуальном порядке с руководителем учреждения.', sched('решается в индивидуальном порядке с руководителем учреждения'));
      for (const matter of MATTERS)
        for (const verb of DECIDING)
          for (const w of WITH) {
            addAs(`${matter} ${verb} в индивидуальном порядке ${w}`, sched(`${verb} в индивидуальном порядке ${w}`));
            addAs(`${matter} ${verb} в индивидуальном порядке ${w}.`, sched(`${verb} в индивидуальном порядке ${w}`));
          }
    });
    section('round 185 pins', () => {
      addAs('до конца августа от 100 до 150 человек', by('2021-08-31'));
      addAs('до конца августа 10-15 человек', by('2021-08-31'));
      addAs('до конца августа 100 человек', by('2021-08-31'));
      addAs('до 1 мая 150-100 человек', { kind: 'unparsed', reason: /непонятное число «150»/ });
      addAs('2021-2022 учебный год', range('2021-09-01', '2022-08-31'));
      addAs('15 мая в 10.00', on('2021-05-15'));
      addAs('пятница в 9.10', on('2021-10-09'));
      addAs('до начала занятий', ev('до начала занятий'));
      addAs('Довести приказ до сведения учителей до 1 сентября', by('2021-09-01'));
      addAs('Указ вступает в силу со дня его подписания.', ev('со дня его подписания'));
      addAs('с момента подписания до 31 декабря', by('2021-12-31'));
      addAs('в индивидуальном порядке', sched('индивидуальный порядок'));
      addAs('Зачисление в порядке перевода', unread);
    });
  });
}

export const family: Family = {
  title: 'round 185: a dash-joined count of three figures before its noun, the hour «00» as a clock, «до сведения» as no event, «с принятием …» opening a text, a verb of deciding before «в индивидуальном порядке»',
  rows: () => sections().flatMap(([, rows]) => rows),
};
