import { renderDocument } from '../../lib/markdown';
import { formatDateLong, formatDateQuoted, isValidIsoDate } from '../../lib/dates';
import { reportPreview } from '../../lib/cms/report-preview';
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

  return { DocumentPreview, ReportPreview };
}
