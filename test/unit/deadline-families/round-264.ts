/**
 * Round 264 (corpus-real-229, accounting policies and schedules of document flow of schools and municipal institutions), three rules:
 * - «последний / крайний день для <отглагольного>» names the deadline like round 143's «последний день подачи …», and «последний день для
 *   <кого>, чтобы <сделать>» names the deadline of what they must do («27 декабря – последний день для федеральных ПБС, чтобы подать
 *   платежные документы …», https://kvadroplus.com/2024/12/10/byudzhetniku-kaznachejstvo-napravilo-grafik-provedeniya-operacij-po-schetam-v-konce-2024-goda-nachale-2025-goda;
 *   it was `on`);
 * - the day's midnight «до 24 часов» right before a day and its month is a time of day of that day, as round 60's «до 21 часа 5 февраля»
 *   («Счета … подлежат закрытию до 24 часов 31 декабря.», https://docs.cntd.ru/document/802054778/titles/13T2767; it was `unparsed`, a span);
 * - an accounting standard's number after its name («ФСБУ 27/2021», «ПБУ 4/99», «СГС 1/2016») is its name, a label
 *   («4. ФСБУ 27/2021 обязательно применять с 01.01.2022 года …», https://gosuslugiguide.ru/accounting_and_reporting/kommentarij-k-fsbu-272021-dokumenty-i-dokumentooborot-v-buhgalterskom-ucete-postrocno.html;
 *   it was `unparsed`, «несуществующий месяц «27.2021»»).
 * Pins: «последний день для <кого>» with no purpose clause and «последний день <месяца>» stay that day; «в течение 24 часов после …» and
 * a bare «до 24 часов» stay spans; «до 21 часа 5 февраля» reads as before; «09/2021», «форма 026/у-2000» and an act's «№ 5/2019» as before;
 * and corpus-real-229's other phrasings that read right on the first run.
 */
import { distinctRows, by, bareSpan, ev, on, rec, sectionsOf, unread, type Expect, type Family, type Row } from './kit';

const GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (m: number, d: number, y = 2021): string => `${y}-${pad(m)}-${pad(d)}`;
const from = (start: string, due: string | null = '2021-12-31'): Expect => ({ kind: 'ongoing', start, due });

/** (month, day) pairs of deadlines in 2021 */
const DAYS: Array<[number, number]> = [[1, 20], [3, 1], [5, 31], [9, 15], [12, 27], [12, 28]];
const LAST = ['последний', 'крайний', 'Последний', 'Крайний'];
const DASHES = [' – ', ' - ', ' — '];
/** verbal nouns after «для» */
const NOUNS = ['подачи документов', 'представления отчетов', 'сдачи авансовых отчетов', 'сдачи отчетности', 'приема заявок', 'регистрации'];
/** whom it is for, and what they must do */
const WHOM = ['федеральных ПБС', 'федеральных учреждений', 'участников', 'родителей', 'образовательных организаций', 'бюджетных и автономных учреждений'];
const TODO = ['подать платежные документы', 'представить расшифровки сумм', 'сдать отчеты в бухгалтерию', 'зарегистрироваться', 'оплатить квитанции', 'подтвердить участие'];
const STANDARDS = ['ФСБУ 27/2021', 'ФСБУ 6/2020', 'ФСБУ 5/2019', 'ПБУ 4/99', 'ПБУ 22/10', 'СГС 1/2016', 'ФСБУ 25/2018'];

const PINS: Row[] = [
  // «для» before whom, with no purpose clause: a day of theirs (as before)
  ['27 декабря – последний день для выпускников.', on('2021-12-27')],
  ['25 мая - последний день для выпускников 9 классов', on('2021-05-25')],
  // a month's last day (round 74's kin): that day
  ['в последний день февраля', on('2021-02-28')],
  // round 143 and round 227: the name before a verbal noun with no «для», as before
  ['Последний день сдачи работ: 24 октября 2021 года.', by('2021-10-24')],
  ['Последним днем приема заявлений и подписных листов объявлена дата 5 мая.', by('2021-05-05')],
  // a span of hours with no day after it stays a span
  ['в течение 24 часов после подачи заявления', ev('подачи заявления')],
  ['до 24 часов', bareSpan],
  // round 60's hour before its day, as before
  ['Подать заявку можно до 21 часа 5 февраля по адресу: moschem@olimpiada.ru', by('2021-02-05')],
  ['не позднее 12 часов 20 ноября', by('2021-11-20')],
  // numbers with a slash that are no standard's: as before
  ['09/2021', { kind: 'range', start: '2021-09-01', due: '2021-09-30' }],
  ['Пока же для поступления детей-иностранцев в детсад достаточно справки о профилактическом осмотре (форма 026/у-2000).', unread],
  // corpus-real-229's other phrasings, right on the first run
  ['Сформированные регистры сдаются главному бухгалтеру не позднее 3-го числа месяца, следующего за отчетным.', rec('month', 3)],
  ['Ежемесячно; 9 числа месяца, следующего за отчетным', rec('month', 9)],
  ['Не позднее 5 числа месяца, следующего за отчетным', rec('month', 5)],
  ['- Должны быть сданы в бухгалтерию не позднее 3 дней с момента выдачи денег.', ev('выдачи денег')],
  ['не позднее следующего рабочего дня со дня получения документа', ev('получения документа')],
  ['Подтверждение денежных обязательств должно быть завершено органом, исполняющим окружной бюджет, до 28 декабря.', by('2021-12-28')],
  ['1. Финансовый год завершается 31 декабря.', by('2021-12-31')],
  ['2. Лимиты бюджетных обязательств прекращают свое действие 31 декабря.', on('2021-12-31')],
  ['На 1 ноября отчетного года', on('2021-11-01')],
  ['Не позднее 28.04.2020', by('2020-04-28')],
  ['28.09.2020 (перенос)', on('2020-09-28')],
  ['Дата: 2021.11.22 19:50:36 +05\'00\'', on('2021-11-22')],
  ['Протокол от 30.08.2022_№1', on('2022-08-30')],
  ['к приказу от 30.12.2022г. № 151', { kind: 'unparsed', reason: /./ }],
  ['С 2025 года в школах и детских садах действуют новые правила инвентаризации.', from('2025-01-01', null)],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('«последний / крайний день для <отглагольного>»', () => {
      let k = 0;
      for (const l of LAST)
        for (const n of NOUNS) {
          const [m, d] = DAYS[k++ % DAYS.length]!;
          const dash = DASHES[k % DASHES.length]!;
          addAs(`${d} ${GEN[m - 1]}${dash}${l.toLowerCase()} день для ${n}.`, by(iso(m, d)));
          addAs(`${l} день для ${n} — ${d} ${GEN[m - 1]}`, by(iso(m, d)));
        }
    });
    section('«последний день для <кого>, чтобы <сделать>»', () => {
      let k = 0;
      for (const l of LAST)
        for (const w of WHOM) {
          const [m, d] = DAYS[k % DAYS.length]!;
          const t = TODO[k++ % TODO.length]!;
          const dash = DASHES[k % DASHES.length]!;
          addAs(`${d} ${GEN[m - 1]}${dash}${l.toLowerCase()} день для ${w}, чтобы ${t}.`, by(iso(m, d)));
          addAs(`${d} ${GEN[m - 1]} (до 12:00)${dash}${l.toLowerCase()} день для ${w}, чтобы ${t}.`, by(iso(m, d)));
          addAs(`${l} день для ${w}, чтобы ${t}, — ${d} ${GEN[m - 1]}.`, by(iso(m, d)));
        }
    });
    section('«до 24 часов <день месяц>»', () => {
      for (const [m, d] of DAYS) {
        add(`до 24 часов ${d} ${GEN[m - 1]}`, by(iso(m, d)));
        addAs(`не позднее 24 часов ${d} ${GEN[m - 1]}`, by(iso(m, d)));
        addAs(`Счета подлежат закрытию до 24 часов ${d} ${GEN[m - 1]}.`, by(iso(m, d)));
        addAs(`Заявки принимаются до 24 часов ${d} ${GEN[m - 1]} 2021 года.`, by(iso(m, d)));
      }
    });
    section('an accounting standard\'s number', () => {
      let k = 0;
      for (const s of STANDARDS) {
        const [m, d] = DAYS[k++ % DAYS.length]!;
        addAs(`${s}`, unread);
        addAs(`${s} обязательно применять с 01.01.2022 года.`, from('2022-01-01', null));
        addAs(`Согласно ${s} отчетность представляется до ${d} ${GEN[m - 1]}.`, by(iso(m, d)));
        addAs(`В соответствии с ${s} инвентаризация проводится по состоянию на 1 ноября.`, on('2021-11-01'));
      }
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 264: «последний день для …», «до 24 часов <день>», an accounting standard\'s number',
  rows: () => distinctRows(sections()),
};
