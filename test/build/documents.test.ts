/** The built demo site: document pages, clause anchors, appendix links, the approval block. */
import { describe, expect, it } from 'vitest';
import { readDist, htmlPages } from '../helpers/dist';

const polozhenie = readDist('documents/polozhenie-setevoe-vzaimodeystvie/index.html');
const order = readDist('documents/prikaz-147/index.html');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\s+/g, ' ');

const CLAUSES = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '4.3', '4.4', '5.1', '5.2'];

describe('Положение page', () => {
  it.each(CLAUSES)('has clause %s in its text and an element with id p-%s', (n) => {
    const id = `p-${n.replace('.', '-')}`;
    expect(polozhenie).toMatch(new RegExp(`id="${id}"[^>]*>\\s*${n.replace('.', '\\.')}\\.?\\s`));
    expect(text(polozhenie)).toMatch(new RegExp(`\\s${n.replace('.', '\\.')}\\.?\\s`));
  });

  it('has a visible link to copy each clause’s address', () => {
    for (const n of CLAUSES) expect(polozhenie).toContain(`href="#p-${n.replace('.', '-')}"`);
  });

  it('shows the approval block as the source prints it', () => {
    expect(text(polozhenie)).toMatch(/УТВЕРЖДЕНО\s+приказом Управления образования администрации Белгородского района\s+от «05» 02 2021 г\. № 198/);
  });

  it('has a table of contents linking the five sections', () => {
    for (const n of ['1', '2', '3', '4', '5']) expect(polozhenie).toMatch(new RegExp(`<a href="#p-${n}"[ >]`));
  });

  it('is in Russian and says its status', () => {
    expect(polozhenie).toMatch(/<html lang="ru"/);
    expect(text(polozhenie)).toContain('Действует');
  });
});

describe('Order № 147 page', () => {
  it.each([
    ['1', '/pairs/'],
    ['2', '/documents/polozhenie-setevoe-vzaimodeystvie/'],
    ['3', '/roadmap/dorozhnaya-karta-2021/'],
    ['4', '/documents/forma-otcheta/'],
  ])('links appendix № %s to %s', (n, href) => {
    expect(order).toMatch(new RegExp(`<a href="${href}"[^>]*>\\s*<span[^>]*>Приложение № ${n}\\.</span>`));
  });

  it('has anchors for its own clauses 1, 2, 2.1, 2.2, 3', () => {
    for (const id of ['p-1', 'p-2', 'p-2-1', 'p-2-2', 'p-3']) expect(order).toContain(`id="${id}"`);
  });

  it('shows date, number and signature', () => {
    const t = text(order);
    expect(t).toContain('8 августа 2021 г.');
    expect(t).toContain('№ 147');
    expect(t).toContain('Н.А. Бозина');
  });
});

describe('Documents list and print', () => {
  it('lists every document', () => {
    const list = readDist('documents/index.html');
    for (const id of ['prikaz-147', 'polozhenie-setevoe-vzaimodeystvie', 'forma-otcheta']) expect(list).toContain(`href="/documents/${id}/"`);
  });

  it('builds a page per document', () => {
    const pages = htmlPages().filter((p) => p.startsWith('documents/'));
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it('ships an A4 print stylesheet that hides navigation', () => {
    const css = [...order.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => readDist(m[1]!.slice(1))).join('\n');
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
    expect(css).toMatch(/@media print/);
  });
});
