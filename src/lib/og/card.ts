/**
 * Social preview cards (Open Graph / Twitter): what a card shows, where its image lives, and
 * the content hash that names it in the on-disk cache.
 */
import { createHash } from 'node:crypto';

/** Size of every card, as Open Graph recommends. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the card's look changes: every cached image is then drawn again. */
export const OG_TEMPLATE_VERSION = 2;

/** What one card shows. */
export interface OgCard {
  /** The page's title. */
  title: string;
  /** What the page is: «Положение», «Дорожная карта», «Школа», «Отчёт»… */
  kind: string;
  /** The organisation publishing the site. */
  organisation: string;
  /** A date the page is about, as shown («8 августа 2021 г.»), or empty. */
  date: string;
}

/** Content hash of a card (and the template version): the cache file name. */
export function cardHash(card: OgCard): string {
  const key = JSON.stringify([OG_TEMPLATE_VERSION, card.title, card.kind, card.organisation, card.date]);
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** Site path of a page's card: `/documents/prikaz-147/` → `/og/documents/prikaz-147.png`, `/` → `/og/index.png`. */
export function ogImagePath(pathname: string): string {
  const clean = decodeURIComponent(pathname)
    .replace(/index\.html$/, '')
    .replace(/\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  return `/og/${clean || 'index'}.png`;
}
