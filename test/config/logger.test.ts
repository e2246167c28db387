import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../../src/config/logger.js';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw12';

describe('logger', () => {
  it('never writes a bot token, even inside an error message or a URL', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => { lines.push(line); } });
    logger.error({ err: new Error(`request to https://api.telegram.org/bot${TOKEN}/getUpdates failed, reason: ENOTFOUND`) }, 'Telegram reconnect failed');
    logger.info({ token: TOKEN, url: `https://api.telegram.org/bot${TOKEN}/sendMessage` }, `using ${TOKEN}`);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain('AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw12');
    }
    expect(lines[0]).toContain('api.telegram.org/bot[secret]/getUpdates');
  });

  it('leaves ordinary text alone', () => {
    expect(scrubSecrets('LW-2026-0042 sent to telegram:-1001234567890 at 12:30')).toBe('LW-2026-0042 sent to telegram:-1001234567890 at 12:30');
  });
});
