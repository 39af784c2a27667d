/**
 * Combined roadmap filters without a page load: shows the hidden form, hides items that do
 * not match the chosen section, responsible, status and month, and keeps the choice in the
 * URL query (?status=overdue&month=2021-11) so it can be shared. Without JavaScript the
 * filter links lead to pre-built pages with the same result for one filter at a time.
 */
const FIELDS = ['section', 'responsible', 'status', 'month'] as const;
type Field = (typeof FIELDS)[number];

function matches(el: HTMLElement, field: Field, value: string): boolean {
  if (!value) return true;
  const data = field === 'month' ? el.dataset.months : el.dataset[field];
  return (data ?? '').split(' ').includes(value);
}

export function enhanceRoadmapFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-roadmap-filter]');
  if (!form) return;
  const items = [...document.querySelectorAll<HTMLElement>('article.item[data-section]')];
  const sections = [...document.querySelectorAll<HTMLElement>('[data-roadmap-section]')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const empty = form.querySelector<HTMLElement>('[data-filter-empty]');
  const params = new URLSearchParams(window.location.search);
  for (const f of FIELDS) {
    const select = form.elements.namedItem(f) as HTMLSelectElement | null;
    const value = params.get(f);
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  const apply = (announce: boolean) => {
    const chosen = Object.fromEntries(FIELDS.map((f) => [f, (form.elements.namedItem(f) as HTMLSelectElement | null)?.value ?? ''])) as Record<Field, string>;
    let shown = 0;
    for (const item of items) {
      const ok = FIELDS.every((f) => matches(item, f, chosen[f]));
      item.hidden = !ok;
      if (ok) shown += 1;
    }
    for (const section of sections) section.hidden = !section.querySelector('article.item:not([hidden])');
    if (count) count.textContent = announce || shown !== items.length ? `Показано мероприятий: ${shown} из ${items.length}` : '';
    if (empty) empty.hidden = shown > 0;
    const query = new URLSearchParams();
    for (const f of FIELDS) if (chosen[f]) query.set(f, chosen[f]);
    const qs = query.toString();
    history.replaceState(null, '', `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`);
  };
  form.hidden = false;
  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(true);
  });
  apply(false);
}
