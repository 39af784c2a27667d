/**
 * What the build's last step (the search index and the preview cards) takes from one built page:
 * its card, read from the `<head>`, and, for a page with search regions, those regions cut out
 * and spaced for excerpts. A page from the page cache (src/lib/page-cache/) comes with its digest,
 * so the last step does not read the page again.
 */
import { readPageCard, type PageCard } from '../og/meta';
import { searchFragment } from './fragment';
import { spaceAdjacentBoxes } from './spacing';

export interface PageDigest {
  /** The page's preview card, or null when it has none. */
  card: PageCard | null;
  /** What Pagefind indexes, or null for a page with no search region (nothing to find on it). */
  search: string | null;
}

/** The digest of a built HTML page. */
export function pageDigest(html: string): PageDigest {
  return {
    card: readPageCard(html),
    // Pages without a search region hold nothing to find (Pagefind skips them once any page has one).
    search: html.includes('data-pagefind-body') ? spaceAdjacentBoxes(searchFragment(html)) : null,
  };
}
