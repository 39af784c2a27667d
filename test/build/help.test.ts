/** The editors' guide on the site: `/help/` shows docs/editors.md with the statuses from the code, and every page links to it. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDist, htmlPages } from '../helpers/dist';
import { ITEM_STATUSES, REPORT_STATUSES } from '../../src/lib/status/types';
import { t } from '../../src/i18n/ru';

const help = readDist('help/index.html');
const guide = readFileSync('docs/editors.md', 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\s+/g, ' ');

describe('/help/', () => {
  it('shows every section of docs/editors.md with an anchor in its table of contents', () => {
    const headings = [...guide.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(headings.length).toBeGreaterThan(4);
    for (const h of headings) {
      const id = help.match(new RegExp(`<h2 id="([^"]+)">${h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h2>`))?.[1];
      expect(id, `раздел «${h}»`).toBeTruthy();
      expect(help).toContain(`href="#${id}"`);
    }
  });

  it('puts the statuses table, built from the code, where the guide links to the generated file', () => {
    expect(help).not.toContain('statuses-and-data.md');
    const tables = text(help);
    for (const s of ITEM_STATUSES) expect(tables).toContain(`${t(`item.${s}`)} ${t(`item.${s}.hint`)}`);
    for (const s of REPORT_STATUSES) expect(tables).toContain(`${t(`report.${s}`)} ${t(`report.${s}.hint`)}`);
  });

  it('is linked from the footer of every page, with the import page', () => {
    for (const page of htmlPages().filter((p) => !p.includes('admin')).slice(0, 40)) {
      const html = readDist(page);
      expect(html, page).toContain('href="/help/"');
      expect(html, page).toContain('href="/import/"');
    }
  });
});
