import { describe, expect, it } from 'vitest';
import { parseSourceDeclarations } from '../../../src/sources/parse-sources.js';

const errorOf = (run: () => unknown): string => {
  try { run(); } catch (error) { return (error as Error).message; }
  throw new Error('expected an error');
};

describe('telegram-account declarations', () => {
  it('takes usernames, t.me links, invite links and numeric ids, and fills in the defaults', () => {
    const [source] = parseSourceDeclarations({ sources: [
      { id: 'tg-sales', type: 'telegram-account', chats: ['darkleaks_mkt', '@darkleaks_mkt', 'https://t.me/darkleaks_mkt', 'https://t.me/+AbCdEf123', 'https://t.me/joinchat/AbCdEf123', '-1001555000111'] },
    ] });
    expect(source).toMatchObject({ type: 'telegram-account', allChats: false, backfillDepth: 500, schedule: '*/30 * * * *', proxy: 'none', enabled: true });
    expect(parseSourceDeclarations({ sources: [{ id: 'tg-all', type: 'telegram-account', allChats: true }] })[0]).toMatchObject({ chats: [], allChats: true });
  });

  it('says what is wrong: no chats, a chat that is not one, a depth out of range', () => {
    const message = errorOf(() => parseSourceDeclarations({ sources: [
      { id: 'tg-none', type: 'telegram-account' },
      { id: 'tg-bad', type: 'telegram-account', chats: ['https://example.org/x', 'ab'], backfillDepth: 0 },
    ] }, 'sources.json'));
    expect(message).toContain('sources[0] "tg-none" (telegram-account): chats: expected list the chats to read');
    expect(message).toMatch(/sources\[1\] "tg-bad" \(telegram-account\): chats\.0: expected a username .*numeric id from `leakwatch telegram chats`/);
    expect(message).toMatch(/sources\[1\] "tg-bad" \(telegram-account\): chats\.1: expected a username/);
    expect(message).toMatch(/sources\[1\] "tg-bad" \(telegram-account\): backfillDepth: expected/);
  });
});
