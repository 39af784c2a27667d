/**
 * Round 131 (corpus-real-119: pupils' self-government and school media — выборы президента школы and председателя совета
 * обучающихся, советы старшеклассников, детские and молодёжные парламенты, школьные газеты and медиацентры, конкурсы школьных СМИ).
 * One class the set's first run missed, as election and youth-body news write it:
 * - «перед» before the people one stands in front of is «in front of», not «before» (round 41's party: «перед поставщиками», «перед
 *   родителями», «перед избирателями»): students, pupils, graduates, candidates, deputies, members, an audience («перед зрителями /
 *   слушателями / жюри / комиссией / публикой»), a plural personal pronoun («перед ними / нами / вами»), and a compound of two nouns
 *   joined by a hyphen when either part is a party («перед студентами-избирателями», «перед юнкорами-участниками»). The day after it
 *   is that day, `on` (it was `by` that day).
 * Pins: round 41's parties read as before; «перед» before an event keeps «before» — «перед выпускным / экзаменами / каникулами /
 * дебатами / выборами» and a compound of two events («перед выборами-дебатами») are `by` the day after them.
 * The first template is the set's real row (its source in corpus-real-119.tsv).
 */
import { by, on, sectionsOf, type Expect, type Family, type Row } from './kit';

/** what happens in front of the people, as election and youth-body news write it */
const WHAT = [
  'Избирательные участки распахнут свои двери перед',
  'Кандидаты в президенты школы выступят с программами перед',
  'Редакция школьной газеты представит новый выпуск перед',
  'Председатель совета обучающихся отчитается перед',
  'Депутаты молодёжного парламента выступили перед',
];
/** the people: nouns round 41 did not have, plural pronouns, and compounds with a party in either part */
const PARTIES = [
  'студентами-избирателями',
  'студентами',
  'школьниками',
  'старшеклассниками',
  'первоклассниками',
  'выпускниками',
  'воспитанниками',
  'участниками',
  'кандидатами',
  'депутатами',
  'членами',
  'зрителями',
  'слушателями',
  'читателями',
  'жителями',
  'гостями',
  'жюри',
  'комиссией',
  'публикой',
  'коллегами',
  'детьми',
  'ними',
  'нами',
  'вами',
  'школьниками-избирателями',
  'юнкорами-участниками',
  'активистами-депутатами',
];
/** the day after them, and what it reads as */
const DAYS: Array<[string, Expect]> = [
  ['25 апреля 2025 года в 8.45', on('2025-04-25')],
  ['25 апреля', on('2021-04-25')],
  ['25.04.2025', on('2025-04-25')],
  ['12 октября', on('2021-10-12')],
];
const PINS: Row[] = [
  // round 41's parties, as before
  ['Кандидаты выступят перед избирателями 25 апреля', on('2021-04-25')],
  ['Председатель совета отчитается перед родителями 25 апреля', on('2021-04-25')],
  ['Кандидаты встретятся перед педагогами 12 октября', on('2021-10-12')],
  // «перед» before an event keeps «before»
  ['Кандидаты выступят перед выпускным 25 апреля', by('2021-04-25')],
  ['Кандидаты выступят перед экзаменами 25 апреля', by('2021-04-25')],
  ['Встреча перед каникулами 25 октября', by('2021-10-25')],
  ['Кандидаты выступят перед дебатами 25 апреля', by('2021-04-25')],
  ['Кандидаты выступят перед выборами 25 апреля', by('2021-04-25')],
  ['Кандидаты выступят перед выборами-дебатами 12 октября', by('2021-10-12')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('«перед» before the people one stands in front of («перед студентами-избирателями», «перед зрителями», «перед ними») is «in front of»: the day after it is that day', () => {
      for (const what of WHAT) for (const party of PARTIES) for (const [day, e] of DAYS) add(`${what} ${party} ${day}`, e);
    });
    section('«перед» before a party or an event: pins', () => PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 131: «перед» before the people one stands in front of — students, pupils, candidates, an audience, a plural pronoun, a hyphen-joined compound with a party in either part — is «in front of», and the day after it is that day',
  rows: () => sections().flatMap(([, rows]) => rows),
};
