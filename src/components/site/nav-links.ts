import type { UiKey } from '../../i18n/ru';

/** The site's main sections, in navigation order: [path, label key]. */
export const SECTION_LINKS: ReadonlyArray<readonly [string, UiKey]> = [
  ['/documents/', 'nav.documents'],
  ['/roadmap/', 'nav.roadmap'],
  ['/schools/', 'nav.schools'],
  ['/pairs/', 'nav.pairs'],
  ['/reports/', 'nav.reports'],
  ['/forms/report/', 'nav.form'],
];
