import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../config/errors.js';

/**
 * Lines of a file, or of stdin when the path is absent or '-'. Streams, so a large batch is
 * never held in memory. Invalid UTF-8 becomes U+FFFD rather than an exception.
 */
export async function* readLines(path?: string): AsyncGenerator<string> {
  const input = path === undefined || path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const opened = new Promise<void>((resolve, reject) => {
    if (input === process.stdin) return resolve();
    input.once('open', () => resolve());
    input.once('error', (error: NodeJS.ErrnoException) => reject(new InputError(`Cannot read ${path}: ${error.code ?? error.message}. Check the path.`)));
  });
  await opened;
  if (input === process.stdin) process.stdin.setEncoding('utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}
