import { A11Y_STORAGE_KEY, DEFAULT_A11Y, serializeA11y, type A11ySettings } from '../../src/lib/a11y';

/** A way the site is looked at in the gates: the normal version or one setting of the version for the visually impaired. */
export interface ViewMode {
  /** Russian name for messages. */
  name: string;
  /** Settings stored before the page loads, or null for the normal version. */
  a11y: A11ySettings | null;
  /**
   * Pages checked by `npm test`: `sample` — every page type, a sample of its instances and every
   * page with parts the others lack (`gatePages`); `types` — one page of each page type. Pages of
   * one type share their template and stylesheet, so a mode that only changes colours, sizes and
   * spacing is seen on every template in `types`; the sample in the normal version covers what
   * only some instances have.
   */
  pages: 'sample' | 'types';
  /** Pages checked by `npm run test:full` (the publishing pipelines): `all`, or one of each type. */
  fullSweep: 'all' | 'types';
}

const on = (s: Partial<A11ySettings>): A11ySettings => ({ ...DEFAULT_A11Y, ...s, enabled: true });

/**
 * The normal version and the three colour schemes of the version for the visually impaired;
 * font size, spacing and images vary across them so every option is exercised somewhere.
 */
export const VIEW_MODES: readonly ViewMode[] = [
  { name: 'обычная версия', a11y: null, pages: 'sample', fullSweep: 'all' },
  { name: 'для слабовидящих: чёрным по белому, 150 %', a11y: on({ scheme: 'bw', size: '150', spacing: 'normal', images: 'on' }), pages: 'types', fullSweep: 'all' },
  {
    name: 'для слабовидящих: белым по чёрному, 175 %, увеличенный интервал, без изображений',
    a11y: on({ scheme: 'wb', size: '175', spacing: 'wide', images: 'off' }),
    pages: 'types',
    fullSweep: 'types',
  },
  { name: 'для слабовидящих: тёмно-синим по голубому, 200 %, большой интервал', a11y: on({ scheme: 'blue', size: '200', spacing: 'wider', images: 'on' }), pages: 'types', fullSweep: 'types' },
];

/** localStorage entry that puts a page into `mode` (key, value), or null for the normal version. */
export function storageEntry(mode: ViewMode): [string, string] | null {
  return mode.a11y ? [A11Y_STORAGE_KEY, serializeA11y(mode.a11y)] : null;
}

/** A page and the modes it is checked in, in order, on one load. */
export interface PageInModes {
  file: string;
  modes: ViewMode[];
}

/**
 * Every page that any of `modes` checks (`pagesOf`), with the modes that check it in the order
 * given; pages in the order they first appear. The settings of the version for the visually
 * impaired are checked this way: the page loads in its first mode, and the panel switches it to
 * the others (`switchMode` in test/helpers/quality.ts).
 */
export function pagesInModes(modes: readonly ViewMode[], pagesOf: (mode: ViewMode) => readonly string[]): PageInModes[] {
  const byPage = new Map<string, ViewMode[]>();
  for (const mode of modes) for (const file of pagesOf(mode)) byPage.set(file, [...(byPage.get(file) ?? []), mode]);
  return [...byPage].map(([file, list]) => ({ file, modes: list }));
}
