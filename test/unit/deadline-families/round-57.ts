/**
 * Round 57 (corpus-real-52): a repeat adjective in an oblique case before a noun of reporting («ежеквартальную информацию»,
 * «ежемесячной отчетности»), the singular «в (порядке и) сроке, указанном …», the dates before «вправе / может установить», and a
 * weekday after «в» that is no period of a least count («не менее 28 тыс. человек, сообщили в пятницу»), and a condition opening
 * the text then a repeat («В случае … направляется … ежемесячно не позднее 5 числа …»). Every template comes from a
 * real row of corpus-real-52 (its header names the sources).
 */
import { by, iso, rec, sched, variants, type Family, type Row } from './kit';

/** The stems of the repeat adjectives and how often each says. */
const STEMS: Array<[stem: string, every: 'week' | 'month' | 'quarter' | 'year']> = [
  ['еженедельн', 'week'], ['ежемесячн', 'month'], ['ежеквартальн', 'quarter'], ['ежегодн', 'year'],
];
/** An oblique ending and the nouns of reporting that agree with it. */
const OBLIQUE: Array<[ending: string, nouns: string[]]> = [
  ['ую', ['информацию', 'отчетность', 'отчётность']],
  ['ой', ['информации', 'отчетности', 'отчётности']],
  ['ого', ['отчета', 'отчёта', 'доклада', 'мониторинга']],
  ['ых', ['отчетов', 'сведений', 'докладов']],
  ['ому', ['отчету', 'докладу']],
  ['ом', ['отчете', 'докладе', 'мониторинге']],
];
const REPORT_TEMPLATES = [
  '2) {x} о проведенных мероприятиях по осуществлению государственных полномочий',
  'Предоставление {x} о количестве часов',
  'Подготовка и направление {x} в министерство образования',
];

function obliqueRepeats(): Row[] {
  const rows: Row[] = [];
  for (const tpl of REPORT_TEMPLATES) {
    for (const [stem, every] of STEMS) {
      for (const [ending, nouns] of OBLIQUE) {
        for (const noun of nouns) rows.push(...variants(tpl.replace('{x}', `${stem}${ending} ${noun}`)).map((t): Row => [t, rec(every)]));
      }
    }
  }
  return rows;
}

/** «в сроке, указанном …»: what stands before «сроке», the participle after it and the document it names. */
const BEFORE_TERM = ['в', 'в порядке и'];
const PARTICIPLES = ['указанном', 'установленном', 'указанным', 'установленным', 'определенном', 'предусмотренном'];
const DOCUMENTS = ['в приложении 4 к настоящему порядку', 'соглашением', 'приказом министерства', 'договором о предоставлении субсидии'];
const TERM_TEMPLATES: Array<[before: string, after: string]> = [
  ['Получатель субсидии ', ' направляет в департамент отчёт'],
  ['28. Получатель субсидии ', ' направляет отчёт о достижении показателя результативности'],
];

function termInPrepositional(): Row[] {
  const rows: Row[] = [];
  for (const [head, tail] of TERM_TEMPLATES) {
    for (const before of BEFORE_TERM) {
      for (const participle of PARTICIPLES) {
        for (const doc of DOCUMENTS) {
          const rest = `, ${participle} ${doc},${tail}`;
          const text = `${head}${before} сроке${rest}`;
          rows.push([text, sched(`срок${rest}`)], [`${text}.`, sched(`срок${rest}`)]);
        }
      }
    }
  }
  return rows;
}

/** The dates first, then who may set them: «Сроки … департамент вправе установить в договоре …». */
const DATES_FIRST = ['сроки', 'сроки и формы предоставления отчётности', 'даты проведения', 'график проведения', 'срок представления отчета'];
const WHO_MAY = ['департамент вправе', 'министерство вправе самостоятельно', 'организатор может', 'школы могут'];
const SETTING = ['установить', 'устанавливать', 'определить', 'определять', 'изменить', 'утвердить', 'назначить'];

function datesBeforeRight(): Row[] {
  const rows: Row[] = [];
  for (const dates of DATES_FIRST) {
    for (const who of WHO_MAY) {
      for (const verb of SETTING) {
        const text = `${dates} ${who} ${verb} в договоре о предоставлении субсидии`;
        rows.push([text, sched(text)], [`${text}.`, sched(text)]);
      }
    }
  }
  return rows;
}

/** A target date, then a count of people and the weekday of the news: the weekday is no period of the count. */
const TARGETS: Array<[text: string, due: string]> = [['к концу 2023 года', iso(12, 31, 2023)], ['до 1 сентября', iso(9, 1)], ['к 1 марта 2020 года', iso(3, 1, 2020)]];
const COUNTS = ['не менее 28 тыс. человек', 'не менее 500 школьников', 'не меньше 20 участников', 'не менее двух тысяч детей'];
const WEEKDAYS = ['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье'];
const SAID = ['сообщили', 'рассказали', 'заявили'];

function newsWeekdays(): Row[] {
  const rows: Row[] = [];
  for (const [target, due] of TARGETS) {
    for (const count of COUNTS) {
      for (const day of WEEKDAYS) {
        for (const said of SAID) {
          const prep = day === 'вторник' ? 'во' : 'в';
          rows.push([`Власти области рассчитывают ${target} вовлечь в движение ${count}, ${said} ${prep} ${day} в пресс-службе правительства региона.`, by(due)]);
        }
      }
    }
  }
  return rows;
}

/** A condition opening the text, then a repeat: the condition says when the rule applies, the repeat when the thing is due. */
const CONDITIONS = [
  'В случае финансового обеспечения затрат', 'В случае отсутствия замечаний', 'Если субсидия не использована,', 'При условии заключения соглашения',
  '1. В случае продления проекта', 'в случае финансового обеспечения затрат',
];
const REPEATS: Array<[word: string, every: 'week' | 'month' | 'quarter' | 'year']> = [
  ['ежемесячно', 'month'], ['ежеквартально', 'quarter'], ['ежегодно', 'year'], ['еженедельно', 'week'],
];
const CLAUSES: Array<[clause: string, day: number | null]> = [
  ['Отчет о достижении результата направляется в Управление {r} не позднее 5 числа месяца, следующего за отчетным, до момента использования субсидии в полном объеме', 5],
  ['отчет представляется {r}', null],
  ['сведения направляются {r} до момента использования субсидии в полном объеме', null],
];

function repeatsAfterCondition(): Row[] {
  const rows: Row[] = [];
  for (const cond of CONDITIONS) {
    for (const [word, every] of REPEATS) {
      for (const [clause, day] of CLAUSES) {
        const text = `${cond} ${clause.replace('{r}', word)}`;
        rows.push([text, rec(every, day)], [`${text}.`, rec(every, day)]);
      }
    }
  }
  return rows;
}

export const family: Family = {
  title: 'round 57: «ежеквартальную информацию», «ежемесячной отчетности» (a repeat adjective in an oblique case before a noun of reporting), «в (порядке и) сроке, указанном …», the dates before «вправе / может установить», a weekday after «в» that is no period of a least count, a condition opening the text then a repeat',
  rows: () => [...obliqueRepeats(), ...termInPrepositional(), ...datesBeforeRight(), ...newsWeekdays(), ...repeatsAfterCondition()],
};
