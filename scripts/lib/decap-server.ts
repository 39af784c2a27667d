/**
 * The local CMS server of `npm run dev`: Setka's own small HTTP server on 127.0.0.1 that mounts
 * decap-server's request handlers (`registerLocalFs` / `registerLocalGit` from
 * `decap-server/dist/middlewares.js`) behind its own gates:
 *
 * - Host: only `127.0.0.1:<port>` / `localhost:<port>` — a page on another name that rebinds its
 *   DNS to 127.0.0.1 (DNS rebinding) is refused;
 * - Origin: only the local site (the Astro dev server that serves /admin/); a request without an
 *   Origin is refused too (every browser sends one with a POST);
 * - CORS is answered here, for that one origin; decap-server's own CORS, logging and `.env`
 *   are not used (its stand-alone entry loads the project's `.env` and obeys `ORIGIN=*`);
 * - paths: reads and writes only to the files of the CMS collections (their folders and
 *   extensions) and the media folder (declared types, content checked), taken from the generated
 *   CMS configuration; no `..`, no absolute or encoded paths, no symlinks on the way.
 */
import { lstat, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { buildCmsConfig } from '../../src/lib/cms/config';
import { classifyPath, cmsPathRules, isPlainSlug, plainSegments, type CmsPathRules } from '../../src/lib/safety/cms-paths';
import { inspectMedia, MEDIA_EXTENSIONS_TEXT } from '../../src/lib/safety/media';

/** The only address the CMS server listens on: it writes into the repository without a login. */
export const LOOPBACK = '127.0.0.1';

/** Largest request body (an uploaded file travels as base64 inside JSON). */
const BODY_LIMIT = 50 * 1024 * 1024;

export interface CmsServerOptions {
  /** Repository the CMS edits (default: the current directory). */
  root?: string;
  /** Port (default 8081, what the generated config expects; 0 = any free port). */
  port?: number;
  /** Origin(s) of the site that serves /admin/, e.g. `http://127.0.0.1:4321` (its `localhost` twin is added). */
  siteOrigin: string | string[];
  /** `fs` writes files into the working tree; `git` commits (and keeps drafts on cms/* branches). */
  mode?: 'fs' | 'git';
  /** Print refused requests and decap-server's errors (default true). */
  log?: boolean;
  /** Where the CMS may read and write (default: from the generated CMS configuration). */
  rules?: CmsPathRules;
}

export interface CmsServer {
  server: Server;
  port: number;
  url: string;
  stop(): Promise<void>;
}

type Handler = (req: unknown, res: unknown, next: () => void) => unknown;

/** The paths of the generated CMS configuration (collections and media folder do not depend on the settings' values). */
export function defaultRules(): CmsPathRules {
  return cmsPathRules(
    buildCmsConfig({ settings: { siteUrl: 'http://127.0.0.1/', cms: { backend: 'github', branch: 'main', editorialWorkflow: false } }, roadmaps: [] }),
  );
}

/** decap-server's handlers (validator, then action handler), without its CORS, logging and body parser. */
async function decapHandlers(root: string, mode: 'fs' | 'git', log: boolean): Promise<Handler[]> {
  const require = createRequire(import.meta.url);
  const middlewares = require('decap-server/dist/middlewares.js') as Record<'registerLocalFs' | 'registerLocalGit', (app: unknown, options: { logLevel?: string }) => Promise<void>>;
  const handlers: Handler[] = [];
  const app = {
    use: () => undefined, // morgan, cors({ origin: process.env.ORIGIN … }), express.json: replaced by this server
    post: (_path: string, handler: Handler) => void handlers.push(handler),
  };
  // decap-server reads the repository path from the environment when it registers.
  const saved = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = root;
  try {
    await middlewares[mode === 'git' ? 'registerLocalGit' : 'registerLocalFs'](app, { logLevel: log ? 'warn' : 'error' });
  } finally {
    if (saved === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = saved;
  }
  if (handlers.length !== 2) throw new Error(`decap-server: ожидались 2 обработчика /api/v1, получено ${handlers.length}`);
  return handlers;
}

/** The allowed origins: each given origin and its `localhost` / `127.0.0.1` twin. */
function originSet(siteOrigin: string | string[]): Set<string> {
  const out = new Set<string>();
  for (const o of Array.isArray(siteOrigin) ? siteOrigin : [siteOrigin]) {
    const url = new URL(o);
    out.add(url.origin);
    if (url.hostname === '127.0.0.1') out.add(`${url.protocol}//localhost${url.port ? `:${url.port}` : ''}`);
    if (url.hostname === 'localhost') out.add(`${url.protocol}//127.0.0.1${url.port ? `:${url.port}` : ''}`);
  }
  return out;
}

class Refusal extends Error {}

/** No symbolic link between the repository root and `path` (a link could lead a write out of the collection folder). */
async function assertNoSymlink(realRoot: string, path: string): Promise<void> {
  let current = realRoot;
  for (const segment of path.split('/')) {
    current = join(current, segment);
    try {
      if ((await lstat(current)).isSymbolicLink()) throw new Refusal(`путь «${path}» проходит через символическую ссылку`);
    } catch (error) {
      if (error instanceof Refusal) throw error;
      return; // does not exist yet: nothing below it can be a link
    }
  }
}

type Params = Record<string, unknown>;

/**
 * Checks one request body against the rules; throws a Refusal with a Russian reason.
 * Every path the action names is checked; unknown actions are refused.
 */
async function guardBody(body: unknown, rules: CmsPathRules, realRoot: string): Promise<void> {
  if (!body || typeof body !== 'object') throw new Refusal('тело запроса не JSON-объект');
  const { action, params: raw } = body as { action?: unknown; params?: unknown };
  const params = (raw && typeof raw === 'object' ? raw : {}) as Params;
  const paths: string[] = [];
  const entry = (p: unknown) => {
    const v = classifyPath(rules, p);
    if (!v.ok || v.kind !== 'entry') throw new Refusal(`«${String(p)}» — не файл коллекции CMS (папки и расширения — из настроек CMS)`);
    paths.push(p as string);
  };
  const media = (p: unknown, content?: unknown) => {
    const v = classifyPath(rules, p);
    if (!v.ok || v.kind !== 'media') throw new Refusal(`«${String(p)}» — не файл папки ${rules.mediaFolder} допустимого типа (${MEDIA_EXTENSIONS_TEXT})`);
    if (content !== undefined) {
      const name = (p as string).split('/').pop()!;
      const verdict = inspectMedia(name, Buffer.from(typeof content === 'string' ? content : '', 'base64'));
      if (!verdict.ok) throw new Refusal(`файл «${name}» не похож на ${verdict.what ?? 'допустимый файл'} (${MEDIA_EXTENSIONS_TEXT})`);
    }
    paths.push(p as string);
  };
  const entryOrMedia = (p: unknown) => (classifyPath(rules, p).ok ? paths.push(p as string) : entry(p));
  const collectionSlug = () => {
    if (params.collection !== undefined && !rules.collections.includes(params.collection as string)) throw new Refusal(`нет коллекции «${String(params.collection)}»`);
    for (const key of ['slug', 'id'] as const) if (params[key] !== undefined && !isPlainSlug(params[key])) throw new Refusal(`недопустимое имя записи «${String(params[key])}»`);
  };
  if (params.branch !== undefined && !(typeof params.branch === 'string' && plainSegments(params.branch))) throw new Refusal('недопустимое имя ветки');
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  switch (action) {
    case 'info':
    case 'unpublishedEntries':
      break;
    case 'entriesByFolder': {
      const ok = rules.folders.some((f) => f.folder === params.folder && f.extension === params.extension);
      if (!ok) throw new Refusal(`папка «${String(params.folder)}» с расширением «${String(params.extension)}» — не коллекция CMS`);
      break;
    }
    case 'entriesByFiles':
      for (const f of list(params.files)) entry((f as Params | null)?.path);
      break;
    case 'getEntry':
      entry(params.path);
      break;
    case 'getMedia':
      // Decap also lists the folder of a collection with nested paths (reports) as its entries' media folder.
      // For a saved entry with a nested path that is the entry's own folder (src/content/reports/<school>).
      if (params.mediaFolder !== rules.mediaFolder && !rules.folders.some((f) => { const seg = plainSegments(params.mediaFolder); const base = f.folder.split('/'); return !!seg && seg.length >= base.length && seg.length < base.length + f.depth && base.every((b, i) => seg[i] === b); })) throw new Refusal(`папка «${String(params.mediaFolder)}» — не папка файлов CMS`);
      break;
    case 'getMediaFile':
      media(params.path);
      break;
    case 'persistEntry': {
      const files = params.dataFiles !== undefined ? list(params.dataFiles) : [params.entry];
      for (const f of files) {
        const file = (f ?? {}) as Params;
        entry(file.path);
        if (file.newPath !== undefined) entry(file.newPath);
      }
      for (const a of list(params.assets)) media((a as Params | null)?.path, (a as Params | null)?.content ?? '');
      const options = (params.options ?? {}) as Params;
      if (options.collectionName !== undefined && !rules.collections.includes(options.collectionName as string)) throw new Refusal(`нет коллекции «${String(options.collectionName)}»`);
      break;
    }
    case 'persistMedia': {
      const asset = (params.asset ?? {}) as Params;
      media(asset.path, asset.content ?? '');
      break;
    }
    case 'deleteFile':
      entryOrMedia(params.path);
      break;
    case 'deleteFiles':
      for (const p of list(params.paths)) entryOrMedia(p);
      break;
    case 'unpublishedEntry':
    case 'deleteUnpublishedEntry':
    case 'updateUnpublishedEntryStatus':
    case 'publishUnpublishedEntry':
    case 'getDeployPreview':
      collectionSlug();
      break;
    case 'unpublishedEntryDataFile':
      collectionSlug();
      entry(params.path);
      break;
    case 'unpublishedEntryMediaFile':
      collectionSlug();
      media(params.path);
      break;
    default:
      throw new Refusal(`неизвестное действие «${String(action)}»`);
  }
  for (const p of paths) await assertNoSymlink(realRoot, p);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT) {
        reject(new Refusal('запрос больше 50 МБ'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(text);
}

/**
 * Starts the CMS server on 127.0.0.1 and resolves once it listens. Refused requests get
 * HTTP 403 with `{ error: "<причина по-русски>" }`.
 */
export async function startCmsServer(options: CmsServerOptions): Promise<CmsServer> {
  const root = resolve(options.root ?? process.cwd());
  const realRoot = await realpath(root);
  const mode = options.mode ?? 'fs';
  const log = options.log ?? true;
  const rules = options.rules ?? defaultRules();
  const origins = originSet(options.siteOrigin);
  const [validate, handle] = (await decapHandlers(realRoot, mode, log)) as [Handler, Handler];
  let hosts = new Set<string>();

  const refuse = (res: ServerResponse, status: number, reason: string, req: IncomingMessage) => {
    if (log) console.error(`[CMS] запрос отклонён (${req.method} ${req.url}, Host: ${req.headers.host ?? '—'}, Origin: ${req.headers.origin ?? '—'}): ${reason}`);
    send(res, status, { error: `Запрос к локальному серверу CMS отклонён: ${reason}.` });
  };

  const server = createServer((req, res) => {
    void (async () => {
      const host = (req.headers.host ?? '').toLowerCase();
      if (!hosts.has(host)) return refuse(res, 403, `чужое имя сервера «${host}» (CMS отвечает только на ${[...hosts][0]})`, req);
      const origin = req.headers.origin;
      if (!origin || !origins.has(origin)) return refuse(res, 403, origin ? `запрос со страницы другого сайта (${origin})` : 'у запроса нет заголовка Origin', req);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Origin', origin);
      if ((req.url ?? '').split('?')[0] !== '/api/v1') return refuse(res, 404, 'нет такого адреса', req);
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '600' });
        return res.end();
      }
      if (req.method !== 'POST') return refuse(res, 405, `метод ${req.method} не поддерживается`, req);
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return refuse(res, 415, 'нужен Content-Type: application/json', req);
      let body: unknown;
      try {
        body = JSON.parse((await readBody(req)).toString('utf8'));
        await guardBody(body, rules, realRoot);
      } catch (error) {
        return refuse(res, 403, error instanceof Refusal ? error.message : 'тело запроса не читается как JSON', req);
      }
      // Express-like request/response for decap-server's handlers.
      const expressReq = { body, method: 'POST', url: '/api/v1', headers: req.headers };
      let status = 200;
      const expressRes = {
        status(code: number) {
          status = code;
          return expressRes;
        },
        json(value: unknown) {
          send(res, status, value);
          return expressRes;
        },
      };
      let passed = false;
      await validate(expressReq, expressRes, () => {
        passed = true;
      });
      if (passed) await handle(expressReq, expressRes, () => undefined);
    })().catch((error: unknown) => {
      if (log) console.error('[CMS] ошибка обработки запроса:', error);
      send(res, 500, { error: 'Внутренняя ошибка локального сервера CMS.' });
    });
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 8081, LOOPBACK, () => ok());
  });
  const port = (server.address() as { port: number }).port;
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    server,
    port,
    url: `http://${LOOPBACK}:${port}/api/v1`,
    stop: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}
