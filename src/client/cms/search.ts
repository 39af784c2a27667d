import { searchTermFor } from '../../lib/cms/search-term';
import type { PreviewData } from '../../lib/cms/preview-data';

/**
 * Decap searches a report's own fields, and a report names its school by id. So that typing
 * «Никольская» in Decap's search box finds that school's reports, a query in Russian letters is
 * replaced by the school's id (src/lib/cms/search-term.ts) the moment it is submitted with Enter;
 * the box then shows what was searched.
 */
export function searchSchoolsByName(data: () => PreviewData | undefined): void {
  document.addEventListener(
    'keydown',
    (event) => {
      const input = event.target;
      if (event.key !== 'Enter' || !(input instanceof HTMLInputElement) || !input.closest('[class*="SearchContainer"]')) return;
      const term = searchTermFor(input.value, data()?.schools ?? {});
      if (term === input.value) return;
      // React keeps the query in its state: set the value through the native setter and tell it,
      // before Decap's own Enter handler (further along this same event) submits the query.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, term);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    true,
  );
}
