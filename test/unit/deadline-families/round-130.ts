/**
 * Round 130 (corpus-real-118: assessment procedures and monitoring studies — ВПР, НИКО, PIRLS and PISA, regional diagnostic works,
 * функциональная грамотность, the единый график оценочных процедур). One class the set's first run missed, as the ВПР news and the
 * schools' pages write it:
 * - a school choosing or setting its own dates with a perfective verb after «самостоятельно», the dates, a day or a schedule right after
 *   it — the infinitive after a word of need or ability («Учебным заведениям необходимо самостоятельно выбрать даты …», «Каждая школа
 *   сможет самостоятельно выбрать даты …», «Школы могут самостоятельно определить сроки …») or the future («Каждая школа самостоятельно
 *   выберет / определит / установит / утвердит …», «Школы самостоятельно выберут / установят / утвердят …») — is the dates someone else
 *   sets, a `schedule`, its reason from «самостоятельно» on, like round 35's imperfective «Образовательные учреждения самостоятельно
 *   выбирают период отдыха» (it was `unparsed`: only «выбира* / устанавлива* / определя* / утвержда*» were read after «самостоятельно»).
 * Pins: dates written with the verb win; the imperfective verbs and round 33's «назначает даты» read as before; a verb that sets nothing
 * after «самостоятельно» («выполнят», «подготовить») or a choice of something else («выбрать тему работы», round 27's pin) stays unread,
 * and round 27's «вправе самостоятельно определить дату …» keeps its reason.
 * The first template is the set's real rows (their sources in corpus-real-118.tsv).
 */
import { by, on, range, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the reason: the text from «самостоятельно» on, without its closing dot */
const own = (text: string): Expect => sched(text.slice(text.indexOf('самостоятельно')).replace(/[.;]+$/, ''));

/** who, with a word of need, ability or duty before the infinitive */
const MODAL = ['Учебным заведениям необходимо', 'Каждая школа сможет', 'Школы могут', 'Образовательная организация должна'];
const INFINITIVE = ['выбрать', 'определить', 'установить', 'утвердить'];
/** who, with the future of the perfective verb */
const SINGULAR = ['Каждая школа', 'Образовательная организация'];
const FUTURE_SG = ['выберет', 'определит', 'установит', 'утвердит'];
const PLURAL = ['Школы', 'Образовательные организации'];
const FUTURE_PL = ['выберут', 'установят', 'утвердят'];
/** what is chosen or set, as the ВПР news and the schools' pages write it */
const OBJECTS = [
  'даты в рамках определенного периода',
  'даты их проведения, учитывая рекомендации Рособрнадзора и свой учебный график',
  'даты проведения ВПР',
  'дату проведения диагностической работы',
  'сроки проведения оценочных процедур',
  'график проведения проверочных работ',
];

const PINS: Row[] = [
  // dates written with the verb win
  ['Школы могут самостоятельно выбрать даты с 15 марта по 20 мая', range('2021-03-15', '2021-05-20')],
  ['Каждая школа самостоятельно определит дату проведения работы до 20 мая', by('2021-05-20')],
  ['Каждая школа самостоятельно выберет день проведения работы — 15 апреля', on('2021-04-15')],
  // the imperfective verbs and round 33's «назначает даты», as before
  ['Образовательные учреждения самостоятельно выбирают период отдыха', sched('образовательные учреждения самостоятельно выбирают период отдыха')],
  ['Школы самостоятельно выбирают даты проведения ВПР в рамках периода', sched('школы самостоятельно выбирают даты проведения ВПР в рамках периода')],
  ['Школа самостоятельно назначает даты проведения ВПР', sched('назначает даты проведения ВПР')],
  // a verb that sets nothing after «самостоятельно», or a choice of something else than the dates, stays unread
  ['Обучающиеся самостоятельно выполнят задания', unread],
  ['Каждая школа сможет самостоятельно подготовить материалы', unread],
  ['Ученики самостоятельно выбрали тему проекта', unread],
  ['Каждая школа сможет самостоятельно выбрать тему работы', unread],
  ['Школа вправе самостоятельно выбрать тему работы', unread],
  // round 27's «вправе …» before it keeps its reason
  ['Каждая школа вправе самостоятельно определить дату проведения праздника', sched('вправе самостоятельно определить дату проведения праздника')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a perfective verb of choosing or setting after «самостоятельно» («Каждая школа сможет самостоятельно выбрать даты …») is a schedule', () => {
      for (const who of MODAL)
        for (const verb of INFINITIVE)
          for (const what of OBJECTS) {
            const text = `${who} самостоятельно ${verb} ${what}`;
            add(text, own(text));
          }
      for (const who of SINGULAR)
        for (const verb of FUTURE_SG)
          for (const what of OBJECTS) {
            const text = `${who} самостоятельно ${verb} ${what}`;
            add(text, own(text));
          }
      for (const who of PLURAL)
        for (const verb of FUTURE_PL)
          for (const what of OBJECTS) {
            const text = `${who} самостоятельно ${verb} ${what}`;
            add(text, own(text));
          }
    });
    section('«самостоятельно» and a verb: pins', () => PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 130: a perfective verb of choosing or setting after «самостоятельно» («Каждая школа сможет самостоятельно выбрать даты …») is a schedule',
  rows: () => sections().flatMap(([, rows]) => rows),
};
