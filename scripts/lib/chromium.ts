import { existsSync } from 'node:fs';

/** Flags the system Chromium needs on this kind of machine (headless, no sandbox as root, closed network). */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Path of the system Chromium (Debian's `chromium` package); override with CHROMIUM_PATH. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Не найден Chromium: установите его командой `apt-get install -y chromium` (от root) или укажите CHROMIUM_PATH.');
  return found;
}
