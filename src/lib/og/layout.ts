/**
 * The card's layout as a Satori element tree (no JSX, no React): pure, so its sizing rules
 * are unit-tested. Colours follow src/styles/tokens.css.
 */
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './card';

/** A Satori element: `{ type, props: { style, children } }`. */
export interface OgNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | OgNode | Array<string | OgNode> };
}

/** Font families registered by the renderer: Cyrillic first, Latin (digits, punctuation) as fallback. */
export const OG_FONT_FAMILY = 'PT Sans';
export const OG_FONT_FAMILY_LATIN = 'PT Sans Latin';

const COLORS = { text: '#1b1f24', muted: '#4a5260', accent: '#0b4f8a', header: '#0b3a66', surface: '#f3f5f8', border: '#c4cad3' };

/** Title size steps: the longest title that fits each size (characters) and the size (px). */
const TITLE_STEPS: ReadonlyArray<readonly [maxChars: number, size: number]> = [
  [40, 72],
  [80, 60],
  [130, 50],
  [190, 42],
];
/** Longer titles are cut at a word boundary and end with «…». */
export const TITLE_MAX_CHARS = 240;

/** Font size for a title of this length. */
export function titleFontSize(title: string): number {
  const n = [...title].length;
  return TITLE_STEPS.find(([max]) => n <= max)?.[1] ?? 36;
}

/** Shortens text to `max` characters at a word boundary, with «…». */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:—–-]+$/u, '')}…`;
}

const div = (style: Record<string, string | number>, children: OgNode['props']['children']): OgNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/**
 * The card: kind and date on top, the title in the middle, the organisation below. Bars and
 * rules are filled boxes, not borders: Satori draws borders with clip paths and masks, which
 * make rasterising several times slower.
 */
export function cardLayout(card: OgCard): OgNode {
  const title = truncate(card.title, TITLE_MAX_CHARS);
  return div(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      boxSizing: 'border-box',
      flexDirection: 'column',
      backgroundColor: '#ffffff',
      fontFamily: `'${OG_FONT_FAMILY}', '${OG_FONT_FAMILY_LATIN}'`,
      color: COLORS.text,
    },
    [
      div({ height: 18, backgroundColor: COLORS.accent, flexShrink: 0 }, []),
      div({ flexGrow: 1, flexDirection: 'column', padding: '56px 72px 48px' }, [
        div({ justifyContent: 'space-between', alignItems: 'baseline', fontSize: 30, gap: 32 }, [
          div({ color: COLORS.accent, fontWeight: 700, textTransform: 'uppercase', letterSpacing: 2 }, truncate(card.kind, 40)),
          div({ color: COLORS.muted }, card.date),
        ]),
        div({ flexGrow: 1, alignItems: 'center', paddingTop: 24, paddingBottom: 24 }, [
          div({ fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.15, color: COLORS.text }, title),
        ]),
        div({ height: 3, backgroundColor: COLORS.border, flexShrink: 0 }, []),
        div({ paddingTop: 24, alignItems: 'center', gap: 20 }, [
          div({ width: 20, height: 20, backgroundColor: COLORS.header, flexShrink: 0 }, []),
          div({ fontSize: 28, fontWeight: 700, color: COLORS.header }, truncate(card.organisation, 90)),
        ]),
      ]),
    ],
  );
}
