/**
 * Setka's additions to Decap CMS on /admin/ (runs after /admin/decap-cms.js, then starts it):
 * previews with the site's own styles, Latin file names, clearer Russian wording, report lists
 * in words, the date field, the self-filling report form, blank optional fields dropped and bad
 * reports refused before saving (with the messages of `npm run check`, which stays the real gate).
 */
import fonts400 from '@fontsource/pt-sans/400.css?inline';
import fonts700 from '@fontsource/pt-sans/700.css?inline';
import tokens from '../../styles/tokens.css?inline';
import base from '../../styles/base.css?inline';
import previewStyles from './preview.css?inline';
import type { PreviewData } from '../../lib/cms/preview-data';
import { decap } from './decap';
import { previewTemplates } from './previews';
import { dropBlankFields } from './prune';
import { patchSlugTransliteration } from './decap-slug';
import { tuneRussian } from './locale';
import { readableReportList } from './readable-list';
import { searchSchoolsByName } from './search';
import { registerWidgets } from './widgets';
import { refuseBadReport, rememberSavedReport } from './validate';
import { createFrontmatterFormat, createYamlFormat } from '../../lib/cms/yaml-format';
import { routes } from '../../lib/routes';

const { cms, h, createClass } = decap();

let previewData: PreviewData | undefined;
const loaded = fetch(routes.adminFile('preview-data.json'))
  .then((r) => (r.ok ? (r.json() as Promise<PreviewData>) : undefined))
  .then((d) => {
    previewData = d;
  })
  .catch(() => undefined);
const data = () => previewData;

cms.registerPreviewStyle([fonts400, fonts700, tokens, base, previewStyles].join('\n'), { raw: true });
const { DocumentPreview, ReportPreview, RoadmapPreview } = previewTemplates(h, data);
cms.registerPreviewTemplate('documents', DocumentPreview);
cms.registerPreviewTemplate('roadmaps', RoadmapPreview);
cms.registerPreviewTemplate('reports', ReportPreview);
registerWidgets(cms, h, createClass, data);
// Saving changes only the edited lines (no re-wrapping, quotes kept): reviews see a small diff.
cms.registerCustomFormat('setka-yaml', 'yaml', createYamlFormat());
cms.registerCustomFormat('setka-frontmatter', 'md', createFrontmatterFormat());
cms.registerEventListener({ name: 'preSave', handler: dropBlankFields });
cms.registerEventListener({ name: 'preSave', handler: refuseBadReport(data) });
cms.registerEventListener({ name: 'postSave', handler: rememberSavedReport(data) });
readableReportList(data);
searchSchoolsByName(data);

if (!patchSlugTransliteration()) {
  console.error('Setka: не удалось включить латинские имена файлов в Decap CMS — новые записи называйте латиницей или обновите src/client/cms/decap-slug.ts.');
}
tuneRussian(cms);
// /admin/manual-init.js held Decap back until everything above was registered; the form data
// (items due, coordinators, existing reports) is there before the first form opens.
document.documentElement.dataset.setkaCms = 'starting';
void loaded.then(() => {
  cms.init();
  document.documentElement.dataset.setkaCms = 'ready';
});
