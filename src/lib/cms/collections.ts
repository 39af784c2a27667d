import type { z } from 'astro/zod';
import { collectionFiles, schemas, type CollectionName } from '../../schemas';
import { t, type UiKey } from '../../i18n/ru';
import { routes } from '../routes';
import { fieldsOf, type FieldContext } from './fields';
import { toJsonSchema } from './json-schema';
import type { CmsCollection, CmsField, FolderCollection } from './types';

/** Where the CMS writes: the same folders the content collections read (src/schemas/index.ts). */
export function contentFolder(name: CollectionName): string {
  return `src/content/${collectionFiles[name].dir}`;
}

/** Form fields of a collection, straight from its Zod schema. */
export function schemaFields(name: CollectionName, ctx: FieldContext): CmsField[] {
  return fieldsOf(toJsonSchema(schemas[name] as z.ZodType), name, ctx);
}

/** The Markdown body of a document: raw mode only, so «1.», «2.1.» stay exactly as typed (the rich editor would renumber lists). */
export function documentBodyField(): CmsField {
  return { name: 'body', label: t('cms.body'), widget: 'markdown', required: true, modes: ['raw'], hint: t('cms.body.hint') };
}

/** Fields the CMS has beyond the schema, by collection: the test allows exactly these. */
export const extraFields: Partial<Record<CollectionName, string[]>> = { documents: ['body'] };

/** Decap's `preview_path` is relative to `site_url`: the route without its leading slash. */
const previewPath = (path: string) => path.replace(/^\//, '');

type FolderSettings = Omit<FolderCollection, 'name' | 'label' | 'label_singular' | 'description' | 'folder' | 'fields' | 'create'>;

/**
 * Files are written by Setka's formats (src/lib/cms/yaml-format.ts, registered in the browser):
 * saving changes only the lines that were edited.
 *
 * File naming and list layout per collection. Slugs come from readable fields and are
 * transliterated to Latin in the browser (src/client/cms/decap-slug.ts); a report is saved as
 * `reports/<school>/<yyyy-mm>.yaml`, one file per school and month.
 */
const folderSettings: Record<Exclude<CollectionName, 'settings'>, FolderSettings> = {
  documents: {
    extension: 'md',
    format: 'setka-frontmatter',
    slug: '{{title | truncate(48)}}',
    identifier_field: 'title',
    summary: '{{title}}',
    preview_path: previewPath(routes.document('{{slug}}')),
    sortable_fields: ['date', 'title', 'kind'],
    view_filters: [
      { label: 'Приказы', field: 'kind', pattern: 'order' },
      { label: 'Положения', field: 'kind', pattern: 'regulation' },
      { label: 'Проекты', field: 'status', pattern: 'draft' },
    ],
    editor: { preview: true },
  },
  schools: {
    extension: 'yaml',
    format: 'setka-yaml',
    slug: '{{shortName}}',
    identifier_field: 'shortName',
    summary: '{{shortName}}',
    preview_path: previewPath(routes.school('{{slug}}')),
    sortable_fields: ['shortName', 'category'],
    view_filters: [
      { label: 'Школы-партнёры', field: 'category', pattern: 'partner' },
      { label: 'Школы, которым помогают', field: 'category', pattern: '^(low-results|difficult-conditions|both)$' },
    ],
    editor: { preview: false },
  },
  pairings: {
    extension: 'yaml',
    format: 'setka-yaml',
    slug: '{{title | truncate(40)}}',
    identifier_field: 'title',
    summary: '{{title}}',
    preview_path: previewPath(routes.pairs()),
    editor: { preview: false },
  },
  // One file per pair, `pairs/<list>/<school>.yaml`: a list of hundreds of rows opens a row at a time.
  pairs: {
    extension: 'yaml',
    format: 'setka-yaml',
    path: '{{list}}/{{slug}}',
    slug: '{{fields.school}}',
    identifier_field: 'school',
    // Ids in the file, names in the list (src/client/cms/readable-list.ts); `{{school}}` bare so Decap's search looks at it.
    summary: '№ {{fields.number}} · {{school}} ← {{partner}}',
    preview_path: previewPath(routes.pairs()),
    // List order, as in the order's appendix.
    sortable_fields: [{ field: 'number', default_sort: 'asc' }, 'school', 'partner'],
    view_groups: [
      { label: 'Перечень', field: 'list' },
      { label: 'Школа-партнёр', field: 'partner' },
    ],
    editor: { preview: false },
  },
  roadmaps: {
    extension: 'yaml',
    format: 'setka-yaml',
    slug: '{{title | truncate(40)}}',
    identifier_field: 'title',
    summary: '{{title}}',
    preview_path: previewPath(routes.roadmap('{{slug}}')),
    // The preview shows each deadline «как понят» and flags the ones not understood.
    editor: { preview: true },
  },
  reports: {
    extension: 'yaml',
    format: 'setka-yaml',
    // `{{month}}` alone is Decap's date placeholder (the current month), so the slug says `fields.month`;
    // the path template is lower-cased with dots turned into dashes before use, so it names `{{school}}` bare.
    path: '{{school}}/{{slug}}',
    slug: '{{fields.month}}',
    identifier_field: 'month',
    // «Просмотр»: the report's page, /reports/<school>/<yyyy-mm>/ (the entry's folder and file name).
    preview_path: previewPath(routes.report('{{dirname}}', '{{filename}}')),
    // `{{school}}` (not `fields.school`): Decap searches the fields a summary names this way, so a
    // school's reports are found by its id — and by its name, transliterated (src/client/cms/search.ts).
    summary: '{{fields.month}} · {{school}}',
    // Newest month first: the list opens on what was just filed.
    sortable_fields: [{ field: 'month', default_sort: 'desc' }, 'school', 'submitted'],
    view_groups: [
      { label: 'Школа', field: 'school' },
      { label: 'Месяц', field: 'month' },
    ],
    editor: { preview: true },
  },
};

/** Every collection of the site as a Decap collection: reports first (the form most people open), settings last. */
export function cmsCollections(ctx: FieldContext): CmsCollection[] {
  const settings: CmsCollection = {
    name: 'settings',
    label: t('cms.collection.settings'),
    editor: { preview: false },
    format: 'setka-yaml',
    files: [{ name: 'site', label: t('cms.collection.settings'), file: `${contentFolder('settings')}/site.yaml`, fields: schemaFields('settings', ctx) }],
  };
  const folders = (Object.keys(folderSettings) as Array<keyof typeof folderSettings>).map((name): FolderCollection => {
    const fields = schemaFields(name, ctx);
    return {
      name,
      label: t(`cms.collection.${name}` as UiKey),
      label_singular: t(`cms.collection.${name}.one` as UiKey),
      description: t(`cms.collection.${name}.about` as UiKey),
      folder: contentFolder(name),
      create: true,
      ...folderSettings[name],
      fields: name === 'documents' ? [...fields, documentBodyField()] : fields,
    };
  });
  const order: string[] = ['reports', 'documents', 'schools', 'pairs', 'pairings', 'roadmaps'];
  folders.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  return [...folders, settings];
}
