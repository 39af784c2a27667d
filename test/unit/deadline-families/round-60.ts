/**
 * Round 60 (corpus-real-54, time limits counted from an application, a request or an event in the regulations and procedures of
 * education). Each block is one class the set's first run missed; its first template is the set's real row, the others are the
 * same class as the regulations, logs and notices of the set's pages write it. Rows marked «pins» held before the round and
 * must hold after it.
 */
import { bareSpan, by, cap, ev, iso, MONTHS_GEN, on, range, rec, sched, variants, type Family, type Row } from './kit';

/** The trigger clause of an administrative procedure (docs.cntd.ru 441751595 and 499104599). */
const TRIGGERS = [
  'Основанием для начала административной процедуры является {x}',
  'Юридическим фактом для начала административной процедуры является {x}',
  'Юридическим фактом, являющимся основанием для начала административного действия, является {x}',
  'Основание для начала административной процедуры - {x}',
];
const TRIGGER_EVENTS = ['личное обращение заявителя с письменным заявлением', 'поступление заявления', 'регистрация заявления о зачислении', 'завершение рассмотрения заявления'];
const TRIGGER_DOCUMENTS = [
  'распоряжение (приказ) управления о ее проведении',
  'приказ руководителя учреждения о проведении проверки',
  'постановление администрации о проведении проверки',
  'утвержденный план проверок',
  'график проведения аттестации',
];
const TRIGGER_SCHEDULES = ['Основанием для начала подготовки к проведению проверки является {x}', 'Основанием для начала административной процедуры являются {x}', '19. Основанием для начала выполнения процедуры служит {x}'];

/** A register line: a number and the date it was registered, then the answer's date (ds308.ru). */
const REGISTER = ['№ {n} от {a} - ответ дан {b}', '№ {n} от {a}г. – ответ направлен {b}г.', 'обращение № {n} от {a} – ответ {b}', 'заявление № {n} от {a}, ответ дан {b}', 'жалоба №{n} от {a} - рассмотрена {b}'];
const REGISTER_DAYS: Array<[string, string, string]> = [['31.03.2023', '04.04.2023', '2023-04-04'], ['05.06.2023', '15.06.2023', '2023-06-15'], ['12.01.2022', '20.01.2022', '2022-01-20']];

/** What «подлежит / подлежат» a yearly, monthly or quarterly duty in the dative (garant.ru kursk, lenta.ru). */
const SUBJECT_TO_M = ['{a} персональному учету подлежат все дети до 18 лет', 'Обязательному {a} учету подлежат все дети в возрасте от 6 лет 6 месяцев до 18 лет', 'План подлежит {a} пересмотру', 'Сведения подлежат {a} обновлению'];
const SUBJECT_TO_F = ['Огнетушители подлежат {a} проверке', 'Программа подлежит {a} корректировке', 'Списки подлежат {a} актуализации'];
const REPEATS: Array<[string, string, 'year' | 'month' | 'quarter']> = [['ежегодному', 'ежегодной', 'year'], ['ежемесячному', 'ежемесячной', 'month'], ['ежеквартальному', 'ежеквартальной', 'quarter']];

/** An hour in words after «до / к» right before its day (a Moscow olympiad's notice). */
const HOURS_BEFORE = ['Подать заявку можно до {h} {d} по адресу: moschem@olimpiada.ru', 'Документы принимаются до {h} {d}', 'заявления на апелляцию принимаются до {h} {d} включительно'];
const HOURS = ['21 часа', '17 часов', '12 часов 00 минут', '9 часов 30 минут', '18 ч'];
const HOUR_DAYS: Array<[number, number]> = [[2, 5], [5, 25], [12, 14]];

/** A vague count: «в течение нескольких дней» is a bare span, counted from an event when one is named. */
const SEVERAL = ['Ответ жюри будет дан в течение нескольких {u}', 'Результаты сообщат в течение нескольких {u}'];
const SEVERAL_UNITS = ['дней', 'рабочих дней', 'недель', 'часов'];
const SEVERAL_EVENTS = ['за несколько дней до начала экзамена', 'через несколько дней после проверки', 'в течение нескольких дней со дня подачи заявления', 'не позднее нескольких дней после объявления результатов'];

/** «<день> следующего / будущего / прошлого года» (mbdou41.ru). */
const YEAR_IN_WORDS = [
  'желаемая дата поступления изменяется на {d} следующего календарного года',
  'заявления принимаются до {d} следующего года',
  'перенесено на {d} будущего года',
  'отчет за год представляется не позднее {d} следующего года',
];
const YEAR_DAYS: Array<[number, number]> = [[9, 1], [3, 1], [2, 15]];

/** The month of an event, or the month after it (detsad201.ru). */
const MONTH_OF = ['Компенсация назначается с месяца {x}', 'Выплата производится с месяца, следующего за месяцем {x}', 'компенсацию выплачивают со следующего месяца {x}'];
const MONTH_EVENTS = ['подачи заявления', 'обращения', 'регистрации заявления', 'его подачи'];

/** Windows of days in brackets, each after its label (admk26.ru). */
const LABELLED = ['1 смена ({a}), 2 смена ({b})', 'ДООЦ «Орбита» - 1смена ({a}), 2 смена ({b})', 'школьный этап ({a}), муниципальный этап ({b})', 'первый поток ({a}); второй поток ({b})'];
const WINDOWS: Array<[string, string, string, string]> = [
  ['01.06-21.06', '24.06-14.07', '2021-06-01', '2021-07-14'],
  ['1 – 28 февраля', '1 – 15 марта', '2021-02-01', '2021-03-15'],
  ['с 5 по 25 июля', 'с 28 июля по 17 августа', '2021-07-05', '2021-08-17'],
];

const lower = (t: string): string => t[0]!.toLowerCase() + t.slice(1);

export const family: Family = {
  title: 'round 60: trigger clauses, register lines, «подлежит ежегодному …», an hour before its day, «нескольких», «<день> следующего года», «с месяца <события>», labelled bracketed windows',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of TRIGGERS) for (const x of TRIGGER_EVENTS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ev('для начала')]));
    for (const tpl of TRIGGER_SCHEDULES) {
      for (const x of TRIGGER_DOCUMENTS) {
        const text = tpl.replace('{x}', x);
        const reason = lower(text.replace(/^\d+\.\s*/, ''));
        rows.push(...variants(text).map((t): Row => [t, sched(reason)]));
      }
    }
    for (const tpl of REGISTER) {
      for (const n of ['1-з', '5', '12/3']) {
        for (const [a, b, due] of REGISTER_DAYS) rows.push([tpl.replace('{n}', n).replace('{a}', a).replace('{b}', b), on(due)]);
      }
    }
    rows.push(['№31 от «01» сентября 2025 г.', on('2025-09-01')], ['протокол № 2 от 30.08.2021', on('2021-08-30')]); // pins: one date stays the cell's
    for (const [m, f, every] of REPEATS) {
      for (const tpl of SUBJECT_TO_M) rows.push(...variants(cap(tpl.replace('{a}', m))).slice(0, 3).map((t): Row => [t, rec(every)]));
      for (const tpl of SUBJECT_TO_F) rows.push(...variants(tpl.replace('{a}', f)).slice(0, 3).map((t): Row => [t, rec(every)]));
    }
    rows.push(['по итогам ежегодного учета', ev('итоги')]); // pins: a repeat adjective after «по итогам» names the event
    for (const tpl of HOURS_BEFORE) {
      for (const h of HOURS) for (const [mo, d] of HOUR_DAYS) rows.push([tpl.replace('{h}', h).replace('{d}', `${d} ${MONTHS_GEN[mo - 1]}`), by(iso(mo, d))]);
    }
    rows.push(['за 3 часа до начала экзамена', ev('за 3 часа')], ['в 10 часов 1 сентября', on('2021-09-01')]); // pins
    for (const tpl of SEVERAL) for (const u of SEVERAL_UNITS) rows.push(...variants(tpl.replace('{u}', u)).map((t): Row => [t, bareSpan]));
    for (const t of SEVERAL_EVENTS) rows.push(...variants(t).map((v): Row => [v, ev('нескольк')]));
    for (const tpl of YEAR_IN_WORDS) {
      for (const [mo, d] of YEAR_DAYS) {
        const text = tpl.replace('{d}', `${d} ${MONTHS_GEN[mo - 1]}`);
        const expected = text.includes('изменяется на') || text.includes('перенесено на') ? on(iso(mo, d, 2022)) : by(iso(mo, d, 2022));
        rows.push(...variants(text).slice(0, 3).map((t): Row => [t, expected]));
      }
    }
    rows.push(['30 июня прошлого года', on('2020-06-30')], ['до 1 марта текущего года', by('2021-03-01')]); // the previous year; «текущего» pins
    for (const tpl of MONTH_OF) for (const x of MONTH_EVENTS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ev('месяц')]));
    for (const tpl of LABELLED) for (const [a, b, start, due] of WINDOWS) rows.push(...variants(tpl.replace('{a}', a).replace('{b}', b)).slice(0, 3).map((t): Row => [t, range(start, due)]));
    // pins: a bracket after a date written outside brackets, and a bracket of a month alone (round 41), stay notes
    rows.push(['27.02.2023 (25 февраля — суббота)', on('2023-02-27')], ['в основной (май – июль) и дополнительный (сентябрь) периоды', range('2021-05-01', '2021-07-31')]);
    return rows;
  },
};
