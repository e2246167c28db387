import type { AlertSink } from './alert-sink.js';
import { renderPlainAlert } from './render-plain-alert.js';

/** Without a Telegram token, alerts are printed: the monitor still works out of the box. */
export function createConsoleSink(write: (text: string) => void = (text) => process.stdout.write(`${text}\n\n`)): AlertSink {
  return {
    prefix: 'console',
    async deliver(_delivery, view) {
      write(renderPlainAlert(view));
      return { ok: true };
    },
  };
}
