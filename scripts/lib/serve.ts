import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/** Serves a built site directory on 127.0.0.1 (port 0 = any free port). Resolves with the server and its base URL. */
export function serveStatic(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'], dotfiles: false });
  const notFound = join(dir, '404.html');
  const server = createServer((req, res) => {
    handler(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : '<!doctype html><html lang="ru"><title>Не найдено</title><p>Страница не найдена.</p></html>');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}` });
    });
  });
}
