/**
 * Search records of the roadmaps' items, made from the programme rather than read back from the
 * built page: an item's filters name every school that follows it (hundreds in a region), which
 * would otherwise sit in the roadmap page's HTML as an attribute of every item.
 */
import type { Site } from './content';
import type { Programme } from './build';
import type { ItemRecord } from '../search/records';
import { normaliseFilters } from '../search/vocabulary';
import { routes } from '../routes';
import { t } from '../../i18n/ru';
import { understoodInBrackets } from '../status';

/** Ends a sentence unless it already ends with punctuation. */
const sentence = (s: string) => (/[.!?:;…]$/u.test(s) ? s : `${s}.`);

/**
 * One record per roadmap item: it opens the item on the roadmap page
 * (`/roadmap/<id>/#item-2-11`), is titled «2.11. Мастер-класс …» within the roadmap's short
 * title, and is filtered by school, section, status and month, as the item card shows them.
 */
export function roadmapItemRecords(site: Site, p: Programme): ItemRecord[] {
  return p.roadmaps.flatMap((roadmap) => {
    const context = roadmap.entry.data.shortTitle ?? roadmap.entry.data.title;
    const schoolName = (id: string) => site.schoolById.get(id)?.data.shortName ?? id;
    return roadmap.items.map((item) => {
      const title = `${item.number}. ${item.activity}`.replace(/\s+/g, ' ').trim();
      const content = [
        sentence(title),
        `${t('roadmap.deadline')}: ${item.deadline.text}${understoodInBrackets(item.deadline.text, item.understood, t('roadmap.understood').toLowerCase())}.`,
        `${t('roadmap.responsible')}: ${item.responsible.join(', ')}.`,
        // The section's title is searched too: «кадрового потенциала» finds the items of «Развитие кадрового потенциала …».
        `${t('roadmap.filter.section')}: ${sentence(`${item.sectionIndex + 1}. ${item.sectionTitle}`.replace(/\s+/g, ' ').trim())}`,
      ].join(' ');
      return {
        url: routes.roadmap(roadmap.id, item.anchor),
        content,
        meta: { title, context },
        filters: normaliseFilters({
          type: 'roadmap-item',
          school: item.schools.map(schoolName),
          section: `${item.sectionIndex + 1}. ${item.sectionTitle}`,
          status: item.statuses.map((s) => t(`item.${s}`)),
          month: item.months,
        }),
      };
    });
  });
}
