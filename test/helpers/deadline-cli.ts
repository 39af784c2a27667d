/** Runs the deadline CLI (`scripts/deadlines.ts`) as a process of its own, for the CLI tests. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PARSER_NODE_FLAGS } from '../../scripts/lib/node-flags';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  code: number | null;
  /** Raw stdout bytes. */
  stdout: Buffer;
  stderr: string;
}

/** Feeds `input` to the CLI with `args`, written in pieces of `piece` bytes (all at once by default). */
export function runDeadlineCli(args: readonly string[], input: string | Buffer, piece?: number): Promise<CliRun> {
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  const size = piece ?? Math.max(1, bytes.length);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...PARSER_NODE_FLAGS, '--import', 'tsx', 'scripts/deadlines.ts', ...args], { cwd: ROOT });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    (async () => {
      for (let at = 0; at < bytes.length; at += size) {
        if (!child.stdin.write(bytes.subarray(at, at + size))) await new Promise((r) => child.stdin.once('drain', r));
      }
      child.stdin.end();
    })().catch(reject);
  });
}
