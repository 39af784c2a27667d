/**
 * Region generator: a whole ministry's programme as content files, deterministic by seed.
 *
 *   const region = generateRegion({ seed: 1, schools: 400, items: 300, documents: 50, months: 12 });
 *   writeRegion('/dev/shm/region/content', region);   // a content root for --content / SETKA_CONTENT
 *
 * N schools across M municipalities (about a third of them partner schools), one pairing list,
 * a roadmap of K items whose deadlines are written the way real roadmaps write them (every kind
 * the deadline parser knows), D documents with numbered clauses and appendices, and monthly
 * reports of every helped school with a realistic mix: on time, late, missing, rows done,
 * partial or not done with reasons. The same options give byte-identical files.
 * CLI: `npm run region -- --out <dir> [--schools 400] …` (scripts/generate-region.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import { parseDeadline } from '../../../src/lib/deadline';
import { occurrencesOf, overlapsMonth, reportDueDate } from '../../../src/lib/status';
import { addDays, formatDateNumeric, isoDate, lastDayOfMonth, MONTHS_GENITIVE, MONTHS_NOMINATIVE } from '../../../src/lib/dates';
import { toSlug } from '../../../src/lib/slug';
import { random } from '../random';
import * as W from './words';

export interface RegionOptions {
  /** Seed of the pseudo-random choices (default 1). */
  seed?: number;
  /** Number of schools, partners included (default 400). */
  schools?: number;
  /** Number of municipalities (default: one per 20 schools, 2 to 30). */
  municipalities?: number;
  /** Roadmap items (default 300). */
  items?: number;
  /** Documents, appendices included (default 50, at least 3). */
  documents?: number;
  /** Months of reports from January (default 12). */
  months?: number;
  /** Calendar year of the programme (default 2021). */
  year?: number;
  /** Date statuses are computed for (default 20 December of the year); no report is dated later. */
  asOf?: string;
}

export interface RegionFile {
  /** Path under the content root: `schools/nikolskaya-sosh.yaml`. */
  path: string;
  text: string;
}

export interface RegionSummary {
  schools: number;
  partners: number;
  municipalities: number;
  items: number;
  documents: number;
  reports: number;
  /** School × month cells with no report although the due day has passed. */
  missing: number;
  late: number;
  asOf: string;
}

export interface Region {
  files: RegionFile[];
  summary: RegionSummary;
}

type Random = ReturnType<typeof random>;

const DATE_LIKE = /^\d{4}-\d{2}(-\d{2})?$/;

/** YAML as the CMS writes it, with dates and months quoted so no reader turns them into Date objects. */
function toYaml(data: unknown): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && DATE_LIKE.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}

const pad = (n: number) => String(n).padStart(2, '0');
/** «Белгородский» → «Белгородского»; «Лесной» → «Лесного». */
const genitive = (adjective: string) => adjective.replace(/(ий|ый|ой)$/, (m) => (m === 'ий' ? 'ого' : 'ого'));
/** «сентябрь» → «сентябре», «май» → «мае», «март» → «марте». */
const prepositional = (m: number) => MONTHS_NOMINATIVE[m - 1]!.replace(/[ьй]$/, '') + 'е';

interface Person {
  name: string;
  position: string;
}

function person(r: Random, positions: readonly string[]): Person {
  const male = r.chance(0.15);
  const name = male ? `${r.pick(W.SURNAMES_M)} ${r.pick(W.NAMES_M)} ${r.pick(W.PATRONYMICS_M)}` : `${r.pick(W.SURNAMES_F)} ${r.pick(W.NAMES_F)} ${r.pick(W.PATRONYMICS_F)}`;
  return { name, position: r.pick(positions) };
}

/** «Иванова Анна Сергеевна» → «А.С. Иванова». */
const initials = (name: string) => {
  const [surname, first, patronymic] = name.split(' ');
  return `${first![0]}.${patronymic![0]}. ${surname}`;
};

// ---------------------------------------------------------------- deadlines

type DeadlineKind = 'by' | 'on' | 'range' | 'months' | 'recurring' | 'ongoing' | 'schedule' | 'event';
const DEADLINE_WEIGHTS: Record<DeadlineKind, number> = { by: 30, on: 9, range: 20, months: 6, recurring: 10, ongoing: 11, schedule: 9, event: 5 };

/** A deadline text of the given kind, in one of the ways real roadmaps write it. */
function deadlineText(r: Random, kind: DeadlineKind, year: number): string {
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const date = (mm = m, dd = d) => `${pad(dd)}.${pad(mm)}.${year}`;
  switch (kind) {
    case 'by':
      return r.pick([
        () => `До ${date()}`,
        () => `до ${date()} г.`,
        () => `До ${pad(d)}.${pad(m)}. ${year}`,
        () => `до ${d} ${MONTHS_GENITIVE[m - 1]}`,
        () => `не позднее ${pad(d)}.${pad(m)}.${year}`,
        () => `до конца ${MONTHS_GENITIVE[m - 1]}`,
        () => `к ${date()}`,
        () => `в срок до ${d} ${MONTHS_GENITIVE[m - 1]} ${year} г.`,
        () => `до конца ${r.pick(['I', 'II', 'III', 'IV'])} квартала`,
      ])();
    case 'on': {
      const m2 = Math.min(12, m + r.int(1, 3));
      return r.pick([
        () => date(),
        () => `${d} ${MONTHS_GENITIVE[m - 1]}`,
        () => `${d} и ${Math.min(28, d + 14)} ${MONTHS_GENITIVE[m - 1]} ${year} г.`,
        () => `${date()} ${date(m2, r.int(1, 28))}`,
        () => `${pad(d)}.${pad(m)}, ${pad(r.int(1, 28))}.${pad(m2)}`,
      ])();
    }
    case 'range': {
      const m2 = Math.min(12, m + r.int(1, 3));
      const d2 = Math.min(28, d + r.int(2, 10));
      return r.pick([
        () => `${pad(d)}.${pad(m)}.-${pad(d2)}.${pad(m)}.${year}`,
        () => `${date()}- ${date(m, d2)}`,
        () => `${MONTHS_NOMINATIVE[m - 1]}-${MONTHS_NOMINATIVE[m2 - 1]} ${year}`,
        () => `${MONTHS_NOMINATIVE[m - 1]} ${year}`,
        () => `в ${prepositional(m)}`,
        () => `с ${d} по ${d2} ${MONTHS_GENITIVE[m - 1]}`,
        () => `${r.pick(['I', 'II', 'III', 'IV'])} квартал`,
        () => `${r.pick(['I', 'II'])} полугодие ${year} г.`,
        () => `${r.pick(['первая', 'вторая', 'третья'])} декада ${MONTHS_GENITIVE[m - 1]}`,
        () => `с ${MONTHS_GENITIVE[m - 1]} по ${MONTHS_NOMINATIVE[m2 - 1]} ${year} г.`,
      ])();
    }
    case 'months': {
      const ms = r.sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], r.int(2, 4)).sort((a, b) => a - b);
      return r.pick([
        () => ms.map((k) => `${MONTHS_NOMINATIVE[k - 1]} ${year}`).join(' '),
        () => ms.map((k) => MONTHS_NOMINATIVE[k - 1]).join(', '),
        () => `в ${prepositional(ms[0]!)} и ${prepositional(ms[1]!)}`,
      ])();
    }
    case 'recurring':
      return r.pick(['ежемесячно до 28 числа', 'Ежемесячно', 'ежеквартально', 'еженедельно', 'до 25 числа каждого месяца', '1 раз в квартал', 'ежемесячно, до 5-го числа']);
    case 'ongoing':
      return r.pick(['В течение года', 'постоянно', 'в течение учебного года', 'систематически', 'в течение всего периода', 'Весь период']);
    case 'schedule':
      return r.pick(['По графику ОО', 'по плану ВШК', 'В соответствии с графиком ДОБО', 'по отдельному графику', 'согласно графику', 'по графику РИРО']);
    case 'event':
      return r.pick(['По итогам работ', 'по мере необходимости', 'по запросу', 'по итогам ВПР', 'по мере поступления']);
  }
}

// ---------------------------------------------------------------- roadmap items

function activityText(r: Random, section: number): string {
  const subject = r.pick(W.SUBJECTS_GEN);
  switch (section) {
    case 0:
      return r.pick([
        () => `Разработка и утверждение ${r.pick(W.DOCUMENTS_TO_WRITE)} ${r.pick(W.DOC_SCOPES)}`,
        () => `Внесение изменений в ${r.pick(['локальные акты', 'основные образовательные программы', 'рабочие программы', 'должностные инструкции'])} ${r.pick(W.DOC_SCOPES)} по итогам ${r.pick(['самообследования', 'мониторинга', 'ВПР'])}`,
        () => `Заключение договоров о сетевом взаимодействии ${r.pick(['между ШНОР/ШНСУ и школами-партнёрами', 'с организациями дополнительного образования', 'с вузами региона'])}`,
      ])();
    case 1:
      return `${r.pick(W.EVENTS)} для ${r.pick(W.AUDIENCES)} «${r.pick(W.TOPICS)}»`;
    case 2:
      return r.pick([
        () => `Повышение квалификации ${r.pick(W.AUDIENCES)} по программе «${r.pick(W.TOPICS)}»`,
        () => `Взаимопосещение уроков ${subject} педагогами ШНОР/ШНСУ и школ-партнёров`,
        () => `Организация наставничества для ${r.pick(['молодых педагогов', 'учителей с низкими результатами обучающихся', 'вновь назначенных заместителей директоров'])} (${subject})`,
        () => `Посещение уроков ${subject} кураторами с последующим анализом`,
      ])();
    case 3:
      return r.pick([
        () => `Диагностическая работа по ${subject.replace(/и$/, 'е').replace(/а$/, 'у')} в ${r.pick(W.GRADES)} классах`,
        () => `Дополнительные занятия по ${subject.replace(/и$/, 'е').replace(/а$/, 'у')} для обучающихся ${r.pick(W.GRADES)} классов с трудностями в обучении`,
        () => `Индивидуальные образовательные маршруты для обучающихся ${r.pick(W.GRADES)} классов (${subject})`,
        () => `Олимпиада по ${subject.replace(/и$/, 'е').replace(/а$/, 'у')} для обучающихся ${r.pick(W.GRADES)} классов ШНОР/ШНСУ`,
      ])();
    case 4:
      return r.pick([
        () => `Родительское собрание «${r.pick(W.PARENT_TOPICS)}» для родителей обучающихся ${r.pick(W.GRADES)} классов`,
        () => `Индивидуальные консультации родителей обучающихся ${r.pick(W.GRADES)} классов по вопросам ${r.pick(['успеваемости', 'подготовки к ГИА', 'профориентации'])}`,
      ])();
    case 5:
      return `Мониторинг ${r.pick(W.MONITORING)} ${r.pick(['в ШНОР/ШНСУ', 'в разрезе муниципалитетов', 'по итогам четверти', 'в 5–9 классах'])}`;
    default:
      return r.pick([
        () => `Размещение информации о ходе реализации ${r.pick(['«дорожной карты»', 'программ антирисковых мер', 'сетевого взаимодействия'])} на сайтах ${r.pick(['ОО', 'органов управления образованием', 'школ-партнёров'])}`,
        () => `Публикация лучших практик ${r.pick(W.AUDIENCES)} в ${r.pick(['региональном банке практик', 'муниципальных СМИ', 'сетевом сообществе педагогов'])}`,
      ])();
  }
}

interface Item {
  number: string;
  activity: string;
  deadline: string;
  responsible: string[];
  schools?: string[];
}

// ---------------------------------------------------------------- documents

function clauses(r: Random, section: number, count: number, subject: string): string {
  const verbs = ['обеспечить', 'организовать', 'предусмотреть', 'осуществлять', 'проводить', 'определить'];
  const objects = [
    `мониторинг выполнения мероприятий ${subject}`,
    'методическое сопровождение педагогов ШНОР/ШНСУ',
    'взаимодействие кураторов школ-партнёров с руководителями школ',
    'анализ результатов оценочных процедур и разработку мер по их улучшению',
    'информирование родителей (законных представителей) о ходе работы',
    'размещение отчётов на официальных сайтах общеобразовательных организаций',
    'повышение квалификации педагогических работников',
  ];
  const lines: string[] = [];
  for (let k = 1; k <= count; k++) {
    lines.push(`${section}.${k}. ${capitalizeFirst(r.pick(verbs))} ${r.pick(objects)}${r.chance(0.3) ? ` в срок до ${r.int(1, 28)} ${r.pick(MONTHS_GENITIVE)}` : ''}.`);
  }
  return lines.join('\n\n');
}
const capitalizeFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function regulationBody(r: Random, title: string): string {
  const sections = ['Общие положения', 'Цели и задачи', 'Участники и их функции', 'Организация работы', 'Контроль и отчётность', 'Заключительные положения'];
  return sections
    .slice(0, r.int(4, 6))
    .map((s, i) => `## ${i + 1}. ${s}\n\n${clauses(r, i + 1, r.int(3, 8), `«${title.slice(0, 60)}»`)}`)
    .join('\n\n');
}

function orderBody(r: Random, appendixNames: string[], controller: string): string {
  const lines = [
    `В соответствии с приказом министерства просвещения Российской Федерации, в целях повышения качества образования в школах с низкими результатами обучения и школах, функционирующих в неблагоприятных социальных условиях,`,
    '',
    'ПРИКАЗЫВАЮ:',
    '',
  ];
  let n = 1;
  for (const [i, name] of appendixNames.entries()) lines.push(`${n++}. Утвердить ${name} (Приложение № ${i + 1}).`, '');
  lines.push(`${n}. Руководителям общеобразовательных организаций:`, '');
  const duties = r.sample(['обеспечить реализацию мероприятий в установленные сроки', 'ежемесячно в срок до 28 числа направлять отчёт об исполнении мероприятий', 'назначить ответственных за организацию работы', 'разместить настоящий приказ на официальных сайтах'], r.int(2, 4));
  duties.forEach((duty, k) => lines.push(`${n}.${k + 1}. ${duty}${k === duties.length - 1 ? '.' : ';'}`, ''));
  n++;
  lines.push(`${n}. Контроль за исполнением настоящего приказа возложить на ${controller}.`);
  return lines.join('\n');
}

// ---------------------------------------------------------------- the region

export function generateRegion(options: RegionOptions = {}): Region {
  const seed = options.seed ?? 1;
  const schoolCount = options.schools ?? 400;
  const itemCount = options.items ?? 300;
  const documentCount = Math.max(3, options.documents ?? 50);
  const monthCount = Math.min(12, Math.max(1, options.months ?? 12));
  const year = options.year ?? 2021;
  const asOf = options.asOf ?? `${year}-12-20`;
  const muniCount = Math.min(W.MUNICIPALITIES.length, Math.max(2, options.municipalities ?? Math.round(schoolCount / 20)));
  if (schoolCount < 2) throw new Error('в регионе должно быть хотя бы две школы (--schools 2 и больше)');
  if (itemCount < W.SECTIONS.length) throw new Error(`в дорожной карте должно быть хотя бы ${W.SECTIONS.length} мероприятий (--items)`);
  const r = random(seed);
  const files: RegionFile[] = [];
  const add = (path: string, data: unknown, body?: string) =>
    files.push({ path, text: body === undefined ? toYaml(data) : `---\n${toYaml(data)}---\n\n${body.trim()}\n` });

  const period = { start: `${year}-01-01`, end: `${year}-12-31` };
  const orderDate = `${year - 1}-12-${pad(r.int(20, 29))}`;
  const orderNumber = String(r.int(1500, 2900));
  const ministry = 'Министерство образования Белгородской области';
  const approval = { heading: 'УТВЕРЖДЕН', authority: 'приказом министерства образования Белгородской области', number: orderNumber, date: orderDate };

  // Settings.
  add('settings/site.yaml', {
    organization: ministry,
    shortName: 'Минобразования Белгородской области',
    parent: 'Правительство Белгородской области',
    region: 'Белгородская область',
    programme: 'Региональная программа поддержки школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях',
    contacts: { address: '308005, г. Белгород, Соборная пл., д. 4 (демонстрационный адрес)', phone: '+7 (4722) 00-00-00', email: 'minobr@example.ru', hours: 'пн–пт 9:00–18:00' },
    officialSite: 'https://example.ru/',
    siteUrl: 'https://region.example.ru/',
    asOf,
    reportRule: { dueDay: 28, recipient: 'отдел общего образования министерства образования Белгородской области' },
    cms: { backend: 'github', repo: 'minobr/setka-region', branch: 'main', editorialWorkflow: true },
    demo: true,
  });

  // Municipalities and schools.
  const munis = W.MUNICIPALITIES.slice(0, muniCount).map((m) => ({ ...m, name: `${m.adjective} ${m.kind}`, genitive: `${genitive(m.adjective)} ${m.kind === 'район' ? 'района' : m.kind === 'муниципальный округ' ? 'муниципального округа' : 'городского округа'}` }));
  const stems = [...new Set(W.STEM_PREFIXES.flatMap((p) => W.SETTLEMENT_STEMS.map((s) => (p ? p + s.charAt(0).toLowerCase() + s.slice(1) : s))))];
  const stemOrder = r.sample(stems, stems.length);
  const usedIds = new Set<string>();
  const uniqueId = (base: string, muni: string) => {
    let id = base;
    if (usedIds.has(id)) id = `${base}-${toSlug(muni, 20)}`;
    for (let k = 2; usedIds.has(id); k++) id = `${base}-${k}`;
    usedIds.add(id);
    return id;
  };
  interface SchoolRec { id: string; shortName: string; category: string; muni: number }
  const partnerCount = Math.max(1, Math.round(schoolCount * 0.3));
  const partners: SchoolRec[] = [];
  const helped: SchoolRec[] = [];
  const cityNumbers = new Map<number, number>();
  let stemIndex = 0;
  for (let k = 0; k < schoolCount; k++) {
    const isPartner = k < partnerCount;
    const muniIndex = k % muniCount;
    const muni = munis[muniIndex]!;
    let shortName: string;
    let full: string;
    if (isPartner && r.chance(0.75)) {
      const n = (cityNumbers.get(muniIndex) ?? 0) + r.int(1, 3);
      cityNumbers.set(muniIndex, n);
      const kind = r.weighted({ sosh: 6, gym: 2, lyc: 1 });
      const label = kind === 'sosh' ? `СОШ № ${n}` : kind === 'gym' ? `Гимназия № ${n}` : `Лицей № ${n}`;
      const fullLabel = kind === 'sosh' ? `Средняя общеобразовательная школа № ${n}` : kind === 'gym' ? `Гимназия № ${n}` : `Лицей № ${n}`;
      shortName = `${label} г. ${muni.centre}`;
      full = `${r.pick(['МБОУ', 'МАОУ', 'МОУ'])} «${fullLabel}» г. ${muni.centre} ${muni.genitive}`;
    } else {
      const stem = stemOrder[stemIndex++ % stemOrder.length]!;
      const type = isPartner ? 'СОШ' : r.weighted({ СОШ: 6, ООШ: 3, НОШ: 1 } as Record<string, number>);
      shortName = stemIndex > stemOrder.length ? `${stem} ${type} (${muni.adjective.replace(/ий$|ый$|ой$/, '')}.)` : `${stem} ${type}`;
      const typeFull = type === 'СОШ' ? 'средняя общеобразовательная школа' : type === 'ООШ' ? 'основная общеобразовательная школа' : 'начальная общеобразовательная школа';
      full = `${r.pick(['МБОУ', 'МОУ', 'МКОУ'])} «${stem} ${typeFull}» ${muni.genitive}`;
    }
    const category = isPartner ? 'partner' : r.weighted({ 'low-results': 60, 'difficult-conditions': 25, both: 15 });
    const id = uniqueId(toSlug(shortName, 50), muni.adjective);
    const rec = { id, shortName, category, muni: muniIndex };
    (isPartner ? partners : helped).push(rec);
    add(`schools/${id}.yaml`, {
      name: full,
      shortName,
      category,
      municipality: muni.name,
      address: `${muni.centre}, ул. ${r.pick(['Школьная', 'Центральная', 'Советская', 'Молодёжная', 'Садовая', 'Ленина', 'Мира'])}, д. ${r.int(1, 60)}`,
      ...(r.chance(0.7) ? { website: `https://${id}.example.ru/` } : {}),
    });
  }

  // Pairing list: each helped school gets a partner, preferably in its municipality.
  const partnersByMuni = new Map<number, SchoolRec[]>();
  for (const p of partners) partnersByMuni.set(p.muni, [...(partnersByMuni.get(p.muni) ?? []), p]);
  const pairingRows = helped.map((school, k) => {
    const local = partnersByMuni.get(school.muni) ?? partners;
    return { school: school.id, coordinator: person(r, W.COORDINATOR_POSITIONS), partner: local[k % local.length]!.id, curator: person(r, W.CURATOR_POSITIONS) };
  });
  const coordinatorOf = new Map(pairingRows.map((row) => [row.school, row.coordinator]));

  // Roadmap.
  const perSection = W.SECTIONS.map((_, s) => Math.floor(itemCount / W.SECTIONS.length) + (s < itemCount % W.SECTIONS.length ? 1 : 0));
  const seenActivities = new Set<string>();
  const sections = W.SECTIONS.map((title, s) => {
    const items: Item[] = [];
    for (let i = 0; i < perSection[s]!; i++) {
      let activity = activityText(r, s);
      for (let tries = 0; seenActivities.has(activity) && tries < 20; tries++) activity = activityText(r, s);
      if (seenActivities.has(activity)) activity = `${activity} (${i + 1}-й этап)`;
      seenActivities.add(activity);
      const kind = r.weighted(DEADLINE_WEIGHTS);
      const item: Item = { number: `${s + 1}.${i + 1}`, activity, deadline: deadlineText(r, kind, year), responsible: r.sample(W.RESPONSIBLE, r.int(1, 3)) };
      if (r.chance(0.04)) item.schools = r.sample(helped, r.int(2, Math.min(8, helped.length))).map((x) => x.id).sort();
      items.push(item);
    }
    return { title, items };
  });
  const allItems = sections.flatMap((s) => s.items);

  // Documents: the regional order with its appendices, then municipal orders with theirs.
  const mainId = `prikaz-${orderNumber}`;
  const docs: Array<{ id: string; data: Record<string, unknown>; body: string }> = [];
  const regulationTitle = 'Положение о региональной системе поддержки школ с низкими результатами обучения и школ, функционирующих в неблагоприятных социальных условиях';
  const head = person(r, ['министр образования Белгородской области']);
  docs.push({
    id: mainId,
    data: {
      kind: 'order', title: 'Об организации работы со школами с низкими результатами обучения и школами, функционирующими в неблагоприятных социальных условиях', number: orderNumber, date: orderDate,
      issuer: ministry, signedBy: { position: 'Министр образования Белгородской области', name: initials(head.name) }, status: 'in-force',
      summary: 'Приказ об утверждении перечня школ-партнёров, Положения, «дорожной карты» и формы ежемесячного отчёта.',
      appendices: [
        { number: '1', collection: 'pairings', id: `perechen-${year}` },
        { number: '2', collection: 'documents', id: 'polozhenie-regionalnaya-sistema' },
        { number: '3', collection: 'roadmaps', id: `dorozhnaya-karta-${year}` },
        { number: '4', collection: 'documents', id: 'forma-otcheta' },
      ],
    },
    body: orderBody(r, ['перечень школ-партнёров', regulationTitle, 'план мероприятий («дорожную карту»)', 'форму ежемесячного отчёта'], 'заместителя министра образования Белгородской области'),
  });
  docs.push({ id: 'polozhenie-regionalnaya-sistema', data: { kind: 'regulation', title: regulationTitle, appendixOf: { number: '2', of: mainId }, approval: { ...approval, heading: 'УТВЕРЖДЕНО' }, status: 'in-force', summary: 'Цели, участники, организация и контроль региональной системы поддержки школ.' }, body: regulationBody(r, regulationTitle) });
  docs.push({
    id: 'forma-otcheta',
    data: { kind: 'form', title: 'Отчёт об исполнении мероприятий «дорожной карты»', appendixOf: { number: '4', of: mainId }, approval: { ...approval, heading: 'УТВЕРЖДЕНА' }, status: 'in-force', summary: 'Форма ежемесячного отчёта школы.' },
    body: '1. Отчёт направляется ежемесячно в срок до 28 числа.\n\n2. В отчёт включаются мероприятия «дорожной карты», срок которых приходится на отчётный месяц.\n\n3. Если мероприятие не выполнено или выполнено частично, указывается обоснование.',
  });
  if (docs.length < documentCount) {
    // Last year's regional order, replaced by this year's: it stays on the site, marked superseded.
    const oldNumber = String(r.int(800, 1400));
    docs.push({
      id: `prikaz-${oldNumber}-${year - 1}`,
      data: {
        kind: 'order', title: 'Об организации работы со школами с низкими результатами обучения в 2020 году'.replace('2020', String(year - 1)), number: oldNumber, date: `${year - 2}-12-${pad(r.int(10, 28))}`,
        issuer: ministry, signedBy: { position: 'Министр образования Белгородской области', name: initials(head.name) }, status: 'superseded', supersededBy: mainId,
        summary: `Приказ прошлого года; заменён приказом № ${orderNumber}.`, appendices: [],
      },
      body: orderBody(r, [], 'заместителя министра образования Белгородской области'),
    });
  }
  let docNumber = 100;
  for (let k = 0; docs.length < documentCount; k++) {
    const muni = munis[k % munis.length]!;
    const number = String((docNumber += r.int(3, 40)));
    // Numbers and dates both grow through the year, as in a real register of orders.
    const date = `${year}-${pad(1 + Math.min(10, Math.floor((k * 11) / Math.max(1, documentCount - 3))))}-${pad(r.int(1, 28))}`;
    const id = `prikaz-${toSlug(muni.adjective, 20)}-${number}`;
    const planTitle = `План мероприятий по повышению качества образования в ШНОР/ШНСУ ${muni.genitive} на ${year} год`;
    const withAppendix = docs.length + 1 < documentCount && r.chance(0.6);
    const appendixId = `plan-${toSlug(muni.adjective, 20)}-${number}`;
    docs.push({
      id,
      data: {
        kind: 'order', title: `О реализации региональной программы поддержки школ на территории ${muni.genitive}`,
        number, date, issuer: `Управление образования администрации ${muni.genitive}`,
        signedBy: { position: `Начальник управления образования администрации ${muni.genitive}`, name: initials(person(r, ['']).name) },
        status: 'in-force', summary: `Муниципальный приказ: ответственные, план мероприятий и отчётность школ ${muni.genitive}.`,
        appendices: withAppendix ? [{ number: '1', collection: 'documents', id: appendixId }] : [],
      },
      body: orderBody(r, withAppendix ? [planTitle.charAt(0).toLowerCase() + planTitle.slice(1)] : [], `заместителя начальника управления образования ${initials(person(r, ['']).name)}`),
    });
    if (withAppendix) {
      docs.push({
        id: appendixId,
        data: { kind: 'plan', title: planTitle, appendixOf: { number: '1', of: id }, approval: { heading: 'УТВЕРЖДЁН', authority: `приказом управления образования администрации ${muni.genitive}`, number, date }, status: 'in-force' },
        body: regulationBody(r, planTitle),
      });
    }
  }
  for (const d of docs) add(`documents/${d.id}.md`, d.data, d.body);

  // The pairing list: its own file, and one file per pair (the list page assembles them by number).
  const pairingId = `perechen-${year}`;
  add(`pairings/${pairingId}.yaml`, {
    title: 'Перечень школ-партнёров, закреплённых за общеобразовательными организациями с низкими результатами обучения и функционирующими в неблагоприятных социальных условиях',
    document: mainId, appendix: '1', approval, period,
  });
  pairingRows.forEach((row, i) => add(`pairs/${pairingId}/${row.school}.yaml`, { list: pairingId, number: i + 1, ...row }));
  add(`roadmaps/dorozhnaya-karta-${year}.yaml`, {
    title: 'План мероприятий («дорожная карта») по повышению качества образования в школах с низкими результатами обучения и школах, функционирующих в неблагоприятных социальных условиях',
    shortTitle: `Дорожная карта ${year}`, document: mainId, appendix: '3', approval: { ...approval }, period, sections,
  });

  // Reports: which items fall into each month, from the deadline windows.
  const context = { year, period };
  const windows = allItems.map((item) => ({ item, occ: occurrencesOf(parseDeadline(item.deadline, context), period) }));
  const months = Array.from({ length: monthCount }, (_, m) => `${year}-${pad(m + 1)}`);
  const itemsInMonth = new Map(months.map((month) => [month, windows.filter((w) => w.occ.some((o) => overlapsMonth(o, month))).map((w) => w.item)]));
  let reports = 0;
  let missing = 0;
  let late = 0;
  for (const school of helped) {
    const diligence = r.next(); // some schools are always on time, some often late
    const author = coordinatorOf.get(school.id)!;
    for (const month of months) {
      const due = reportDueDate(month, 28);
      const roll = r.next();
      const missingP = 0.02 + 0.08 * (1 - diligence);
      const lateP = 0.05 + 0.2 * (1 - diligence);
      if (roll < missingP) {
        if (due <= asOf) missing++;
        continue;
      }
      const isLate = roll < missingP + lateP;
      const submitted = isLate ? addDays(due, r.int(1, 20)) : addDays(due, -r.int(0, 9));
      if (submitted > asOf) {
        if (due < asOf) missing++;
        continue;
      }
      if (isLate) late++;
      const candidates = (itemsInMonth.get(month) ?? allItems).filter((i) => !i.schools || i.schools.includes(school.id));
      const rows = r.sample(candidates.length ? candidates : allItems, r.int(3, 6))
        .sort((a, b) => allItems.indexOf(a) - allItems.indexOf(b))
        .map((item) => {
          const status = r.weighted({ done: 82, partial: 10, 'not-done': 8 });
          const fill = (t: string) =>
            t.replace('{n}', String(r.int(2, 12))).replace('{m}', String(r.int(5, 40))).replace('{subject}', r.pick(W.SUBJECTS_GEN)).replace('{grade}', r.pick(W.GRADES))
              .replace('{date}', formatDateNumeric(isoDate(Number(month.slice(0, 4)), Number(month.slice(5)), r.int(1, Math.min(28, Number(lastDayOfMonth(year, Number(month.slice(5))).slice(8)))))));
          const row: Record<string, string> = { item: item.number, result: status === 'not-done' ? '' : fill(r.pick(W.RESULTS)), status };
          if (status !== 'done') row.reason = fill(r.pick(W.REASONS));
          return row;
        });
      reports++;
      add(`reports/${school.id}/${month}.yaml`, { school: school.id, roadmap: `dorozhnaya-karta-${year}`, month, submitted, author: r.chance(0.9) ? author : person(r, W.COORDINATOR_POSITIONS), rows });
    }
  }

  return {
    files,
    summary: { schools: schoolCount, partners: partners.length, municipalities: muniCount, items: allItems.length, documents: docs.length, reports, missing, late, asOf },
  };
}

/** Writes a region into `dir` (emptied first) as a content root; returns its summary. */
export function writeRegion(dir: string, region: Region): RegionSummary {
  rmSync(dir, { recursive: true, force: true });
  for (const file of region.files) {
    const full = join(dir, file.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, file.text);
  }
  return region.summary;
}
