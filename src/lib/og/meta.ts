/**
 * The link between a page and its card: Base.astro writes Open Graph meta tags, with the
 * card's kind and date as data attributes on `og:image`; the build reads them back from the
 * built HTML to draw the image.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { capitalize, formatDateLong, formatMonth, isValidIsoDate } from '../dates';
import type { OgCard } from './card';

/** Attribute on `<meta property="og:image">` with the card's kind. */
export const KIND_ATTR = 'data-og-kind';
/** Attribute on `<meta property="og:image">` with the card's date (`YYYY-MM-DD` or `YYYY-MM`). */
export const DATE_ATTR = 'data-og-date';

/** A page's card and where its image goes. */
export interface PageCard {
  card: OgCard;
  /** Site path of the image, from `og:image` (`/og/documents/prikaz-147.png`). */
  imagePath: string;
}

/** «8 августа 2021 г.» for a date, «Октябрь 2021 г.» for a month, '' otherwise. */
export function formatCardDate(value: string | undefined): string {
  if (!value) return '';
  if (isValidIsoDate(value)) return formatDateLong(value);
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return `${capitalize(formatMonth(value))} г.`;
  return '';
}

/** Reads the card from a built page's `<head>`; `null` when the page has no `og:image`. */
export function readPageCard(html: string): PageCard | null {
  const end = html.indexOf('</head>');
  const doc = parseDocument(end >= 0 ? html.slice(0, end) : html);
  const metas = DomUtils.getElementsByTagName('meta', doc.children);
  const prop = (name: string) => metas.find((m) => m.attribs.property === name);
  const image = prop('og:image');
  if (!image?.attribs.content) return null;
  let imagePath: string;
  try {
    imagePath = decodeURIComponent(new URL(image.attribs.content, 'http://x/').pathname);
  } catch {
    return null;
  }
  return {
    imagePath,
    card: {
      title: prop('og:title')?.attribs.content?.trim() ?? '',
      kind: image.attribs[KIND_ATTR]?.trim() ?? '',
      organisation: prop('og:site_name')?.attribs.content?.trim() ?? '',
      date: formatCardDate(image.attribs[DATE_ATTR]),
    },
  };
}
