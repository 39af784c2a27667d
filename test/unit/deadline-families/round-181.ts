/**
 * Round 181 (corpus-real-167, mentoring and young teachers): what a contract, an order or a regulation marks or writes down
 * («обозначены / прописаны в трудовом договоре») is set by it, and so are the dates someone writes down or marks («прописывают /
 * обозначить сроки»): schedules; an ordinal day of an event inside a sentence («Наконец, на третий день …») and a span counted from an
 * event named before in the instrumental («Днем позже …», «Двумя днями ранее …») are events; a second length of service joined by «и / или» («со стажем … от 1 до
 * 3 лет и свыше 3 лет») is a label like the first.
 * Pins: the afternoon («во второй половине дня»), an hour of the day («в 2 часа дня») and the first day of a month read as before, a span
 * after a length of service with its event keeps it, «не позже <дня>» stays a deadline, the dates written with these phrases win.
 */
import { ev, iso, MONTHS_GEN, on, rec, sched, sectionsOf, by, unread, type Family } from './kit';

/** what the dates of mentoring or of a work are, before the verb */
const SUBJECTS = ['Порядок, форма и сроки наставнической деятельности', 'Сроки наставничества', 'Сроки и форма работы', 'Сроки выплаты'];
/** the verb of marking or writing down, as the text writes it, and the part the reason starts with */
const MARKED: Array<[string, string]> = [
  ['должны быть обозначены', 'обозначены'],
  ['обозначены', 'обозначены'],
  ['обозначаются', 'обозначаются'],
  ['прописаны', 'прописаны'],
  ['прописываются', 'прописываются'],
  ['должны быть прописаны', 'прописаны'],
];
/** the document in the prepositional */
const DOCS_P = ['в трудовом договоре', 'в дополнительном соглашении к нему', 'в положении о наставничестве', 'в приказе директора', 'в коллективном договоре', 'в уставе школы'];
/** who writes or marks the dates, the verb first */
const WRITERS = ['В трудовом договоре или отдельном документе прописывают', 'В договоре прописывают', 'Необходимо прописать', 'Стороны пропишут', 'В положении обозначают', 'Следует обозначить', 'Руководитель обозначит', 'Организаторы обозначат'];
/** what is written down, the dates first */
const WRITTEN = ['сроки', 'сроки, содержание и форму такой работы', 'даты встреч', 'график встреч', 'расписание занятий', 'основные сроки'];

/** an ordinal day of an event, with the preposition */
const ORDINAL_DAYS = ['на третий день', 'на второй день', 'во второй день', 'в первый день', 'в заключительный день', 'на четвертый день', 'в пятый день', 'в третий день'];
/** sentences around it: the words before and after */
const AROUND: Array<[string, string]> = [
  ['Наконец,', 'молодые учителя представят свои проекты'],
  ['Участники форума', 'посетили школы города'],
  ['Итоги конкурса подведут', 'работы форума'],
  ['Мастер-классы наставников пройдут', 'конкурса'],
];

/** a span counted from an event named before: the span and the sentence */
const LATER = ['Днем позже', 'Днём позже', 'Двумя днями позже', 'Неделей позже', 'Месяцем позже', 'Днем ранее', 'Тремя днями ранее', 'Несколькими днями позже', 'Годом позже', 'Неделями позднее', 'Днем раньше', 'Месяцами ранее'];
const AFTER_LATER = ['будет организовано проведение ряда мероприятий и секций', 'прошла защита проектов молодых педагогов', 'состоялось награждение победителей', 'наставники провели мастер-классы'];

/** two lengths of service joined by a conjunction */
const SERVICE = [
  'со стажем педагогической деятельности от 1 до 3 лет и свыше 3 лет',
  'со стажем работы до 3 лет и свыше 10 лет',
  'со стажем не менее 5 лет или более 10 лет',
  'с опытом работы до трех лет и свыше пяти лет',
  'со стажем от 3 до 5 лет и от 5 до 10 лет',
  'стаж педагогической работы до 3 лет, и более 10 лет',
  'со стажем менее 3 лет либо свыше 20 лет',
];

function sections(): Array<[string, import('./kit').Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('what a contract, an order or a regulation marks or writes down is set by it: a schedule', () => {
      addAs('Порядок, форма и сроки наставнической деятельности должны быть обозначены в трудовом договоре или в дополнительном соглашении к нему.', sched('обозначены в трудовом договоре или в дополнительном соглашении к нему'));
      for (const subject of SUBJECTS)
        for (const [verb, from] of MARKED)
          for (const doc of DOCS_P) add(`${subject} ${verb} ${doc}`, sched(`${from} ${doc}`));
    });
    section('a verb of writing down or marking before the dates: someone sets them, a schedule', () => {
      addAs('В трудовом договоре или отдельном документе прописывают сроки, содержание и форму такой работы.', sched('прописывают сроки, содержание и форму такой работы'));
      for (const writer of WRITERS)
        for (const what of WRITTEN) {
          const verb = writer.split(' ').at(-1)!;
          add(`${writer} ${what}`, sched(`${verb} ${what}`));
        }
    });
    section('an ordinal day of an event inside a sentence: that day of it, an event', () => {
      addAs('Наконец, на третий день молодые учителя представят свои проекты.', ev('на третий день'));
      for (const day of ORDINAL_DAYS) for (const [before, after] of AROUND) add(`${before} ${day} ${after}`, ev(day));
    });
    section('a span in the instrumental counted from an event named before («днем позже», «двумя днями ранее»): an event', () => {
      addAs('Днем позже будет организовано проведение ряда мероприятий и секций, посвященных тематике совета.', ev('днем позже'));
      for (const later of LATER)
        for (const rest of AFTER_LATER) {
          const word = later.split(' ').at(-1)!; // «позже», «ранее»: the «ё» variant writes the span with «е»
          add(`${later} ${rest}`, ev(`${later.split(' ').length > 2 ? later.split(' ')[1] : ''} ${word}`.trim()));
          add(`Мы знаем, что ${later.toLowerCase()} ${rest}`, ev(word));
        }
    });
    section('a second length of service joined by «и / или»: a label like the first', () => {
      addAs('Конкурсная программа предусматривает две категории участников: со стажем педагогической деятельности от 1 до 3 лет и свыше 3 лет.', unread);
      for (const s of SERVICE) {
        add(`К участию приглашаются педагоги ${s}`, unread);
        for (let m = 1; m <= 12; m++) addAs(`Педагоги ${s} подают заявки до 15 ${MONTHS_GEN[m - 1]}`, by(iso(m, 15)));
      }
    });
    section('round 181 pins', () => {
      addAs('Все беседы с родителями, как правило проводятся во второй половине дня.', unread);
      addAs('Встреча пройдет в 2 часа дня.', unread);
      addAs('Отчёт сдаётся в первый рабочий день месяца', rec('month'));
      addAs('На второй день после экзамена', ev('на второй день после экзамена'));
      addAs('Наконец, 15 мая, на третий день форума, молодые учителя представят проекты.', on('2021-05-15'));
      addAs('Днем позже, 16 мая, прошла защита проектов.', on('2021-05-16'));
      addAs('не позже 15 мая', by('2021-05-15'));
      addAs('не позднее 10 дней после заседания', ev('10 дней после заседания'));
      addAs('со стажем до 3 лет', unread);
      addAs('со стажем до 3 лет и в течение 5 лет после окончания вуза', ev('в течение 5 лет после окончания вуза'));
      addAs('срок оговаривается в трудовом договоре', sched('оговаривается в трудовом договоре'));
      addAs('закреплено в трудовом договоре', sched('закреплено в трудовом договоре'));
      addAs('Он прописан по адресу: г. Казань', unread);
    });
  });
}

export const family: Family = {
  title: 'round 181: what a contract marks or writes down, a verb of writing down the dates, an ordinal day of an event inside a sentence, a span counted from an event named before, a second length of service',
  rows: () => sections().flatMap(([, rows]) => rows),
};
