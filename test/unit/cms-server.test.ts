/**
 * The local CMS server of `npm run dev` (scripts/lib/decap-server.ts) over real HTTP on
 * 127.0.0.1, on a throw-away copy of the project whose `.env` says `ORIGIN=*`: it answers only the
 * local site (Host and Origin), and reads and writes only the CMS collections' files and the media
 * folder — traversal, encoded, absolute, symlinked and other-extension paths are refused and the
 * tree outside stays byte-identical.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCmsServer, type CmsServer } from '../../scripts/lib/decap-server';
import { copyProject } from '../helpers/temp-project';

const SITE = 'http://127.0.0.1:4321';
let project: ReturnType<typeof copyProject>;
let cms: CmsServer;
let host: string;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(options: { method?: string; host?: string | null; origin?: string | null; body?: unknown; contentType?: string; path?: string }): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (options.host !== null) headers.host = options.host ?? host;
  if (options.origin !== null) headers.origin = options.origin ?? SITE;
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  if (payload !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: cms.port, path: options.path ?? '/api/v1', method: options.method ?? 'POST', headers, setHost: false }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const persist = (path: string, raw = 'name: x\n', extra: Record<string, unknown> = {}) =>
  send({ body: { action: 'persistEntry', params: { branch: 'main', entry: { slug: 'x', path, raw, ...extra }, assets: [], options: { commitMessage: 'm', collectionName: 'schools', useWorkflow: false, status: 'draft' } } } });
const persistMedia = (path: string, content: Buffer) =>
  send({ body: { action: 'persistMedia', params: { branch: 'main', asset: { path, content: content.toString('base64'), encoding: 'base64' }, options: { commitMessage: 'm' } } } });

/** Path → sha256 of every file in the copy (node_modules is a symlink and is left out). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (name === 'node_modules') continue;
      const st = statSync(full, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const HTML = Buffer.from('<!doctype html><script>alert(document.domain)</script>');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

const saved = { ORIGIN: process.env.ORIGIN, BIND_HOST: process.env.BIND_HOST };
beforeAll(async () => {
  project = copyProject();
  // A committed .env and an inherited environment that would open decap-server's CORS to every site.
  writeFileSync(join(project.dir, '.env'), 'ORIGIN=*\nBIND_HOST=0.0.0.0\nMODE=git\n');
  process.env.ORIGIN = '*';
  process.env.BIND_HOST = '0.0.0.0';
  // Symlinks an attacker could have committed: a report "school" folder leading to scripts/, a school file leading to package.json.
  symlinkSync(join(project.dir, 'scripts'), join(project.dir, 'src/content/reports/evil'), 'dir');
  symlinkSync(join(project.dir, 'package.json'), join(project.dir, 'src/content/schools/pkg.yaml'), 'file');
  cms = await startCmsServer({ root: project.dir, port: 0, siteOrigin: SITE, mode: 'fs', log: false });
  host = `127.0.0.1:${cms.port}`;
});

afterAll(async () => {
  await cms?.stop();
  project?.remove();
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('the local CMS server answers only the local editor', () => {
  it('listens on 127.0.0.1 only, even with BIND_HOST=0.0.0.0 in .env and the environment', () => {
    expect((cms.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('serves the local site: info, a collection listing, CORS for that origin only', async () => {
    const info = await send({ body: { action: 'info' } });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body).type).toBe('local_fs');
    expect(info.headers['access-control-allow-origin']).toBe(SITE);
    const list = await send({ body: { action: 'entriesByFolder', params: { branch: 'main', folder: 'src/content/schools', extension: 'yaml', depth: 1 } } });
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body).length).toBeGreaterThan(3);
    // Decap lists a nested collection's folder as its media folder (the report form waits for it).
    expect((await send({ body: { action: 'getMedia', params: { branch: 'main', mediaFolder: 'src/content/documents' } } })).status).toBe(200);
    expect((await send({ body: { action: 'getMedia', params: { branch: 'main', mediaFolder: 'src/content/reports/zhuravlevskaya-sosh' } } })).status).toBe(200);
    expect((await send({ body: { action: 'getMedia', params: { branch: 'main', mediaFolder: 'src/content/reports/a/b' } } })).status).toBe(403);
    // The `localhost` name of the same site works too.
    expect((await send({ origin: 'http://localhost:4321', host: `localhost:${cms.port}`, body: { action: 'info' } })).status).toBe(200);
  });

  it.each([
    ['a rebinding name', 'evil.example:PORT'],
    ['a name that resolves to 127.0.0.1', '127.0.0.1.nip.io:PORT'],
    ['localhost as a subdomain', 'localhost.evil.example:PORT'],
    ['the right address, another port', '127.0.0.1:1'],
    ['no port', '127.0.0.1'],
    ['an empty Host', ''],
    ['IPv6 loopback', '[::1]:PORT'],
    ['upper-case tricks with a trailing dot', 'LOCALHOST.:PORT'],
  ])('refuses a foreign Host: %s', async (_name, value) => {
    const reply = await send({ host: value.replace('PORT', String(cms.port)), body: { action: 'info' } });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error).toMatch(/отклонён/);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each([
    ['another site', 'http://evil.example'],
    ['another local port', 'http://127.0.0.1:9999'],
    ['https instead of http', 'https://127.0.0.1:4321'],
    ['a look-alike name', 'http://127.0.0.1:4321.evil.example'],
    ['an opaque origin', 'null'],
    ['no Origin header', null],
  ])('refuses a foreign Origin: %s (ORIGIN=* in .env stays closed)', async (_name, origin) => {
    const reply = await send({ origin, body: { action: 'persistEntry', params: { branch: 'main', entry: { slug: 'x', path: 'src/content/schools/from-evil.yaml', raw: 'a: 1\n' }, assets: [], options: { commitMessage: 'm' } } } });
    expect(reply.status).toBe(403);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    expect(existsSync(join(project.dir, 'src/content/schools/from-evil.yaml'))).toBe(false);
    if (origin) {
      const preflight = await send({ method: 'OPTIONS', origin });
      expect(preflight.status).toBe(403);
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('answers a preflight from the local site with that origin, never «*»', async () => {
    const preflight = await send({ method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(SITE);
  });

  it('refuses a form post (text/plain) even from the local origin', async () => {
    const reply = await send({ body: { action: 'info' }, contentType: 'text/plain' });
    expect(reply.status).toBe(415);
  });
});

describe('the local CMS server writes nothing outside the collections and the media folder', () => {
  it('writes a school, a report and a PDF where the CMS puts them', async () => {
    expect((await persist('src/content/schools/novaya-shkola.yaml', 'name: Новая\n')).status).toBe(200);
    expect(readFileSync(join(project.dir, 'src/content/schools/novaya-shkola.yaml'), 'utf8')).toBe('name: Новая\n');
    expect((await persist('src/content/reports/novaya-shkola/2021-09.yaml')).status).toBe(200);
    expect((await persistMedia('public/files/prikaz-147.pdf', PDF)).status).toBe(200);
    expect(readFileSync(join(project.dir, 'public/files/prikaz-147.pdf')).equals(PDF)).toBe(true);
  });

  const entryPaths = [
    '../outside.yaml',
    'src/content/schools/../../../outside.yaml',
    'src/content/schools/../../pages/x.yaml',
    'src/content/schools/./x.yaml',
    'src//content/schools/x.yaml',
    '/etc/setka-test.yaml',
    '/tmp/setka-test.yaml',
    'ABSOLUTE',
    'src/content/schools/%2e%2e/%2e%2e/%2e%2e/outside.yaml',
    'src/content/schools/..%2f..%2f..%2foutside.yaml',
    'src\\content\\schools\\..\\..\\..\\outside.yaml',
    'src/content/schools/x.yaml\u0000.md',
    'src/content/schools/x.yml',
    'src/content/schools/x.YAML',
    'src/content/schools/x.json',
    'src/content/documents/x.mdx',
    'src/content/documents/x.MD',
    'src/content/documents/x.astro',
    'src/content/schools/.env.yaml',
    'src/content/schools/sub/x.yaml',
    'src/content/reports/x.yaml',
    'src/content/reports/a/b/x.yaml',
    'src/content/settings/other.yaml',
    'src/content/schools/школа.yaml',
    'src/content/schools/x .yaml',
    'src/content/reports/evil/2021-09.yaml',
    'src/content/schools/pkg.yaml',
    'package.json',
    '.env',
    'astro.config.mjs',
    'src/content.config.ts',
    'src/pages/pwn.astro',
    'scripts/dev.ts',
    '.git/hooks/pre-commit',
    'public/files/x.html',
    'C:/Windows/x.yaml',
  ];

  it.each(entryPaths)('refuses an entry written to %j', async (raw) => {
    const path = raw === 'ABSOLUTE' ? join(project.dir, 'src/content/schools/abs.yaml') : raw;
    const before = snapshot(project.dir);
    const reply = await persist(path, 'pwned: true\n');
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error).toMatch(/отклонён/);
    expect(snapshot(project.dir)).toEqual(before);
    expect(existsSync('/etc/setka-test.yaml') || existsSync('/tmp/setka-test.yaml')).toBe(false);
  });

  it('refuses a rename (newPath) out of the collection', async () => {
    const before = snapshot(project.dir);
    const reply = await persist('src/content/schools/novaya-shkola.yaml', 'name: x\n', { newPath: 'src/pages/novaya.astro' });
    expect(reply.status).toBe(403);
    expect(snapshot(project.dir)).toEqual(before);
  });

  it.each([
    ['public/files/x.html', HTML],
    ['public/files/x.htm', HTML],
    ['public/files/x.svg', SVG],
    ['public/files/x.SVG', SVG],
    ['public/files/x.js', Buffer.from('alert(1)')],
    ['public/files/x.mjs', Buffer.from('alert(1)')],
    ['public/files/x.xhtml', HTML],
    ['public/files/x.pdf', HTML],
    ['public/files/x.png', SVG],
    ['public/files/x.PDF', PDF],
    ['public/files/x.html.pdf', HTML],
    ['public/files/sub/x.pdf', PDF],
    ['public/x.pdf', PDF],
    ['public/files/../x.pdf', PDF],
    ['public/files/.htaccess', Buffer.from('AddType text/html .pdf')],
    ['public/files/_headers', Buffer.from('/*\n  Content-Security-Policy: none')],
  ])('refuses an upload %s', async (path, content) => {
    const before = snapshot(project.dir);
    const direct = await persistMedia(path, content);
    expect(direct.status).toBe(403);
    // The same file as an asset of an entry.
    const asAsset = await send({
      body: { action: 'persistEntry', params: { branch: 'main', entry: { slug: 'x', path: 'src/content/schools/novaya-shkola.yaml', raw: 'a: 1\n' }, assets: [{ path, content: content.toString('base64'), encoding: 'base64' }], options: { commitMessage: 'm' } } },
    });
    expect(asAsset.status).toBe(403);
    expect(snapshot(project.dir)).toEqual(before);
  });

  it('deletes nothing outside the collections, reads nothing outside them', async () => {
    const before = snapshot(project.dir);
    for (const path of ['package.json', '.env', 'src/content/../package.json', 'src/content/schools/pkg.yaml']) {
      expect((await send({ body: { action: 'deleteFile', params: { branch: 'main', path, options: { commitMessage: 'm' } } } })).status).toBe(403);
      expect((await send({ body: { action: 'getEntry', params: { branch: 'main', path } } })).status).toBe(403);
      expect((await send({ body: { action: 'getMediaFile', params: { branch: 'main', path } } })).status).toBe(403);
    }
    expect((await send({ body: { action: 'deleteFiles', params: { branch: 'main', paths: ['src/content/schools/novaya-shkola.yaml', 'package.json'], options: { commitMessage: 'm' } } } })).status).toBe(403);
    expect((await send({ body: { action: 'entriesByFolder', params: { branch: 'main', folder: '.', extension: 'json', depth: 3 } } })).status).toBe(403);
    expect((await send({ body: { action: 'getMedia', params: { branch: 'main', mediaFolder: 'src' } } })).status).toBe(403);
    expect((await send({ body: { action: 'unknownAction', params: {} } })).status).toBe(403);
    expect(snapshot(project.dir)).toEqual(before);
  });

  it('refuses branch and slug names that git could read as options or paths', async () => {
    for (const params of [
      { branch: '--upload-pack=touch /tmp/x', collection: 'reports', slug: 'a' },
      { branch: 'main', collection: 'reports', slug: '../../x' },
      { branch: 'main', collection: '../x', slug: 'a' },
    ]) {
      expect((await send({ body: { action: 'publishUnpublishedEntry', params } })).status).toBe(403);
    }
  });

  it('is closed to a page that rebinds to 127.0.0.1 even for an allowed write', async () => {
    mkdirSync(join(project.dir, 'public/files'), { recursive: true });
    const reply = await send({ host: `evil.example:${cms.port}`, origin: `http://evil.example:${cms.port}`, body: { action: 'persistMedia', params: { branch: 'main', asset: { path: 'public/files/ok.pdf', content: PDF.toString('base64'), encoding: 'base64' }, options: { commitMessage: 'm' } } } });
    expect(reply.status).toBe(403);
    expect(existsSync(join(project.dir, 'public/files/ok.pdf'))).toBe(false);
  });
});
