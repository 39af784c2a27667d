/* Версия для слабовидящих: применяет сохранённый выбор до отрисовки страницы (без мигания).
   Повторяет src/lib/a11y.ts (parseA11y + a11yAttributes); тест test/unit/a11y.test.ts следит, чтобы они совпадали. */
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  var data;
  try {
    data = JSON.parse(window.localStorage.getItem('setka-a11y') || '{}') || {};
  } catch (e) {
    data = {};
  }
  if (data.enabled !== true) return;
  function pick(allowed, value, fallback) {
    return allowed.indexOf(value) >= 0 ? value : fallback;
  }
  root.setAttribute('data-a11y', 'on');
  root.setAttribute('data-a11y-size', pick(['150', '175', '200'], data.size, '150'));
  root.setAttribute('data-a11y-scheme', pick(['bw', 'wb', 'blue'], data.scheme, 'bw'));
  root.setAttribute('data-a11y-spacing', pick(['normal', 'wide', 'wider'], data.spacing, 'normal'));
  root.setAttribute('data-a11y-images', pick(['on', 'off'], data.images, 'on'));
})();
