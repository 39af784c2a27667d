/**
 * Tables of the package: the pairing list (→ schools and pairing rows) and the roadmap
 * (→ sections and items with verbatim numbers and deadlines, responsible split into a list).
 */
import type { Block } from './blocks';
import type { Unplaced } from './types';

const ITEM_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;

/** Column index whose header matches `re`, or -1. */
function column(header: string[], re: RegExp, skip: number[] = []): number {
  return header.findIndex((h, i) => !skip.includes(i) && re.test(h.toLowerCase()));
}

function headerOf(rows: Block[]): { header: string[]; start: number } {
  const k = rows.findIndex((r) => !ITEM_NUMBER.test(r.cells![0] ?? '') && r.cells!.filter((c) => c !== '').length >= 2);
  return k >= 0 ? { header: rows[k]!.cells!, start: k + 1 } : { header: [], start: 0 };
}

/** A person cell «Лучникова Дина Ивановна, заместитель директора» → name and position. */
export function splitPerson(cell: string): { name: string; position: string } | null {
  const m = /^([^,]+?),\s*(.+)$/.exec(cell.trim());
  if (!m) return null;
  return { name: m[1]!.trim(), position: m[2]!.trim() };
}

export interface PairingTableRow {
  line: number;
  school: string;
  coordinator: { name: string; position: string };
  partner: string;
  curator: { name: string; position: string };
}

/** Rows of a pairing list; cells that do not fit go to `unplaced`. */
export function readPairingTable(rows: Block[], unplaced: Unplaced[]): PairingTableRow[] {
  const { header, start } = headerOf(rows);
  let school = column(header, /(слаб|шнор|шнро|шнсу|наименование)/);
  let coordinator = column(header, /координатор/);
  let partner = column(header, /(сильн|партн[её]р|закрепл)/, [school]);
  let curator = column(header, /куратор/);
  if ([school, coordinator, partner, curator].some((c) => c < 0)) [school, coordinator, partner, curator] = [1, 2, 3, 4];
  const out: PairingTableRow[] = [];
  for (const r of rows.slice(start)) {
    const c = r.cells!;
    if (!ITEM_NUMBER.test(c[0] ?? '') && c.filter(Boolean).length < 3) {
      unplaced.push({ line: r.line, text: r.text.replace(/\t/g, ' | '), reason: 'строка таблицы без номера: не похожа на строку перечня' });
      continue;
    }
    const coord = splitPerson(c[coordinator] ?? '');
    const cur = splitPerson(c[curator] ?? '');
    if (!c[school] || !c[partner] || !coord || !cur) {
      unplaced.push({ line: r.line, text: r.text.replace(/\t/g, ' | '), reason: 'в строке не хватает школы, школы-партнёра или «Ф.И.О., должность» координатора и куратора' });
      continue;
    }
    out.push({ line: r.line, school: c[school]!, coordinator: coord, partner: c[partner]!, curator: cur });
  }
  return out;
}

export interface RoadmapTableItem {
  line: number;
  number: string;
  activity: string;
  deadline: string;
  responsible: string[];
}

export interface RoadmapTableSection {
  title: string;
  line: number;
  items: RoadmapTableItem[];
}

/**
 * The responsible cell as a list: split at commas and semicolons, keeping «Бозина Н.А., начальник
 * Управления образования» together (a position right after a person's initials belongs to them).
 */
export function splitResponsible(cell: string): string[] {
  const pieces = cell.split(/\s*[;,]\s*/).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev && /(?:[А-ЯЁ]\.\s?){1,2}$/.test(prev) && /^[а-яё]/.test(p)) out[out.length - 1] = `${prev}, ${p}`;
    else out.push(p);
  }
  return out;
}

/** Sections and items of a roadmap table. Section rows: text in the first cell(s) and no number. */
export function readRoadmapTable(rows: Block[], unplaced: Unplaced[], defaultSection: string): RoadmapTableSection[] {
  const { header, start } = headerOf(rows);
  let num = column(header, /(№|п\/п|пп|номер)/);
  let activity = column(header, /(мероприят|вид|содержание|наименование|действи)/);
  let deadline = column(header, /срок/);
  let responsible = column(header, /(ответствен|исполнител)/);
  if ([num, activity, deadline, responsible].some((c) => c < 0)) [num, activity, deadline, responsible] = [0, 1, 2, 3];
  const sections: RoadmapTableSection[] = [];
  for (const r of rows.slice(start)) {
    const c = r.cells!;
    const n = ITEM_NUMBER.exec(c[num] ?? '');
    if (!n) {
      const filled = c.filter(Boolean);
      if (filled.length === 1) {
        sections.push({ title: filled[0]!, line: r.line, items: [] });
        continue;
      }
      unplaced.push({ line: r.line, text: r.text.replace(/\t/g, ' | '), reason: 'строка без номера мероприятия и не заголовок раздела' });
      continue;
    }
    if (!c[activity]) {
      unplaced.push({ line: r.line, text: r.text.replace(/\t/g, ' | '), reason: 'у мероприятия нет текста' });
      continue;
    }
    if (sections.length === 0) sections.push({ title: defaultSection, line: r.line, items: [] });
    const resp = splitResponsible(c[responsible] ?? '');
    if (!c[deadline]) unplaced.push({ line: r.line, text: r.text.replace(/\t/g, ' | '), reason: `у мероприятия № ${n[1]} не указан срок` });
    if (resp.length === 0) unplaced.push({ line: r.line, text: r.text.replace(/\t/g, ' | '), reason: `у мероприятия № ${n[1]} не указан ответственный` });
    sections[sections.length - 1]!.items.push({ line: r.line, number: n[1]!, activity: c[activity]!, deadline: c[deadline] || 'не указан', responsible: resp.length ? resp : ['не указан'] });
  }
  return sections.filter((s) => {
    if (s.items.length > 0) return true;
    unplaced.push({ line: s.line, text: s.title, reason: 'раздел дорожной карты без мероприятий' });
    return false;
  });
}
