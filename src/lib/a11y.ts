/**
 * Settings of the version for the visually impaired («версия для слабовидящих», ГОСТ Р 52872-2019):
 * what can be chosen, how a choice is stored (localStorage, JSON) and which `data-*` attributes
 * it puts on `<html>` for `src/styles/a11y.css`.
 *
 * `public/a11y-init.js` repeats the parsing and the attributes in a few lines of plain JavaScript,
 * so the choice is applied before the page is painted (no flash of the normal version); a unit
 * test runs that file against this module to keep the two in step.
 */

/** localStorage key of the stored settings. */
export const A11Y_STORAGE_KEY = 'setka-a11y';

/** Font size as a percentage of the normal size. */
export const A11Y_SIZES = ['150', '175', '200'] as const;
/** Colour schemes: black on white, white on black, dark blue on light blue. */
export const A11Y_SCHEMES = ['bw', 'wb', 'blue'] as const;
/** Letter and word spacing: normal, wider, widest (the last equals WCAG 1.4.12 text spacing). */
export const A11Y_SPACINGS = ['normal', 'wide', 'wider'] as const;
/** Decorative images shown or hidden. */
export const A11Y_IMAGES = ['on', 'off'] as const;

export type A11ySize = (typeof A11Y_SIZES)[number];
export type A11yScheme = (typeof A11Y_SCHEMES)[number];
export type A11ySpacing = (typeof A11Y_SPACINGS)[number];
export type A11yImages = (typeof A11Y_IMAGES)[number];

/** A visitor's choice. */
export interface A11ySettings {
  /** The version for the visually impaired is on. */
  enabled: boolean;
  size: A11ySize;
  scheme: A11yScheme;
  spacing: A11ySpacing;
  images: A11yImages;
}

/** What the switch turns on the first time: large text, black on white, normal spacing, images shown. */
export const DEFAULT_A11Y: Readonly<A11ySettings> = { enabled: false, size: '150', scheme: 'bw', spacing: 'normal', images: 'on' };

/** The options of each setting, in the order the panel shows them. */
export const A11Y_OPTIONS = {
  size: A11Y_SIZES,
  scheme: A11Y_SCHEMES,
  spacing: A11Y_SPACINGS,
  images: A11Y_IMAGES,
} as const;

export type A11ySettingName = keyof typeof A11Y_OPTIONS;

function pick<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Reads stored settings; anything missing, unknown or unreadable falls back to the defaults (never throws). */
export function parseA11y(raw: string | null | undefined): A11ySettings {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } catch {
    data = {};
  }
  return {
    enabled: data.enabled === true,
    size: pick(A11Y_SIZES, data.size, DEFAULT_A11Y.size),
    scheme: pick(A11Y_SCHEMES, data.scheme, DEFAULT_A11Y.scheme),
    spacing: pick(A11Y_SPACINGS, data.spacing, DEFAULT_A11Y.spacing),
    images: pick(A11Y_IMAGES, data.images, DEFAULT_A11Y.images),
  };
}

/** Serialises settings for localStorage. */
export function serializeA11y(settings: A11ySettings): string {
  const { enabled, size, scheme, spacing, images } = settings;
  return JSON.stringify({ enabled, size, scheme, spacing, images });
}

/**
 * The `data-*` attributes for `<html>`: none when the version is off, else
 * `data-a11y="on"`, `data-a11y-size`, `data-a11y-scheme`, `data-a11y-spacing`, `data-a11y-images`.
 */
export function a11yAttributes(settings: A11ySettings): Record<string, string> {
  if (!settings.enabled) return {};
  return {
    'data-a11y': 'on',
    'data-a11y-size': settings.size,
    'data-a11y-scheme': settings.scheme,
    'data-a11y-spacing': settings.spacing,
    'data-a11y-images': settings.images,
  };
}

/** Every attribute name {@link a11yAttributes} may set (to clear them). */
export const A11Y_ATTRIBUTE_NAMES = ['data-a11y', 'data-a11y-size', 'data-a11y-scheme', 'data-a11y-spacing', 'data-a11y-images'] as const;
