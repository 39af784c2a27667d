/**
 * /admin/manual-init.js — loaded before Decap's bundle so Decap waits: src/client/cms/main.ts
 * registers previews, the Russian wording and the save hook, then calls `CMS.init()`. Should
 * that script fail to load, Decap still starts when the page has loaded (without the additions).
 * In `npm run dev` it also keeps Vite's live reload from reloading the editor when a save changes
 * src/content (unsaved text in other tabs would be lost).
 * (An external file, not an inline script: the site's CSP allows no inline scripts.)
 */
import type { APIRoute } from 'astro';

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
          if (message && message.type === 'full-reload') {
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
  if (!document.documentElement.dataset.setkaCms && window.CMS) {
    console.error('Setka: дополнения к Decap CMS не загрузились, редактор запущен без них.');
    window.CMS.init();
  }
});
`;

export const GET: APIRoute = () => new Response(SCRIPT, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
