/**
 * Round 77 (corpus-real-66: colleges and СПО, Юнармия and cadets, financial-literacy weeks, the Пушкинская карта, school
 * self-government, school media, cold-weather cancellations): eight classes its first run missed, each as plans, orders and news
 * write it — the day next to an event inside a sentence, a celebration or a themed week's holding after «в рамках / в ходе», «по
 * будням / в будни», a transitive verb of starting before what is begun and its day, the years of a war after its noun, hours or
 * minutes after a distributive «по», the «к» after «приурочить», and a season after «следующего / будущего / предстоящего». The
 * first template of each class is the real row of corpus-real-66 (its source is in the set); the pins are near readings that must
 * not change.
 */
import { by, ev, iso, on, range, rec, variants, bareSpan, type Expect, type Family, type Row } from './kit';

const from = (start: string): Expect => ({ kind: 'ongoing', start, due: '2021-12-31' });

/** A: «в день / дни, предшествующий / следующий за …» inside a sentence. */
const DAY_NEXT_TO: Array<[string, string]> = [
  ['26. Задания демонстрационного экзамена доводятся до главного эксперта {x}.', 'экзамена'],
  ['Списки участников направляются в пункт проведения экзамена {x}', 'экзамена'],
  ['Инструктаж экспертов проводится {x}', 'экзамена'],
  ['Студенты получают направления на практику {x}', 'практики'],
];
const DAY_NEXT_TO_SPANS: Array<(event: string) => string> = [
  (e) => `в день, предшествующий дню начала ${e === 'практики' ? 'практики' : 'демонстрационного экзамена'}`,
  (e) => `в день, предшествующий дню проведения ${e === 'практики' ? 'практики' : 'экзамена'}`,
  (e) => `в день, следующий за днём окончания ${e === 'практики' ? 'практики' : 'экзамена'}`,
  (e) => `в день, следующий за днем проведения ${e === 'практики' ? 'практики' : 'экзамена'}`,
  (e) => `в дни, предшествующие началу ${e === 'практики' ? 'практики' : 'экзамена'}`,
  (e) => `в день, предшествующий ${e === 'практики' ? 'практике' : 'экзамену'}`,
];

/** B: a celebration, or the holding of a themed week, day or month, after «в рамках / в ходе». */
const CELEBRATION_TEMPLATES = [
  'Проводится мероприятие {x}.',
  'Юнармейцы провели акцию «Письмо солдату» {x}',
  'Выставка рисунков кадетского класса {x}',
  'Для ветеранов подготовлен концерт {x}',
];
const CELEBRATIONS: Array<[string, string]> = [
  ['в рамках празднования Дня защитника Отечества', 'Отечества'],
  ['в рамках празднования Дня Победы', 'Победы'],
  ['в ходе празднования Дня города', 'города'],
  ['в рамках празднования 80-летия Победы', 'Победы'],
  ['в рамках чествования ветеранов труда', 'ветеранов'],
  ['в рамках проведения Недели финансовой грамотности', 'грамотности'],
  ['в рамках проведения Всероссийской недели сбережений', 'сбережений'],
  ['в рамках проведения месячника оборонно-массовой работы', 'месячника'],
  ['в ходе проведения Единого дня профориентации', 'профориентации'],
  ['в рамках подготовки Дня самоуправления', 'самоуправления'],
  ['в рамках проведения фестиваля школьных театров', 'фестиваля'],
];

/** C: «по будням», «в будни» — Monday to Friday of every week. */
const WEEKDAY_TEMPLATES = [
  'Нести караул юнармейцы будут {x} (с поправкой графика во время зимних морозов).',
  'Школьный медиацентр работает {x}',
  'Консультации для абитуриентов проводятся {x}',
  'Приемная комиссия колледжа принимает документы {x}',
];
const WEEKDAY_SPANS = ['по будням', 'в будни', 'по будням с 10:30 до 15:00', 'в будни с 9.00 до 17.00', 'по будням с 9:00 до 16:00'];

/** D: a transitive verb of starting before what is begun, then its day. */
const STARTERS: Array<[string, string[]]> = [
  ['Всероссийское военно-патриотическое движение "Юнармия"', ['начнет', 'начнёт', 'начинает', 'начал']],
  ['Школьный медиацентр', ['начнет', 'начинает']],
  ['Приемная комиссия колледжа', ['начнёт', 'начинает', 'начала']],
  ['Кадетские классы', ['начнут', 'начинают', 'начали']],
];
const BEGUN_OBJECTS = ['свою работу', 'работу', 'свою деятельность', 'прием документов', 'набор'];
const START_DAYS: Array<[string, string]> = [
  ['1 сентября', iso(9, 1)],
  ['20 июня', iso(6, 20)],
  ['15 марта 2021 года', iso(3, 15)],
];

/** E: the years of a war after its noun. */
const WAR_TEMPLATES = [
  'Завтра, {d}, в 15.00 на Аллее героев у памятника воинам-кузбассовцам, павшим в годы {w} юнармейцы торжественно заступят на Вахту Памяти.',
  '{d} кадеты провели классный час о героях {w}',
  'Встреча с детьми {w} — {d}',
  'Акция «Бессмертный полк» состоится {d} в память о павших в {w}',
];
const WARS = [
  'Великой Отечественной войны 1941 – 1945 гг.',
  'Великой Отечественной войны 1941-1945 годов',
  'Великой Отечественной войны (1941-1945 гг.)',
  'ВОВ 1941-1945 гг.',
  'Великой Отечественной войне 1941–1945 гг.',
  'Отечественной войны 1812 года',
];
const WAR_DAYS: Array<[string, string]> = [
  ['6 сентября', iso(9, 6)],
  ['9 мая', iso(5, 9)],
  ['22 июня', iso(6, 22)],
];

/** F: hours or minutes after a distributive «по». */
const RATES = ['по 6 часов', 'по 2 часа', 'по 15-20 минут', 'по 45 мин', 'по 40 минут'];
const RATE_TEMPLATES: Array<[string, Expect]> = [
  ['Дежурство у мемориала осуществляется ежедневно {r} и продлится до 9 мая.', by(iso(5, 9))],
  ['Постовые стоят на Посту № 1 {r}, смена караула — 23 февраля', on(iso(2, 23))],
  ['Репетиции школьного театра {r} с 1 по 10 декабря', range(iso(12, 1), iso(12, 10))],
  ['12 апреля кадеты занимались строевой подготовкой {r}', on(iso(4, 12))],
];

/** G: the «к» after «приурочить» names the event; the month or day after it is the time. */
const TIMED_TO = ['Неделе', 'Неделе финансовой грамотности', 'юбилею школы', 'Всемирному дню гражданской обороны', 'празднику'];
const TIMED_TEMPLATES: Array<[string, Expect]> = [
  ['Активности, приуроченные к {e}, продолжатся в российских регионах и в апреле.', range(iso(4, 1), iso(4, 30))],
  ['Мероприятия, приуроченные к {e}, пройдут в октябре', range(iso(10, 1), iso(10, 31))],
  ['Выставка, приуроченная к {e}, откроется 12 ноября', on(iso(11, 12))],
  ['Акции, приуроченные к {e}, состоятся с 15 по 19 марта', range(iso(3, 15), iso(3, 19))],
];

/** H: a season after «следующего / будущего / предстоящего», with no year written: the year after the context's. */
const NEXT_SEASONS: Array<[string, Expect]> = [
  ['до следующего лета', by('2022-05-31')],
  ['к следующему лету', by('2022-05-31')],
  ['до будущего лета', by('2022-05-31')],
  ['следующим летом', range('2022-06-01', '2022-08-31')],
  ['будущим летом', range('2022-06-01', '2022-08-31')],
  ['до следующей весны', by('2022-02-28')],
  ['будущей весной', range('2022-03-01', '2022-05-31')],
  ['к предстоящей осени', by('2022-08-31')],
  ['следующей осенью', range('2022-09-01', '2022-11-30')],
];
const SEASON_TEMPLATES = [
  '{x} им предстоит нести службу у мемориала «Слава кузбассовцам, павшим за Родину в годы Великой Отечественной войны 1941-1945 гг.».',
  'Ремонт мастерских колледжа планируется завершить {x}',
  'Школьный театр покажет премьеру {x}',
];

const PINS: Row[] = [
  // A: «в день <события>» and «на следующий день» as before; a date with it wins
  ['в день проведения экзамена', ev('проведения')],
  ['на следующий день после экзамена', ev('экзамена')],
  ['1 сентября, в день, предшествующий началу занятий', on(iso(9, 1))],
  // B: «в рамках реализации …» stays open-ended work; a date with the phrase wins
  ['в рамках реализации программы', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['9 мая в рамках празднования Дня Победы пройдёт концерт', on(iso(5, 9))],
  ['В рамках празднования 78-й годовщины Великой Победы с 1 мая заступил почетный караул', from(iso(5, 1))],
  ['в рамках Дня здоровья', ev('здоровья')],
  // C: «будни» with no «по / в» is no time; daily work stays daily; the adjective forms as before
  ['школьные будни юнармейца', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['ежедневно, по будням', { kind: 'ongoing', start: '2021-01-01', due: '2021-12-31' }],
  ['по будним дням', rec('week')],
  ['в будние дни', rec('week')],
  // D: right after its day the verb is that day; with nothing begun after it, as before; a window stays a window
  ['1 сентября центр начнёт работу', on(iso(9, 1))],
  ['Школы начнут 1 сентября.', on(iso(9, 1))],
  ['Центр начнёт работу с 1 по 5 сентября', range(iso(9, 1), iso(9, 5))],
  ['Госпрограмма начала свою работу в 2019 году', { kind: 'ongoing', start: '2019-01-01', due: '2021-12-31' }],
  // E: years with no war noun before them are years
  ['в 1941-1945 годах', range('1941-01-01', '1945-12-31')],
  ['Памятник героям войны 1941-1945 гг.', { kind: 'unparsed', reason: /не удалось распознать срок/ }],
  ['2021-2022 гг.', range('2021-01-01', '2022-12-31')],
  // F: days after «по» and a span in «в течение» as before
  ['по 10 дней', bareSpan],
  ['в течение 6 часов после экзамена', ev('экзамена')],
  // G: a day, a month or the start of a school year right after «к» is still the date
  ['Мероприятие приурочено к 1 сентября.', by(iso(9, 1))],
  ['Мероприятие приурочено к сентябрю.', by(iso(8, 31))],
  ['Акция, приуроченная к началу учебного года', by(iso(8, 31))],
  ['Мероприятие приурочили к Всемирному дню гражданской обороны.', ev('обороны')],
  // H: winter, a season with its year and a season with no adjective as before
  ['до следующей зимы', by('2021-11-30')],
  ['следующей осенью 2021 года', range('2021-09-01', '2021-11-30')],
  ['до лета', by('2021-05-31')],
  ['летом', range('2021-06-01', '2021-08-31')],
];

export const family: Family = {
  title: 'round 77: the day next to an event, a celebration after «в рамках», «по будням», «начнёт свою работу <день>», a war\'s years, «по N часов», «приуроченные к <событию>», «до следующего лета»',
  rows: () => {
    const rows: Row[] = [];
    const add = (text: string, e: Expect): void => {
      for (const v of variants(text)) rows.push([v, e]);
    };
    for (const [tpl, event] of DAY_NEXT_TO) for (const span of DAY_NEXT_TO_SPANS) add(tpl.replace('{x}', span(event)), ev(event === 'практики' ? 'практик' : 'экзамен'));
    for (const tpl of CELEBRATION_TEMPLATES) for (const [span, word] of CELEBRATIONS) add(tpl.replace('{x}', span), ev(word));
    for (const tpl of WEEKDAY_TEMPLATES) for (const span of WEEKDAY_SPANS) add(tpl.replace('{x}', span), rec('week'));
    for (const [subject, verbs] of STARTERS)
      for (const verb of verbs) for (const object of BEGUN_OBJECTS) for (const [day, date] of START_DAYS) add(`${subject} ${verb} ${object} ${day}.`, from(date));
    for (const tpl of WAR_TEMPLATES) for (const war of WARS) for (const [day, date] of WAR_DAYS) add(tpl.replace('{d}', day).replace('{w}', war), on(date));
    for (const [tpl, e] of RATE_TEMPLATES) for (const rate of RATES) add(tpl.replace('{r}', rate), e);
    for (const [tpl, e] of TIMED_TEMPLATES) for (const event of TIMED_TO) add(tpl.replace('{e}', event), e);
    for (const tpl of SEASON_TEMPLATES) for (const [span, e] of NEXT_SEASONS) add(tpl.replace('{x}', span), e);
    for (const [t, e] of PINS) add(t, e);
    return rows;
  },
};
