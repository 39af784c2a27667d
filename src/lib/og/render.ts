/**
 * Draws a card to PNG: Satori lays it out to SVG with the self-hosted PT Sans (Cyrillic and
 * Latin subsets from @fontsource/pt-sans), resvg rasterises it on its worker threads and
 * encodes the PNG.
 *
 * resvg is loaded on first use, after {@link RESVG_PURGE_DELAY_MS} is set for its allocator.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './card';
import { cardLayout, OG_FONT_FAMILY, OG_FONT_FAMILY_LATIN } from './layout';

/**
 * How long resvg's allocator (mimalloc, linked into the native module) keeps freed memory before
 * handing it back to the system; its default is 10 ms. A card's pixels are a fresh 3 MB buffer,
 * and with 10 ms each card touched new memory: about 1,300 page faults a card, and on this kind of
 * virtual machine one fault costs about 20 µs (first touch of 256 MB: 1.3 s). Kept for 1 s, the
 * next cards reuse it: on 200 cards, faults 267,000 → 78,000, time a card 41 → 25 ms, peak RSS
 * +44 MB (docs/development.md, «Скорость сборки»). mimalloc reads it once, when the module loads.
 */
export const RESVG_PURGE_DELAY_MS = 1000;

let resvg: Promise<typeof import('@resvg/resvg-js')> | undefined;

/**
 * The resvg module, loaded once; a delay set by the environment is kept. Required, not imported:
 * in a plain `astro build` the cards are drawn in a hook that runs after Vite's module runner,
 * which serves dynamic imports of the pages' code, has closed.
 */
function loadResvg(): Promise<typeof import('@resvg/resvg-js')> {
  process.env.MIMALLOC_PURGE_DELAY ||= String(RESVG_PURGE_DELAY_MS);
  return (resvg ??= Promise.resolve(createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js')));
}

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

let fonts: SatoriFont[] | undefined;

/** PT Sans 400/700: the Cyrillic subset (with «№») and, under another name, the Latin one (digits, Latin letters). */
export function loadFonts(): SatoriFont[] {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const file = (subset: string, weight: number) => readFileSync(require.resolve(`@fontsource/pt-sans/files/pt-sans-${subset}-${weight}-normal.woff`));
  fonts = ([400, 700] as const).flatMap((weight) => [
    { name: OG_FONT_FAMILY, data: file('cyrillic', weight), weight, style: 'normal' as const },
    { name: OG_FONT_FAMILY_LATIN, data: file('latin', weight), weight, style: 'normal' as const },
  ]);
  return fonts;
}

/** The card as SVG (Satori). */
export async function cardSvg(card: OgCard): Promise<string> {
  return satori(cardLayout(card) as never, { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
}

/** The card as a 1200×630 PNG: layout on the main thread, rasterising on resvg's threads, PNG by resvg. */
export async function renderCard(card: OgCard): Promise<Buffer> {
  const [svg, { renderAsync }] = await Promise.all([cardSvg(card), loadResvg()]);
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return image.asPng();
}
