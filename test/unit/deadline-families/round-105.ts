/**
 * Round 105 (corpus-real-93's first-run misses: supplementary education and pupils' activities outside lessons). Three classes its first
 * run missed, as news of school actions, clubs and competitions write them:
 * - the transitive «начать» before an infinitive («дети в мае начали принимать участие в акции», «центр начнёт принимать заявки 1
 *   сентября») is a verb of starting, as «начал свою работу» is (round 77): after its month open-ended from the month's first day, before
 *   its day open-ended from that day. Right after its day it stays that day (round 13), and «начала» as a noun reads as before.
 * - words of the language one or two edits from a month's form («Марша парков», «на лучшую марку», «в октябрята») are no misspelt months;
 *   misspelt months («сентебря», «ноябя») read as before.
 * - a year or a span of years followed by «года / годов рождения» or «г.р.» is the age of those taking part, a label: alone it is
 *   `unparsed`, beside a date the date reads alone. Other years read as before.
 * The first template of each class is corpus-real-93's real row (its source in the set).
 */
import { MONTHS_GEN, MONTHS_PREP, by, cap, ev, iso, lastDay, months, on, range, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** Month numbers the rows use (not March or October, so a misread month shows). */
const MONTHS = [4, 5, 6, 9, 11];
const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

/** «{m}» a month in the prepositional, «{s} {v}» who begins and the transitive verb of starting, «{i}» what is begun */
const BEGIN_MONTH_FRAMES = [
  'Как говорится в сообщении, в {m} этого года {s} {v} {i}',
  'В {m} {s} {v} {i}',
  '{S} в {m} {v} {i}',
];
const BEGIN_DAY_FRAMES = ['{S} {v} {i} {d} {g}', 'По словам директора, {s} {v} {i} {d} {g}'];
/** who begins and the verb agreeing with it */
const VERBS: Array<[string, string]> = [
  ['дети', 'начали'], ['центр', 'начал'], ['школа', 'начала'], ['волонтёры', 'начнут'], ['клуб', 'начнёт'], ['клуб', 'начнет'],
  ['центр', 'начинает'], ['школы', 'начинают'],
];
/** the infinitive and what follows it */
const INFINITIVES = ['принимать участие в экологической акции по сбору отработанных батареек', 'собирать макулатуру', 'помогать ветеранам', 'заниматься с детьми шахматами'];
const BEGIN_PINS: Array<[string, Expect]> = [
  // right after its day a verb of starting is that day (round 13)
  ['1 сентября центр начал принимать заявки', on('2021-09-01')],
  ['15 мая волонтёры начали помогать ветеранам', on('2021-05-15')],
  // what is begun named by a noun reads as before (round 77)
  ['Центр начнёт свою работу 1 сентября', from('2021-09-01')],
  // «начала» the noun: the start of a period or an event
  ['с начала учебного года', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['до начала занятий', ev('до начала занятий')],
  ['в начале мая', range('2021-05-01', '2021-05-10')],
  // a numeral or a noun after the verb is no infinitive: as before
  ['В мае начали пять новых кружков', range('2021-05-01', '2021-05-31')],
  ['В мае начали печать афиш', range('2021-05-01', '2021-05-31')],
  // the intransitive verbs of starting as before
  ['В мае стартовала акция', from('2021-05-01')],
  ['Акция начнётся 1 апреля', from('2021-04-01')],
];

/** «{m}» a month in the prepositional, «{d} {g}» a day and a month in the genitive */
const WORD_FRAMES: Array<[string, 'month' | 'day']> = [
  ['Финал акции «Марша парков» состоится в {m} в Екатеринбурге', 'month'],
  ['Участники «Марша парков» соберутся в {m}', 'month'],
  ['На «Марше парков» школьники выступят в {m}', 'month'],
  ['Посвящённый «Маршу парков» праздник пройдёт {d} {g}', 'day'],
  ['Конкурс на лучшую марку пройдёт в {m}', 'month'],
  ['Рисунки к почтовой марке принимаются до {d} {g}', 'day'],
  ['Приём в октябрята пройдёт {d} {g}', 'day'],
  ['Посвящение в октябрята состоится в {m}', 'month'],
  ['Встреча октябрят с ветеранами пройдёт {d} {g}', 'day'],
];
const WORD_PINS: Array<[string, Expect]> = [
  // the month's own forms and its misspellings read as before
  ['в марте', range('2021-03-01', '2021-03-31')],
  ['в марте и мае', months('2021-03-01', '2021-05-31')],
  ['до 15 сентебря', by('2021-09-15')],
  ['в ноябя', range('2021-11-01', '2021-11-30')],
  ['до 10 октбря', by('2021-10-10')],
  ['с 1 по 15 октября', range('2021-10-01', '2021-10-15')],
  // «маршрут» was never a month
  ['маршрут экскурсии в мае', range('2021-05-01', '2021-05-31')],
];

/** «{y}» a year of birth or a span of them, «{d} {g}» a day and a month */
const BIRTH_ALONE = [
  'Турнир проводится по сети, в двух возрастных категориях: младшая ({y} года рождения) и старшая ({y} года рождения).',
  'К участию допускаются юноши и девушки {y} года рождения и младше',
  'Состав команды 16 человек {y} г.р.',
  'Участвуют обучающиеся {y} годов рождения',
  'для детей {y} г. р.',
];
const BIRTH_DAY = [
  'Соревнования пройдут {d} {g}, участвуют дети {y} г.р.',
  '{d} {g} команда учащихся 7-8 классов {y} года рождения получила дипломы',
  'Первенство среди юношей {y} года рождения состоится {d} {g}',
];
const YEARS = ['2006-2012', '2010-2011', '2008', '2012', '2005-2006', '2014 - 2015'];
const BIRTH_PINS: Array<[string, Expect]> = [
  // years that are no ages read as before
  ['в 2010-2011 годах', range('2010-01-01', '2011-12-31')],
  ['в 2015 году', range('2015-01-01', '2015-12-31')],
  ['2021-2022 учебный год', range('2021-09-01', '2022-08-31')],
  ['к 180-летию со дня рождения писателя (май 2021)', range('2021-05-01', '2021-05-31')],
  ['Отмечать его будут 1 декабря — в день рождения математика Николая Лобачевского.', on('2021-12-01')],
  ['для детей 2015 года', range('2015-01-01', '2015-12-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('the transitive «начать» before an infinitive after its month', () => {
      let n = 0;
      for (const frame of BEGIN_MONTH_FRAMES)
        for (const [who, v] of VERBS)
          for (const i of INFINITIVES) {
            const m = MONTHS[n++ % MONTHS.length]!; // the months in turn
            const text = frame.replace('{m}', MONTHS_PREP[m - 1]!).replace('{s}', who).replace('{S}', cap(who)).replace('{v}', v).replace('{i}', i);
            add(text, from(iso(m, 1)));
          }
    });
    section('the transitive «начать» before an infinitive before its day', () => {
      let n = 0;
      for (const frame of BEGIN_DAY_FRAMES)
        for (const [who, v] of VERBS)
          for (const i of ['принимать заявления', 'записывать детей в кружки', 'набирать группы']) {
            const m = MONTHS[n++ % MONTHS.length]!;
            const text = frame.replace('{s}', who).replace('{S}', cap(who)).replace('{v}', v).replace('{i}', i).replace('{d}', '15').replace('{g}', MONTHS_GEN[m - 1]!);
            add(text, from(iso(m, 15)));
          }
    });
    section('the transitive «начать» before an infinitive: pins', () => BEGIN_PINS.forEach(([t, e]) => add(t, e)));
    section('words one or two edits from a month are no misspelt months', () => {
      for (const [frame, kind] of WORD_FRAMES)
        for (const m of MONTHS) {
          const text = frame.replace('{m}', MONTHS_PREP[m - 1]!).replace('{d}', '20').replace('{g}', MONTHS_GEN[m - 1]!);
          const expect = kind === 'month' ? range(iso(m, 1), iso(m, lastDay(m))) : frame.includes('до {d}') ? by(iso(m, 20)) : on(iso(m, 20));
          add(text, expect);
        }
    });
    section('words one or two edits from a month: pins', () => WORD_PINS.forEach(([t, e]) => add(t, e)));
    section('years of birth are a label', () => {
      for (const y of YEARS) {
        for (const frame of BIRTH_ALONE) add(frame.replaceAll('{y}', y), unread);
        for (const frame of BIRTH_DAY)
          for (const m of [MONTHS[0]!, MONTHS[3]!]) add(frame.replace('{y}', y).replace('{d}', '17').replace('{g}', MONTHS_GEN[m - 1]!), on(iso(m, 17)));
      }
    });
    section('years of birth: pins', () => BIRTH_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 105: «начать» before an infinitive is a verb of starting; «марш», «марка», «октябрята» are no misspelt months; years of birth are a label',
  rows: () => sections().flatMap(([, rows]) => rows),
};
