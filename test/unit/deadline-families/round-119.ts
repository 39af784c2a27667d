/**
 * Round 119 (corpus-real-107: teacher supply through schools and colleges — целевое обучение in pedagogical universities, психолого-
 * педагогические классы, «Земский учитель», students' practice). Two classes the set's first run missed, as such pages write them:
 * - the code of a speciality, a direction of training or an enlarged group of them in the state list (ОКСО) — «УГСН 44.00.00
 *   Образование и педагогические науки», «44.03.01 Педагогическое образование», «по специальности 44.02.02» — is a label, like a
 *   percentage: three glued pairs of figures that no date can be (a day over 31, or a month «00»), with the speciality's name after
 *   them or a word of codes before them («УГСН», «код», «направления подготовки», «специальности»). The dates of the sentence say when.
 * - a possessive pronoun («его», «её», «их») between «по» and the noun of results or of an end — «По его итогам выберут 6
 *   победителей», «по их результатам», «по её окончании», «по его завершении» — is the same event as without it (round 96's «по их
 *   желанию»); a day written after it or before it says when, as for «по итогам».
 * Pins: a slip in a date alone («до 32.01.21», «до 32.01.21 г.») stays the error it was; real dates with two-digit years and codes
 * that read as real dates read as before; «По его словам», «По их мнению» (no noun of the list) leave the dates; «по итогам» without a
 * pronoun and round 96's «по их желанию» read as before.
 * The first template of each class is the set's real row or built on it (its source in corpus-real-107.tsv).
 */
import { by, ev, on, range, sectionsOf, type Expect, type Family, type Row } from './kit';

/** a sentence with a speciality's code «{c}» and its dates */
const CODE_FRAMES: Array<[string, Expect]> = [
  ['Олимпиада проводится для студентов СПО и ВО, обучающихся по УГСН {c} Образование и педагогические науки, в период с 01.02.2025 г. по 21.03.2025 г.', range('2025-02-01', '2025-03-21')],
  ['Прием документов по направлению подготовки {c} Педагогическое образование до 25 июля', by('2021-07-25')],
  ['{c} Педагогическое образование – с 20 июня по 15 августа', range('2021-06-20', '2021-08-15')],
  ['Договоры о целевом обучении по специальности {c} заключаются до 1 сентября', by('2021-09-01')],
  ['Практика студентов специальности {c} пройдет 10 марта', on('2021-03-10')],
  ['Код {c}, прием заявлений с 20 июня по 25 июля', range('2021-06-20', '2021-07-25')],
];
/** codes of the state list that no date can be: a group over 31, or a level «00» */
const CODES = ['44.00.00', '44.03.01', '44.03.05', '44.02.01', '44.02.02', '44.04.01', '44.05.01', '37.03.01', '39.03.02', '49.03.01', '54.02.01', '09.00.00', '38.00.00'];
const CODE_PINS: Row[] = [
  // a slip in a date alone stays the error it was
  ['до 32.01.21', { kind: 'unparsed', reason: /несуществующая дата «32\.01\.21»/ }],
  ['до 32.01.21 г.', { kind: 'unparsed', reason: /несуществующая дата «32\.01\.21»/ }],
  ['до 44.03.01', { kind: 'unparsed', reason: /несуществующая дата «44\.03\.01»/ }],
  // real dates with two-digit years, and a code that reads as a real date, as before
  ['до 15.03.21 подать заявление', by('2021-03-15')],
  ['01.09.21 начало практики', on('2021-09-01')],
  ['31.05.21 отчёт о практике', on('2021-05-31')],
  ['09.03.01 Информатика', on('2001-03-09')],
  ['с 01.02.2025 г. по 21.03.2025 г.', range('2025-02-01', '2025-03-21')],
];

/** a sentence that opens with «по <pronoun> <noun>» («{p}», «{n}») and what it gives */
const OUTCOME_FRAMES: Array<[string, (noun: string) => Expect]> = [
  ['по {p} {n} выберут 6 победителей, которые отправятся на работу в сельскую местность', (n) => ev(n)],
  ['по {p} {n} будут определены победители конкурса', (n) => ev(n)],
  ['по {p} {n} выдается сертификат', (n) => ev(n)],
  // a day written after it says when, as after «По итогам 15 мая объявят …» (it read so before the round too)
  ['по {p} {n} 15 мая объявят победителей', () => on('2021-05-15')],
  ['Участников отберут, по {p} {n} будет составлен рейтинг', (n) => ev(n)],
];
const PRONOUNS = ['его', 'её', 'ее', 'их'];
const NOUNS = ['итогам', 'результатам', 'окончании', 'завершении', 'окончанию', 'завершению'];
const OUTCOME_PINS: Row[] = [
  // no noun of the list after the pronoun: the dates are read
  ['По его словам, конкурс пройдет 15 мая', on('2021-05-15')],
  ['По их мнению, набор продлится до 25 августа', by('2021-08-25')],
  // a date written before it inside a sentence wins, as for «по итогам»
  ['Конкурс пройдет 15 мая, по его итогам выберут победителей', on('2021-05-15')],
  // as before
  ['По итогам конкурса', ev('итоги')],
  ['по результатам мониторинга', ev('результаты')],
  ['по их желанию', ev('желани')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a speciality\'s code («УГСН 44.00.00», «44.03.01 Педагогическое образование») is a label', () => {
      for (const [frame, e] of CODE_FRAMES) for (const code of CODES) add(frame.replace('{c}', code), e);
    });
    section('speciality codes: pins', () => CODE_PINS.forEach(([t, e]) => add(t, e)));
    section('a possessive between «по» and the noun of results or of an end («По его итогам …») is the event', () => {
      for (const [frame, e] of OUTCOME_FRAMES) for (const p of PRONOUNS) for (const n of NOUNS) add(frame.replace('{p}', p).replace('{n}', n), e(n));
    });
    section('possessives before results: pins', () => OUTCOME_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 119: a speciality\'s code («УГСН 44.00.00», «44.03.01 Педагогическое образование») is a label; a possessive between «по» and the noun of results or of an end («По его итогам …») is the event',
  rows: () => sections().flatMap(([, rows]) => rows),
};
