/**
 * Round 184 (corpus-real-170, school meals): a bare number right after the noun of an issued act, then «от» and a full date («Пр. 240
 * от 30.08.24», «Приказ 240 от 30.08.2024») is the act's number with no «№» written, so the date is the act's label; a day with its
 * month and year right after an issued act's «№» («Приказ №______«28» марта 2025 г.») is the act's date, the number left blank; a
 * contract, an agreement or a treaty is dated like an issued act («на основании контракта №512/1, №512/2, №512/3 от 27.08.2024»), and
 * a list of up to three numbers before «от» hops back to its noun; an item number with its closing dot before a lower-case word is the
 * item's number when no date follows too («1.1. бесплатное горячее питание не менее одного раза в день …»).
 * Pins: «№ N от <дата>» of an order stays a label, a protocol's date stays the day of its meeting, a number with no «от» after the
 * act's noun keeps its reading («приказ 5 дней», «решение 3 мая»), a deadline after a contract's label is read, a two-figure month
 * after an item's figure keeps its date («2.10. проводить …»), and an item number with nothing else stays unread.
 */
import { by, bareSpan, ev, iso, MONTHS_GEN, on, ongoing, rec, sched, sectionsOf, unread, type Expect, type Family } from './kit';

/** nouns of issued acts, as a title or an approval line writes them, with the abbreviations of «приказ» */
const ACTS = ['Приказ', 'приказ', 'Пр.', 'пр.', 'Распоряжение', 'постановление', 'Решение', 'письмо'];
/** bare numbers of acts, with their glued parts */
const NUMBERS = ['240', '12', '5', '115', '39/1', '01-02/15'];
/** the act's date after «от», in figures (with a year of two or four figures) and in words */
const ACT_DATES = ['30.08.24', '30.08.2024', '1 сентября 2021 года', '12.11.2008г.'];

/** blanks of an act's number before a day in quotes or bare */
const BLANKS = ['№______', '№___ ', '№ ___ ', '№ '];

/** nouns of contracts and agreements */
const CONTRACTS = ['Договор', 'договор', 'Контракт', 'контракт', 'Соглашение', 'соглашение'];
const CONTRACTS_GEN = ['договора', 'контракта', 'соглашения'];

/** item numbers with their closing dot */
const ITEMS = ['1.', '2.', '12.', '1.1.', '3.2.', '4.5.'];
/** what an item says of time after a lower-case word, and its reading */
const ITEM_TEXTS: Array<[string, Expect]> = [
  ['бесплатное горячее питание не менее одного раза в день', ongoing],
  ['проводить бракераж готовой продукции ежедневно', ongoing],
  ['заседание комиссии по питанию ежемесячно', rec('month')],
  ['оплата производится ежемесячно не позднее 25 числа текущего месяца', rec('month', 25)],
  ['отчет о питании представляется ежеквартально', rec('quarter')],
  ['проверка пищеблока по мере необходимости', ev('по мере необходимости')],
  ['контроль за качеством питания постоянно', ongoing],
  ['решение принимается в течение 5 рабочих дней со дня подачи заявления', ev('5 рабочих дней')],
];

function sections(): Array<[string, import('./kit').Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a bare number after an issued act\'s noun, then «от» and a full date: the act\'s label', () => {
      addAs('Пр. 240 от 30.08.24 - О создании комиссии по осуществлению контроля за качеством горячего питания-', unread);
      for (const act of ACTS)
        for (const n of NUMBERS)
          for (const d of ACT_DATES) {
            addAs(`${act} ${n} от ${d}`, unread);
            addAs(`${act} ${n} от ${d} «Об организации питания обучающихся»`, unread);
          }
      for (const n of NUMBERS) addAs(`Пр.${n} от 30.08.2024`, unread);
      for (const n of NUMBERS) add(`утверждено приказом ${n} от 30.08.2024, исполнить до 15 марта 2022 года`, by('2022-03-15'));
    });
    section('a day with its month and year right after an issued act\'s «№»: the act\'s date, the number left blank', () => {
      addAs('Приказ №______«28» марта 2025 г.', { kind: 'unparsed', reason: /./ });
      for (const act of ['Приказ', 'приказ', 'Распоряжение', 'постановление'])
        for (const blank of BLANKS)
          for (let m = 1; m <= 12; m++) {
            addAs(`${act} ${blank}«28» ${MONTHS_GEN[m - 1]} 2025 г.`, { kind: 'unparsed', reason: /./ });
            addAs(`${act} ${blank}${m + 9} ${MONTHS_GEN[m - 1]} 2024 года`, { kind: 'unparsed', reason: /./ });
          }
    });
    section('a contract, an agreement or a treaty is dated like an issued act; a list of numbers before «от»', () => {
      addAs('Диетическое меню отсутствует (на основании контракта №512/1, №512/2, №512/3 от 27.08.2024)', sched('контракт №512/1, №512/2, №512/3 от 27.08.2024'));
      for (const noun of CONTRACTS)
        for (const d of ACT_DATES) {
          addAs(`${noun} № 512/1 от ${d}`, unread);
          addAs(`${noun} №512/1, №512/2, №512/3 от ${d}`, unread);
          addAs(`${noun} № 5, № 6 от ${d}`, unread);
        }
      for (const noun of CONTRACTS_GEN) for (const d of ACT_DATES) addAs(`на основании ${noun} №512/1, №512/2 от ${d}`, sched(`${noun.replace(/а$|я$/, (e) => (e === 'я' ? 'е' : ''))} №512/1, №512/2 от ${d.replace(/\.$/, '')}`));
      for (const d of ACT_DATES) addAs(`приказы №12-о, №13/2, №14 от ${d}`, unread);
    });
    section('an item number with its closing dot before a lower-case word, no date after it', () => {
      addAs('1.1. бесплатное горячее питание не менее одного раза в день в виде завтрака или обеда в зависимости от режима (смены) обучения для обучающихся 1-4 классов;', ongoing);
      for (const item of ITEMS) for (const [text, e] of ITEM_TEXTS) add(`${item} ${text}`, e);
    });
    section('round 184 pins', () => {
      addAs('Приказ № 240 от 30.08.2024', unread);
      addAs('приказ 5 дней', bareSpan);
      addAs('решение 3 мая', on('2021-05-03'));
      addAs('Протокол №___ «28» марта 2025 г.', on('2025-03-28'));
      addAs('РАССМОТРЕНО: на Педагогическом совете Протокол № 8 «23» мая 2024г.', on('2024-05-23'));
      addAs('протокол № 2 от 30.08.2021', on('2021-08-30'));
      addAs('договор заключается до 1 сентября', by('2021-09-01'));
      addAs('по договору № 5 от 01.09.2021 поставка до 15.09.2021', by('2021-09-15'));
      addAs('соглашение о предоставлении субсидии заключается не позднее 15 февраля', by('2021-02-15'));
      addAs('2.10. проводить бракераж ежедневно', on('2021-10-02'));
      addAs('1.9. линейка', unread);
      addAs('5. по 10.6.2021', by(iso(6, 10)));
      addAs('1.1. подготовить план в срок до 28.01.2021', by('2021-01-28'));
    });
  });
}

export const family: Family = {
  title: 'round 184: a bare number after an issued act\'s noun before «от» and its date, a day right after an issued act\'s blank «№», a contract\'s or an agreement\'s «№ N от», an item number before a lower-case word with no date after it',
  rows: () => sections().flatMap(([, rows]) => rows),
};
