/**
 * Round 56 (corpus-real-51): the end, start or middle of a week no one names, a count of days in a week, an anniversary whose dash
 * is spaced, «Накануне,» cut off by a comma before a day, an event named in quotes after «перед». Every template comes from a real
 * row of corpus-real-51 (its header names the sources).
 */
import { MONTHS_GEN, ev, iso, lastDay, on, range, rec, variants, type Family, type Row } from './kit';

/** The part of a week, and what is done in it. */
const PARTS = ['в конце недели', 'В конце недели', 'в начале недели', 'в середине недели'];
const WEEK_TEMPLATES = [
  '{x} учащиеся могут подсчитывать и фиксировать количество положительных отметок за прошедшую неделю',
  'Проверка дневников {x}',
  'Классный руководитель {x} выставляет отметки в дневники',
];

/** A count of days in a week, with the adjective of working days where one is written, and what works. */
const DAY_COUNTS = ['5 дней', '6 дней', '1 день', '2 дня', '5 рабочих дней', '6 учебных дней', '3 рабочих дня'];
const WORKS = ['Детский сад работает {x} в неделю с 7.00 до 17.30', 'Группа кратковременного пребывания работает {x} в неделю', 'Школа работает {x} в неделю', 'Кружок занимается {x} в неделю'];

/** An anniversary with its dash spaced, and the note it stands in. */
const ANNIVERSARIES = ['200 –летию', '200 - летию', '80 –летию', '100- летию', '75 — летия', '30 -летию'];
const ANNIVERSARY_TEMPLATES = ['В апреле была организована выставка, посвященная {x} К.Д. Ушинского', 'В апреле прошёл концерт к {x} Победы', 'Выставка к {x} школы (апрель)'];

/** Who «накануне,» reports on, and the day after it. */
const EVE_REPORTS = ['на базе детского сада № 180 «Солнышко» состоялась викторина для методистов', 'в школе прошёл педагогический совет', 'состоялось совещание руководителей'];

/** An event named in quotes after «перед», its first word in the instrumental, with the word the reason must hold. */
const QUOTED: Array<[string, string]> = [
  ['"Последним звонком"', 'звонком'], ['«Последним звонком»', 'звонком'], ['«Днём знаний»', 'знаний'], ['"Днем знаний"', 'знаний'],
  ['«Зарницей»', 'зарницей'], ['«Выпускным балом»', 'балом'], ['«Новогодней ёлкой»', 'новогодней'], ['„Последним звонком“', 'звонком'],
];
const QUOTED_TEMPLATES = [
  'В нашей школе зарождается новая добрая традиция, в день перед {x} дарить обучающимся 11-х классов частичку детства',
  'Инструктаж по технике безопасности перед {x}',
  'Репетиция проводится перед {x}',
];

/** One meeting of a regular series after «очередной», the adjective agreeing with its noun, and the day the news names. */
const SERIES: Array<[string, 'week' | 'month' | 'year' | 'quarter']> = [
  ['очередное еженедельное аппаратное совещание', 'week'], ['очередное ежемесячное совещание руководителей', 'month'],
  ['очередная ежегодная конференция', 'year'], ['очередной ежегодный смотр', 'year'], ['очередное ежеквартальное заседание', 'quarter'],
  ['очередные еженедельные планёрки', 'week'],
];
const SERIES_TEMPLATES = ['{d} в Управлении образованием проведено {x}', 'Сегодня, {d}, начальник Управления образованием провела {x}', 'Состоялось {x} ({d})'];

function rows(): Row[] {
  const out: Row[] = [];
  for (const tpl of WEEK_TEMPLATES) for (const x of PARTS) out.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, rec('week')]));
  for (const tpl of WORKS) for (const x of DAY_COUNTS) out.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, rec('week')]));
  for (const tpl of ANNIVERSARY_TEMPLATES) for (const x of ANNIVERSARIES) out.push([tpl.replace('{x}', x), range(iso(4, 1), iso(4, 30))]);
  MONTHS_GEN.forEach((gen, k) => {
    for (const d of [1, 14, lastDay(k + 1)]) {
      for (const r of EVE_REPORTS) out.push([`Накануне, ${d} ${gen}, ${r}.`, on(iso(k + 1, d))]);
    }
  });
  for (const tpl of SERIES_TEMPLATES) {
    for (const [x, every] of SERIES) {
      MONTHS_GEN.forEach((gen, k) => out.push([tpl.replace('{x}', x).replace('{d}', `21 ${gen}`), on(iso(k + 1, 21))]));
      out.push([`Проведено ${x}`, rec(every)]); // no month: the series' repeat
    }
  }
  for (const tpl of QUOTED_TEMPLATES) for (const [x, names] of QUOTED) out.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ev(names)]));
  return out;
}

export const family: Family = {
  title: 'round 56: «в конце / в начале / в середине недели» with no week named, «N [рабочих] дней в неделю», an anniversary with a spaced dash («200 –летию»), «Накануне, <день>,», «перед "<название>"», «<день> … очередное еженедельное совещание»',
  rows,
};
