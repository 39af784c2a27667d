/**
 * HTML remembered for the rest of the build (src/components/site/Memo.astro). The first page that
 * asks for a name renders it; pages rendered at the same time wait for that render instead of
 * starting their own. A failed render is not kept: the next page tries again and fails with its own error.
 */
const kept = new Map<string, Promise<string>>();

export function remembered(name: string, render: () => Promise<string>): Promise<string> {
  let html = kept.get(name);
  if (!html) {
    html = render();
    kept.set(name, html);
    html.catch(() => kept.delete(name));
  }
  return html;
}
