/**
 * Parts → content entries: documents (Markdown with front matter), schools, pairings, roadmaps,
 * and a settings file when the content root has none. Entries of one package link to each other
 * (order ↔ appendices); schools are matched by name before new ones are created.
 */
import { stringify } from 'yaml';
import { clauseNumber } from '../clauses';
import { toSlug } from '../slug';
import { parseDeadline } from '../deadline';
import { describeDeadline } from '../status/describe';
import type { Block } from './blocks';
import { clauseMarks, type Part } from './parse';
import { readPairingTable, readRoadmapTable } from './tables';
import type { DeadlineReport, FileReport, KnownSchool, OutputFile, PartReport } from './types';

const ENDED = /[.;!?]$/;
const BULLET = /^[-–—·•▪●◦]\s*/;

/** Markdown-escapes text so it renders verbatim (clause numbers are protected by the renderer). */
function escapeMd(s: string): string {
  return s.replace(/([\\`*_<>[\]|])/g, '\\$1').replace(/^([#>+])/, '\\$1');
}

/** A table as Markdown (first row is the header). */
export function tableMarkdown(rows: Block[]): string {
  const width = Math.max(...rows.map((r) => r.cells!.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => escapeMd(cells[i] ?? '')).join(' | ')} |`;
  const [head, ...rest] = rows;
  return [line(head!.cells!), `|${' --- |'.repeat(width)}`, ...rest.map((r) => line(r.cells!)), ...(rest.length === 0 ? [line([])] : [])].join('\n');
}

/** Body blocks → Markdown: numbered section titles as `##`, bullets as lists, bold titles kept bold. */
export function bodyMarkdown(blocks: Block[], kind: string): string {
  const out: string[] = [];
  let prevBullet = false;
  for (const b of blocks) {
    if (b.cells) continue;
    const text = b.text.replace(/\*+/g, '').trim();
    const number = clauseNumber(text);
    const bullet = !number && BULLET.test(text);
    let md: string;
    if (number && !number.includes('.') && (b.bold || b.heading || (kind !== 'order' && !ENDED.test(text) && !text.endsWith(':') && text.length < 220))) md = `## ${escapeMd(text)}`;
    else if (bullet) md = `- ${escapeMd(text.replace(BULLET, ''))}`;
    else if (!number && (b.bold || b.heading) && text.length < 300) md = b.heading ? `## ${escapeMd(text)}` : `**${escapeMd(text)}**`;
    else md = escapeMd(text);
    if (out.length) out.push(bullet && prevBullet ? '\n' : '\n\n');
    out.push(md);
    prevBullet = bullet;
  }
  return out.join('') + '\n';
}

/** Body with tables kept in place: text blocks and table rows in source order. */
function bodyWithTables(part: Part): string {
  const all = [...part.body, ...part.rows].sort((a, b) => a.line - b.line);
  const chunks: string[] = [];
  let rows: Block[] = [];
  let text: Block[] = [];
  const flushText = () => {
    if (text.length) chunks.push(bodyMarkdown(text, part.kind).trimEnd());
    text = [];
  };
  const flushRows = () => {
    if (rows.length) chunks.push(tableMarkdown(rows));
    rows = [];
  };
  for (const b of all) {
    if (b.cells) {
      flushText();
      rows.push(b);
    } else {
      flushRows();
      text.push(b);
    }
  }
  flushText();
  flushRows();
  return chunks.join('\n\n') + '\n';
}

const yaml = (data: unknown) => stringify(data, { version: '1.1', lineWidth: 0 });

/** Folds a school name for matching: case, «ё», quotes and spacing do not matter. */
export function schoolKey(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/[«»"'“”„]/g, '').replace(/[.\s]+/g, ' ').trim();
}

/** «МОУ «Журавлевская СОШ»» → «Журавлевская СОШ»; «МОУ «Малиновская ООШ» (здание с. Петровка)» keeps the tail. */
export function shortSchoolName(name: string): string {
  const m = /^[А-ЯЁA-Z]{2,8}(?:\s+[А-ЯЁA-Z]{2,8})?\s*«(.*)»(.*)$/.exec(name.trim());
  if (!m) return name.trim();
  return `${m[1]!.trim()}${m[2]!.trim() ? ` ${m[2]!.trim()}` : ''}`;
}

/** «… администрации Белгородского района» → «Белгородский район». */
export function municipalityOf(text: string): string | null {
  const m = /([А-ЯЁ][а-яё]+)(ского|цкого)\s+(муниципального\s+)?(района|округа)/.exec(text);
  if (!m) return null;
  const adj = `${m[1]}${m[2] === 'ского' ? 'ский' : 'цкий'}`;
  return `${adj} ${m[3] ? 'муниципальный ' : ''}${m[4] === 'района' ? 'район' : 'округ'}`;
}

/** «… БЕЛГОРОДСКОЙ ОБЛАСТИ» → «Белгородская область». */
function regionOf(text: string): string | null {
  const m = /([А-ЯЁа-яё]+)(ской|цкой)\s+(области|края|республики)/i.exec(text);
  if (!m) return null;
  const root = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase();
  return `${root}${m[2]!.toLowerCase() === 'ской' ? 'ская' : 'цкая'} ${m[3]!.toLowerCase() === 'области' ? 'область' : m[3]!.toLowerCase() === 'края' ? 'край' : 'республика'}`;
}

export interface BuildContext {
  /** Schools already in the content root, and those created by earlier files of this run. */
  schools: KnownSchool[];
  /** Ids taken by entries of this run, per collection. */
  taken: Record<string, Set<string>>;
  /** Whether the content root already has a settings file. */
  hasSettings: boolean;
}

export function newContext(schools: KnownSchool[] = [], hasSettings = false): BuildContext {
  return { schools: [...schools], taken: { documents: new Set(), schools: new Set(), pairings: new Set(), roadmaps: new Set() }, hasSettings };
}

function takeId(ctx: BuildContext, collection: string, wanted: string): string {
  const base = wanted || 'dokument';
  let id = base;
  for (let k = 2; ctx.taken[collection]!.has(id); k++) id = `${base}-${k}`;
  ctx.taken[collection]!.add(id);
  return id;
}

/** A short id from the first words of a title: «Положение о сетевом взаимодействии …» → `polozhenie-o-setevom-vzaimodeystvii`. */
export function shortSlug(title: string, min = 28): string {
  const words = toSlug(title, 200).split('-').filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    out.push(w);
    if (out.join('-').length >= min) break;
  }
  while (out.length > 1 && out[out.length - 1]!.length <= 3) out.pop();
  return out.join('-');
}

function entryIdOf(part: Part, year: number | undefined): string {
  if (part.kind === 'order' && part.number && /[0-9a-zа-яё]/i.test(part.number)) return `prikaz-${toSlug(part.number)}`;
  if (part.kind === 'pairing') return `perechen${year ? `-${year}` : ''}`;
  if (part.kind === 'roadmap') return `dorozhnaya-karta${year ? `-${year}` : ''}`;
  return shortSlug(part.title);
}

const COLLECTION: Record<string, 'documents' | 'pairings' | 'roadmaps'> = { pairing: 'pairings', roadmap: 'roadmaps' };
const DOC_KIND: Record<string, string> = { order: 'order', regulation: 'regulation', form: 'form', plan: 'plan', other: 'other', pairing: 'other', roadmap: 'plan' };

function cleanApproval(a: Part['approval']) {
  if (!a) return undefined;
  return Object.fromEntries(Object.entries({ heading: a.heading, authority: a.authority, number: a.number, date: a.date, approver: a.approver }).filter(([, v]) => v !== undefined && v !== ''));
}

/** Builds the entries of one file's parts. */
export function buildEntries(fileName: string, parts: Part[], ctx: BuildContext): { files: OutputFile[]; report: FileReport } {
  const files: OutputFile[] = [];
  const report: FileReport = { file: fileName, parts: [], schoolsNew: [], schoolsMatched: [], unplaced: parts.flatMap((p) => p.unplaced), notes: [] };
  const order = parts.find((p) => p.kind === 'order');
  const docs: Array<{ id: string; front: Record<string, unknown>; body: string; isOrder: boolean }> = [];
  const year = (p: Part) => Number((p.approval?.date ?? order?.date ?? '').slice(0, 4)) || Number(/\b(20\d\d)\b/.exec(p.title + p.rows.map((r) => r.text).join(' '))?.[1]) || undefined;
  const ids = parts.map((p) => takeId(ctx, COLLECTION[p.kind] ?? 'documents', entryIdOf(p, year(p))));
  const orderId = order ? ids[parts.indexOf(order)]! : undefined;
  const context = [order?.issuer, ...parts.map((p) => p.approval?.authority)].filter(Boolean).join(' ');
  const municipality = municipalityOf(context) ?? 'не указан';
  // Appendix numbers: as printed, else in order of appearance after the order.
  let nextAppendix = 1;
  const appendixOf = parts.map((p) => {
    // A document approved by «УТВЕРЖДАЮ» is its own act, not an appendix, unless it prints «Приложение № N».
    if (p === order || !order || (p.approval?.approver && !p.appendix)) return p.appendix;
    const n = p.appendix ?? String(nextAppendix);
    nextAppendix = Number(n) + 1;
    return n;
  });

  parts.forEach((p, k) => {
    const id = ids[k]!;
    const marks = clauseMarks(p.body);
    const pr: PartReport = { kind: p.kind, title: p.title, entry: '', line: p.line, clauses: marks.numbers, letters: marks.letters, bullets: marks.bullets, appendix: appendixOf[k], tables: p.rows.length ? 1 : 0, rows: 0, items: 0, deadlines: [] };
    const approvalFromOrder = order && order !== p ? { heading: 'УТВЕРЖДЕН', authority: `приказом ${order.issuer ?? ''}`.trim(), number: order.number, date: order.date } : undefined;
    if (p.kind === 'pairing' || p.kind === 'roadmap') {
      const y = year(p);
      const approval = cleanApproval(p.approval && p.approval.number && p.approval.date ? p.approval : { ...approvalFromOrder, ...p.approval, number: p.approval?.number ?? order?.number, date: p.approval?.date ?? order?.date } as Part['approval']);
      // Imported without its order: link to the order the approval block names (prikaz-<number>).
      const documentId = orderId ?? (approval?.number ? `prikaz-${toSlug(String(approval.number))}` : undefined);
      if (!orderId && documentId) report.notes.push(`${p.kind === 'pairing' ? 'перечень' : 'дорожная карта'} ссылается на приказ «${documentId}» (по грифу): импортируйте этот приказ или исправьте поле document`);
      if (!y || !approval?.number || !approval?.date || !documentId) {
        report.unplaced.push({ line: p.line, text: p.title, reason: `не найден приказ, которым утверждено приложение (номер и дата), поэтому ${p.kind === 'pairing' ? 'перечень не создан' : 'дорожная карта не создана'}: импортируйте приложение вместе с приказом` });
        return;
      }
      const period = { start: `${y}-01-01`, end: `${y}-12-31` };
      const common = { title: p.title, document: documentId, appendix: appendixOf[k] ?? '1', approval, period };
      if (p.kind === 'pairing') {
        const rows = readPairingTable(p.rows, report.unplaced);
        const schoolId = (name: string, category: 'low-results' | 'partner') => {
          const key = schoolKey(name);
          const short = schoolKey(shortSchoolName(name));
          const known = ctx.schools.find((s) => schoolKey(s.name) === key || schoolKey(s.shortName) === short);
          if (known) {
            if (!report.schoolsMatched.includes(known.id) && !report.schoolsNew.includes(known.id)) report.schoolsMatched.push(known.id);
            return known.id;
          }
          const shortName = shortSchoolName(name);
          const sid = takeId(ctx, 'schools', toSlug(shortName));
          ctx.schools.push({ id: sid, name, shortName });
          report.schoolsNew.push(sid);
          files.push({ path: `schools/${sid}.yaml`, collection: 'schools', id: sid, content: yaml({ name, shortName, category, municipality }) });
          return sid;
        };
        const pairs = rows.map((r, i) => ({ list: id, number: i + 1, school: schoolId(r.school, 'low-results'), coordinator: r.coordinator, partner: schoolId(r.partner, 'partner'), curator: r.curator }));
        pr.rows = rows.length;
        pr.entry = `pairings/${id}`;
        if (rows.length === 0) return void report.unplaced.push({ line: p.line, text: p.title, reason: 'в перечне не найдено ни одной строки' });
        // The list's own file, then one file per pair (`pairs/<list>/<school>.yaml`); a school met twice
        // keeps both rows (`-2`), and the check names the repeat.
        files.push({ path: `pairings/${id}.yaml`, collection: 'pairings', id, content: yaml(common) });
        const names = new Set<string>();
        for (const pair of pairs) {
          let name = pair.school;
          for (let n = 2; names.has(name); n++) name = `${pair.school}-${n}`;
          names.add(name);
          files.push({ path: `pairs/${id}/${name}.yaml`, collection: 'pairs', id: `${id}/${name}`, content: yaml(pair) });
        }
      } else {
        const sections = readRoadmapTable(p.rows, report.unplaced, 'Мероприятия');
        const items = sections.flatMap((s) => s.items);
        pr.rows = p.rows.length;
        pr.items = items.length;
        pr.deadlines = items.map((it): DeadlineReport => {
          const d = parseDeadline(it.deadline, { year: y, period });
          const understood = d.kind !== 'unparsed';
          return { item: it.number, text: it.deadline, kind: d.kind, understood, note: understood ? describeDeadline(d, period) : (d as { reason?: string }).reason ?? 'не распознан' };
        });
        pr.entry = `roadmaps/${id}`;
        if (items.length === 0) return void report.unplaced.push({ line: p.line, text: p.title, reason: 'в дорожной карте не найдено ни одного мероприятия' });
        const data = { ...common, sections: sections.map((s) => ({ title: s.title, items: s.items.map(({ line: _l, ...it }) => it) })) };
        files.push({ path: `roadmaps/${id}.yaml`, collection: 'roadmaps', id, content: yaml(data) });
      }
      report.parts.push(pr);
      return;
    }
    // Documents: order, regulation, form, plan, other.
    const front: Record<string, unknown> = { kind: DOC_KIND[p.kind], title: p.title || (p.kind === 'order' ? 'Приказ' : 'Документ') };
    if (p.kind === 'order') {
      if (p.number) front.number = p.number;
      if (p.date) front.date = p.date;
      if (p.issuer) front.issuer = p.issuer;
      if (p.signedBy) front.signedBy = p.signedBy;
    }
    if (order && p !== order && orderId && appendixOf[k]) front.appendixOf = { number: appendixOf[k], of: orderId };
    const approval = cleanApproval(p.approval);
    if (approval) front.approval = approval;
    front.status = 'in-force';
    const body = p.rows.length ? bodyWithTables(p) : bodyMarkdown(p.body, p.kind);
    pr.tables = p.rows.length ? 1 : 0;
    pr.rows = p.rows.length;
    pr.entry = `documents/${id}`;
    docs.push({ id, front, body, isOrder: p === order });
    report.parts.push(pr);
  });
  // Documents are written last: the order lists only the appendices that were created.
  const created = new Set(files.map((f) => `${f.collection}/${f.id}`));
  for (const d of docs) created.add(`documents/${d.id}`);
  for (const d of docs) {
    if (d.isOrder) {
      d.front.appendices = parts.flatMap((q, j) => {
        const ref = { number: appendixOf[j]!, collection: COLLECTION[q.kind] ?? 'documents', id: ids[j]! };
        return q === order || !appendixOf[j] || !created.has(`${ref.collection}/${ref.id}`) ? [] : [ref];
      });
    }
    files.push({ path: `documents/${d.id}.md`, collection: 'documents', id: d.id, content: `---\n${yaml(d.front)}---\n\n${d.body}` });
  }
  if (!ctx.hasSettings && parts.length) {
    ctx.hasSettings = true;
    const authority = parts.map((p) => p.approval?.authority).find((a) => a && /^приказом\s/i.test(a))?.replace(/^приказом\s+/i, '');
    const organization = order?.issuer ?? authority ?? (municipality !== 'не указан' ? `Управление образования (${municipality})` : 'Управление образования');
    report.notes.push(`создан файл настроек settings/site.yaml с названием «${organization}»: проверьте название, впишите адреса официального сайта и этого сайта (officialSite, siteUrl) и контакты`);
    files.push({
      path: 'settings/site.yaml',
      collection: 'settings',
      id: 'site',
      content: yaml({
        organization,
        shortName: organization.length > 60 ? organization.slice(0, 60).replace(/\s+\S*$/, '') : organization,
        region: regionOf(context) ?? municipality,
        programme: 'Сетевое взаимодействие для помощи школам с низкими результатами обучения и школам, функционирующим в неблагоприятных социальных условиях',
        contacts: {},
        officialSite: 'https://example.ru/',
        siteUrl: 'https://example.ru/',
        reportRule: { dueDay: 28 },
        cms: { backend: 'github', branch: 'main', editorialWorkflow: true },
        demo: false,
      }),
    });
  }
  return { files, report };
}
