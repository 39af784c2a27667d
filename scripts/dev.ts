/**
 * `npm run dev` — the site with live reload (Astro dev server) and the CMS's local backend
 * (decap-server, MODE=fs: /admin/ edits the working tree with no login), both on 127.0.0.1
 * only. Ctrl-C stops both; if one of them stops, the other is stopped too.
 * Usage: npm run dev [-- --port 4321] [-- --cms-port 8081]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { LOOPBACK, startDecapServer } from './lib/decap-server';
import { DEFAULT_LOCAL_PORT } from '../src/lib/cms/config';

const args = process.argv.slice(2);
const cmsPortIndex = args.indexOf('--cms-port');
const cmsPort = cmsPortIndex >= 0 ? Number(args[cmsPortIndex + 1]) : DEFAULT_LOCAL_PORT;
const astroArgs = cmsPortIndex >= 0 ? [...args.slice(0, cmsPortIndex), ...args.slice(cmsPortIndex + 2)] : args;
const root = process.cwd();

const cms = await startDecapServer({ root, port: cmsPort, mode: 'fs' });
console.log(`Редактор сайта: /admin/ — правки записываются в рабочую копию (${root}), сервер CMS слушает ${LOOPBACK}:${cmsPort}.`);

const astro = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', LOOPBACK, ...astroArgs], {
  cwd: root,
  stdio: 'inherit',
  // The generated /admin/config.yml points the CMS at this decap-server.
  env: { ...process.env, SETKA_DECAP_PORT: String(cmsPort), ASTRO_TELEMETRY_DISABLED: '1' },
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
cms.process.on('exit', (code) => {
  if (!stopping) console.error(`decap-server остановился (код ${code}); останавливаю и сайт.`);
  void stopAll(code ?? 1);
});
