/**
 * Round 58 (corpus-real-53): «каждый (рабочий) день» is daily work, open-ended like «ежедневно»; «в / на каждый день
 * <отглагольное сущ.>» (each day of an event) stays no daily work. The first template is a real row of corpus-real-53
 * (https://www.ng.ru/news/798342.html); the others are the daily duties of the same set's camp and school pages.
 */
import { ongoing, variants, type Family, type Row } from './kit';

/** The daily words the round reads. */
const DAILY = ['каждый день', 'каждый рабочий день'];
const TEMPLATES = [
  'Центры работают {x} с 10:00 до 19:00',
  'пункты приема открыты {x}',
  'Дежурный администратор проверяет журнал {x}',
  '{x} проводится осмотр детей на наличие присасывания клеща',
  'информацию о посещаемости направлять {x}',
];
/** Each day of an event: no daily work (these pin what the parser did before). */
const EVENT_DAYS = ['Реквизиты публикуются на каждый день проведения ГИА', 'дежурство организуется в каждый день тестирования', 'на каждый рабочий день голосования'];

export const family: Family = {
  title: 'round 58: «каждый (рабочий) день» is daily work; «на каждый день проведения …» is not',
  rows: () => {
    const rows: Row[] = [];
    for (const tpl of TEMPLATES) for (const x of DAILY) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ongoing]));
    for (const t of EVENT_DAYS) rows.push(...variants(t).map((v): Row => [v, { kind: 'unparsed', reason: /не удалось/ }]));
    return rows;
  },
};
