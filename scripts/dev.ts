/**
 * `npm run dev` — the site with live reload (Astro dev server) and the local CMS server
 * (scripts/lib/decap-server.ts: decap-server's handlers behind Setka's Host/Origin/path gates,
 * MODE=fs: /admin/ edits the working tree with no login), both on 127.0.0.1 only.
 * Ctrl-C stops both; if one of them stops, the other is stopped too.
 * Usage: npm run dev [-- --port 4321] [-- --cms-port 8081]
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { LOOPBACK, startCmsServer } from './lib/decap-server';
import { DEFAULT_LOCAL_PORT } from '../src/lib/cms/config';
import { DEV_SERVER_ENV } from '../src/lib/csp';

const args = process.argv.slice(2);
function option(name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  args.splice(i, 2);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    console.error(`${name}: нужен номер порта от 1 до 65535.`);
    process.exit(2);
  }
  return value;
}
const cmsPort = option('--cms-port', DEFAULT_LOCAL_PORT);
const sitePort = option('--port', 4321);
const root = process.cwd();

/** Astro moves to the next port when its port is taken; the CMS server only answers the site on `sitePort`, so say so instead. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, LOOPBACK, () => s.close(() => resolve(true)));
  });
}
for (const [port, flag] of [[sitePort, '--port'], [cmsPort, '--cms-port']] as const) {
  if (!(await portIsFree(port))) {
    console.error(`Порт ${port} на ${LOOPBACK} занят (другой npm run dev?). Остановите ту программу или выберите другой порт: npm run dev -- ${flag} <порт>.`);
    process.exit(1);
  }
}

const cms = await startCmsServer({ root, port: cmsPort, siteOrigin: `http://${LOOPBACK}:${sitePort}`, mode: 'fs' });
console.log(`Редактор сайта: http://${LOOPBACK}:${sitePort}/admin/ — правки записываются в рабочую копию (${root}), сервер CMS слушает ${LOOPBACK}:${cmsPort}.`);

const astro = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', LOOPBACK, '--port', String(sitePort), ...args], {
  cwd: root,
  stdio: 'inherit',
  // The generated /admin/config.yml points the CMS at this server.
  env: { ...process.env, SETKA_DECAP_PORT: String(cmsPort), ASTRO_TELEMETRY_DISABLED: '1', [DEV_SERVER_ENV]: '1' },
});

let stopping = false;
async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (astro.exitCode === null && astro.signalCode === null) astro.kill('SIGTERM');
  await cms.stop();
  process.exit(code);
}

process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
astro.on('exit', (code) => void stopAll(code ?? 0));
