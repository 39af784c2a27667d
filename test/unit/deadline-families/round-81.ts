/**
 * Round 81 (corpus-real-70: kindergartens and small rural schools). Five classes the set's first run missed, as news, orders and plans
 * of kindergartens and rural schools write them:
 * - numbers of things joined by «и» after «№ N» (before a sentence's final dot too) or after «№№» are labels: «27 июня комиссии
 *   принимала дошкольные учреждения № 9 и 20.», «1 июля приняли малышей обновленные детсады №№4 и 6, …»;
 * - the weather in the plural after a plural adjective and «при» is a condition: «при сильных морозах (…)»;
 * - «до тех пор, пока / когда …», «до того момента, когда …» is a condition: «… сохранится … до тех пор, пока дороги … не расчистят.»;
 * - a repair after «на / в период / время» is a stage, an event: «Некоторых детей на время ремонта приютят в других детсадах.»;
 * - «до особого / отдельного / дальнейшего распоряжения / указания / решения …» waits for an instruction: «… продолжат работать в режиме
 *   дежурных групп до особого распоряжения главы Удмуртии.».
 * The first template of each class is the set's real row (its source in corpus-real-70.tsv).
 */
import { by, ev, on, range, variants, iso, MONTHS_GEN, type Row, type Family } from './kit';

const SIGN_TEMPLATES = [
  '{d} комиссии принимала дошкольные учреждения {n}',
  '{d} приняли малышей обновленные детсады {n}, где в течение месяца проводился косметический ремонт',
  '{d} на маршруты вышли автобусы школ {n}',
  'Приёмка детских садов {n} прошла {d}',
  'Занятия в школах {n} отменены {d}',
];
const SIGNS = ['№', '№ ', '№№', '№№ '];
const PAIRS: Array<[number, number]> = [[9, 20], [4, 6], [17, 32], [3, 15], [122, 174], [1, 2]];
const DAYS: Array<[number, number]> = [[6, 27], [7, 1], [9, 1], [12, 12]];

const WEATHER_TEMPLATES = [
  'Министерство информирует, что {x} родители учеников самостоятельно принимают решение о посещении школы',
  'Занятия в сельских школах отменяются {x}',
  'Подвоз обучающихся приостанавливается {x}',
  'Прогулки с воспитанниками сокращаются {x}',
];
const WEATHER = ['при сильных морозах', 'при низких температурах', 'при сильных ветрах', 'при обильных снегопадах', 'при сильных холодах', 'при сильных метелях'];

const UNTIL_TEMPLATES = [
  'Режим удаленного обучения сохранится в образовательных учреждениях {x} дороги на школьных автобусных маршрутах не расчистят',
  'Дошкольники будут посещать дежурную группу {x} не закончится ремонт',
  'Ограничения в лагере действуют {x} эпидемиологическая обстановка не улучшится',
];
const UNTIL = ['до тех пор, пока', 'до тех пор пока', 'до того момента, пока', 'до того времени, когда', 'до тех пор, когда'];

const REPAIR_TEMPLATES = [
  'Некоторых детей {x} приютят в других детсадах',
  '{x} воспитанники переводятся в соседний корпус',
  'Подвоз учеников в базовую школу организуется {x}',
];
const REPAIR = ['на время ремонта', 'на период ремонта', 'на время капитального ремонта', 'в период летнего ремонта', 'на время ремонтных работ', 'в период ремонтных работ', 'во время ремонта'];

const ORDER_TEMPLATES = [
  'Детские сады в Ижевске продолжат работать в режиме дежурных групп {x} главы Удмуртии',
  'Школа переведена на дистанционное обучение {x}',
  'Прием детей в группу приостановлен {x} управления образования',
];
const ORDER = ['до особого распоряжения', 'до отдельного распоряжения', 'до дальнейшего распоряжения', 'до особого указания', 'до нового приказа', 'до отдельного решения', 'до особого уведомления'];

const PINS: Row[] = [
  // a date written with them wins as before
  ['Некоторых детей на время ремонта, с 1 по 31 июля, приютят в других детсадах', range('2021-07-01', '2021-07-31')],
  ['до особого распоряжения, не позднее 1 июня', by('2021-06-01')],
  ['Детские сады работают в режиме дежурных групп до 1 июня', by('2021-06-01')],
  // a number glued to a dot and a figure after the list is a date («№ 3 и 15.05»)
  ['Отчёт школы № 3 и 15.05', on('2021-05-15')],
];

export const family: Family = {
  title: 'round 81: «№ 9 и 20» are labels; «при сильных морозах», «до тех пор, пока …», «на время ремонта», «до особого распоряжения» are events',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of SIGN_TEMPLATES)
      for (const s of SIGNS)
        for (const [a, b] of PAIRS)
          for (const [m, d] of DAYS) {
            const text = tpl.replace('{d}', `${d} ${MONTHS_GEN[m - 1]}`).replace('{n}', `${s}${a} и ${b}`);
            rows.push(...variants(text).map((t): Row => [t, on(iso(m, d))]));
          }
    for (const tpl of WEATHER_TEMPLATES) for (const w of WEATHER) rows.push(...variants(tpl.replace('{x}', w)).map((t): Row => [t, ev(w.split(' ').pop()!)]));
    for (const tpl of UNTIL_TEMPLATES) for (const u of UNTIL) rows.push(...variants(tpl.replace('{x}', u)).map((t): Row => [t, ev('до')]));
    for (const tpl of REPAIR_TEMPLATES) for (const r of REPAIR) rows.push(...variants(tpl.replace('{x}', r)).map((t): Row => [t, ev('ремонт')]));
    for (const tpl of ORDER_TEMPLATES) for (const o of ORDER) rows.push(...variants(tpl.replace('{x}', o)).map((t): Row => [t, ev(o.split(' ').pop()!)]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
