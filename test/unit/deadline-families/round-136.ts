/**
 * Round 136 (corpus-real-124: children with health needs and their schooling routes — ПМПК, обучение на дому и в медицинских
 * организациях, консилиумы, ИПРА, absence through illness). Two classes the set's first run missed, as commissions', centres' and
 * schools' notices and news write them:
 * - the start, resumption, opening, extension or end of some work named after «о / об», with a verb of making known later — «О начале
 *   работы ЦПМПК МО в обычном режиме будет сообщено дополнительно.», «Об открытии записи сообщат позже», «О возобновлении приема
 *   объявят дополнительно» — is a time made known later, a `schedule`, like round 91's «О дате выборов … сообщат позже» (it was
 *   `unparsed`). The verb in the future only («сообщат / сообщим / объявят / объявим / известят / известим / проинформируют /
 *   проинформируем / оповестят / оповестим», «будет сообщено / объявлено»): «О начале приема сообщили в министерстве» reports what is
 *   past and stays unread.
 * - «в день / дни начала <события>» inside a sentence — «…, что первоначально, в день начала болезни, достаточно простого уведомления
 *   …», «Справка выдается в день начала занятий» — is the day of that event, like «в день проведения …» (round 84's «в день приема»);
 *   it was `unparsed` («начала» is no verbal noun in «-ния»). Not the start of a period with days of its own («в день начала учебного
 *   года», «… смены»), which reads as before.
 * Pins: a day written with it wins («О начале приема сообщат 15 марта» → 03-15; «… в день начала занятий, но не позднее 1 сентября» →
 * 09-01); the past «сообщили / сообщил» stays unread; round 91's «О дате … сообщат позже» stays a schedule; «в день начала учебного
 * года» inside a sentence stays September; «в день окончания …» and «в день начала …» opening a cell stay events.
 * The first template of each class is the set's real row (its source in corpus-real-124.tsv).
 */
import { by, ev, on, range, sched, sectionsOf, unread, variants, type Expect, type Family, type Row } from './kit';

/** what starts, resumes, opens or ends, after «о / об», as commissions' and schools' notices name it */
const WORKS: Array<[string, string]> = [
  ['о', 'начале работы ЦПМПК МО в обычном режиме'],
  ['о', 'начале приема документов'],
  ['о', 'возобновлении работы комиссии'],
  ['о', 'возобновлении очных занятий'],
  ['об', 'открытии записи на обследование'],
  ['о', 'старте записи на комиссию'],
  ['о', 'продлении приема заявлений'],
  ['об', 'окончании дистанционного режима'],
  ['о', 'завершении работы дежурных групп'],
];
/** the verbs of making known later, in the future */
const LATER = ['будет сообщено дополнительно', 'будет объявлено дополнительно', 'сообщат позже', 'сообщим дополнительно', 'объявят дополнительно', 'проинформируют дополнительно', 'оповестят позднее'];

/** every written variant of a schedule row: its reason is the text itself, its first letter lower-cased, without the end's dot or semicolon */
function schedRows(text: string): Row[] {
  return variants(text).map((t): Row => [t, sched((t[0]!.toLowerCase() + t.slice(1)).replace(/[.;]$/, ''))]);
}

const LATER_PINS: Row[] = [
  // a day written with it wins
  ['О начале приема сообщат 15 марта', on('2021-03-15')],
  ['О возобновлении занятий объявят до 1 сентября', by('2021-09-01')],
  // the past reports what was made known: unread as before
  ['О начале приема документов сообщили в министерстве', unread],
  ['Об открытии центра сообщил губернатор', unread],
  // round 91's date made known later stays
  ['О дате выборов сообщат позже', sched('о дате выборов сообщат позже')],
];

/** the words before «в день …» inside a sentence */
const BEFORE = ['Профессор отметила, что первоначально,', 'Справка выдается', 'Заявление подается', 'Родители уведомляют классного руководителя', 'Документы передаются в школу'];
/** the events whose start is the day, and the word the reason names */
const STARTS: Array<[string, string]> = [
  ['начала болезни', 'болезни'],
  ['начала занятий', 'занятий'],
  ['начала обучения на дому', 'обучения'],
  ['начала обследования', 'обследования'],
  ['начала лечения', 'лечения'],
  ['начала экзамена', 'экзамена'],
];

const DAY_PINS: Array<[string, Expect]> = [
  // the start of a period with days of its own reads as before
  ['Линейка пройдет в день начала учебного года', range('2021-09-01', '2021-09-30')],
  // a day written with it wins
  ['Заявление подается в день начала занятий, но не позднее 1 сентября', by('2021-09-01')],
  // «в день окончания …» inside a sentence and «в день начала …» opening a cell stay events
  ['Справка выдается в день окончания болезни', ev('болезни')],
  ['В день начала болезни достаточно уведомления', ev('болезни')],
  ['в день начала занятий', ev('занятий')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the start or resumption of work named after «о / об», made known later («О начале работы … будет сообщено дополнительно»), is a schedule', () => {
      addAs('О начале работы ЦПМПК МО в обычном режиме будет сообщено дополнительно.', sched('о начале работы ЦПМПК МО в обычном режиме будет сообщено дополнительно'));
      for (const [prep, work] of WORKS)
        for (const later of LATER) for (const row of schedRows(`${prep} ${work} ${later}`)) addAs(...row);
    });
    section('the start made known later: pins', () => LATER_PINS.forEach(([t, e]) => add(t, e)));
    section('«в день / дни начала <события>» inside a sentence is the day of that event', () => {
      addAs('Профессор отметила, что первоначально, в день начала болезни, достаточно простого уведомления от родителей классному руководителю.', ev('болезни'));
      for (const b of BEFORE)
        for (const day of ['в день', 'в дни'])
          for (const [e, names] of STARTS) add(`${b} ${day} ${e}`, ev(names));
    });
    section('the day of a start: pins', () => DAY_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 136: the start or resumption of work named after «о / об» and made known later is a schedule; «в день начала <события>» inside a sentence is that event',
  rows: () => sections().flatMap(([, rows]) => rows),
};
