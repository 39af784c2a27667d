/**
 * Open datasets published under /data/: their columns (machine name + Russian description)
 * and row shapes. One definition feeds the CSV files, the /data/ page and the README table.
 */
import type { Deadline } from '../deadline/types';
import type { ItemStatus, ReportStatus } from '../status/types';
import type { Column } from './csv';

export interface RoadmapRow {
  roadmapId: string;
  sectionNumber: number;
  section: string;
  number: string;
  activity: string;
  deadline: Deadline;
  understood: string;
  responsible: readonly string[];
  schools: readonly string[];
  counts: Record<ItemStatus, number>;
  url: string;
  asOf: string;
}

export interface RoadmapStatusRow {
  roadmapId: string;
  number: string;
  schoolId: string;
  schoolName: string;
  status: ItemStatus;
  /** Each occurrence as `YYYY-MM-DD:status`. */
  occurrences: readonly string[];
  doneMonths: readonly string[];
  asOf: string;
}

export interface PairRow {
  pairingId: string;
  index: number;
  schoolId: string;
  schoolName: string;
  coordinatorName: string;
  coordinatorPosition: string;
  partnerId: string;
  partnerName: string;
  curatorName: string;
  curatorPosition: string;
  orderNumber: string;
  orderDate: string;
}

export interface SchoolRow {
  id: string;
  name: string;
  shortName: string;
  category: string;
  categoryLabel: string;
  municipality: string;
  address: string;
  website: string;
  partners: readonly string[];
  helps: readonly string[];
  url: string;
  calendar: string;
}

export interface ReportLineRow {
  reportId: string;
  schoolId: string;
  schoolName: string;
  roadmapId: string;
  month: string;
  submitted: string;
  due: string;
  reportStatus: ReportStatus;
  authorName: string;
  authorPosition: string;
  item: string;
  activity: string;
  rowStatus: string;
  result: string;
  reason: string;
  url: string;
}

export interface ReportStatusRow {
  schoolId: string;
  schoolName: string;
  month: string;
  due: string;
  submitted: string;
  status: ReportStatus;
  url: string;
  asOf: string;
}

const list = (xs: readonly string[]) => xs.join('; ');

export const roadmapColumns: Column<RoadmapRow>[] = [
  { key: 'roadmap_id', description: 'Идентификатор дорожной карты', value: (r) => r.roadmapId },
  { key: 'section_number', description: 'Номер раздела по порядку', value: (r) => r.sectionNumber },
  { key: 'section', description: 'Раздел, дословно', value: (r) => r.section },
  { key: 'number', description: 'Номер мероприятия, как в источнике', value: (r) => r.number },
  { key: 'activity', description: 'Виды работ (мероприятия), дословно', value: (r) => r.activity },
  { key: 'deadline_text', description: 'Сроки реализации, дословно', value: (r) => r.deadline.text },
  { key: 'deadline_kind', description: 'Вид срока: by (до даты), on (в даты), range (период), months (месяцы), recurring (регулярно), schedule (по графику), event (по событию), ongoing (весь период), unparsed (не распознан)', value: (r) => r.deadline.kind },
  { key: 'deadline_start', description: 'Начало периода выполнения, ГГГГ-ММ-ДД (если известно)', value: (r) => r.deadline.start },
  { key: 'deadline_due', description: 'Последний день срока, ГГГГ-ММ-ДД (если известен)', value: (r) => r.deadline.due },
  { key: 'deadline_dates', description: 'Даты (для on — каждая дата, для months — последний день каждого месяца), через «; »', value: (r) => list(r.deadline.dates) },
  { key: 'deadline_every', description: 'Периодичность для recurring: week, month, quarter, year', value: (r) => r.deadline.every },
  { key: 'deadline_day', description: 'Число месяца для recurring («до 28 числа» → 28)', value: (r) => r.deadline.day },
  { key: 'deadline_understood', description: 'Как понят срок, по-русски', value: (r) => r.understood },
  { key: 'responsible', description: 'Ответственные, дословно, через «; »', value: (r) => list(r.responsible) },
  { key: 'schools', description: 'Школы, к которым относится мероприятие (идентификаторы), через «; »', value: (r) => list(r.schools) },
  { key: 'overdue', description: 'Число школ с состоянием «просрочено»', value: (r) => r.counts.overdue },
  { key: 'due', description: 'Число школ с состоянием «идёт срок»', value: (r) => r.counts.due },
  { key: 'upcoming', description: 'Число школ с состоянием «предстоит»', value: (r) => r.counts.upcoming },
  { key: 'done', description: 'Число школ с состоянием «выполнено»', value: (r) => r.counts.done },
  { key: 'undated', description: 'Число школ с состоянием «без даты»', value: (r) => r.counts.undated },
  { key: 'url', description: 'Ссылка на мероприятие на сайте', value: (r) => r.url },
  { key: 'as_of', description: 'Дата состояния, ГГГГ-ММ-ДД', value: (r) => r.asOf },
];

export const roadmapStatusColumns: Column<RoadmapStatusRow>[] = [
  { key: 'roadmap_id', description: 'Идентификатор дорожной карты', value: (r) => r.roadmapId },
  { key: 'number', description: 'Номер мероприятия', value: (r) => r.number },
  { key: 'school_id', description: 'Идентификатор школы', value: (r) => r.schoolId },
  { key: 'school_name', description: 'Краткое наименование школы', value: (r) => r.schoolName },
  { key: 'status', description: 'Состояние: done (выполнено), overdue (просрочено), due (идёт срок), upcoming (предстоит), undated (без даты)', value: (r) => r.status },
  { key: 'occurrences', description: 'Каждый срок мероприятия и его состояние: «ГГГГ-ММ-ДД:состояние» через «; »', value: (r) => list(r.occurrences) },
  { key: 'done_months', description: 'Месяцы отчётов с отметкой «выполнено» (ГГГГ-ММ), через «; »', value: (r) => list(r.doneMonths) },
  { key: 'as_of', description: 'Дата состояния, ГГГГ-ММ-ДД', value: (r) => r.asOf },
];

export const pairColumns: Column<PairRow>[] = [
  { key: 'pairing_id', description: 'Идентификатор перечня', value: (r) => r.pairingId },
  { key: 'row_number', description: '№ п/п в перечне', value: (r) => r.index },
  { key: 'school_id', description: 'Идентификатор школы, которой оказывается помощь («слабой» школы)', value: (r) => r.schoolId },
  { key: 'school_name', description: 'Наименование «слабой» школы', value: (r) => r.schoolName },
  { key: 'coordinator_name', description: 'Ф.И.О. координатора в ШНРО', value: (r) => r.coordinatorName },
  { key: 'coordinator_position', description: 'Должность координатора', value: (r) => r.coordinatorPosition },
  { key: 'partner_id', description: 'Идентификатор закреплённой «сильной» школы', value: (r) => r.partnerId },
  { key: 'partner_name', description: 'Наименование «сильной» школы', value: (r) => r.partnerName },
  { key: 'curator_name', description: 'Ф.И.О. куратора в школе-партнёре', value: (r) => r.curatorName },
  { key: 'curator_position', description: 'Должность куратора', value: (r) => r.curatorPosition },
  { key: 'order_number', description: 'Номер утверждающего приказа (как в грифе)', value: (r) => r.orderNumber },
  { key: 'order_date', description: 'Дата утверждающего приказа, ГГГГ-ММ-ДД (как в грифе)', value: (r) => r.orderDate },
];

export const schoolColumns: Column<SchoolRow>[] = [
  { key: 'id', description: 'Идентификатор школы', value: (r) => r.id },
  { key: 'name', description: 'Полное наименование', value: (r) => r.name },
  { key: 'short_name', description: 'Краткое наименование', value: (r) => r.shortName },
  { key: 'category', description: 'Категория: low-results (ШНОР), difficult-conditions (ШНСУ), both (обе), partner (школа-партнёр)', value: (r) => r.category },
  { key: 'category_label', description: 'Категория по-русски', value: (r) => r.categoryLabel },
  { key: 'municipality', description: 'Муниципалитет', value: (r) => r.municipality },
  { key: 'address', description: 'Адрес', value: (r) => r.address },
  { key: 'website', description: 'Сайт школы', value: (r) => r.website },
  { key: 'partners', description: 'Школы-партнёры этой школы (идентификаторы), через «; »', value: (r) => list(r.partners) },
  { key: 'helps', description: 'Школы, которым эта школа оказывает помощь (идентификаторы), через «; »', value: (r) => list(r.helps) },
  { key: 'url', description: 'Страница школы на сайте', value: (r) => r.url },
  { key: 'calendar', description: 'Календарь сроков школы (iCalendar)', value: (r) => r.calendar },
];

export const reportColumns: Column<ReportLineRow>[] = [
  { key: 'report_id', description: 'Идентификатор отчёта (школа/ГГГГ-ММ)', value: (r) => r.reportId },
  { key: 'school_id', description: 'Идентификатор школы', value: (r) => r.schoolId },
  { key: 'school_name', description: 'Краткое наименование школы', value: (r) => r.schoolName },
  { key: 'roadmap_id', description: 'Идентификатор дорожной карты', value: (r) => r.roadmapId },
  { key: 'month', description: 'Отчётный месяц, ГГГГ-ММ', value: (r) => r.month },
  { key: 'submitted', description: 'Дата направления отчёта, ГГГГ-ММ-ДД', value: (r) => r.submitted },
  { key: 'due', description: 'Срок отчёта за месяц, ГГГГ-ММ-ДД', value: (r) => r.due },
  { key: 'report_status', description: 'Состояние отчёта: on-time (в срок), late (с опозданием), missing (не сдан), not-yet-due (срок не наступил)', value: (r) => r.reportStatus },
  { key: 'author_name', description: 'Кто заполнил: Ф.И.О.', value: (r) => r.authorName },
  { key: 'author_position', description: 'Кто заполнил: должность', value: (r) => r.authorPosition },
  { key: 'item', description: 'Номер мероприятия дорожной карты', value: (r) => r.item },
  { key: 'activity', description: 'Мероприятие, дословно из дорожной карты', value: (r) => r.activity },
  { key: 'row_status', description: 'Выполнение: done (выполнено), partial (частично), not-done (не выполнено)', value: (r) => r.rowStatus },
  { key: 'result', description: 'Результат, как написала школа', value: (r) => r.result },
  { key: 'reason', description: 'Обоснование невыполнения, как написала школа', value: (r) => r.reason },
  { key: 'url', description: 'Страница отчёта на сайте', value: (r) => r.url },
];

export const reportStatusColumns: Column<ReportStatusRow>[] = [
  { key: 'school_id', description: 'Идентификатор школы', value: (r) => r.schoolId },
  { key: 'school_name', description: 'Краткое наименование школы', value: (r) => r.schoolName },
  { key: 'month', description: 'Отчётный месяц, ГГГГ-ММ', value: (r) => r.month },
  { key: 'due', description: 'Срок отчёта, ГГГГ-ММ-ДД', value: (r) => r.due },
  { key: 'submitted', description: 'Дата направления (пусто, если отчёта нет)', value: (r) => r.submitted },
  { key: 'status', description: 'Состояние: on-time (в срок), late (с опозданием), missing (не сдан), not-yet-due (срок не наступил)', value: (r) => r.status },
  { key: 'url', description: 'Страница отчёта (если он есть)', value: (r) => r.url },
  { key: 'as_of', description: 'Дата состояния, ГГГГ-ММ-ДД', value: (r) => r.asOf },
];

/** The published datasets, in the order the /data/ page lists them. */
export const DATASETS = [
  { id: 'roadmap', title: 'Дорожная карта', description: 'Мероприятия с разобранными сроками и числом школ в каждом состоянии.', columns: roadmapColumns },
  { id: 'roadmap-status', title: 'Состояние мероприятий по школам', description: 'По строке на каждое мероприятие × школу: состояние на дату и сроки.', columns: roadmapStatusColumns },
  { id: 'pairs', title: 'Пары школ', description: 'Перечень школ-партнёров (приложение к приказу): школа, координатор, школа-партнёр, куратор.', columns: pairColumns },
  { id: 'schools', title: 'Школы', description: 'Школы программы с категориями и связями.', columns: schoolColumns },
  { id: 'reports', title: 'Отчёты школ', description: 'По строке на каждую строку каждого ежемесячного отчёта.', columns: reportColumns },
  { id: 'report-status', title: 'Сдача отчётов по месяцам', description: 'Таблица «школа × месяц»: срок, дата направления, состояние.', columns: reportStatusColumns },
] as const;

export type DatasetId = (typeof DATASETS)[number]['id'];
