import type { MonitorPart } from './monitor-runtime.js';

/**
 * The parts `leakwatch run` starts, in order. A part that is not configured (no Telegram token,
 * no sources file) starts nothing and says so in the log.
 */
export const MONITOR_PARTS: MonitorPart[] = [
];
