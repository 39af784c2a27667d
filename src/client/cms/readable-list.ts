import { readableReportSummary } from '../../lib/cms/report-preview';
import type { PreviewData } from '../../lib/cms/preview-data';

/**
 * Decap's entry lists can only show a file's own fields, so a report reads `2021-09 ·
 * nikolskaya-sh`. This rewrites such text in place to `Сентябрь 2021 · Никольская средняя
 * школа` whenever Decap draws it. Only the text of existing nodes changes (React keeps its
 * nodes); if Decap's markup changes, the list simply shows the ids again.
 */
export function readableReportList(data: () => PreviewData | undefined): void {
  const root = document.body;
  const rewrite = (node: Node) => {
    const index = data();
    if (!index) return;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const value = text.nodeValue ?? '';
      if (!value.includes(' · ') && !/^(Школа|Школа-партнёр|Месяц) /.test(value)) continue;
      const readable = readableReportSummary(value, index);
      if (readable !== value) text.nodeValue = readable;
    }
  };
  let scheduled = false;
  new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      rewrite(root);
    });
  }).observe(root, { childList: true, subtree: true, characterData: true });
}
