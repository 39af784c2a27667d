import { chromium } from 'playwright-core';
import { serveStatic } from './scripts/lib/serve';
const { server, url } = await serveStatic('/dev/shm/demo-dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function shot(path: string, width: number, name: string, opts: { vi?: boolean; print?: boolean } = {}) {
  const ctx = await browser.newContext({ viewport: { width, height: 1100 } });
  const page = await ctx.newPage();
  if (opts.vi) await page.addInitScript(() => localStorage.setItem('setka-a11y', JSON.stringify({ enabled: true, size: '175', scheme: 'wb', spacing: 'normal', images: true })));
  await page.goto(url + path, { waitUntil: 'networkidle' });
  if (opts.print) await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `/tmp/s-${name}.png` });
  await ctx.close();
}
await shot('/schools/nikolskaya-sh/', 375, 'school-vi-375', { vi: true });
await shot('/documents/polozhenie-setevoe-vzaimodeystvie/', 1280, 'doc-print', { print: true });
await browser.close(); server.close();
