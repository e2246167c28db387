import { chromium, type Browser } from 'playwright-core';
import { SourceError } from '../source-errors.js';

/**
 * The flags every launch uses. Background networking off so Chromium itself stays quiet; it
 * still tries now and then, which is why Tor-bound contexts go through the filter front.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

/** One Chromium per process, launched on first use and relaunched if it died. Never downloaded. */
export interface BrowserProvider {
  acquire(): Promise<Browser>;
  close(): Promise<void>;
}

export function createBrowserProvider(executablePath: string): BrowserProvider {
  let launching: Promise<Browser> | undefined;
  return {
    acquire() {
      if (launching) {
        return launching.then((browser) => {
          if (browser.isConnected()) return browser;
          launching = undefined;
          return this.acquire();
        });
      }
      launching = chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true }).catch((error: unknown) => {
        launching = undefined;
        throw new SourceError('config', `Chromium did not start from ${executablePath}: ${(error as Error).message.split('\n')[0]}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`, { cause: error });
      });
      return launching;
    },
    async close() {
      const pending = launching;
      launching = undefined;
      if (pending) await pending.then((browser) => browser.close(), () => undefined);
    },
  };
}
