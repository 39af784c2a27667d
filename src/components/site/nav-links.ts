import type { UiKey } from '../../i18n/ru';
import { SECTIONS } from '../../lib/routes';

/** The site's main sections, in navigation order: [path, label key] (from the one sections table). */
export const SECTION_LINKS: ReadonlyArray<readonly [string, UiKey]> = SECTIONS.filter((s) => s.nav).map((s) => [s.path, s.name] as const);
