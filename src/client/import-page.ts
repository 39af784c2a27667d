/**
 * The /import/ converter: the same importer as `npm run import`, run in the browser. Shows what was
 * recognised (numbered clauses, table rows, every roadmap deadline as understood, unplaced pieces)
 * and offers the entries as a ZIP with instructions. All text is written with textContent.
 */
import JSZip from 'jszip';
import { t, type UiKey } from '../i18n/ru';
import { docxToText, importTexts, type ImportResult, type KnownSchool } from '../lib/import';
import { formatImportReport, kindLabel } from '../lib/import/report';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function renderResult(result: ImportResult, container: HTMLElement): void {
  container.replaceChildren();
  for (const file of result.reports) {
    const h = el('h3', file.file);
    container.append(h);
    for (const part of file.parts) {
      const box = el('section', undefined, 'import-part');
      box.append(el('h4', `${part.appendix ? `Приложение № ${part.appendix}: ` : ''}${kindLabel(part.kind)} — ${part.title}`));
      box.append(el('p', `→ ${part.entry}.${part.entry.startsWith('documents/') ? 'md' : 'yaml'}`, 'muted'));
      if (part.clauses.length) {
        const d = el('details');
        d.append(el('summary', `${t('import.clauses')}: ${part.clauses.length}${part.letters ? `, с буквой: ${part.letters}` : ''}`));
        d.append(el('p', part.clauses.join(' · ')));
        box.append(d);
      }
      if (part.rows) box.append(el('p', `${t('import.rows')}: ${part.rows}${part.items ? `, мероприятий: ${part.items}` : ''}`));
      if (part.deadlines.length) {
        const table = el('table');
        table.append(el('caption', `${t('import.deadlines')}: ${part.deadlines.filter((d) => d.understood).length} из ${part.deadlines.length} понятно`));
        const head = el('tr');
        for (const c of ['№', 'Срок в документе', 'Как понят']) head.append(Object.assign(el('th', c), { scope: 'col' }));
        table.append(head);
        for (const d of part.deadlines) {
          const tr = el('tr');
          tr.append(el('td', d.item), el('td', d.text), el('td', `${t(d.understood ? 'import.deadlineUnderstood' : 'import.deadlineNotUnderstood')}: ${d.note}`, d.understood ? undefined : 'bad'));
          table.append(tr);
        }
        const scroll = el('div', undefined, 'table-scroll');
        scroll.tabIndex = 0;
        scroll.setAttribute('role', 'region');
        scroll.setAttribute('aria-label', t('import.deadlines'));
        scroll.append(table);
        box.append(scroll);
      }
      container.append(box);
    }
    if (file.schoolsNew.length || file.schoolsMatched.length) container.append(el('p', `${t('import.schools')}: новых ${file.schoolsNew.length}, уже на сайте ${file.schoolsMatched.length}`));
    for (const n of file.notes) container.append(el('p', `Проверьте: ${n}`));
    container.append(el('h4', `${t('import.unplaced' as UiKey)}: ${file.unplaced.length}`));
    if (file.unplaced.length) {
      const ul = el('ul');
      for (const u of file.unplaced) ul.append(el('li', `строка ${u.line}: ${u.reason}: «${u.text}»`));
      container.append(ul);
    } else container.append(el('p', t('import.unplacedNone')));
  }
}

async function zipOf(result: ImportResult): Promise<Blob> {
  const zip = new JSZip();
  for (const f of result.files) zip.file(f.path, f.content);
  const readme = [t('import.title'), '', t('import.step1'), t('import.step2'), t('import.step3'), '', formatImportReport(result)].join('\r\n');
  zip.file('ПРОЧТИТЕ.txt', readme);
  return zip.generateAsync({ type: 'blob' });
}

export function startImportPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-import-form]');
  const status = document.querySelector<HTMLElement>('[data-import-status]');
  const section = document.querySelector<HTMLElement>('[data-import-result]');
  const parts = document.querySelector<HTMLElement>('[data-import-parts]');
  const zipButton = document.querySelector<HTMLButtonElement>('[data-import-zip]');
  if (!form || !status || !section || !parts || !zipButton) return;
  const schools = JSON.parse(form.dataset.schools ?? '[]') as KnownSchool[];
  let last: ImportResult | null = null;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = form.querySelector<HTMLInputElement>('input[type=file]');
    const files = [...(input?.files ?? [])];
    if (files.length === 0) return;
    status.textContent = t('import.working');
    try {
      const inputs = [];
      for (const file of files) {
        const lower = file.name.toLowerCase();
        if (lower.endsWith('.docx')) inputs.push({ name: file.name, text: await docxToText(new Uint8Array(await file.arrayBuffer())) });
        else if (lower.endsWith('.txt') || lower.endsWith('.md')) inputs.push({ name: file.name, text: await file.text() });
        else throw new Error(`«${file.name}»: ожидается .docx или .txt; документ .doc или PDF сохраните в Word как .docx`);
      }
      last = importTexts(inputs, { schools, hasSettings: true });
      renderResult(last, parts);
      section.hidden = false;
      const entries = last.reports.reduce((n, r) => n + r.parts.length, 0);
      const unplaced = last.reports.reduce((n, r) => n + r.unplaced.length, 0);
      status.textContent = `${t('import.done')}: записей ${entries}, не размещено ${unplaced}.`;
    } catch (error) {
      section.hidden = true;
      status.textContent = `${t('import.failed')}: ${(error as Error).message}`;
    }
  });

  zipButton.addEventListener('click', async () => {
    if (!last) return;
    const url = URL.createObjectURL(await zipOf(last));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'zapisi-saita.zip';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}
