/**
 * Round 128 (corpus-real-116: military-patriotic education and pupils' pre-conscription training — учебные сборы of 10th-grade boys,
 * первоначальная постановка на воинский учёт, «Юнармия», «Зарница» and «Орлёнок», «Пост № 1», the defence-and-sport month, ГТО).
 * Five classes the set's first run missed, as schools, education offices, commissariats and news write them:
 * - a number joined by a hyphen, with no space, to an adjective of a length or a count — «5-дневные учебные сборы», «36-часовая
 *   программа», «3-месячная стажировка», «2-этапный конкурс», «2-разовое питание» — is a label like «5-летний план» (it was `unparsed`,
 *   «непонятное число «5»»), and the dates beside it are read;
 * - an e-mail address — «777-345@bk.ru», «2021gto@mail.ru», «gto.2021@yandex.ru» — is a note, never a date, like round 118's web address
 *   (it was `unparsed`, «непонятное число «777»», when the name before «@» starts with figures);
 * - «время [и место] проведения …» or «место и время …» with a verb of setting after it, at the start or after «…, что», says who sets
 *   the time — a `schedule`, like «сроки и место проведения … определяет …» (it was `unparsed`);
 * - «перед допуском / приёмом / заездом / стартом / запуском …» waits for that step — an `event`, like «перед поездкой» and «перед
 *   сдачей …» (it was `unparsed`: their instrumental in «-ом» is no verbal noun that «перед <событие-т>» takes);
 * - a verb of ending before «в середине <месяца>» — «Завершится кампания в середине июля.» — is by the end of the days 11–20 that «в
 *   середине июля» names (07-20), as «… завершатся в мае» is by 05-31; round 59's 15th stays for «до / к / не позднее середины».
 * Pins: «5-ти дневные» and «5-летний» read as before; «в 3-дневный срок» stays a bare span and «в 10-дневный срок со дня …» an event; an
 * address whose figures follow Latin letters («school12@mail.ru») reads as before; «место проведения» alone sets no time; «перед
 * поездкой», «перед началом …» and a date with «перед допуском» read as before; «до / к / не позднее середины июля» stay by the 15th and
 * «в середине июля» alone the days 11–20.
 * The first template of each class is the set's real row (its source in corpus-real-116.tsv).
 */
import { bareSpan, by, ev, iso, MONTHS_GEN, on, range, sched, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

/** the reason of a schedule that opens the text: the text itself, its first letter in lower case, without its closing dot */
const own = (text: string): Expect => sched((text[0]!.toLowerCase() + text.slice(1)).replace(/[.;]+$/, ''));

/** an adjective of a length or a count with a noun it fits, as plans and news write them */
const MEASURES: Array<[adjective: string, noun: string]> = [
  ['дневные', 'учебные сборы'],
  ['дневный', 'семинар'],
  ['дневного', 'лагеря'],
  ['часовая', 'программа'],
  ['часовые', 'курсы повышения квалификации'],
  ['часового', 'курса'],
  ['месячная', 'стажировка'],
  ['недельный', 'курс'],
  ['минутная', 'зарядка'],
  ['этапный', 'конкурс'],
  ['разовое', 'питание'],
  ['суточное', 'дежурство'],
  ['годичный', 'курс'],
];
const FIGURES = ['3', '5', '10', '36', '72'];
/** templates with {m} (the figure, its hyphen and the adjective with its noun) and what they give */
const MEASURE_TEMPLATES: Array<[string, Expect]> = [
  ['C 24 по 28 мая 2022 года в Чувашии проходят {m} с юношами 10 классов', range('2022-05-24', '2022-05-28')],
  ['{m} пройдут с 1 по 5 июня', range('2021-06-01', '2021-06-05')],
  ['Заявки на {m} принимаются до 15 апреля', by('2021-04-15')],
  ['15 марта в школе прошли {m}', on('2021-03-15')],
];
const MEASURE_PINS: Row[] = [
  // the ordinal suffix and the age word: as before
  ['С 24 по 28 мая 2022 года проходят 5-ти дневные учебные сборы', range('2022-05-24', '2022-05-28')],
  ['5-летний план до 2025 года', by('2024-12-31')],
  ['12 мая пройдет игра, посвященная 100-летию Мурманска', on('2021-05-12')],
  // a bare span and a span from an event: as before
  ['в 3-дневный срок', bareSpan],
  ['в 10-дневный срок со дня получения запроса', ev('получения')],
  // a figure with a space before its adjective's hyphen is not joined to it
  ['ГИА-9 с 24 по 28 мая', range('2021-05-24', '2021-05-28')],
];

/** e-mail addresses whose name opens with figures (they failed) or holds them after letters (they did not) */
const MAILS = ['777-345@bk.ru', '2021gto@mail.ru', '123@mail.ru', '74-sport@yandex.ru', '01_school@edu.ru', 'gto.2021@yandex.ru', 'sport12+gto@gmail.com'];
/** templates with {e} (the address) and what they give */
const MAIL_TEMPLATES: Array<[string, Expect]> = [
  ['Отправить ролик необходимо до 20 декабря на этот адрес электронной почты: {e}', by('2021-12-20')],
  ['Предварительные заявки от команд принимаются до 14 февраля включительно на электронную почту {e}', by('2021-02-14')],
  ['Работы направлять на {e} с 1 по 15 марта', range('2021-03-01', '2021-03-15')],
  ['Заявки на участие в фестивале ГТО — {e}, 25 апреля', on('2021-04-25')],
];
const MAIL_PINS: Row[] = [
  ['Заявки до 20 декабря на адрес school12@mail.ru', by('2021-12-20')],
  ['до 20 декабря на почту oekr2017@mail.ru', by('2021-12-20')],
];

/** the time, or the place and the time, of a meeting or a training camp */
const TIMES = ['время и место проведения сборов', 'время проведения', 'место и время проведения соревнований', 'время и место проведения учебных сборов', 'время сдачи нормативов ГТО'];
/** a verb of setting with who sets it */
const SETTERS = ['будет определять Минобороны РФ', 'определяет военный комиссариат', 'определяются приказом управления образования', 'устанавливает оргкомитет', 'назначает директор школы'];
/** what may stand before: nothing, or a clause ending in «что» */
const LEAD_INS = ['', 'Он также сказал, что ', 'Военный комиссар пояснил, что '];
const TIME_PINS: Row[] = [
  // the place alone sets no time, and «время» inside a sentence with no «проведения» is no time set
  ['Место проведения определяет оргкомитет', unread],
  ['В это время мы определяем победителей', unread],
  // the same with «сроки»: as before
  ['Сроки и место проведения сборов определяет военный комиссариат', sched('сроки и место проведения сборов определяет военный комиссариат')],
  // a date written first wins
  ['15 мая, время проведения определяет директор', on('2021-05-15')],
];

/** an admission, an intake or a start after «перед», as plans and news write it */
const BEFORE = [
  'Перед допуском к вахте школьники выдерживают двухмесячную подготовку',
  'инструктаж по охране труда перед допуском к работе',
  'медицинский осмотр перед допуском к выполнению нормативов ГТО',
  'перед допуском к занятиям в секции',
  'перед допуском к соревнованиям',
  'проверка знаний перед приёмом на работу',
  'инструктаж перед заездом в лагерь',
  'перед стартом военно-спортивной игры «Зарница»',
  'перед запуском проекта',
  'перед каждым допуском к стрельбе',
  'перед очередным заездом',
];
const BEFORE_PINS: Row[] = [
  ['инструктаж перед поездкой', ev('перед поездкой')],
  ['Перед началом осенних каникул', ev('перед началом')],
  // a date with it wins
  ['Инструктаж перед допуском к работе 1 сентября', by('2021-09-01')],
];

/** a verb of ending, as news write it */
const ENDING = ['Завершится кампания', 'Призыв завершится', 'Сборы закончатся', 'Фестиваль ГТО завершится', 'Приём заявок закончится'];
const MIDDLE_PINS: Row[] = [
  ['Завершится прием заявлений до середины мая', by('2021-05-15')],
  ['до середины июля', by('2021-07-15')],
  ['к середине июля', by('2021-07-15')],
  ['не позднее середины июля', by('2021-07-15')],
  ['в середине июля', range('2021-07-11', '2021-07-20')],
  ['Завершится кампания 15 июля', by('2021-07-15')],
  ['Завершится кампания в конце июля', by('2021-07-31')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add) => {
    section('a figure joined by a hyphen to an adjective of a length or a count («5-дневные учебные сборы») is a label', () => {
      for (const [template, e] of MEASURE_TEMPLATES)
        for (const n of FIGURES)
          for (const [adjective, noun] of MEASURES) add(template.replace('{m}', `${n}-${adjective} ${noun}`), e);
    });
    section('measure adjectives: pins', () => MEASURE_PINS.forEach(([t, e]) => add(t, e)));
    section('an e-mail address («777-345@bk.ru») is a note', () => {
      for (const [template, e] of MAIL_TEMPLATES) for (const mail of MAILS) add(template.replace('{e}', mail), e);
    });
    section('e-mail addresses: pins', () => MAIL_PINS.forEach(([t, e]) => add(t, e)));
    section('«время [и место] проведения … определяет …» is a schedule', () => {
      for (const lead of LEAD_INS)
        for (const time of TIMES)
          for (const setter of SETTERS) {
            if (lead && !time.includes('проведения')) continue; // inside a sentence only with «проведения»
            const text = lead ? `${lead}${time} ${setter}` : `${time[0]!.toUpperCase()}${time.slice(1)} ${setter}`;
            add(text, own(lead ? `${time} ${setter}` : text));
          }
    });
    section('the time set by someone: pins', () => TIME_PINS.forEach(([t, e]) => add(t, e)));
    section('«перед допуском / приёмом / заездом / стартом / запуском …» is an event', () => {
      for (const text of BEFORE) add(text, ev('перед'));
    });
    section('«перед …»: pins', () => BEFORE_PINS.forEach(([t, e]) => add(t, e)));
    section('a verb of ending before «в середине <месяца>» is by the end of its days 11–20', () => {
      for (const verb of ENDING) MONTHS_GEN.forEach((m, k) => add(`${verb} в середине ${m}`, by(iso(k + 1, 20))));
    });
    section('the middle of a month: pins', () => MIDDLE_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 128: «5-дневные сборы» and an e-mail address are labels; «время и место проведения … определяет …» is a schedule; «перед допуском / приёмом / заездом …» is an event; «завершится в середине июля» is by the 20th',
  rows: () => sections().flatMap(([, rows]) => rows),
};
