// The analysis worker when leakwatch runs from its TypeScript sources (tsx, vitest): a worker
// thread does not inherit the main thread's loader, so it registers tsx itself, then loads the
// worker. From dist/, analysis-worker.js is loaded directly and this file is not used.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./analysis-worker.ts');

export const analyse = worker.analyse;
export const redact = worker.redact;
