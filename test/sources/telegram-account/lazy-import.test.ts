import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createGramJsClient } from '../../../src/sources/telegram-account/gramjs-client.js';
import { FAKE_API_HASH, FAKE_SESSION } from './gramjs-objects.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('GramJS is loaded only when an account is opened', () => {
  it('is not loaded by the CLI or the monitor parts until then', () => {
    const script = `import { register } from 'tsx/esm/api'; register();
      await import('./src/cli/main.ts'); await import('./src/sources/sources-monitor-part.ts'); await import('./src/sources/readers/index.ts');
      const { createRequire } = await import('node:module');
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((key) => key.includes('/node_modules/telegram/'));
      process.stdout.write(String(loaded.length));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('0');
  });

  it('builds a quiet client offline, without connecting, and the fake session is one GramJS reads back as it is', async () => {
    const { client, saveSession } = await createGramJsClient({ apiId: 12345, apiHash: FAKE_API_HASH, session: FAKE_SESSION, proxyUrl: 'socks5h://127.0.0.1:9050' });
    expect(client.connected).toBeFalsy();
    await client.session.load();
    expect(saveSession()).toBe(FAKE_SESSION);
  });
});
