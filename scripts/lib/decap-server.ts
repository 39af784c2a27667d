import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The only address decap-server may listen on: it writes into the repository without a login. */
export const LOOPBACK = '127.0.0.1';

export interface DecapServerOptions {
  /** Repository the CMS edits (default: the current directory). */
  root?: string;
  /** Port (default 8081, what the generated config expects). */
  port?: number;
  /** `fs` writes files into the working tree; `git` commits (and keeps drafts on cms/* branches). */
  mode?: 'fs' | 'git';
  /** Print decap-server's log lines (default true). */
  log?: boolean;
}

export interface DecapServer {
  process: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/** Path of decap-server's entry script in this project's node_modules. */
export function decapServerEntry(root = process.cwd()): string {
  return createRequire(join(root, 'package.json')).resolve('decap-server/dist/index.js');
}

/**
 * Environment for decap-server. Its default is to listen on every interface (`app.listen(port)`);
 * `BIND_HOST` makes it listen on 127.0.0.1 only, and `ORIGIN` limits CORS to the local site.
 */
export function decapServerEnv(options: { root: string; port: number; mode: 'fs' | 'git' }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // A stray .env or shell variable must not widen the bind address.
  delete env.BIND_HOST;
  delete env.ORIGIN;
  return {
    ...env,
    PORT: String(options.port),
    BIND_HOST: LOOPBACK,
    MODE: options.mode,
    GIT_REPO_DIRECTORY: options.root,
    LOG_LEVEL: env.LOG_LEVEL ?? 'info',
  };
}

/**
 * Starts decap-server bound to 127.0.0.1 and resolves once it listens. Rejects (and stops it)
 * if it exits first or says nothing within 20 s.
 */
export function startDecapServer({ root = process.cwd(), port = 8081, mode = 'fs', log = true }: DecapServerOptions = {}): Promise<DecapServer> {
  const child = spawn(process.execPath, [decapServerEntry(root)], {
    cwd: root,
    env: decapServerEnv({ root, port, mode }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`decap-server не запустился за 20 с:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (log) process.stdout.write(`[decap-server] ${text}`);
      if (/listening on/i.test(text)) {
        clearTimeout(timer);
        resolve({ process: child, url: `http://${LOOPBACK}:${port}/api/v1`, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`decap-server завершился с кодом ${code}:\n${output}`));
    });
  });
}
