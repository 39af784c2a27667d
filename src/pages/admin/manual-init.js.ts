/**
 * /admin/manual-init.js — loaded before Decap's bundle so Decap waits: src/client/cms/main.ts
 * registers previews, the Russian wording and the save hook, then calls `CMS.init()`. Should
 * that script fail to load, Decap still starts when the page has loaded (without the additions).
 * (An external file, not an inline script: the site's CSP allows no inline scripts.)
 */
import type { APIRoute } from 'astro';

const SCRIPT = `window.CMS_MANUAL_INIT = true;
window.addEventListener('load', function () {
  if (document.documentElement.dataset.setkaCms !== 'ready' && window.CMS) {
    console.error('Setka: дополнения к Decap CMS не загрузились, редактор запущен без них.');
    window.CMS.init();
  }
});
`;

export const GET: APIRoute = () => new Response(SCRIPT, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
