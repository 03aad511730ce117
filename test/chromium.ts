import * as fs from 'fs';
import * as path from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Headless, offline, quiet: no sandbox (containers, root), GPU, background networking, updates or crash reports. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-crash-reporter'];

/** Debian's Chromium (`apt-get install chromium`, as `test/setup.sh` does), or the one `CHROMIUM` names. */
export function chromiumPath(): string {
  const executable = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!fs.existsSync(executable)) throw new Error(`no Chromium at ${executable}: install it (apt-get install chromium) or set CHROMIUM`);
  return executable;
}

/**
 * Starts headless Chromium with its profile in `profileDir` and its home (config, cache) in `homeDir`, never in the
 * user's home, and a window of `viewport`.
 */
export function launchChromium(profileDir: string, homeDir: string, viewport: { width: number; height: number }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    env: { ...process.env, HOME: homeDir, XDG_CONFIG_HOME: path.join(homeDir, '.config'), XDG_CACHE_HOME: path.join(homeDir, '.cache') },
  });
}
