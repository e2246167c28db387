import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createConsoleApp, type ConsoleOptions } from './console-app.js';

export interface ServedConsole {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listen on host:port (port 0: any free port) and serve the console until `close`. */
export async function serveConsole(options: ConsoleOptions & { host: string; port: number }): Promise<ServedConsole> {
  const app = createConsoleApp(options);
  const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port });
  await new Promise<void>((resolve, reject) => {
    if (server.listening) { resolve(); return; }
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    port,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}
