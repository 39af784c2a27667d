import { A11Y_STORAGE_KEY, DEFAULT_A11Y, serializeA11y, type A11ySettings } from '../../src/lib/a11y';

/** A way the site is looked at in the gates: the normal version or one setting of the version for the visually impaired. */
export interface ViewMode {
  /** Russian name for messages. */
  name: string;
  /** Settings stored before the page loads, or null for the normal version. */
  a11y: A11ySettings | null;
  /**
   * Checked on every page, or on one page of each page type. The schemes differ only in the
   * colour pair the tokens collapse to, so two of them are sampled per page type to keep the
   * gate fast on large sites; the normal version and black-on-white cover every page.
   */
  everyPage: boolean;
}

const on = (s: Partial<A11ySettings>): A11ySettings => ({ ...DEFAULT_A11Y, ...s, enabled: true });

/**
 * The normal version and the three colour schemes of the version for the visually impaired;
 * font size, spacing and images vary across them so every option is exercised somewhere.
 */
export const VIEW_MODES: readonly ViewMode[] = [
  { name: 'обычная версия', a11y: null, everyPage: true },
  { name: 'для слабовидящих: чёрным по белому, 150 %', a11y: on({ scheme: 'bw', size: '150', spacing: 'normal', images: 'on' }), everyPage: true },
  {
    name: 'для слабовидящих: белым по чёрному, 175 %, увеличенный интервал, без изображений',
    a11y: on({ scheme: 'wb', size: '175', spacing: 'wide', images: 'off' }),
    everyPage: false,
  },
  { name: 'для слабовидящих: тёмно-синим по голубому, 200 %, большой интервал', a11y: on({ scheme: 'blue', size: '200', spacing: 'wider', images: 'on' }), everyPage: false },
];

/** localStorage entry that puts a page into `mode` (key, value), or null for the normal version. */
export function storageEntry(mode: ViewMode): [string, string] | null {
  return mode.a11y ? [A11Y_STORAGE_KEY, serializeA11y(mode.a11y)] : null;
}
