/**
 * Round 280 (corpus-real-241, 114/116 first, 116/116 after; no label changed), two rules:
 * - a verbal noun in «-цию» in the accusative after the transitive verb of starting («начнут / начнёт / начинают / начали …
 *   вакцинацию / регистрацию / дезинфекцию …») is the work begun, like round 77's «работу», «прием», «реализацию»: «Ветеринарные врачи
 *   уже в январе начнут вакцинацию от нодулярного дерматита КРС – смертельно опасного для животных заболевания.»
 *   (https://www.go61.ru/news/1496628/skotinu-novosahtinska-privut) → `ongoing` from 01-01 (round 41: a verb of starting after its
 *   month reads as «с»; it was the window of January). Pins: right after its day the verb is that day (round 13), a noun of another
 *   kind («обучение», «проверку») reads as before, «до <день>» after what is begun is round 154's deadline, nothing begun («Школы
 *   начнут 1 сентября») reads as before.
 * - «предусмотренн*» beside round 84's «установленн* / указанн* / определенн*», and «инструкцией / инструкциями / в инструкции» among
 *   the documents that fix a term: «В срок, предусмотренный инструкцией по применению» (the «Срок исполнения» column of a plan against
 *   brucellosis, https://khakassia-gov.ru/doc/20404) → `schedule` (it was `unparsed`). Pins: the participle with no document («срок,
 *   предусмотренный для подачи заявлений» stays unread), «Согласно инструкции, …» with no term (stays unread), a date written with it
 *   wins, round 139's «срока, установленного законодательством» as before.
 * And corpus-real-241's other phrasings that read right on the first run.
 */
import { distinctRows, by, ev, iso, months, MONTHS_PREP, on, ongoing, range, rec, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the transitive verbs of starting (round 77) and the verbal nouns in «-цию» they begin */
const VERBS = ['начнут', 'начнёт', 'начнет', 'начинают', 'начинает', 'начали', 'начал'];
const NOUNS = ['вакцинацию', 'регистрацию', 'дезинфекцию', 'иммунизацию', 'реконструкцию', 'дератизацию', 'ревакцинацию'];
/** who begins, before the month */
const SUBJECTS = ['Ветеринарные врачи', 'Специалисты ветслужбы', 'Ветеринары района уже'];

/** the term's noun with its participle, the documents in the instrumental and after «в», and the frames */
const TERMS = ['срок, предусмотренный', 'сроки, предусмотренные', 'срок, установленный', 'сроки, установленные', 'срок, указанный', 'сроки, определенные'];
const DOCS_T = ['инструкцией', 'инструкцией по применению', 'инструкцией по применению вакцины', 'инструкциями по применению препаратов'];
const DOCS_P = ['инструкции', 'инструкции по применению', 'инструкциях по применению'];

const from = (m: number): Expect => ({ kind: 'ongoing', start: iso(m, 1), due: '2021-12-31' });

const PINS: Row[] = [
  // rule 1: right after its day, another noun, «до <день>», nothing begun, a window — as before
  ['1 января начнут вакцинацию.', on('2021-01-01')],
  ['15 марта ветеринары начнут вакцинацию скота', on('2021-03-15')],
  ['В январе начнут обучение.', range('2021-01-01', '2021-01-31')],
  ['В январе начнут проверку.', range('2021-01-01', '2021-01-31')],
  ['начнут вакцинацию до 1 марта', by('2021-03-01')],
  ['Школы начнут 1 сентября', on('2021-09-01')],
  ['Вакцинацию начнут с 1 по 15 марта.', range('2021-03-01', '2021-03-15')],
  ['В январе прошла вакцинация.', range('2021-01-01', '2021-01-31')],
  ['Вакцинацию начнут 5 августа.', { kind: 'ongoing', start: '2021-08-05', due: '2021-12-31' }],
  ['Всероссийское военно-патриотическое движение "Юнармия" начнет свою работу 1 сентября.', { kind: 'ongoing', start: '2021-09-01', due: '2021-12-31' }],
  ['В феврале в Мурманской области стартует приём заявок', from(2)],
  // rule 2: no document, no term, a date with it, round 139 — as before
  ['в срок, предусмотренный для подачи заявлений', unread],
  ['Согласно инструкции, первый этап — фиксация факта — должен занять не более одного-двух дней.', unread],
  ['до 15 мая, в срок, предусмотренный инструкцией', by('2021-05-15')],
  ['Хранение документов менее срока, установленного законодательством, не допускается.', sched('менее срока, установленного законодательством, не допускается')],
  ['в сроки, предусмотренные договором', sched('сроки, предусмотренные договором')],
  ['в установленные сроки', sched('установленные сроки')],
  // corpus-real-241's other phrasings, right on the first run
  ['против эктопаразитов свиней — ежеквартально;', rec('quarter')],
  ['против подкожного овода крупного рогатого скота — II–III кварталы;', range('2021-04-01', '2021-09-30')],
  ['Октябрь ноябрь', months('2021-10-01', '2021-11-30')],
  ['Немедленно при выявлении', ev('выявлени')],
  ['В течение 15 дней', { kind: 'unparsed', reason: /срок отсчитывается от события/ }],
  ['Постоянно до снятия ограничений', ongoing],
  ['Такую работу проводят ежегодно весной и осенью.', rec('year')],
  ['Данные мероприятия проводятся в соответствии с утверждённым планом противоэпизоотических мероприятий 2 раза в год (весной и осенью).', rec('year')],
  ['1, 15 февраля – сельскохозяйственная ярмарка', on('2021-02-15', '2021-02-01')],
  ['14-16 августа — Народный православный праздник «Медовый Спас»', range('2021-08-14', '2021-08-16')],
  ['Ярмарка приурочена к празднованию Медового Спаса.', ev('Медового')],
  ['« 29 » апреля 2015г. №466', on('2015-04-29')],
  ['Сезон осенних ярмарок в районе открылся в минувшую субботу и продлится до 10 ноября.', by('2021-11-10')],
  ['Первая ярмарочная торговая сессия начнется 7 апреля и продлится до 25 июня.', range('2021-04-07', '2021-06-25')],
  ['Работа по борьбе с борщевиком пройдет в два этапа, первый будет завершен в срок до 20 июня, второй до 31 августа.', on('2021-08-31', '2021-06-20')],
  ['Месячная', rec('month')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a verbal noun in «-цию» after a verb of starting, after its month', () => {
      for (const v of VERBS)
        for (const n of NOUNS)
          MONTHS_PREP.forEach((m, k) => addAs(`В ${m} ${v} ${n}.`, from(k + 1)));
      for (const s of SUBJECTS)
        for (const v of VERBS)
          for (const n of NOUNS) addAs(`${s} в январе ${v} ${n} скота.`, from(1));
      for (const n of NOUNS) addAs(`${n[0]!.toUpperCase()}${n.slice(1)} начнут в марте.`, from(3));
    });
    section('«предусмотренн*» and «инструкцией / в инструкции» fix a term', () => {
      for (const t of TERMS) {
        for (const d of DOCS_T) add(`в ${t} ${d}`, sched(`${t} ${d}`));
        for (const d of DOCS_P) add(`в ${t} в ${d}`, sched(`${t} в ${d}`));
      }
      for (const p of ['предусмотренный', 'установленный', 'указанный'])
        for (const d of ['инструкцией', 'инструкциями']) add(`в ${p} ${d} срок`, sched(`в ${p} ${d} срок`));
      for (const d of DOCS_T) addAs(`Провести повторную вакцинацию в срок, предусмотренный ${d}.`, sched(`срок, предусмотренный ${d}`));
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 280: a verbal noun in «-цию» begun after its month; a term an instruction provides for',
  rows: () => distinctRows(sections()),
};
