/** The importer's report as plain Russian text (the CLI prints it; the browser shows the same facts). */
import { plural, t, type UiKey } from '../../i18n/ru';
import type { ImportResult, PartReport } from './types';

export const kindLabel = (kind: string) => t(`import.kind.${kind}` as UiKey);

function partLines(p: PartReport): string[] {
  const head = `  ${p.appendix ? `Приложение № ${p.appendix}: ` : ''}${kindLabel(p.kind)} «${p.title.length > 90 ? `${p.title.slice(0, 87)}…` : p.title}» (строка ${p.line}) → ${p.entry || 'не создано'}`;
  const facts: string[] = [];
  if (p.clauses.length || p.letters || p.bullets) {
    facts.push(`пунктов с номером: ${p.clauses.length}${p.clauses.length ? ` (${p.clauses[0]} … ${p.clauses[p.clauses.length - 1]})` : ''}`);
    if (p.letters) facts.push(`с буквой: ${p.letters}`);
    if (p.bullets) facts.push(`маркированных: ${p.bullets}`);
  }
  if (p.tables) facts.push(`таблиц: ${p.tables}, строк: ${p.rows}`);
  if (p.kind === 'roadmap') {
    const ok = p.deadlines.filter((d) => d.understood).length;
    facts.push(`мероприятий: ${p.items}`, `сроков понято: ${ok}, не понято: ${p.deadlines.length - ok}`);
  }
  const lines = [head, ...(facts.length ? [`    ${facts.join('; ')}`] : [])];
  for (const d of p.deadlines.filter((x) => !x.understood)) lines.push(`    срок № ${d.item} «${d.text}» ${t('import.deadlineNotUnderstood')}: ${d.note}`);
  return lines;
}

/** Per file: kind, clauses, appendices, tables, rows, items, schools new and matched, deadlines; then every unplaced piece. */
export function formatImportReport(result: ImportResult): string {
  const out: string[] = [];
  for (const r of result.reports) {
    const appendices = r.parts.filter((p) => p.appendix).length;
    out.push(`${r.file}: ${plural(r.parts.length, ['запись', 'записи', 'записей'])}${appendices ? `, из них ${plural(appendices, ['приложение', 'приложения', 'приложений'])}` : ''}`);
    for (const p of r.parts) out.push(...partLines(p));
    if (r.schoolsNew.length || r.schoolsMatched.length) out.push(`  школ новых: ${r.schoolsNew.length}${r.schoolsNew.length ? ` (${r.schoolsNew.join(', ')})` : ''}; найдено среди существующих: ${r.schoolsMatched.length}${r.schoolsMatched.length ? ` (${r.schoolsMatched.join(', ')})` : ''}`);
    for (const n of r.notes) out.push(`  Проверьте: ${n}`);
    if (r.unplaced.length === 0) out.push(`  ${t('import.unplacedNone')}`);
    else {
      out.push(`  ${t('import.unplaced')} (${r.unplaced.length}):`);
      for (const u of [...r.unplaced].sort((a, b) => a.line - b.line)) out.push(`    ${r.file}:${u.line}: ${u.reason}: «${u.text.length > 120 ? `${u.text.slice(0, 117)}…` : u.text}»`);
    }
  }
  return out.join('\n');
}
