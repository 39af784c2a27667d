/**
 * Round 88 (corpus-real-77: support of families and children through schools). Four classes the set's first run missed, as
 * administrative regulations, school pages and news write them:
 * - a count of times in the current calendar year is a yearly repeat: «Выплата предоставляется одному из родителей (законных
 *   представителей) на каждого обучающегося один раз в текущем календарном году в размере 3000 рублей.»;
 * - a spring, summer or autumn after «прошлым / минувшим / прошедшим» is that season of the year before: «Отметим, что прошлым летом в
 *   загородных лагерях отдохнули 712 детей участников СВО.»;
 * - dates stated in a part of a document (a section, an item, an appendix, a table) are set by it, a schedule, also with words in
 *   brackets between the dates and the verb: «2.4.2. Сроки прохождения отдельных административных процедур (действий), необходимых для
 *   предоставления государственной услуги, указаны в разделе 3 Регламента.»;
 * - an ordinal in figures with its ending right before a repeat adjective in an oblique case numbers one instance of the series, a label:
 *   «С 1 августа дан старт 7-й ежегодной общереспубликанской акции «Дорога в школу» по девизом «Дари добро детям».».
 * The first template of each class is the set's real row (its source in corpus-real-77.tsv).
 */
import { on, range, rec, sched, variants, type Expect, type Row, type Family } from './kit';

// 1. «… раз в текущем календарном году»
const YEARLY_TEMPLATES = [
  'Выплата предоставляется одному из родителей (законных представителей) на каждого обучающегося {x} в размере 3000 рублей',
  'Справка о составе семьи представляется в школу {x}',
  'Компенсация на приобретение школьной формы выплачивается {x}',
  'Бесплатная путевка в лагерь предоставляется ребенку участника СВО {x}',
  'Родители подтверждают право на льготное питание {x}',
];
const YEARLY_COUNTS = ['один раз', '1 раз', 'раз', 'не более одного раза', 'не чаще одного раза', 'не реже одного раза', 'дважды', '2 раза'];
const CURRENT_CALENDAR = ['в текущем календарном году', 'в этом календарном году', 'в нынешнем календарном году'];

// 2. «прошлым летом»
const SEASON_TEMPLATES = [
  'Отметим, что {x} в загородных лагерях отдохнули 712 детей участников СВО',
  '{x} в школе отремонтировали пищеблок и обновили меню льготного питания',
  'Выплату на школьную форму {x} получили многодетные семьи района',
  '{x} дети из малоимущих семей бесплатно отдохнули в пришкольном лагере',
];
const PREVIOUS_SEASONS: ReadonlyArray<[string, Expect]> = [
  ['прошлым летом', range('2020-06-01', '2020-08-31')],
  ['минувшим летом', range('2020-06-01', '2020-08-31')],
  ['прошедшим летом', range('2020-06-01', '2020-08-31')],
  ['прошлой весной', range('2020-03-01', '2020-05-31')],
  ['минувшей весной', range('2020-03-01', '2020-05-31')],
  ['прошедшей весной', range('2020-03-01', '2020-05-31')],
  ['прошлой осенью', range('2020-09-01', '2020-11-30')],
  ['минувшей осенью', range('2020-09-01', '2020-11-30')],
  ['прошедшей осенью', range('2020-09-01', '2020-11-30')],
];

// 3. «Сроки … указаны в разделе 3 Регламента»
const DOCUMENT_SUBJECTS: ReadonlyArray<[string, string]> = [
  // [subject, the verb's ending for its number]
  ['Сроки прохождения отдельных административных процедур (действий), необходимых для предоставления государственной услуги,', 'ы'],
  ['Сроки', 'ы'],
  ['Сроки выполнения административных процедур', 'ы'],
  ['Сроки приема заявлений (документов)', 'ы'],
  ['Даты проведения мероприятий', 'ы'],
  ['Срок предоставления выплаты', ''],
  ['Срок выдачи путевки (сертификата)', ''],
];
const DOCUMENT_VERBS = ['указан', 'установлен', 'определен', 'приведен', 'предусмотрен', 'перечислен'];
const DOCUMENT_PARTS = [
  'в разделе 3 Регламента',
  'в разделе 3 настоящего административного регламента',
  'в пункте 2.4 настоящего Положения',
  'в подпункте 3.2 Порядка',
  'в приложении 1 к настоящему Порядку',
  'в приложении к регламенту',
  'в таблице 1',
  'в главе 2 Положения',
  'в статье 12 Закона',
];

// 4. «7-й ежегодной акции»
/** Open-ended from a day to the period's end. */
const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });
const SERIES_TEMPLATES: ReadonlyArray<[string, Expect]> = [
  ['С 1 августа дан старт {n} {a} общереспубликанской акции «Дорога в школу» по девизом «Дари добро детям»', from('2021-08-01')],
  ['С 1 августа дан старт {n} {a} акции «Собери ребенка в школу»', from('2021-08-01')],
  ['С 15 августа стартует прием заявок на участие в {n} {a} акции «Помоги пойти учиться»', from('2021-08-15')],
  ['С 1 сентября начинается регистрация участников {n} {a} конкурса «Семья года»', from('2021-09-01')],
];
const SERIES_ORDINALS = ['7-й', '10-й', '3-й', '25-й', '2-й'];
const SERIES_ADJECTIVES = ['ежегодной', 'ежегодной благотворительной', 'ежегодной межведомственной'];

const PINS: Row[] = [
  // a count of times per a year without «календарном», or in a calendar year without «текущем», was a yearly repeat already
  ['Выплата предоставляется один раз в текущем году', rec('year')],
  ['Выплата предоставляется один раз в календарном году', rec('year')],
  ['Выплата предоставляется один раз в год', rec('year')],
  // a count in the current school year is that school year, as before
  ['Выплата предоставляется один раз в текущем учебном году', range('2020-09-01', '2021-08-31')],
  // the season of the context's year and of the next one, a season with its year, and winter are read as before
  ['Дети участников СВО смогут отдохнуть в загородных и пришкольных лагерях этим летом', range('2021-06-01', '2021-08-31')],
  ['Следующим летом лагерь примет детей участников СВО', range('2022-06-01', '2022-08-31')],
  ['Прошлым летом 2019 года в лагере отдохнули 712 детей', range('2019-06-01', '2019-08-31')],
  ['прошлой зимой', range('2021-12-01', '2022-02-28')],
  // dates written with a part of a document win; a document named in the prepositional was read already
  ['до 1 сентября, сроки указаны в приложении 2', { kind: 'by', due: '2021-09-01' }],
  ['Срок предоставления указывается в Положении', sched('указывается в Положении')],
  // a repeat adjective in the nominative after an ordinal, and a yearly event held on its day, are read as before
  ['7-я ежегодная ярмарка пройдет 5 мая', rec('year')],
  ['15 мая прошел 3-й ежегодный фестиваль', on('2021-05-15')],
  // an ordinal before another adjective was a label already
  ['С 1 августа дан старт 7-й общереспубликанской акции «Дорога в школу»', from('2021-08-01')],
];

/** The schedule's reason: the text from the phrase on, its first letter in lower case, without the real row's item number. */
const reason = (text: string): string => text[0]!.toLowerCase() + text.slice(1);

export const family: Family = {
  title: 'round 88: «раз в текущем календарном году», «прошлым летом», «сроки указаны в разделе …», «7-й ежегодной акции»',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of YEARLY_TEMPLATES)
      for (const n of YEARLY_COUNTS)
        for (const y of CURRENT_CALENDAR) rows.push(...variants(tpl.replace('{x}', `${n} ${y}`)).map((t): Row => [t, rec('year')]));
    for (const tpl of SEASON_TEMPLATES)
      for (const [s, e] of PREVIOUS_SEASONS) rows.push(...variants(tpl.replace('{x}', s)).map((t): Row => [t, e]));
    for (const [subject, ending] of DOCUMENT_SUBJECTS)
      for (const verb of DOCUMENT_VERBS)
        for (const part of DOCUMENT_PARTS) {
          const text = `${subject} ${verb}${ending} ${part}`;
          rows.push(...variants(text).map((t): Row => [t, sched(reason(text))]));
          if (subject.includes('(действий)')) rows.push([`2.4.2. ${text}.`, sched(reason(text))]);
        }
    for (const [tpl, e] of SERIES_TEMPLATES)
      for (const n of SERIES_ORDINALS)
        for (const a of SERIES_ADJECTIVES) rows.push(...variants(tpl.replace('{n}', n).replace('{a}', a)).map((t): Row => [t, e]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
