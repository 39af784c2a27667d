/**
 * Round 138 (corpus-real-126: schooling interrupted by weather and emergencies — актированные дни in frost, distance learning for snow,
 * floods, power cuts and emergencies, extended holidays, make-up of lost lessons). Three classes the set's first run missed, as schools'
 * notices, regulations and news write them:
 * - days named by the weather or by the order that makes them — «в актированные дни», «в морозные дни», «в последующие морозные дни»,
 *   «в ненастный день», «в карантинные дни» — are the days an event brings, an `event` like «в дни актировки» and round 113's «в
 *   праздничные дни» (they were `unparsed`).
 * - «по возвращении / возвращению из / с / в / домой …» waits for the return, an `event` (it was `unparsed`).
 * - a normative act — «нормативный акт», «локальный нормативный акт» — after «в соответствии с / согласно / на основании / по» holds the
 *   rule and its days, a `schedule` like round 86's «правовой акт» (it was `unparsed`).
 * Pins: days written with the weather's days win («в морозные дни 15 и 16 января» → on 01-16); «в выходные / рабочие дни» stay repeats,
 * «в летние / зимние дни» and «в холодное время года» stay unread; a date written with the return wins; «по акту приемки» and
 * «локальный акт» with no «нормативный» are not read, and corpus-real-27's «на основании локального акта учреждения и приказа …, в которых
 * определяются … сроки наставничества …» keeps the verb of setting as its reason.
 * The first template of each class is the set's real row (its source in corpus-real-126.tsv).
 */
import { by, ev, on, rec, sched, sectionsOf, unread, type Family, type Row } from './kit';

/** what happens on such days, before the phrase or after it */
const LEADS = ['Занятия отменяются', 'Учебные занятия проводятся дистанционно', 'Родители принимают решение о посещении школы', 'Ограничения будут действовать и', ''];
const TAILS = ['занятия проводятся на закрепление ранее изученных тем', 'учащиеся могут не посещать школу', ''];
/** the prepositions of the days */
const PREPS = ['в', 'на'];
/** a word of which of the days, or none */
const WHICH = ['', 'последующие', 'такие', 'эти', 'ближайшие', 'отдельные'];
/** the adjectives of the days, plural and singular */
const ADJECTIVES: Array<[string, string]> = [
  ['актированные', 'актированный'],
  ['морозные', 'морозный'],
  ['ненастные', 'ненастный'],
  ['непогожие', 'непогожий'],
  ['холодные', 'холодный'],
  ['жаркие', 'жаркий'],
  ['знойные', 'знойный'],
  ['дождливые', 'дождливый'],
  ['штормовые', 'штормовой'],
  ['метельные', 'метельный'],
  ['буранные', 'буранный'],
  ['вьюжные', 'вьюжный'],
  ['карантинные', 'карантинный'],
];
const WEATHER_PINS: Row[] = [
  // days written with them win
  ['в морозные дни 15 и 16 января', on('2021-01-16', '2021-01-15')],
  ['В актированные дни, 20 декабря, занятия отменены', on('2021-12-20')],
  // weekends and working days stay repeats, seasons' days and times stay unread
  ['в выходные дни', rec('week')],
  ['в рабочие дни', rec('week')],
  ['в летние дни', unread],
  ['в зимние дни', unread],
  ['в холодное время года', unread],
  ['на холодный период', unread],
  // the days of an event named by a noun read as before
  ['в дни актировки', ev('актировки')],
  ['в праздничные дни', ev('праздничные')],
];

/** whose return, before the phrase */
const RETURN_LEADS = ['Их обучение возобновится', 'Занятия начнутся', 'Документы представляются', 'Отчет сдается', ''];
/** the return's word and where from */
const RETURNS = ['по возвращении', 'по возвращению'];
const FROM = ['из эвакуации', 'из лагеря', 'из отпуска', 'из командировки', 'с каникул', 'со смены', 'в школу', 'в город', 'домой'];
const RETURN_PINS: Row[] = [
  // a date written with it wins
  ['по возвращении из лагеря, до 1 сентября', by('2021-09-01')],
  ['Занятия возобновятся по возвращении из эвакуации, не позднее 15 марта', by('2021-03-15')],
];

/** the prepositions before a document */
const DOC_PREPS: Array<[string, string]> = [
  ['в соответствии с', 'нормативными актами'],
  ['в соответствии с', 'нормативным актом'],
  ['согласно', 'нормативным актам'],
  ['согласно', 'нормативному акту'],
  ['на основании', 'нормативного акта'],
  ['на основании', 'нормативных актов'],
  ['по', 'нормативным актам'],
];
/** whose act, and the adjective before it */
const OWNERS = ['школ', 'школы', 'учреждения', 'образовательной организации', ''];
const DOC_LEADS = ['Учебный процесс организуется', 'Отработка пропущенных занятий проводится', 'Актированные дни объявляются', ''];
const DOC_PINS: Row[] = [
  // «акт» alone and «локальный акт» with no «нормативный» are not read
  ['по акту приемки', unread],
  ['в соответствии с локальными актами школы', unread],
  // corpus-real-27's row keeps the verb of setting as its reason
  [
    'Наставничество организуется на основании локального акта учреждения и приказа руководителя, в которых определяются кандидатуры подшефных, наставников, сроки наставничества, график отчетности.',
    sched('определяются кандидатуры подшефных, наставников, сроки наставничества, график отчетности'),
  ],
  // round 86's legal act reads as before
  ['в соответствии с нормативными правовыми актами', sched('нормативный правовой акт')],
  // a date written with it wins
  ['в соответствии с нормативными актами школы, до 1 сентября', by('2021-09-01')],
];

/** the adjective's case matched to the noun's («локальным нормативными» is no phrase); not the genitive plural, whose «локальных» no
 * document's adjectives read before the noun (left as it was) */
const HEAD_FORMS: Record<string, string> = {
  'нормативными актами': 'локальными ',
  'нормативным актом': 'локальным ',
  'нормативным актам': 'локальным ',
  'нормативному акту': 'локальному ',
  'нормативного акта': 'локального ',
};

function sections(): Array<[string, Row[]]> {
  return sectionsOf((section, add, addAs) => {
    section('days named by the weather or by the order that makes them («в актированные дни», «в морозные дни») are an event', () => {
      addAs('В актированные дни занятия проводятся на закрепление и повторение ранее изученных тем.', ev('актированные дни'));
      addAs('Ограничения будут действовать и в последующие морозные дни.', ev('морозные дни'));
      addAs('Родители (законные представители) вправе самостоятельно принимать решение о посещении ребенком школы в морозные дни с обязательным информированием классного руководителя.', ev('морозные дни'));
      for (const lead of LEADS)
        for (const p of PREPS)
          for (const w of WHICH)
            for (const [plural, singular] of ADJECTIVES) {
              const days = [p, w, plural, 'дни'].filter(Boolean).join(' ');
              add([lead, days].filter(Boolean).join(' '), ev(`${plural} дни`));
              if (w === '') add([lead, p, singular, 'день'].filter(Boolean).join(' '), ev(`${singular} день`));
            }
      for (const [plural] of ADJECTIVES) for (const t of TAILS) add(['в', plural, 'дни', t].filter(Boolean).join(' '), ev(`${plural} дни`));
    });
    section('the weather\'s days: pins', () => WEATHER_PINS.forEach(([t, e]) => add(t, e)));
    section('«по возвращении / возвращению из …» waits for the return, an event', () => {
      addAs('Их обучение возобновится по возвращении из эвакуации.', ev('по возвращении из эвакуации'));
      for (const lead of RETURN_LEADS) for (const r of RETURNS) for (const f of FROM) add([lead, r, f].filter(Boolean).join(' '), ev(`${r} ${f}`));
    });
    section('the return: pins', () => RETURN_PINS.forEach(([t, e]) => add(t, e)));
    section('a normative act («в соответствии с нормативными актами школ») holds the rule and its days, a schedule', () => {
      addAs('Учебный процесс организуется в соответствии с нормативными актами школ.', sched('нормативный акт школ'));
      for (const lead of DOC_LEADS)
        for (const [p, noun] of DOC_PREPS)
          for (const local of HEAD_FORMS[noun] ? [false, true] : [false])
            for (const owner of OWNERS) {
              const head = local ? HEAD_FORMS[noun]! : '';
              const reason = [local ? 'локальный нормативный акт' : 'нормативный акт', owner].filter(Boolean).join(' ');
              add([lead, p, `${head}${noun}`, owner].filter(Boolean).join(' '), sched(reason));
            }
    });
    section('normative acts: pins', () => DOC_PINS.forEach(([t, e]) => add(t, e)));
  });
}

export const family: Family = {
  title: 'round 138: days named by the weather («в актированные / морозные дни») and «по возвращении из …» are events; «в соответствии с нормативными актами» is a schedule',
  rows: () => sections().flatMap(([, rows]) => rows),
};
