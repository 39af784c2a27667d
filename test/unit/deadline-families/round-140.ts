/**
 * Round 140 (corpus-real-128: getting schools and kindergartens ready for the school year and the heating season — приёмка, акты and
 * паспорта готовности, опрессовка and пробные топки, the start and end of the heating season by the +8 °C rule, summer repairs). Seven
 * classes the set's first run missed, as news, notices and orders write them:
 * - the weather as the subject of a clause after «если / когда» («…, когда среднесуточная температура воздуха в течение пяти суток
 *   держится ниже 8 градусов», «если мороз …») is a condition, an `event` like round 59's «при среднесуточной температуре …»: a span
 *   inside the clause counts the weather (they were the bare span, `unparsed`, or unread).
 * - «в тот / этот момент, когда …» is the moment the clause names, an `event` like round 68's «в тот день, когда …».
 * - «срочно» is «в срочном порядке», an `event`.
 * - a request with its owner's possessive between («по их заявкам», «по его запросу», «по ее просьбе») is an `event` like «по заявкам».
 * - who decides the start or the end («принимает решение о начале / окончании / завершении …») and a decision whose object comes first
 *   with the future «примет / примут» («Решение о дате перехода … примут главы …», corpus-real-126's known miss) are a `schedule`; «по
 *   срокам», no schedule alone, no longer hides «решение … остается за …» in the same sentence.
 * - a span before «назад» says how long ago, a label: «построено 45 лет назад в 1973 году» is 1973 (it was the bare span «45 лет»).
 * Pins: a date written with any of them wins; «если …, то срок сокращается до 15 дней» stays the bare span (round 46), «в день принятия
 * решения о завершении проекта» an event (corpus-real-52: no finite verb), «по срокам» and «краткосрочно» unread, an offset with «через /
 * за» an event, corpus-real-101's «… окончил школу 5, 10, 15, 20 и 25 лет назад.» unread (its reason was the bare span «5 лет»).
 * The first template of each class is the set's real row (its source in corpus-real-128.tsv).
 */
import { by, ev, on, range, sched, sectionsOf, unread, bareSpan, type Family, type Row } from './kit';

/** what the weather starts or stops, before the clause */
const WEATHER_LEADS = [
  'Отопительный сезон начинается,',
  'Отопительный сезон стартует,',
  'Отопление запускают,',
  'Тепло в школы и детские сады подают,',
  'Подачу тепла прекращают,',
  'Отопительный период завершается,',
  'Занятия в школах отменяются,',
  '',
];
const CONJ = ['когда', 'если'];
/** the weather and what it does, with a span in it or not */
const WEATHER_CLAUSES = [
  'среднесуточная температура воздуха в течение пяти суток держится ниже 8 градусов',
  'среднесуточная температура держится ниже +8 градусов в течение 5 дней подряд',
  'средняя температура наружного воздуха опускается ниже +8 градусов',
  'температура воздуха не поднимается выше +8 градусов в течение трех суток',
  'температура опускается до -25 градусов',
  'в течение пяти дней на улице среднесуточная температура не поднимается выше +8 градусов',
  'мороз достигает -30 градусов',
  'морозы держатся в течение трех дней',
  'погода позволит',
];
const WEATHER_PINS: Row[] = [
  // a date written with it wins
  ['Отопление включат, когда среднесуточная температура опустится ниже +8 градусов, но не позднее 15 октября', by('2021-10-15')],
  ['когда температура опустится, с 15 октября', { kind: 'ongoing', start: '2021-10-15', due: '2021-12-31' }],
  // a span in what follows the condition stays the bare span (round 46)
  ['если температура ниже нормы, то срок сокращается до 15 дней', bareSpan],
  // a clause of something else after «когда» is read as before
  ['когда дороги очистят от снега', unread],
];

/** what happens at the moment, before it */
const MOMENT_LEADS = ['Напомним, по закону отопление перестают подавать', 'Тепло начинают подавать', 'Занятия прекращаются', 'Решение принимается', ''];
const MOMENT_CLAUSES = [
  'когда 5 дней подряд среднесуточная температура держится на отметке +8 градусов',
  'когда температура опускается ниже 8 градусов',
  'когда поступит приказ',
  'когда наступят холода',
];

/** who is told to act at once, before «срочно» and after it */
const URGENT: Array<[string, string]> = [
  ['приказал', 'устранить все проблемы'],
  ['Информацию направить', ''],
  ['поручено', 'отремонтировать кровлю'],
  ['Руководителям школ', 'сообщить о порывах теплосетей'],
  ['', 'заменить радиаторы'],
];
const URGENT_PINS: Row[] = [
  ['срочно, до 1 сентября', by('2021-09-01')],
  ['в срочном порядке', ev('срочном')],
  ['краткосрочно', unread],
];

/** what comes at someone's request, before it */
const REQUEST_LEADS = ['Тепло поступает с выходных в детские сады, школы и больницы', 'Справки выдаются', 'Консультации проводятся', ''];
const POSSESSIVES = ['их', 'его', 'ее', 'своим', 'своему'];
const REQUESTS: Array<[string, string]> = [
  ['их', 'заявкам'],
  ['их', 'запросам'],
  ['его', 'запросу'],
  ['ее', 'просьбе'],
  ['его', 'обращению'],
  ['своим', 'заявкам'],
  ['своему', 'обращению'],
];
const REQUEST_PINS: Row[] = [
  ['по их заявкам, до 1 октября', by('2021-10-01')],
  ['по заявкам школ', ev('по заявкам')],
  // an application with its owner's possessive is no request of this line: corpus-real-77's offset keeps its reason
  [
    'Опекун или попечитель назначается с их согласия или по их заявлению в письменной форме органом опеки и попечительства по месту жительства лица, нуждающегося в установлении над ним опеки или попечительства, в течение месяца с момента, когда указанному органу стало известно о необходимости установления опеки или попечительства над таким лицом.',
    ev('в течение месяца с момента'),
  ],
];

/** who decides, the verb, what the decision is on */
const DECIDERS = ['каждый муниципалитет', 'Администрация города', 'Правительство Москвы', ''];
const DECIDE_VERBS = ['принимает', 'принимают', 'примет', 'примут', 'принял', 'приняли'];
const DECISION_NOUNS = ['решение', 'решения'];
const DECISION_OBJECTS = ['о начале отопительного сезона', 'об окончании отопительного периода', 'о завершении учебного года', 'о начале занятий'];
const DECIDE_PINS: Row[] = [
  // a date written with it wins
  ['Муниципалитет примет решение о начале отопительного сезона до 15 сентября', by('2021-09-15')],
  // a verbal noun is the day of the decision, an event (corpus-real-52)
  ['в день принятия решения о завершении проекта', ev('принятия решения')],
  // the object first with the present verb read as before
  ['Решение о начале отопительного сезона принимают муниципалитеты.', sched('решение о начале отопительного сезона принимают муниципалитеты')],
  // a decision on something else is no date
  ['Муниципалитет принимает решение о выделении средств', unread],
];

/** the decision's object first, then the future verb, then who */
const FUTURE_OBJECTS = ['о дате перехода на дистанционную работу', 'о сроках каникул', 'о сроках проведения ВПР', 'о начале отопительного сезона'];
const FUTURE_WHO: Array<[string, string]> = [
  ['примут', 'главы этих регионов'],
  ['примут', 'муниципалитеты'],
  ['примет', 'директор школы'],
  ['примет', 'региональный оперативный штаб'],
];

/** «решение по срокам …» and whose it is */
const BY_TERMS_HEADS = ['Окончательное решение', 'Последнее решение', 'Решение'];
const BY_TERMS = ['по срокам', 'по срокам проведения', 'по срокам каникул'];
const BY_TERMS_OWNERS = ['остается за местными властями', 'остается за школой', '– за муниципалитетами'];
const BY_TERMS_PINS: Row[] = [
  ['по срокам', unread],
  ['Работы выполнены по срокам', unread],
  ['Окончательное решение по срокам остается за школой, до 1 сентября', by('2021-09-01')],
];

/** how long ago, and the date written with it */
const AGO_LEADS = ['Здание школы было построено', 'Детский сад открыли', 'Котельную ввели в эксплуатацию', ''];
const AGO_SPANS = ['45 лет', '10 лет', '2 года', '3 месяца', '10 дней'];
const AGO_DATES: Array<[string, Row[1]]> = [
  ['в 1973 году', range('1973-01-01', '1973-12-31')],
  ['1 сентября 2011 года', on('2011-09-01')],
  ['в сентябре 2020 года', range('2020-09-01', '2020-09-30')],
];
const AGO_PINS: Row[] = [
  ['Сюда пришли все те, кто окончил школу 5, 10, 15, 20 и 25 лет назад.', unread],
  // counted from an event, the offset reads as before
  ['через 10 дней после подачи заявления', ev('через 10 дней')],
  ['за 10 дней до начала отопительного сезона', ev('за 10 дней')],
];

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('the weather as the subject of a clause after «если / когда» is a condition, an event', () => {
      addAs('По ее словам, традиционно отопление запускают, когда среднесуточная температура воздуха в течение пяти суток держится ниже 8 градусов.', ev('когда среднесуточная'));
      addAs('Напомним, отопительный сезон в регионе стартует, когда среднесуточная температура воздуха опускается до +8 градусов и держится на этом уровне в течение пяти суток.', ev('когда среднесуточная'));
      addAs('МинЖКХ напоминает, что, как правило, отопительный сезон начинается, если среднесуточная температура воздуха в течение 5 дней подряд ниже +8℃.', ev('если среднесуточная'));
      for (const lead of WEATHER_LEADS) for (const c of CONJ) for (const clause of WEATHER_CLAUSES) add([lead, c, clause].filter(Boolean).join(' '), ev(`${c} `));
    });
    section('the weather\'s clause: pins', () => WEATHER_PINS.forEach(([t, e]) => add(t, e)));
    section('«в тот / этот момент, когда …» is the moment the clause names, an event', () => {
      addAs('Напомним, по закону отопление перестают подавать в тот момент, когда 5 дней подряд среднесуточная температура держится на отметке +8 градусов.', ev('в тот момент'));
      for (const lead of MOMENT_LEADS)
        for (const w of ['тот', 'этот'])
          for (const clause of MOMENT_CLAUSES) add([lead, `в ${w} момент, ${clause}`].filter(Boolean).join(' '), ev(`в ${w} момент`));
    });
    section('«срочно» is «в срочном порядке», an event', () => {
      addAs('Андрей Погребной упрекнул руководство садика за халатность в этом вопросе и приказал срочно, к завтрашнему дню, устранить все проблемы.', ev('срочно'));
      for (const [before, after] of URGENT) add([before, 'срочно', after].filter(Boolean).join(' '), ev('срочно'));
    });
    section('«срочно»: pins', () => URGENT_PINS.forEach(([t, e]) => add(t, e)));
    section('a request with its owner\'s possessive («по их заявкам») is an event', () => {
      addAs('Тепло поступает с выходных в детские сады, школы и больницы по их заявкам.', ev('по их заявкам'));
      for (const lead of REQUEST_LEADS) for (const [poss, noun] of REQUESTS) add([lead, 'по', poss, noun].filter(Boolean).join(' '), ev(`по ${poss} ${noun}`));
      for (const poss of POSSESSIVES) add(`по ${poss} заявкам`, ev(`по ${poss} заявкам`));
    });
    section('requests: pins', () => REQUEST_PINS.forEach(([t, e]) => add(t, e)));
    section('who decides the start or the end («принимает решение о начале …») sets the date, a schedule', () => {
      addAs('Вместе с тем каждый муниципалитет принимает решение о начале отопительного сезона самостоятельно.', sched('принимает решение о начале отопительного сезона самостоятельно'));
      for (const who of DECIDERS)
        for (const verb of DECIDE_VERBS)
          for (const noun of DECISION_NOUNS)
            for (const object of DECISION_OBJECTS) add([who, verb, noun, object].filter(Boolean).join(' '), sched([verb, noun, object].join(' ')));
    });
    section('a decision\'s object first, then «примет / примут», is a schedule', () => {
      addAs('Окончательное решение о дате перехода на дистанционную работу примут главы этих регионов.', sched('решение о дате перехода на дистанционную работу примут главы этих регионов'));
      for (const noun of DECISION_NOUNS)
        for (const object of FUTURE_OBJECTS)
          for (const [verb, who] of FUTURE_WHO) add(`${noun} ${object} ${verb} ${who}`, sched(`${noun} ${object} ${verb} ${who}`));
    });
    section('deciding: pins', () => DECIDE_PINS.forEach(([t, e]) => add(t, e)));
    section('«по срокам» no longer hides «решение … остается за …», a schedule', () => {
      addAs('Окончательное решение по срокам остается за местными властями.', sched('решение по срокам остается за местными властями'));
      for (const head of BY_TERMS_HEADS)
        for (const terms of BY_TERMS)
          for (const owner of BY_TERMS_OWNERS) add(`${head} ${terms} ${owner}`, sched(`решение ${terms} ${owner}`));
    });
    section('«по срокам»: pins', () => BY_TERMS_PINS.forEach(([t, e]) => add(t, e)));
    section('a span before «назад» says how long ago, a label: the date written with it is read', () => {
      addAs('Двухэтажное кирпичное здание Брызгаловской средней школы в поселке имени Карла Маркса было построено 45 лет назад в 1973 году в расчете на 278 учащихся.', range('1973-01-01', '1973-12-31'));
      for (const lead of AGO_LEADS)
        for (const span of AGO_SPANS) {
          for (const [date, e] of AGO_DATES) add([lead, span, 'назад', date].filter(Boolean).join(' '), e);
          add([lead, span, 'назад'].filter(Boolean).join(' '), unread);
        }
    });
    section('«назад»: pins', () => AGO_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 140: the weather after «если / когда» and «в тот момент, когда …» are events, so are «срочно» and «по их заявкам»; who decides the start or the end and «решение о … примут» are schedules; a span before «назад» is a label',
  rows: () => sections().flatMap(([, rows]) => rows),
};
