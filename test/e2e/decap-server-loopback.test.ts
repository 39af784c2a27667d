/**
 * The CMS server writes into the repository with no login, so `npm run dev` must not expose it
 * to the network. decap-server's own default is every interface (`app.listen(port)`); Setka's
 * CMS server (scripts/lib/decap-server.ts, used by scripts/dev.ts) listens on 127.0.0.1. Proved two ways
 * on Linux: the kernel's socket table (/proc/net/tcp, tcp6) and a connection attempt through
 * this machine's own non-loopback address. decap-server started the default way is the
 * control case: the same checks see it listening on all interfaces.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { startCmsServer } from '../../scripts/lib/decap-server';
import { freePort } from '../helpers/ports';

const decapServerEntry = () => createRequire(import.meta.url).resolve('decap-server/dist/index.js');

/** Decodes a /proc/net/tcp{,6} address (`0100007F`, 32 hex digits for IPv6), little-endian words. */
function decodeAddress(hex: string): string {
  if (hex.length === 8) return hex.match(/../g)!.reverse().map((b) => parseInt(b, 16)).join('.');
  const words = hex.match(/.{8}/g)!.map((w) => w.match(/../g)!.reverse().join(''));
  const groups = words.join('').match(/.{4}/g)!.map((g) => parseInt(g, 16).toString(16));
  const ip = groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
  return ip === '0:0:0:0:0:0:0:0' ? '::' : ip;
}

/** Addresses the kernel has a listening TCP socket on for `port`. */
function listeners(port: number): string[] {
  const out: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== '0A') continue; // 0A = LISTEN
      const [addr, portHex] = local.split(':');
      if (parseInt(portHex!, 16) === port) out.push(decodeAddress(addr!));
    }
  }
  return out.sort();
}

/** An IPv4 address of this machine that is not loopback, if it has one. */
function outsideAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** decap-server the way its README starts it: `npx decap-server`, nothing but a port. */
function startRaw(port: number): Promise<ChildProcess> {
  // (MODE: vitest sets MODE=test, which decap-server would take for its own setting.)
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), MODE: 'fs' };
  delete env.BIND_HOST;
  const child = spawn(process.execPath, [decapServerEntry()], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      if (/listening/i.test(output)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`decap-server завершился с кодом ${code}:\n${output}`)));
  });
}

const stops: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const linux = existsSync('/proc/net/tcp');

describe.runIf(linux)('the CMS server listens on loopback only', () => {
  it.each([
    ['the launcher of npm run dev', undefined],
    ['the launcher, even with BIND_HOST=0.0.0.0 in the environment', '0.0.0.0'],
  ])('%s: bound to 127.0.0.1, unreachable from outside', async (_name, inherited) => {
    const port = await freePort();
    const saved = process.env.BIND_HOST;
    if (inherited) process.env.BIND_HOST = inherited;
    try {
      const server = await startCmsServer({ root: process.cwd(), port, siteOrigin: 'http://127.0.0.1:4321', mode: 'fs', log: false });
      stops.push(() => server.stop());
    } finally {
      if (saved === undefined) delete process.env.BIND_HOST;
      else process.env.BIND_HOST = saved;
    }
    expect(listeners(port)).toEqual(['127.0.0.1']);
    expect(await canConnect('127.0.0.1', port)).toBe(true);
    const outside = outsideAddress();
    if (outside) expect(await canConnect(outside, port)).toBe(false);
  });

  it('control: decap-server started its own default way listens on every interface (so the checks above can fail)', async () => {
    const port = await freePort();
    const child = await startRaw(port);
    stops.push(() => void child.kill('SIGTERM'));
    const bound = listeners(port);
    expect(bound.some((a) => a === '0.0.0.0' || a === '::')).toBe(true);
    const outside = outsideAddress();
    if (outside) expect(await canConnect(outside, port)).toBe(true);
  });
});
