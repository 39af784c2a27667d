/**
 * What a page's social card shows, from what the page says about itself: one function for the
 * page's Open Graph tags (src/layouts/Base.astro) and for the cards the build plans from the
 * content before the pages exist (`plannedCards`, drawn while Astro renders:
 * src/integrations/pages-follower.ts). The build still reads every card back from the built
 * pages (src/lib/og/meta.ts), so a planned card that a page does not show is only drawn in vain,
 * never published.
 */
import { t } from '../../i18n/ru';
import { routes } from '../routes';
import { documentDate, type DocumentEntry, type SchoolEntry, type Site } from '../programme/content';
import type { OgCard } from './card';
import { defaultKind, hasOwnCard } from './kind';
import { formatCardDate } from './meta';

/** What a page passes to Base.astro for its card (all optional: defaults from its section and title). */
export interface OgProps {
  title?: string | undefined;
  kind?: string | undefined;
  date?: string | undefined;
}

/** A page's card as its Open Graph tags carry it. */
export interface PageOg {
  /** The page whose card is shown: the page itself, or `/` for pages that show the home page's card. */
  path: string;
  kind: string;
  title: string;
  /** `YYYY-MM-DD` or `YYYY-MM`, or undefined. */
  date: string | undefined;
}

/**
 * The card of the page at `pathname` titled `title`. Only pages people share have a card of their
 * own (`hasOwnCard`: home, documents, roadmap, schools); reports, blanks, filters and hidden
 * pages show the home page's card instead of drawing thousands of images nobody shares.
 */
export function pageOg(pathname: string, title: string, og: OgProps | undefined, noindex: boolean, programme: string): PageOg {
  const shared = noindex || !hasOwnCard(pathname);
  const path = shared ? '/' : pathname;
  return {
    path,
    kind: shared ? t('og.home') : og?.kind ?? defaultKind(path, t('og.home'), t('og.home')),
    title: shared || path === '/' ? programme : og?.title ?? title,
    date: shared ? undefined : og?.date,
  };
}

/** The card drawn for a page's tags, as the build reads it back from the page (src/lib/og/meta.ts). */
export function cardOf(og: PageOg, organisation: string): OgCard {
  return { title: og.title.trim(), kind: og.kind.trim(), organisation: organisation.trim(), date: formatCardDate(og.date) };
}

/** A school page's card (src/pages/schools/[id].astro): the school's full name. */
export const schoolOg = (school: SchoolEntry): OgProps => ({ title: school.data.name });

/** A document page's card (src/pages/documents/[...id].astro): its kind and date. */
export const documentOg = (site: Site, doc: DocumentEntry): OgProps => ({ kind: t(`kind.${doc.data.kind}`), date: documentDate(site, doc) });

/**
 * The cards of the home page, every school and every document, from the content: nearly all of
 * a site's cards (at 400 schools, 451 of 455), known before Astro renders a page.
 */
export function plannedCards(site: Site): OgCard[] {
  const { programme, organization } = site.settings;
  const card = (path: string, title: string, og: OgProps | undefined) => cardOf(pageOg(path, title, og, false, programme), organization);
  return [
    card(routes.home(), '', undefined),
    ...site.schools.map((s) => card(routes.school(s.id), s.data.shortName, schoolOg(s))),
    ...site.documents.map((d) => card(routes.document(d.id), d.data.title, documentOg(site, d))),
  ];
}
