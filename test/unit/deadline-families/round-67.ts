/**
 * Round 67 (corpus-real-61, environmental and labour upbringing): the classes of the set's first run the round fixed, each in the
 * grammatical variety real pages write it. The first template of each group is a real row of corpus-real-61 (its source in the set);
 * the others are the same class as other school, kindergarten and news pages write it.
 * - «в прошлом / прошедшем / минувшем учебном году» is the school year before the context's (in a calendar-2021 context the current
 *   school year is 2020/21, so the previous one is 2019/20);
 * - «уже <глагол> N-й год» («уже проводится четвертый год») is open-ended work like «уже третий год»;
 * - the time or the date made known later («Время приёма будет сообщено дополнительно», «Дата, место и время станут известны позднее»)
 *   is a schedule;
 * - a title in straight quotes after a date is a note, as in «…» («3 апреля … субботника "Зелёная весна" пройдёт сбор»);
 * - a purpose clause «, чтобы …» after the dates is a note («В течение июня, июля, августа …, чтобы в сентябре …»).
 */
import { by, months, on, ongoing, range, sched, unread, variants, type Family, type Row } from './kit';

const PREVIOUS_SCHOOL_TEMPLATES = [
  'В {x} учебном году во время весенней акции мы спасли 25 деревьев',
  'В {x} учебном году в акции приняли участие 12 классов',
  'Олимпиада в {x} учебном году прошла успешно',
  'Субботник в {x} учебном году провели все классы школы',
  'Результаты ВПР в {x} учебном году оказались выше',
];
const PREVIOUS = ['прошлом', 'прошедшем', 'минувшем'];
const previousSchoolYear = range('2019-09-01', '2020-08-31');
const PREVIOUS_PINS: Row[] = [
  // the current and the next school year, and the previous calendar year, keep their reading (these pin it)
  ['Олимпиада в текущем учебном году прошла успешно', range('2020-09-01', '2021-08-31')],
  ['Олимпиада в следующем учебном году пройдет в сентябре', range('2021-09-01', '2021-09-30')],
  ['В прошлом году в акции приняли участие 12 классов', range('2020-01-01', '2020-12-31')],
];

const RUNNING_TEMPLATES = [
  'Акция в школе №31 стала традиционной и уже {v} {n} год',
  'Клуб «Юный эколог» уже {v} в школе {n} год',
  'Школьное лесничество уже {v} {n} год подряд',
];
const RUNNING_VERBS = ['проводится', 'работает', 'действует', 'реализуется', 'существует', 'проходит'];
const RUNNING_COUNTS = ['второй', 'третий', 'четвертый', 'пятый', 'десятый'];
const RUNNING_PINS: Row[] = [
  // the count right after «уже» reads as before (these pin it)
  ['уже третий год', ongoing],
  ['Проект реализуется уже третий год', ongoing],
];

// the text and its reason: lower case, without the closing mark
const ANNOUNCED = [
  'Время приёма будет сообщено дополнительно',
  'Время проведения будет объявлено позже',
  'Точное время проведения акции будет сообщено дополнительно',
  'Дата, место и время станут известны позднее',
  'Дата проведения будет сообщена дополнительно',
  'Конкретная дата будет объявлена позже',
  'Даты проведения субботника станут известны позднее',
  'Точные даты будут известны позднее',
  'Сроки приема макулатуры будут сообщены дополнительно',
  'Время сбора батареек станет известно позднее',
];
const announced = (t: string): Row[1] => sched(t.toLowerCase().replace(/[.;]$/, ''));
const ANNOUNCED_PINS: Row[] = [
  // a date written with it wins (this pins it)
  ['Даты будут известны в сентябре', range('2021-09-01', '2021-09-30')],
];

const QUOTED_TEMPLATES: Array<[string, Row[1]]> = [
  ['3 апреля в рамках Всероссийского экологического субботника "{t}" пройдёт сбор макулатуры', on('2021-04-03')],
  ['15 мая в школе пройдет акция "{t}"', on('2021-05-15')],
  ['С 1 по 10 октября пройдет конкурс рисунков "{t}"', range('2021-10-01', '2021-10-10')],
  ['до 20 марта принимаются работы на конкурс "{t}"', by('2021-03-20')],
];
const TITLES = ['Зелёная весна', 'Зеленая весна – 2017', 'Весенняя неделя добра', 'Осенний марафон', 'Летний лагерь 2022', 'Зима в городе', 'Весна 2023', 'Сдай макулатуру – спаси дерево!'];
const QUOTED_PINS: Row[] = [
  // guillemets after a date were a note already; a title before any date is read (these pin it), except a name that is only an
  // adjective and a season in the nominative: round 149 reads it as a name, no time (`seasonOfQuotedName`; it was the spring)
  ['3 апреля в рамках субботника «Зелёная весна» пройдёт сбор макулатуры', on('2021-04-03')],
  ['Акция "Зелёная весна"', unread],
  ['Акция "Весна 2023"', range('2023-03-01', '2023-05-31')],
];

const PURPOSE_TEMPLATES: Array<[string, Row[1]]> = [
  ['В течение июня, июля, августа группы учащихся 5-11 класса содержали в порядке пришкольную территорию{s} {c} в сентябре они удивили всех своим великолепием', months('2021-06-01', '2021-08-31')],
  ['Сдать документы до 1 мая{s} {c} к 15 мая подвести итоги', by('2021-05-01')],
  ['Высадить рассаду в апреле{s} {c} в июне цветы украсили школьный двор', range('2021-04-01', '2021-04-30')],
  ['Подготовить кабинеты с 1 по 20 августа{s} {c} к 1 сентября всё было готово', range('2021-08-01', '2021-08-20')],
];
const PURPOSES = ['чтобы', 'для того чтобы', 'для того, чтобы', 'с тем чтобы', 'так чтобы'];
const SEPARATORS = [',', ' —'];

export const family: Family = {
  title: 'round 67: «в прошлом учебном году», «уже <глагол> N-й год», a time or a date made known later, a title in straight quotes after a date, a purpose clause after the dates',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of PREVIOUS_SCHOOL_TEMPLATES) for (const x of PREVIOUS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, previousSchoolYear]));
    for (const tpl of RUNNING_TEMPLATES) {
      for (const v of RUNNING_VERBS) for (const n of RUNNING_COUNTS) rows.push(...variants(tpl.replace('{v}', v).replace('{n}', n)).map((t): Row => [t, ongoing]));
    }
    for (const text of ANNOUNCED) rows.push(...variants(text).map((t): Row => [t, announced(t)]));
    for (const [tpl, e] of QUOTED_TEMPLATES) for (const x of TITLES) rows.push(...variants(tpl.replace('{t}', x)).map((t): Row => [t, e]));
    for (const [tpl, e] of PURPOSE_TEMPLATES) {
      for (const c of PURPOSES) for (const s of SEPARATORS) rows.push(...variants(tpl.replace('{s}', s).replace('{c}', c)).map((t): Row => [t, e]));
    }
    for (const [t, e] of [...PREVIOUS_PINS, ...RUNNING_PINS, ...ANNOUNCED_PINS, ...QUOTED_PINS]) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
