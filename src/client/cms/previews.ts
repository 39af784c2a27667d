import { renderDocument } from '../../lib/markdown';
import { formatDateLong, formatDateQuoted, isValidIsoDate } from '../../lib/dates';
import { reportPreview } from '../../lib/cms/report-preview';
import { roadmapPreview } from '../../lib/cms/roadmap-preview';
import type { PreviewData } from '../../lib/cms/preview-data';
import { t } from '../../i18n/ru';
import type { CreateElement, PreviewProps } from './decap';

interface DocumentLike {
  kind?: string;
  title?: string;
  number?: string;
  date?: string;
  issuer?: string;
  status?: string;
  signedBy?: { position?: string; name?: string };
  approval?: { heading?: string; authority?: string; number?: string; date?: string };
  appendixOf?: { number?: string };
  body?: string;
}

const STATUS_CLASS: Record<string, string> = { done: 'ok', partial: 'warn', 'not-done': 'bad' };

/** Preview templates built on React's createElement (`window.h`), shaped like the published pages. */
export function previewTemplates(h: CreateElement, data: () => PreviewData | undefined) {
  const date = (value: string | undefined) => (value && isValidIsoDate(value) ? formatDateLong(value) : value ?? '');

  function DocumentPreview({ entry }: PreviewProps) {
    const doc = (entry.get('data') as { toJS(): DocumentLike }).toJS();
    const { html } = renderDocument(doc.body ?? '', { trust: 'staff' });
    const approval = doc.approval;
    return h(
      'article',
      { className: 'cms-preview document' },
      approval?.authority &&
        h(
          'div',
          { className: 'approval' },
          doc.appendixOf?.number && h('p', null, `Приложение № ${doc.appendixOf.number}`),
          approval.heading && h('p', { className: 'approval__heading' }, approval.heading),
          h('p', null, approval.authority),
          h('p', null, `от ${approval.date && isValidIsoDate(approval.date) ? formatDateQuoted(approval.date) : '…'} № ${approval.number ?? '…'}`),
        ),
      doc.issuer && h('p', { className: 'document__issuer' }, doc.issuer),
      doc.kind === 'order' && h('p', { className: 'document__kind' }, t('kind.order')),
      doc.kind === 'order' && (doc.date || doc.number) && h('p', { className: 'document__dateline' }, h('span', null, date(doc.date)), doc.number && h('span', null, `№ ${doc.number}`)),
      h('h1', { className: 'document__title' }, doc.title ?? ''),
      doc.status && doc.status !== 'in-force' && h('p', { className: 'cms-preview__note' }, `${t('documents.status')}: ${t(`status.${doc.status}` as 'status.draft')}`),
      h('div', { className: 'document__body prose', dangerouslySetInnerHTML: { __html: html } }),
      doc.signedBy && h('div', { className: 'document__signature' }, h('p', null, doc.signedBy.position ?? ''), h('p', null, doc.signedBy.name ?? '')),
    );
  }

  function ReportPreview({ entry }: PreviewProps) {
    const index = data();
    if (!index) return h('p', null, 'Загрузка…');
    const report = reportPreview((entry.get('data') as { toJS(): Record<string, never> }).toJS(), index);
    const missing = report.rows.filter((r) => r.reasonMissing).length;
    return h(
      'article',
      { className: 'cms-preview report' },
      h('p', { className: 'cms-preview__kicker' }, 'Отчёт об исполнении «дорожной карты»'),
      h('h1', null, [report.schoolName, report.monthLabel].filter(Boolean).join(' — ')),
      h(
        'dl',
        { className: 'report__meta' },
        report.schoolFullName && h('div', null, h('dt', null, 'Школа'), h('dd', null, report.schoolFullName)),
        report.roadmapTitle && h('div', null, h('dt', null, 'Дорожная карта'), h('dd', null, report.roadmapTitle)),
        report.submitted &&
          h(
            'div',
            null,
            h('dt', null, 'Отправлен'),
            h('dd', null, report.submitted, report.timeliness && h('span', { className: `badge badge--${report.timeliness === 'on-time' ? 'ok' : 'bad'}` }, report.timeliness === 'on-time' ? `в срок (до ${report.dueDate})` : `с опозданием (срок ${report.dueDate})`)),
          ),
        report.author && h('div', null, h('dt', null, 'Заполнил'), h('dd', null, report.author)),
      ),
      missing > 0 && h('p', { className: 'cms-preview__error', role: 'alert' }, `Не указано обоснование невыполнения (строк: ${missing}). Отчёт не пройдёт проверку, пока его нет.`),
      h(
        'div',
        { className: 'table-scroll', role: 'region', 'aria-label': 'Мероприятия отчёта', tabIndex: 0 },
        h(
          'table',
          { className: 'report__table' },
          h('caption', null, 'Исполнение мероприятий'),
          h('thead', null, h('tr', null, ...['№', 'Мероприятие', 'Результат', 'Выполнение', 'Обоснование невыполнения'].map((c) => h('th', { scope: 'col', key: c }, c)))),
          h(
            'tbody',
            null,
            ...report.rows.map((row, i) =>
              h(
                'tr',
                { key: `${i}-${row.item}` },
                h('th', { scope: 'row' }, row.item),
                h('td', null, row.activity),
                h('td', null, row.result),
                h('td', null, row.statusLabel && h('span', { className: `badge badge--${STATUS_CLASS[row.status] ?? 'neutral'}` }, row.statusLabel)),
                h('td', null, row.reasonMissing ? h('strong', { className: 'cms-preview__missing' }, 'Не указано — обязательно') : row.reason),
              ),
            ),
          ),
        ),
      ),
    );
  }

  function RoadmapPreview({ entry }: PreviewProps) {
    const model = roadmapPreview((entry.get('data') as { toJS(): Record<string, never> }).toJS());
    return h(
      'article',
      { className: 'cms-preview roadmap' },
      h('h1', null, model.title),
      h(
        'p',
        { className: model.unparsed > 0 ? 'cms-preview__error' : 'cms-preview__note', role: model.unparsed > 0 ? 'alert' : undefined },
        model.unparsed > 0 ? t('cms.roadmap.unparsed').replace('{count}', String(model.unparsed)) : t('cms.roadmap.allParsed'),
      ),
      ...model.sections.map((section, s) =>
        h(
          'section',
          { key: `s${s}` },
          h('h2', null, section.title),
          h(
            'div',
            { className: 'table-scroll', role: 'region', 'aria-label': section.title, tabIndex: 0 },
            h(
              'table',
              { className: 'report__table' },
              h('thead', null, h('tr', null, ...[t('roadmap.number'), t('roadmap.activity'), t('roadmap.deadline'), t('roadmap.understood')].map((c) => h('th', { scope: 'col', key: c }, c)))),
              h(
                'tbody',
                null,
                ...section.items.map((item, i) =>
                  h(
                    'tr',
                    { key: `${s}-${i}`, 'data-unparsed': item.unparsed ? '' : undefined },
                    h('th', { scope: 'row' }, item.number),
                    h('td', null, item.activity),
                    h('td', null, item.deadline),
                    h('td', null, item.unparsed ? h('strong', { className: 'cms-preview__missing' }, `⚠ ${item.understood}`) : item.understood),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  }

  return { DocumentPreview, ReportPreview, RoadmapPreview };
}
