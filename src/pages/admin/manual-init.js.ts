/**
 * /admin/manual-init.js — loaded before Decap's bundle so Decap waits: src/scripts/cms/main.ts
 * registers previews, the Russian wording and the save hook, then calls `CMS.init()`.
 * (An external file, not an inline script: the site's CSP allows no inline scripts.)
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
  new Response('window.CMS_MANUAL_INIT = true;\n', { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
