import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardHash, ogImagePath, OG_HEIGHT, OG_WIDTH, type OgCard } from '../../src/lib/og/card';
import { defaultKind, hasOwnCard } from '../../src/lib/og/kind';
import { cardLayout, titleFontSize, truncate, type OgNode } from '../../src/lib/og/layout';
import { formatCardDate, readPageCard } from '../../src/lib/og/meta';
import { pngSize } from '../../src/lib/og/png';
import { RESVG_PURGE_DELAY_MS } from '../../src/lib/og/render';

const card: OgCard = { title: 'Об организации сетевого взаимодействия', kind: 'Приказ', organisation: 'Управление образования', date: '8 августа 2021 г.' };

describe('cardHash', () => {
  it('is stable for the same card and changes with any field', () => {
    expect(cardHash(card)).toBe(cardHash({ ...card }));
    expect(cardHash(card)).toMatch(/^[0-9a-f]{32}$/);
    const variants = [{ title: 'Другой' }, { kind: 'Положение' }, { organisation: 'Другое' }, { date: '' }].map((v) => cardHash({ ...card, ...v }));
    expect(new Set([cardHash(card), ...variants]).size).toBe(5);
  });

  it('does not confuse fields whose texts shift between them', () => {
    expect(cardHash({ ...card, title: 'а', kind: 'бв' })).not.toBe(cardHash({ ...card, title: 'аб', kind: 'в' }));
  });
});

describe('ogImagePath', () => {
  it.each([
    ['/', '/og/index.png'],
    ['/documents/', '/og/documents.png'],
    ['/documents/prikaz-147/', '/og/documents/prikaz-147.png'],
    ['/reports/zhuravlevskaya-sosh/2021-10/', '/og/reports/zhuravlevskaya-sosh/2021-10.png'],
    ['/404.html', '/og/404.png'],
    ['/reports/page/2/index.html', '/og/reports/page/2.png'],
  ])('%s → %s', (path, expected) => {
    expect(ogImagePath(path)).toBe(expected);
  });
});

describe('defaultKind', () => {
  it.each([
    ['/', 'Главная'],
    ['/documents/', 'Документы'],
    ['/documents/polozhenie/', 'Документ'],
    ['/schools/', 'Школы'],
    ['/schools/zhuravlevskaya-sosh/', 'Школа'],
    ['/reports/', 'Отчёты'],
    ['/reports/page/2/', 'Отчёты'],
    ['/reports/zhuravlevskaya-sosh/2021-10/', 'Отчёт'],
    ['/roadmap/dorozhnaya-karta-2021/', 'Дорожная карта'],
    ['/calendar/', 'Прочее'],
  ])('%s → %s', (path, expected) => {
    expect(defaultKind(path, 'Главная', 'Прочее')).toBe(expected);
  });
});

describe('card layout', () => {
  it.each([
    ['МОУ «Журавлевская СОШ»', 72],
    ['Об организации сетевого взаимодействия школ района и области', 60],
    ['Положение о сетевом взаимодействии по повышению качества образования в школах с низкими результатами', 50],
    ['x'.repeat(190), 42],
    ['x'.repeat(191), 36],
  ])('title of %#: %s px', (title, size) => {
    expect(titleFontSize(title)).toBe(size);
  });

  it('cuts long text at a word, with an ellipsis', () => {
    expect(truncate('один два три четыре', 100)).toBe('один два три четыре');
    expect(truncate('  один   два  ', 100)).toBe('один два');
    expect(truncate('первое второе третье, четвёртое', 22)).toBe('первое второе третье…');
    expect([...truncate('слово '.repeat(100), 240)].length).toBeLessThanOrEqual(240);
  });

  it('is a 1200×630 box with the kind, date, title and organisation', () => {
    const root = cardLayout(card);
    expect(root.props.style).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT, boxSizing: 'border-box' });
    const texts: string[] = [];
    const walk = (n: OgNode | string) => {
      if (typeof n === 'string') texts.push(n);
      else [n.props.children ?? []].flat().forEach((c) => walk(c as OgNode | string));
    };
    walk(root);
    expect(texts).toEqual(['Приказ', '8 августа 2021 г.', 'Об организации сетевого взаимодействия', 'Управление образования']);
  });
});

describe('reading the card from a page', () => {
  it.each([
    ['2021-08-08', '8 августа 2021 г.'],
    ['2021-10', 'Октябрь 2021 г.'],
    ['2021-02-31', ''],
    ['', ''],
    [undefined, ''],
  ])('date %s → «%s»', (value, expected) => {
    expect(formatCardDate(value)).toBe(expected);
  });

  it('reads title, kind, organisation, date and the image path (entities decoded)', () => {
    const html = `<!doctype html><html lang="ru"><head>
      <meta property="og:site_name" content="Управление &quot;образования&quot;">
      <meta property="og:title" content="МОУ &laquo;Журавлевская СОШ&raquo; &amp; №&nbsp;1">
      <meta property="og:image" content="https://setka.example.ru/og/schools/zhuravlevskaya-sosh.png" data-og-kind="Школа" data-og-date="2021-10">
      </head><body><meta property="og:title" content="не отсюда"></body></html>`;
    expect(readPageCard(html)).toEqual({
      imagePath: '/og/schools/zhuravlevskaya-sosh.png',
      card: { title: 'МОУ «Журавлевская СОШ» & №\u00a01', kind: 'Школа', organisation: 'Управление "образования"', date: 'Октябрь 2021 г.' },
    });
  });

  it('returns null for a page without og:image', () => {
    expect(readPageCard('<html><head><title>CMS</title></head></html>')).toBeNull();
  });
});

describe('pngSize', () => {
  const header = (w: number, h: number, chunk = 'IHDR') => {
    const b = new Uint8Array(33);
    b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    b.set([...chunk].map((c) => c.charCodeAt(0)), 12);
    new DataView(b.buffer).setUint32(16, w);
    new DataView(b.buffer).setUint32(20, h);
    return b;
  };
  it('reads width and height from IHDR', () => {
    expect(pngSize(header(1200, 630))).toEqual({ width: 1200, height: 630 });
  });
  it.each([
    ['not a PNG', new TextEncoder().encode('GIF89a……………………………………………………')],
    ['too short', header(1, 1).subarray(0, 20)],
    ['first chunk not IHDR', header(1200, 630, 'IDAT')],
  ])('null when %s', (_name, bytes) => {
    expect(pngSize(bytes)).toBeNull();
  });
});

describe('hasOwnCard', () => {
  it('draws cards for pages people share only', () => {
    for (const path of ['/', '/documents/', '/documents/prikaz-147/', '/documents/a/b/', '/roadmap/', '/roadmap/dorozhnaya-karta-2021/', '/schools/', '/schools/zhuravlevskaya-sosh/']) expect(hasOwnCard(path), path).toBe(true);
    for (const path of ['/reports/', '/reports/x/2021-10/', '/forms/report/x/', '/roadmap/r/month/2021-10/', '/roadmap/r/status/due/', '/search/', '/pairs/']) expect(hasOwnCard(path), path).toBe(false);
  });
});

describe('drawing cards', () => {
  // A process of its own: resvg's allocator reads its settings once, when the module loads.
  const draw = (env: Record<string, string>) => {
    const script = `
      import { renderCard } from './src/lib/og/render.ts';
      import { pngSize } from './src/lib/og/png.ts';
      const card = { title: 'Муниципальное бюджетное общеобразовательное учреждение «Никольская средняя школа»', kind: 'Школа', organisation: 'Управление образования', date: '' };
      const first = await renderCard(card);
      const draw = async (n) => { let next = 0; await Promise.all(Array.from({ length: 4 }, async () => { while (next < n) await renderCard({ ...card, title: card.title + ' ' + next++ }); })); };
      await draw(32); // the build's first cards, while the allocator grows
      const before = process.resourceUsage().minorPageFault;
      await draw(48);
      console.log(JSON.stringify({ size: pngSize(first), delay: process.env.MIMALLOC_PURGE_DELAY, faults: (process.resourceUsage().minorPageFault - before) / 48 }));`;
    const base = { ...process.env };
    delete base.MIMALLOC_PURGE_DELAY;
    const r = spawnSync(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), '--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8', env: { ...base, ...env } });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as { size: { width: number; height: number }; delay: string; faults: number };
  };

  it('keeps freed pixel memory for the next cards instead of touching fresh pages for each (a 1200×630 card is 738 pages of 4 KB)', () => {
    const kept = draw({});
    expect(kept.size).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(kept.delay).toBe(String(RESVG_PURGE_DELAY_MS));
    // Handed back after 10 ms (mimalloc's default), each card faulted in about 1,270 pages here; kept for 1 s, about 270.
    const handedBack = draw({ MIMALLOC_PURGE_DELAY: '10' });
    expect(handedBack.delay).toBe('10');
    expect(kept.faults).toBeLessThan(handedBack.faults / 2);
  }, 60_000);
});
