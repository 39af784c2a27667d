/**
 * /admin/manual-init.js — loaded before Decap's bundle so Decap waits: src/client/cms/main.ts
 * registers previews, the Russian wording, Setka's file formats and the save hook, then calls
 * `CMS.init()`. Decap without those additions cannot read Setka's files (their formats are
 * Setka's), so should that script fail to load (a network error; in `npm run dev`, Vite
 * re-bundling its dependencies while the page loads) the page reloads once — nothing has been
 * typed yet — and, failing again, says so in Russian instead of starting a broken editor.
 * In `npm run dev` it also keeps Vite's live reload from reloading a running editor when a save
 * changes src/content (unsaved text in other tabs would be lost); before the editor runs, a
 * reload loses nothing and goes through.
 * (An external file, not an inline script: the site's CSP allows no inline scripts.)
 */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/ru';
import { fileResponse } from '../../lib/page-cache/file-response';

const SCRIPT = `window.CMS_MANUAL_INIT = true;
// npm run dev: a save writes into src/content, and Vite's live reload would reload /admin/ in every
// open tab, losing unsaved text. The editor ignores those reloads (the site's pages still get them).
(function () {
  var Native = window.WebSocket;
  if (!Native) return;
  function Guarded(url, protocols) {
    var socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
    if (String(protocols).indexOf('vite-hmr') === -1) return socket;
    var add = socket.addEventListener.bind(socket);
    socket.addEventListener = function (type, listener, options) {
      if (type !== 'message') return add(type, listener, options);
      return add(type, function (event) {
        try {
          var message = JSON.parse(event.data);
          if (message && message.type === 'full-reload' && document.documentElement.dataset.setkaCms === 'ready') {
            console.info('Setka: сайт обновился после сохранения; редактор не перезагружается, чтобы не потерять несохранённый текст.');
            return;
          }
        } catch (e) {}
        return listener.call(this, event);
      }, options);
    };
    return socket;
  }
  Guarded.prototype = Native.prototype;
  ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (k) { Guarded[k] = Native[k]; });
  window.WebSocket = Guarded;
})();
window.addEventListener('load', function () {
  var key = 'setka-cms-reloaded';
  var storage;
  try { storage = window.sessionStorage; } catch (e) { storage = null; }
  if (document.documentElement.dataset.setkaCms) {
    if (storage) storage.removeItem(key);
    return;
  }
  if (storage && !storage.getItem(key)) {
    storage.setItem(key, '1');
    console.warn('Setka: дополнения к Decap CMS не загрузились, страница загружается ещё раз.');
    window.location.reload();
    return;
  }
  if (storage) storage.removeItem(key);
  console.error('Setka: дополнения к Decap CMS не загрузились, редактор не запущен.');
  var note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.style.cssText = 'max-width:40rem;margin:2rem auto;padding:1rem;font:1.125rem/1.5 sans-serif;border:2px solid #b00020;background:#fff;color:#1b1f24';
  note.textContent = ${JSON.stringify(t('cms.additionsFailed'))};
  document.body.appendChild(note);
});
`;

export const GET: APIRoute = () => fileResponse(SCRIPT, 'text/javascript; charset=utf-8');
