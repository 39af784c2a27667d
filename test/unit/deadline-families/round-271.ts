/**
 * Round 271 (corpus-real-234, public hearings and общественные обсуждения: 93/101 first, 95/101 on two labels changed to the README,
 * 101/101 after): what a hearing's notice writes beside its day.
 * - a room after «зал» or «зал заседаний / совещаний / собраний» («ул. Свердлова, д. 48, зал заседаний 608») is a label;
 * - «к.» with its dot after a house's number and its comma («д. 47, к. 440») is a room, a label;
 * - a street's abbreviation with a glued hyphen and no dot («пр-кт Строителей, 2», «пр-т», «пр-д», «б-р») is a street's noun: the
 *   number after its name and comma is the house's;
 * - four or more groups of figures glued by colons («43:30:390813:3803») are a cadastral number, a label;
 * - a quoted name after «через» («через «Единый портал …»», «через "Госуслуги"») is a means, not an offset;
 * - after a day, the year after «за» beside «исполнение» («по исполнению бюджета за 2014 год») is the year the execution covers;
 * - before a day with its month and year, a budget year's planning period («на 2021 год и плановый период 2022 и 2023 годов на 27
 *   ноября 2020 года») is no window, as «на 2021-2023 годы на 27 ноября 2020 года» already was.
 * Pins: a month after the number keeps the day («зал 15 мая», «пр-кт Строителей, 15 мая»), «к 15 мая» is «towards», a time of two or
 * three groups stays a time, «через 10 дней после …» stays an offset, «исполнение … в 2020 году» with no day stays the year, the
 * planning period alone or with a day without a year reads as before.
 */
import { distinctRows, MONTHS_GEN, by, ev, iso, on, range, sectionsOf, type Family, type Row } from './kit';

const HALLS = ['зал заседаний', 'зал совещаний', 'зал собраний', 'зале заседаний', 'зала заседаний', 'зал'];
const HOUSES = ['д. 47', 'д.47', 'дом 3', 'д. 12/1', 'д. 5а'];
const STREETS = ['пр-кт Строителей', 'пр-т Мира', 'пр-д Шокальского', 'б-р Гагарина', 'пр-кт Ленинского Комсомола'];
const CADASTRAL = ['43:30:390813:3803', '50:21:0000000:12345', '66:41:0106001:27', '23:43:0000000:1234:5'];
const QUOTED = ['«Единый портал государственных и муниципальных услуг (функций)»', '«Госуслуги»', '"Госуслуги"', '«Платформу обратной связи»'];

const PINS: Row[] = [
  // a month after the room's or the house's number: that number is the day
  ['в актовом зале 15 мая', on('2021-05-15')],
  ['пр-кт Строителей, 15 мая', on('2021-05-15')],
  ['д. 47, к 15 мая', by('2021-05-15')],
  // «к» alone is «towards»
  ['к 15 мая', by('2021-05-15')],
  // a time of two or three groups stays a time
  ['15 мая в 17:00', on('2021-05-15')],
  ['7 мая, 10:44:18', on('2021-05-07')],
  // an offset after «через» stays an offset
  ['через 10 дней после 15 мая', ev('через 10 дней после')],
  ['через 3 дня со дня опубликования', ev('через 3 дня')],
  // no day: the year of the execution stays the year
  ['Отчет об исполнении бюджета за 2020 год', range('2020-01-01', '2020-12-31')],
  // the planning period alone, and with a day without its year, as before
  ['на 2026 год и плановый период 2027 и 2028 годов', range('2026-01-01', '2028-12-31')],
  ['Бюджет на 2021 год и плановый период 2022 и 2023 годов, до 15 ноября', range('2021-01-01', '2023-12-31')],
  ['муниципальное задание на 2023 и плановый период на 2024-2025 годов', range('2023-01-01', '2025-12-31')],
  // after a day, as before (round 241)
  ['27 ноября 2020 года по проекту бюджета на 2021 год и плановый период 2022 и 2023 годов', on('2020-11-27')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('a room after «зал» and «зал заседаний»', () => {
      HALLS.forEach((hall, k) => {
        const d = 5 + k;
        const m = (k % 12) + 1;
        add(`${d} ${MONTHS_GEN[m - 1]} 2019 года в 17:00 по адресу: ул. Свердлова, д. 48, ${hall} 608, состоятся публичные слушания`, on(iso(m, d, 2019)));
        add(`публичные слушания состоятся ${d} ${MONTHS_GEN[m - 1]} в ${hall} ${100 + k}`, on(iso(m, d)));
        addAs(`${hall} ${200 + k}, ${d}.${String(m).padStart(2, '0')}.2021`, on(iso(m, d)));
      });
    });
    section('«к.» after a house\'s number', () => {
      HOUSES.forEach((house, k) => {
        const d = 10 + k;
        add(`публичные слушания ${d}.12.2021 в 17.00 час. по адресу: г. Ростов-на-Дону, ул. Б. Садовая, ${house}, к. 440 (4 этаж)`, on(iso(12, d)));
        add(`предложения принимаются до ${d} ноября по адресу: ${house}, к. ${k + 2}`, by(iso(11, d)));
      });
    });
    section('a street\'s abbreviation with a hyphen', () => {
      STREETS.forEach((street, k) => {
        const d = 20 + k;
        add(`на ${d} ноября 2020 года в 13.30 час. по адресу: г. Череповец, ${street}, 2, каб. 309`, on(iso(11, d, 2020)));
        add(`до ${d} октября по адресу: ${street}, ${k + 5}`, by(iso(10, d)));
      });
    });
    section('a cadastral number', () => {
      CADASTRAL.forEach((number, k) => {
        const d = 10 + k;
        add(`публичные слушания по проекту межевания в границах земельного участка ${number} (далее Проект) с ${d}.06.2023г. по 30.06.2023`, range(iso(6, d, 2023), '2023-06-30'));
        add(`участок с кадастровым номером ${number}, до ${d} июля`, by(iso(7, d)));
      });
    });
    section('a quoted name after «через»', () => {
      QUOTED.forEach((name, k) => {
        const d = 11 + k;
        add(`Срок проведения общественных обсуждений через ${name}: с ${d}.02.2026 г. по 04.03.2026 г.`, range(iso(2, d, 2026), '2026-03-04'));
        add(`Прием предложений через ${name} до ${d} марта`, by(iso(3, d)));
      });
    });
    section('the year of an execution after «за», after a day', () => {
      ['по исполнению бюджета', 'по отчету об исполнении бюджета', 'об исполнении городского бюджета', 'по исполнению муниципальной программы'].forEach((what, k) => {
        const d = 14 + k;
        add(`${d} мая в 18:00 в актовом зале (ул. Ленина, 23) состоятся публичные слушания ${what} за 2014 год`, on(iso(5, d)));
        add(`${d}.05.2021 прошли публичные слушания ${what} за 2020 год`, on(iso(5, d)));
      });
    });
    section('a budget\'s planning period before a day with its year', () => {
      [['2021', '2022 и 2023'], ['2022', '2023 и 2024'], ['2021', '2022-2023']].forEach(([year, plan], k) => {
        const d = 20 + k;
        add(`Назначить публичные слушания по проекту бюджета на ${year} год и плановый период ${plan} годов на ${d} ноября 2020 года в 13.30 час.`, on(iso(11, d, 2020)));
        add(`публичные слушания по проекту бюджета на ${year} год и плановый период ${plan} годов состоятся ${d}.12.2020`, on(iso(12, d, 2020)));
      });
    });
    section('pins', () => PINS.forEach(([t, e]) => addAs(t, e)));
  });
}

export const family: Family = {
  title: 'round 271: what a hearing\'s notice writes beside its day (a hall\'s room, «к.» after a house, «пр-кт», a cadastral number, «через «…»», an execution\'s year, a budget\'s planning period before a dated day)',
  rows: () => distinctRows(sections()),
};
