/**
 * Round 68 (corpus-real-62, textbooks, the school library and the class journal): the classes of the set's first run the round
 * fixed, each in the grammatical variety real pages write it. The first template of each group is a real row of corpus-real-62 (its
 * source in the set); the others are the same class as other news, school and library pages write it.
 * - a news dateline (a city, a day and month, an agency: «Ставрополь, 1 августа – АиФ-СК.», «МОСКВА, 19 августа. /ТАСС/.», «6 января.
 *   Interfax-Russia.ru -») is a note when the text after it names a time;
 * - «до последнего» closing its clause is the adverb «to the last moment», no «до» before the day after it;
 * - «в тот / этот день, когда …», «в те / эти дни, когда …» is an event, like «в тот же день»;
 * - a negated verb before «больше / более <число> <срок>» is a limit, a bare span like «не более».
 */
import { by, ev, on, ongoing, range, variants, type Family, type Row } from './kit';

const from = (start: string, due: string | null = '2021-12-31'): Row[1] => ({ kind: 'ongoing', start, due });

const DATELINES = [
  'Ставрополь, 1 августа – АиФ-СК.',
  'МОСКВА, 1 августа. /ТАСС/.',
  'Красногорск. 1 августа. ИНТЕРФАКС -',
  '1 августа. Interfax-Russia.ru -',
  'Казань, 1 августа 2021 года – РИА Новости.',
  'Пермь, 1 августа. РБК -',
];
const DATELINE_TAILS: Array<[string, Row[1]]> = [
  ['В Ставрополе с 1 августа началась выдача школьникам бесплатных учебников, сообщает пресс-служба администрации краевого центра', from('2021-08-01')],
  ['Школы и колледжи с 1 января должны использовать в образовательном процессе только государственные информационные системы', from('2021-01-01')],
  ['Рособрнадзор осенью проведет анкетирование педагогов', range('2021-09-01', '2021-11-30')],
  ['Заказ учебников школы должны сформировать до 15 сентября', by('2021-09-15')],
  ['Выдача учебников пройдет 25 августа', on('2021-08-25')],
];

const TO_THE_LAST_TEMPLATES: Array<[string, Row[1]]> = [
  ['- У нас есть такие родители, которые {x}, приходят 30 августа и просят взять ребенка в школу', on('2021-08-30')],
  ['Многие {x}, а сдают учебники 31 мая', on('2021-05-31')],
  ['Некоторые {x} - учебники вернули только 15 июня', on('2021-06-15')],
];
const TO_THE_LAST = ['тянут до последнего', 'тянули до последнего', 'откладывают до последнего', 'ждали до последней'];

const THAT_DAY_TEMPLATES = [
  'Учитель ставит оценки в журнал, как правило, {x} идут занятия',
  'Отметки выставляются {x} проводится урок',
  'Книги выдаются {x} работает библиотека',
];
const THAT_DAY = ['в тот день, когда', 'в этот день, когда', 'в те дни, когда', 'в эти дни, когда', 'в тот день когда'];

const LIMIT_TEMPLATES = [
  '• Желательно не держать книги на руках {x}',
  'Учащимся не разрешается задерживать учебники {x}',
  'Не рекомендуется хранить художественную литературу дома {x}',
];
const LIMITS = ['больше 1 месяца', 'более 1 месяца', 'больше 14 дней', 'более двух недель', 'больше 10 календарных дней'];

const PINS: Row[] = [
  // a dateline with nothing after it that names a time keeps its day; a city and a day with no agency are the text's date; «до
  // последнего дня» keeps its noun; a threshold with no «не» stays a condition (these pin it)
  ['МОСКВА, 19 августа. /ТАСС/. Министр заявил о планах', on('2021-08-19')],
  ['Москва, 19 августа. Совещание прошло', on('2021-08-19')],
  ['до последнего дня месяца', { kind: 'recurring', every: 'month', day: null, start: '2021-01-01', due: '2021-12-31' }],
  ['сдать до последнего, 15 мая', on('2021-05-15')],
  ['пропустившие более 3 дней', ev('более 3 дней')],
  ['в тот же день', ev('в тот же день')],
  ['15 мая, в тот день, когда проходит собрание', on('2021-05-15')],
  ['постоянно', ongoing],
];

export const family: Family = {
  title: 'round 68: a news dateline before the text, «до последнего» as an adverb, «в тот день, когда …», a negated verb before «больше <срок>»',
  rows: () => {
    const rows: Row[] = [];
    for (const d of DATELINES) for (const [tail, e] of DATELINE_TAILS) rows.push(...variants(`${d} ${tail}`).map((t): Row => [t, e]));
    for (const [tpl, e] of TO_THE_LAST_TEMPLATES) for (const x of TO_THE_LAST) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, e]));
    for (const tpl of THAT_DAY_TEMPLATES) for (const x of THAT_DAY) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, ev(x)]));
    for (const tpl of LIMIT_TEMPLATES) for (const x of LIMITS) rows.push(...variants(tpl.replace('{x}', x)).map((t): Row => [t, { kind: 'unparsed', reason: /срок отсчитывается от события/ }]));
    for (const [t, e] of PINS) rows.push(...variants(t).map((v): Row => [v, e]));
    return rows;
  },
};
