import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config/settings.js';
import { ConfigError } from '../../src/config/errors.js';
import { parseDurationMs } from '../../src/config/parse-duration.js';

describe('loadSettings', () => {
  it('works with nothing set: the defaults make a fresh checkout run', () => {
    const settings = loadSettings({});
    expect(settings.DATABASE_PATH).toBe('./data/leakwatch.db');
    expect(settings.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(settings.TELEGRAM_ALERT_CHAT_IDS).toEqual([]);
    expect(settings.TELEGRAM_API_ROOT).toBe('https://api.telegram.org');
  });

  it('treats blank values as unset, as in a .env copied from .env.example', () => {
    expect(loadSettings({ DATABASE_PATH: '  ', TELEGRAM_BOT_TOKEN: '' }).DATABASE_PATH).toBe('./data/leakwatch.db');
  });

  it('parses lists and numbers', () => {
    const settings = loadSettings({ TELEGRAM_ADMIN_IDS: '42, 43', TELEGRAM_ALERT_CHAT_IDS: '-1001234567890:7,-42', SCAN_CONCURRENCY: '16' });
    expect(settings.TELEGRAM_ADMIN_IDS).toEqual(['42', '43']);
    expect(settings.TELEGRAM_ALERT_CHAT_IDS).toEqual(['-1001234567890:7', '-42']);
    expect(settings.SCAN_CONCURRENCY).toBe(16);
  });

  it('names the variable, the bad value and what is expected', () => {
    expect(() => loadSettings({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => loadSettings({ LOG_LEVEL: 'loud' })).toThrow(/^Invalid setting LOG_LEVEL="loud": expected one of fatal, error, warn, info, debug, trace, silent/);
    expect(() => loadSettings({ TELEGRAM_ADMIN_IDS: '42,alice' })).toThrow(/TELEGRAM_ADMIN_IDS="42,alice": expected a comma-separated list of numeric ids/);
    expect(() => loadSettings({ TOR_SOCKS_URL: 'http://127.0.0.1:9050' })).toThrow(/TOR_SOCKS_URL.*socks5h:\/\/127\.0\.0\.1:9050/);
  });

  it('never repeats a secret in its error', () => {
    const secret = 'not-a-token-but-secret-anyway';
    let message = '';
    try { loadSettings({ TELEGRAM_BOT_TOKEN: secret }); } catch (error) { message = (error as Error).message; }
    expect(message).toMatch(/TELEGRAM_BOT_TOKEN=\(hidden\)/);
    expect(message).not.toContain(secret);
  });
});

describe('parseDurationMs', () => {
  it('reads the units people type', () => {
    expect(parseDurationMs('90s')).toBe(90_000);
    expect(parseDurationMs('30m')).toBe(1_800_000);
    expect(parseDurationMs('24h')).toBe(86_400_000);
    expect(parseDurationMs('7d')).toBe(604_800_000);
    expect(parseDurationMs('2W')).toBe(1_209_600_000);
  });
  it('explains what it expects', () => {
    expect(() => parseDurationMs('a week', '--since')).toThrow(/Invalid --since "a week": use a number and a unit, like 30m, 24h, 7d or 2w/);
  });
});
