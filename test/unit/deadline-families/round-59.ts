/**
 * Round 59 (corpus-real-53, and corpus-real-52's last known miss): each class the round reads, with its grammatical variants. The
 * first template of each class is a real row of corpus-real-53 (its source in the comment); the others are the same set's pages'
 * sentences with the other forms of the phrase. Rows that pin what did not change are marked.
 */
import { by, ev, iso, MONTHS_GEN, MONTHS_PREP, on, range, rec, sched, variants, type Family, type Row } from './kit';

/**
 * «до середины <месяца>» is its 15th (https://www.dfm106.ru/news/d-city/v-krasnodare-k-novomu-uchebnomu-godu-otremontiruyut-detskie-sady-i-shkoly-):
 * «до / к / не позднее / не позже середины», with the year written or not.
 */
const MIDDLE_TEMPLATES = ['Сделать ремонты планируют {x}', 'Работы по благоустройству территории завершить {x}'];
const MIDDLE_WORDS = ['до середины', 'к середине', 'не позднее середины', 'не позже середины'];

/**
 * The weather after «при» is a condition
 * (https://zaslavl.minskregion.by/index.php/novosti/reshenie-minskogo-oblastnogo-ispolnitelnogo-komiteta/?print=1&tmpl=component).
 */
const WEATHER = [
  'при среднесуточной температуре в течение пяти суток плюс 100С и ниже',
  'при среднесуточной температуре наружного воздуха ниже плюс восьми градусов',
  'при температуре воздуха ниже минус двадцати пяти градусов',
  'при сильном морозе',
  'при сильном ветре',
  'при гололеде',
  'при снегопаде',
  'при неблагоприятных погодных условиях',
  'при неблагоприятных метеорологических условиях',
];
const WEATHER_TEMPLATES = [
  'для школ и дошкольных учреждений, музеев, библиотек – {x}',
  'Занятия на улице отменяются {x}',
  'отопление включают {x}',
];

/** «к началу / открытию / окончанию … <события>» (https://susanin.news/udmurtia/health/20180425-248752). */
const TOWARDS = [
  'к началу летнего оздоровительного сезона',
  'к началу смены',
  'к открытию лагеря',
  'к открытию летних лагерей',
  'к окончанию смены',
  'к завершению ремонта',
  'к закрытию сезона',
  'к старту приемной кампании',
];
const TOWARDS_TEMPLATES = [
  'Все детские лагеря и санатории Удмуртии {x} обязаны получить санэпидзаключения от регионального Роспотребнадзора',
  'пищеблоки должны быть готовы {x}',
];

/**
 * A time pointed back to (https://press-line.ru/news/2013/05/stala-izvestna-data-otkrytiya-pervoy-smeny-v-zagorodnyh-lageryah).
 */
const BACK = [
  'до этого времени', 'до того времени', 'до этого момента', 'до того момента', 'до этого срока', 'до этого дня',
  'к этому времени', 'к тому времени', 'к этому моменту', 'к тому моменту', 'к этому сроку', 'к этому дню',
  'до этой даты', 'до той даты', 'к этой дате', 'к той дате',
];
const BACK_TEMPLATES = ['{x} учреждениям предстоит получить заключения надзорных органов', 'Ремонт пищеблока должен быть завершен {x}'];

/** Who decides on the dates (https://mazyr.by/2019/04/kogda-v-mozyre-otklyuchat-otoplenie). */
const DECIDED = ['завершения осенне-зимнего периода', 'начала отопительного сезона', 'проведения учебно-тренировочных сборов', 'окончания учебно-воспитательного процесса'];
const DECISIONS: Array<[template: string, reason: string]> = [
  ['Решение о сроках {x} принимается областными, районными и городскими исполнительными комитетами', 'решение о сроках {x} принимается областными, районными и городскими исполнительными комитетами'],
  ['Решения о сроках {x} принимают органы местного самоуправления', 'решения о сроках {x} принимают органы местного самоуправления'],
  ['Органы местного самоуправления принимают решение о сроках {x}', 'принимают решение о сроках {x}'],
  ['Исполком примет решение о сроках {x}', 'примет решение о сроках {x}'],
];

/** A phone number after a word that names it (https://www.press-line.ru/news/2007/08/v-krasnoyarske-projdet-aktsiya-pomogi-pojti-uchit-sya/print). */
const PHONES = ['телефон «горячей линии»: 26-15-10', 'телефон для справок 226-15-10', 'справки по тел. 8 (391) 226-15-10', 'телефоны: 26-15-10, 26-15-11', 'факс 8-800-100-00-00'];

/** A span counted from an event, then an explicit deadline (https://pravda-nn.ru/news/otopitelnyj-sezon-v-detsadah-shkolah-i-bolnitsah-dzerzhinska-nachnetsya-18-sentyabrya). */
const SPANS = ['в течение 3 недель после официального пуска отопительного сезона', 'через 10 дней после окончания смены', 'в течение трех рабочих дней со дня получения', 'в течение 5 дней с момента пуска'];
const DEADLINES: Array<[text: string, due: string]> = [[', до 8 октября', '2021-10-08'], [', но не позднее 8 октября', '2021-10-08'], [' - до конца октября', '2021-10-31']];

/** A repeat adjective in a text reporting a held event (https://vestiagula.ru/tag/34-2022/page/8) or dating it in full (corpus-real-52). */
const HELD: Array<[text: string, due: string]> = [
  ['23 августа в Махачкале прошло ежегодное Августовское совещание работников образования', '2021-08-23'],
  ['28 августа состоялась ежегодная педагогическая конференция', '2021-08-28'],
  ['Ежегодный слет вожатых проведен 5 июня', '2021-06-05'],
  ['ежегодная акция «Дорога в школу» прошла 1 августа', '2021-08-01'],
  ['12 мая завершился ежегодный конкурс чтецов', '2021-05-12'],
];
const DATED: Array<[text: string, due: string]> = [
  ['В 2021 году ежегодные планы направляются руководителями проектов в региональный проектный офис до 15 августа 2021 г.', '2021-08-15'],
  ['ежегодный отчет представить до 1 февраля 2022 года', '2022-02-01'],
  ['ежемесячную информацию направить до 05.03.2021', '2021-03-05'],
  ['Ежеквартальный мониторинг проводится до 10 апреля 2021 г.', '2021-04-10'],
];

/** The results of a past (school) year after a day (https://komsml.cap.ru/press-centr/2005/08/21/na-konferencii-pedagogov-rajona-budet-obsuzhdat). */
const RESULTS: Array<[text: string, expected: Row[1]]> = [
  ['20 августа т.г. состоялось очередное совещание директоров, на котором подведены итоги единых государственных экзаменов 2004-2005 учебного года', on('2021-08-20')],
  ['20 августа подведены итоги 2020-2021 учебного года', on('2021-08-20')],
  ['30 августа - подведение итогов 2020/2021 учебного года', on('2021-08-30')],
  ['до 15 января - анализ результатов 2020 года', by('2021-01-15')],
  ['с 1 по 10 июня - анализ итогов работы за 2020-2021 учебный год', range('2021-06-01', '2021-06-10')],
];

/** A stage of a process over a season (https://m.ru24.pro/pics/2020-05-28/page405). */
const SEASONS = ['этим летом', 'летом', 'осенью', 'в летний период'];
const STAGES = ['только на третьем этапе снятия санитарных ограничений', 'на втором этапе снятия ограничений', 'на заключительном этапе снятия ограничений', 'на этапе ослабления ограничений'];

/** A form's blank date (https://chelyab-gov.ru/doc/35618). */
const BLANKS = ['с "___" ________ 2007 г.', 'с «__» __________ 20__ г.', 'до __.__.2021', 'с «___»__________2021 года'];

export const family: Family = {
  title: 'round 59: «до середины месяца», weather conditions, «к началу …», «до этого времени», who decides on the dates, phone numbers, a span then a deadline, a held yearly event, results of a past year, a stage over a season, a blank form date',
  rows: () => {
    const rows: Row[] = [];
    const add = (text: string, e: Row[1]): void => void rows.push(...variants(text).map((t): Row => [t, e]));
    for (const tpl of MIDDLE_TEMPLATES) {
      for (const w of MIDDLE_WORDS) {
        MONTHS_GEN.forEach((m, k) => {
          add(tpl.replace('{x}', `${w} ${m}`), by(iso(k + 1, 15)));
          add(tpl.replace('{x}', `${w} ${m} 2021 года`), by(iso(k + 1, 15)));
        });
      }
    }
    // pinning: «в середине <месяца>» is the days 11–20 as before
    MONTHS_PREP.forEach((m, k) => rows.push([`Ремонт провести в середине ${m}`, range(iso(k + 1, 11), iso(k + 1, 20))]));
    for (const tpl of WEATHER_TEMPLATES) for (const w of WEATHER) add(tpl.replace('{x}', w), ev('при'));
    for (const tpl of TOWARDS_TEMPLATES) for (const w of TOWARDS) add(tpl.replace('{x}', w), ev(w));
    add('Все лагеря должны быть готовы к началу учебного года', by('2021-08-31')); // pinning: a school year is read as dates first
    for (const tpl of BACK_TEMPLATES) for (const w of BACK) add(tpl.replace('{x}', w), ev(w));
    add('До этого времени, то есть до 1 июня, учреждениям предстоит получить заключения', by('2021-06-01')); // pinning: a date wins
    for (const [tpl, reason] of DECISIONS) for (const x of DECIDED) add(tpl.replace('{x}', x), sched(reason.replace('{x}', x)));
    for (const p of PHONES) {
      add(`Акция продлится с 15 августа по 30 сентября, на протяжении всего времени действия акции будет работать ${p}`, range('2021-08-15', '2021-09-30'));
      add(`Заявления принимаются до 1 сентября, ${p}`, by('2021-09-01'));
    }
    add('с 1 по 15 сентября, телефон горячей линии работает с 10-12 мая', range('2021-05-10', '2021-09-15')); // pinning: two groups are days
    for (const span of SPANS) {
      for (const [tail, due] of DEADLINES) {
        add(`В многоквартирные дома тепло придет ${span}${tail}`, by(due));
        add(`${span}${tail}`, by(due));
      }
    }
    add('за 10 дней до 01.09.2021', ev('за 10 дней')); // pinning: the date anchors the offset
    for (const [t, due] of HELD) add(t, on(due));
    for (const [t, due] of DATED) add(t, by(due));
    add('ежегодный отчет до 1 сентября', rec('year', 1)); // pinning: no year, nothing held — the repeat
    add('прошло ежегодное совещание', rec('year')); // pinning: no month — the series' repeat
    for (const [t, e] of RESULTS) add(t, e);
    add('Подведение итогов 2020-2021 учебного года', range('2020-09-01', '2021-08-31')); // pinning: alone, the school year
    for (const season of SEASONS) {
      for (const stage of STAGES) {
        const e = ev(stage.replace(/^только /, ''));
        add(`По распоряжению Роспотребнадзора детские лагеря ${season} откроются ${stage}`, e);
        add(`${season} лагеря откроются ${stage}`, e);
      }
    }
    add('в июне, на втором этапе снятия ограничений', range('2021-06-01', '2021-06-30')); // pinning: a month wins
    for (const b of BLANKS) {
      add(`ввоз детей в оздоровительное учреждение разрешен ${b}`, { kind: 'unparsed', reason: /^дата не заполнена/ });
      add(b, { kind: 'unparsed', reason: /^дата не заполнена/ });
    }
    return rows;
  },
};
