/**
 * Clause self-links («#» after each numbered clause) copy the clause's full URL on click.
 * Without JavaScript they are plain anchors, which already give a citable URL.
 */
export function enhanceClauseLinks(): void {
  const status = document.getElementById('clause-copy-status');
  document.querySelectorAll<HTMLAnchorElement>('a.clause-link').forEach((link) => {
    link.title = `Скопировать ссылку на пункт ${link.dataset.clause ?? ''}`;
    link.addEventListener('click', (event) => {
      const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
      if (!navigator.clipboard) return;
      event.preventDefault();
      history.replaceState(null, '', url);
      navigator.clipboard.writeText(url).then(
        () => {
          if (status) status.textContent = `Ссылка на пункт ${link.dataset.clause ?? ''} скопирована: ${url}`;
        },
        () => { window.location.hash = link.hash; },
      );
    });
  });
}
