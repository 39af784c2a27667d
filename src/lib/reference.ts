/**
 * Reference text generated from the code, so the documentation cannot drift from it: the
 * statuses (labels and meanings as the site prints them) and the open datasets (every column as
 * the CSV/JSON files write it). `npm run docs` writes it to `docs/statuses-and-data.md`; the
 * `/help/` page shows the statuses part; one test fails when the file is not current.
 */
import { DATASETS } from './export/datasets';
import { ITEM_STATUSES, REPORT_STATUSES } from './status/types';
import { t } from '../i18n/ru';
import { routes } from './routes';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The statuses as Markdown tables (label, meaning), in the order pages list them. */
export function statusesMarkdown(heading = '##'): string {
  return [
    `${heading} Состояние мероприятия для школы`,
    '',
    '| на сайте | когда |',
    '|---|---|',
    ...ITEM_STATUSES.map((s) => `| ${t(`item.${s}`)} | ${cell(t(`item.${s}.hint`))} |`),
    '',
    `${heading} Состояние ежемесячного отчёта школы`,
    '',
    '| на сайте | когда |',
    '|---|---|',
    ...REPORT_STATUSES.map((s) => `| ${t(`report.${s}`)} | ${cell(t(`report.${s}.hint`))} |`),
    '',
  ].join('\n');
}

/** Every published dataset with its columns, as Markdown. */
export function datasetsMarkdown(heading = '##'): string {
  const out: string[] = [];
  for (const d of DATASETS) {
    out.push(`${heading} ${d.id}: ${d.title}`, '', d.description, '', `\`${routes.dataset(d.id, 'csv')}\`, \`${routes.dataset(d.id, 'json')}\``, '', '| столбец | что содержит |', '|---|---|');
    for (const c of d.columns) out.push(`| \`${c.key}\` | ${cell(c.description)} |`);
    out.push('');
  }
  return out.join('\n');
}

/** The whole generated file `docs/statuses-and-data.md`. */
export function referenceMarkdown(): string {
  return [
    '<!-- Этот файл создан командой `npm run docs` из кода (src/lib/reference.ts). Не правьте его руками: правьте надписи в src/i18n/ru.ts и столбцы в src/lib/export/datasets.ts, затем запустите `npm run docs`. -->',
    '',
    '# Состояния и открытые данные',
    '',
    `Надписи и значения — те же, что на страницах сайта и в файлах \`${routes.data()}\`. Как считаются состояния — в [development.md](development.md#состояния).`,
    '',
    statusesMarkdown('##'),
    '# Наборы открытых данных',
    '',
    `Каждый набор есть в двух видах: \`${routes.dataset('<набор>', 'csv')}\` и \`${routes.dataset('<набор>', 'json')}\`. CSV — UTF-8 с меткой BOM, разделитель \`;\`, строки CRLF`,
    '(Excel и LibreOffice с русскими настройками открывают двойным щелчком); значения, которые табличный редактор принял бы за',
    'формулу (`=`, `+`, `-`, `@` в начале), начинаются с `\'`; списки внутри ячейки — через «; », даты — `ГГГГ-ММ-ДД`. JSON содержит',
    'те же строки (ключи — как в коде), а `roadmap.json` — ещё и разделы и мероприятия с разобранным сроком (`deadline`: `kind`,',
    '`start`, `due`, `dates`, `every`, `day`, `reason`), окнами выполнения и числом школ в каждом состоянии (`counts`). Состояние',
    'каждой школы по каждому мероприятию — в одном месте, в наборе `roadmap-status`; его адрес указан у каждой дорожной карты',
    '(`schoolStatuses`). JSON записан в одну строку, без отступов (в масштабе региона отступы вдвое увеличивают `roadmap-status.json`);',
    'для чтения глазами его форматирует любой просмотрщик JSON.',
    '',
    datasetsMarkdown('##'),
  ].join('\n');
}
