/**
 * Draws a card to PNG: Satori lays it out to SVG with the self-hosted PT Sans (Cyrillic and
 * Latin subsets from @fontsource/pt-sans), resvg rasterises it on its worker threads and
 * encodes the PNG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './card';
import { cardLayout, OG_FONT_FAMILY, OG_FONT_FAMILY_LATIN } from './layout';

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
  const svg = await cardSvg(card);
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return image.asPng();
}
