/**
 * Setka's additions to Decap CMS on /admin/ (runs after /admin/decap-cms.js, then starts it):
 * previews with the site's own styles, Latin file names, clearer Russian wording, report lists
 * in words, and blank optional fields dropped before saving. Decap's own rules stay light; `npm run check` is the real gate.
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

const { cms, h } = decap();

let previewData: PreviewData | undefined;
fetch('/admin/preview-data.json')
  .then((r) => (r.ok ? (r.json() as Promise<PreviewData>) : undefined))
  .then((d) => {
    previewData = d;
  })
  .catch(() => undefined);

cms.registerPreviewStyle([fonts400, fonts700, tokens, base, previewStyles].join('\n'), { raw: true });
const { DocumentPreview, ReportPreview } = previewTemplates(h, () => previewData);
cms.registerPreviewTemplate('documents', DocumentPreview);
cms.registerPreviewTemplate('reports', ReportPreview);
cms.registerEventListener({ name: 'preSave', handler: dropBlankFields });
readableReportList(() => previewData);

if (!patchSlugTransliteration()) {
  console.error('Setka: не удалось включить латинские имена файлов в Decap CMS — новые записи называйте латиницей или обновите src/client/cms/decap-slug.ts.');
}
tuneRussian(cms);
// /admin/manual-init.js held Decap back until everything above was registered.
cms.init();
document.documentElement.dataset.setkaCms = 'ready';
