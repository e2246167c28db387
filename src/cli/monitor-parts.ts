import type { MonitorPart } from './monitor-runtime.js';
import { telegramPart } from '../telegram/telegram-part.js';
import { createSourcesMonitorPart } from '../sources/sources-monitor-part.js';
import { casesMonitorPart } from '../cases/cases-monitor-part.js';
import { retroHuntPart } from '../pipeline/retro-hunt-part.js';
import { webMonitorPart } from '../web/web-monitor-part.js';

/**
 * The parts `leakwatch run` starts, in order. A part that is not configured (no Telegram token,
 * no sources file) starts nothing and says so in the log.
 */
export const MONITOR_PARTS: MonitorPart[] = [
  telegramPart,
  createSourcesMonitorPart(),
  // After telegram: its suppressors (mutes, false positives) come before grouping.
  casesMonitorPart,
  // Last: its hunts queue alerts through everything the parts above registered.
  retroHuntPart,
  webMonitorPart,
];
