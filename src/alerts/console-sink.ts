import type { AlertSink } from './alert-sink.js';
import { toAlertRecord } from './alert-record.js';
import { languageForCountry, type Language } from './alert-words.js';
import { renderAlertReport } from './render-alert-report.js';

export interface ConsoleSinkOptions {
  /** Default language; a French or Belgian victim gets its alert in French (languageForCountry). */
  language?: Language;
}

/**
 * Without a Telegram token, alerts are printed — the full report, with the advice and the
 * regulators to copy — so the monitor is useful out of the box.
 */
export function createConsoleSink(write: (text: string) => void = (text) => process.stdout.write(`${text}\n\n`), options: ConsoleSinkOptions = {}): AlertSink {
  return {
    prefix: 'console',
    async deliver(_delivery, view) {
      write(renderAlertReport(toAlertRecord(view), languageForCountry(view.organization.country, options.language ?? 'en')));
      return { ok: true };
    },
  };
}
