import type { DocumentData, Pair, Pairing, Report, Roadmap, School, Settings } from '../../schemas';
import { reportDueDate } from '../status/report-status';
import type { Content, Entry } from '../programme/content';
import { farFromPeriods, reportPeriodFindings } from './report-rules';
import type { Problem, RawEntry } from './types';
import { approvalMismatches } from './approval';

/** A valid entry of the content model, with its raw file info for locations. */
export interface Checked<T> extends Entry<T> {
  entry: RawEntry;
}

/** The same `Content` the site is built from, each entry with where it came from. */
export interface CheckedContent extends Content {
  settings: Checked<Settings>[];
  documents: Checked<DocumentData>[];
  schools: Checked<School>[];
  /** Each list with its pairs as rows (src/lib/programme/pairings.ts); located at the list's own file. */
  pairings: Checked<Pairing>[];
  /** The pairs, one file each (`pairs/<list>/<school>.yaml`): their problems name that file. */
  pairs: Checked<Pair>[];
  roadmaps: Checked<Roadmap>[];
  reports: Checked<Report>[];
  /** The content root as messages name it (`src/content` by default, see `src/lib/content-dir.ts`). */
  dir: string;
  /** Ids of every file found per collection, valid or not (a broken file is not also reported as missing). */
  existing: Record<'schools' | 'documents' | 'roadmaps' | 'pairings' | 'pairs', Set<string>>;
}

type Push = (p: Omit<Problem, 'file' | 'line'> & { at: Checked<unknown>; path?: Array<string | number> }) => void;

function makePush(problems: Problem[]): Push {
  return ({ at, path = [], ...rest }) => {
    problems.push({ ...rest, file: at.entry.file, line: at.entry.lineOf(path), field: rest.field ?? (path.length ? path.join('.') : undefined), collection: at.entry.collection });
  };
}

/** A report as far as the one-per-school-and-month rule cares. */
export interface ReportKey {
  file: string;
  school: string;
  month: string;
}

/**
 * The rule «one report per school and month»: every report after the first (in file order) for
 * the same school and month, with the first. The check reports each as an error; the CMS can use
 * the same function before saving.
 */
export function duplicateReports(reports: readonly ReportKey[]): Array<{ first: ReportKey; duplicate: ReportKey }> {
  const seen = new Map<string, ReportKey>();
  const out: Array<{ first: ReportKey; duplicate: ReportKey }> = [];
  // The file named as the rule says (`<school>/<yyyy-mm>.yaml`) counts as the first one.
  const canonical = (r: ReportKey) => (r.file.endsWith(`/${r.school}/${r.month}.yaml`) ? 0 : 1);
  for (const r of [...reports].sort((a, b) => canonical(a) - canonical(b) || a.file.localeCompare(b.file))) {
    const key = `${r.school}\u0000${r.month}`;
    const first = seen.get(key);
    if (first) out.push({ first, duplicate: r });
    else seen.set(key, r);
  }
  return out;
}

const COLLECTION_WORD: Record<string, string> = { schools: 'школа', documents: 'документ', roadmaps: 'дорожная карта', pairings: 'перечень' };

/** Cross-collection rules: references, categories, duplicates, report rows, appendix consistency. */
export function checkRules(c: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const push = makePush(problems);
  const ids = {
    schools: new Map(c.schools.map((s) => [s.entry.id, s])),
    documents: new Map(c.documents.map((d) => [d.entry.id, d])),
    roadmaps: new Map(c.roadmaps.map((r) => [r.entry.id, r])),
    pairings: new Map(c.pairings.map((p) => [p.entry.id, p])),
  };
  const ref = (at: Checked<unknown>, path: Array<string | number>, collection: keyof typeof ids, id: string): boolean => {
    if (ids[collection].has(id)) return true;
    if (c.existing[collection].has(id)) return false; // exists but has its own errors, reported there
    push({ severity: 'error', code: 'ref.unknown', at, path, data: { collection, what: COLLECTION_WORD[collection], id, dir: c.dir } });
    return false;
  };

  if (c.settings.length !== 1) {
    problems.push({ severity: 'error', code: 'settings.count', file: `${c.dir}/settings/`, data: { count: c.settings.length, dir: c.dir } });
  }
  const dueDay = c.settings[0]?.data.reportRule.dueDay ?? 28;

  // Documents: supersededBy, appendices.
  for (const d of c.documents) {
    if (d.data.supersededBy) ref(d, ['supersededBy'], 'documents', d.data.supersededBy);
    if (d.data.appendixOf) ref(d, ['appendixOf', 'of'], 'documents', d.data.appendixOf.of);
    d.data.appendices.forEach((a, i) => ref(d, ['appendices', i, 'id'], a.collection, a.id));
  }

  // Appendix consistency: what the order lists vs what the appendix itself prints.
  for (const order of c.documents) {
    order.data.appendices.forEach((a) => {
      const target = ids[a.collection].get(a.id) as Checked<DocumentData | Pairing | Roadmap> | undefined;
      if (!target) return;
      const approval = target.data.approval;
      const printedNumber = 'appendix' in target.data && typeof target.data.appendix === 'string' ? target.data.appendix : 'appendixOf' in target.data ? target.data.appendixOf?.number : undefined;
      if (printedNumber !== undefined && printedNumber !== a.number) {
        push({ severity: 'warning', code: 'appendix.number-mismatch', at: target, path: ['appendixOf' in target.data ? 'appendixOf' : 'appendix'], data: { printed: printedNumber, listed: a.number, order: order.data.number ?? order.entry.id } });
      }
      if (approval) {
        for (const m of approvalMismatches(approval, order.data)) push({ severity: 'warning', code: m.code, at: target, path: m.path, data: m.data });
      }
    });
  }

  // Pairing lists: the order, and at least one pair in the list's folder.
  for (const p of c.pairings) {
    ref(p, ['document'], 'documents', p.data.document);
    const folder = `${p.entry.id}/`;
    if (![...c.existing.pairs].some((id) => id.startsWith(folder))) {
      push({ severity: 'error', code: 'pairing.empty', at: p, path: [], data: { folder: `${c.dir}/pairs/${p.entry.id}/` } });
    }
  }

  // Pairs: one file each; the list, both schools, their categories, and no school or number twice in a list.
  // The file named as the rule says (`<list>/<school>.yaml`) counts as the first one of a school.
  const canonical = (p: Checked<Pair>) => (p.entry.id === `${p.data.list}/${p.data.school}` ? 0 : 1);
  const seenSchool = new Map<string, Checked<Pair>>();
  const byNumber = new Map<string, Checked<Pair>[]>();
  for (const p of [...c.pairs].sort((a, b) => canonical(a) - canonical(b) || a.entry.file.localeCompare(b.entry.file))) {
    const { list, number, school: schoolId, partner: partnerId } = p.data;
    ref(p, ['list'], 'pairings', list);
    const school = ids.schools.get(schoolId);
    const partner = ids.schools.get(partnerId);
    ref(p, ['school'], 'schools', schoolId);
    ref(p, ['partner'], 'schools', partnerId);
    if (school && school.data.category === 'partner') {
      push({ severity: 'error', code: 'pairing.school-is-partner', at: p, path: ['school'], data: { id: schoolId, name: school.data.name } });
    }
    if (partner && partner.data.category !== 'partner') {
      push({ severity: 'error', code: 'pairing.partner-not-partner', at: p, path: ['partner'], data: { id: partnerId, name: partner.data.name } });
    }
    if (schoolId === partnerId) push({ severity: 'error', code: 'pairing.self', at: p, path: ['partner'], data: { id: schoolId } });
    const firstSchool = seenSchool.get(`${list}\u0000${schoolId}`);
    if (firstSchool) push({ severity: 'error', code: 'pairing.duplicate-school', at: p, path: ['school'], data: { id: schoolId, first: firstSchool.entry.file } });
    else seenSchool.set(`${list}\u0000${schoolId}`, p);
    byNumber.set(`${list}\u0000${number}`, [...(byNumber.get(`${list}\u0000${number}`) ?? []), p]);
    if (canonical(p)) push({ severity: 'warning', code: 'pair.file-name', at: p, path: [], data: { expected: `${c.dir}/pairs/${list}/${schoolId}.yaml` } });
  }
  // A row number held by two pairs: which of them is wrong only the order's appendix says, so both are named.
  for (const same of byNumber.values()) {
    for (const p of same.length > 1 ? same : []) {
      const others = same.filter((o) => o !== p).map((o) => o.entry.file).join(', ');
      push({ severity: 'error', code: 'pair.duplicate-number', at: p, path: ['number'], data: { number: p.data.number, others } });
    }
  }

  // Roadmaps: references and duplicate item numbers.
  const itemsByRoadmap = new Map<string, Set<string>>();
  for (const r of c.roadmaps) {
    ref(r, ['document'], 'documents', r.data.document);
    const seen = new Map<string, string>();
    r.data.sections.forEach((section, s) => {
      section.items.forEach((item, i) => {
        const where = `${s}.${i}`;
        if (seen.has(item.number)) push({ severity: 'error', code: 'roadmap.duplicate-item', at: r, path: ['sections', s, 'items', i, 'number'], data: { number: item.number } });
        else seen.set(item.number, where);
        item.schools?.forEach((id, k) => ref(r, ['sections', s, 'items', i, 'schools', k], 'schools', id));
      });
    });
    itemsByRoadmap.set(r.entry.id, new Set(seen.keys()));
  }

  // Reports: one per school and month.
  for (const { first, duplicate } of duplicateReports(c.reports.map((r) => ({ file: r.entry.file, school: r.data.school, month: r.data.month })))) {
    const at = c.reports.find((r) => r.entry.file === duplicate.file)!;
    push({ severity: 'error', code: 'report.duplicate', at, path: ['month'], data: { school: duplicate.school, month: duplicate.month, first: first.file } });
  }

  // Reports.
  const inPairing = new Set(c.pairings.flatMap((p) => p.data.rows.map((row) => row.school)));
  const reportIds = new Set(c.reports.map((r) => r.entry.id));
  for (const rep of c.reports) {
    const schoolOk = ref(rep, ['school'], 'schools', rep.data.school);
    const roadmapOk = ref(rep, ['roadmap'], 'roadmaps', rep.data.roadmap);
    if (schoolOk && !inPairing.has(rep.data.school)) {
      push({ severity: 'warning', code: 'report.school-not-paired', at: rep, path: ['school'], data: { id: rep.data.school } });
    }
    const expectedId = `${rep.data.school}/${rep.data.month}`;
    if (rep.entry.id !== expectedId) {
      const taken = reportIds.has(expectedId) ? 1 : undefined;
      push({ severity: 'warning', code: 'report.file-name', at: rep, path: [], data: { expected: `${c.dir}/reports/${expectedId}.yaml`, taken, named: rep.entry.id, inside: expectedId } });
    }
    if (roadmapOk) {
      const roadmap = ids.roadmaps.get(rep.data.roadmap)!;
      for (const f of reportPeriodFindings(rep.data, roadmap.data.period)) push({ ...f, at: rep });
      const items = itemsByRoadmap.get(rep.data.roadmap)!;
      const seenRows = new Set<string>();
      rep.data.rows.forEach((row, i) => {
        if (!items.has(row.item)) push({ severity: 'error', code: 'report.unknown-item', at: rep, path: ['rows', i, 'item'], data: { item: row.item, roadmap: rep.data.roadmap } });
        if (seenRows.has(row.item)) push({ severity: 'warning', code: 'report.duplicate-row', at: rep, path: ['rows', i, 'item'], data: { item: row.item } });
        seenRows.add(row.item);
      });
    }
    const due = reportDueDate(rep.data.month, dueDay);
    if (rep.data.submitted > due) {
      push({ severity: 'warning', code: 'report.late', at: rep, path: ['submitted'], data: { submitted: rep.data.submitted, due } });
    }
    if (rep.data.submitted < `${rep.data.month}-01`) {
      push({ severity: 'warning', code: 'report.before-month', at: rep, path: ['submitted'], data: { submitted: rep.data.submitted, month: rep.data.month } });
    }
  }
  // Dates implausibly far from every roadmap's period (a year typed wrong: 1901, 2102).
  const periods = c.roadmaps.map((r) => r.data.period);
  const far = (at: Checked<unknown>, path: Array<string | number>, date: string | undefined) => {
    const range = date ? farFromPeriods(date, periods) : undefined;
    if (date && range) push({ severity: 'warning', code: 'date.far-from-period', at, path, data: { date, ...range } });
  };
  for (const s of c.settings) far(s, ['asOf'], s.data.asOf);
  for (const d of c.documents) far(d, ['date'], d.data.date);
  return problems;
}
