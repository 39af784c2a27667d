/**
 * The demo notice at the top of every page of the demo: on screen «Демонстрационные данные · подробнее»,
 * on paper (`.no-print` hidden) «Демонстрационные данные: сведения о школах и отчёты условные.» — no
 * space left before the colon by the hidden part.
 */
import { describe, expect, it } from 'vitest';
import { readDist } from '../helpers/dist';
import { t } from '../../src/i18n/ru';

const banner = (html: string) => /<div class="container"[^>]*><strong[^>]*>[^<]*<\/strong>.*?<\/div>/s.exec(html.slice(html.indexOf('demo-banner')))?.[0] ?? '';
const words = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
/** What print shows: the `.no-print` parts and the print-only parts' markup removed, their text kept. */
const printed = (html: string) => words(html.replace(/<span class="no-print"[^>]*>.*?<\/span>/gs, ''));
/** What the screen shows: the print-only part removed. */
const onScreen = (html: string) => words(html.replace(/<span class="demo-banner__print"[^>]*>.*?<\/span>/gs, ''));

describe('the demo notice', () => {
  const html = banner(readDist('index.html'));
  it('reads as one sentence on paper and on screen', () => {
    expect(html).not.toBe('');
    expect(printed(html)).toBe(`${t('site.demo')}: ${t('site.demo.print')}.`);
    expect(onScreen(html)).toBe(`${t('site.demo')} · ${t('site.demo.more')}`);
  });
});
