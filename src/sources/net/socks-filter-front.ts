import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { SocksClient } from 'socks';
import type { SocksProxy } from './socks-connector.js';

/**
 * A SOCKS5 server on 127.0.0.1 that Chromium is pointed at instead of Tor. It forwards CONNECTs
 * for the source's own hosts to Tor (by name, so Tor resolves them) and refuses every other host
 * with "not allowed by ruleset". Why: Chromium sends background requests (Google services,
 * component updates, safe browsing) through whatever proxy it is given, even with the
 * background-networking flags off; without this front they would leave through Tor with the
 * scan's circuit.
 */
export interface FilterFront {
  /** `socks5://127.0.0.1:PORT`, for Chromium's proxy setting. */
  url: string;
  port: number;
  /** Hosts refused so far (for logs and tests). */
  refused: string[];
  close(): Promise<void>;
}

const REPLY = { ok: 0x00, notAllowed: 0x02, hostUnreachable: 0x04, refused: 0x05, commandNotSupported: 0x07 } as const;

export async function startFilterFront(upstream: SocksProxy, allowedHosts: string[], options: { connectTimeoutMs?: number } = {}): Promise<FilterFront> {
  const allowed = new Set(allowedHosts.map((host) => host.toLowerCase()));
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    void handle(client);
  });

  const handle = async (client: Socket) => {
    const reader = createReader(client);
    try {
      const greeting = await reader.read(2);
      if (greeting[0] !== 0x05) return void client.destroy();
      await reader.read(greeting[1]!);
      client.write(Buffer.from([0x05, 0x00])); // no authentication
      const head = await reader.read(4);
      const [, command, , addressType] = head;
      let host: string;
      if (addressType === 0x03) host = (await reader.read((await reader.read(1))[0]!)).toString('latin1');
      else if (addressType === 0x01) host = [...(await reader.read(4))].join('.');
      else if (addressType === 0x04) host = (await reader.read(16)).toString('hex').replace(/(.{4})(?!$)/g, '$1:');
      else return void reply(client, REPLY.commandNotSupported);
      const port = (await reader.read(2)).readUInt16BE(0);
      if (command !== 0x01) return void reply(client, REPLY.commandNotSupported);
      if (!allowed.has(host.toLowerCase())) {
        refused.push(host);
        return void reply(client, REPLY.notAllowed);
      }
      const { socket: remote } = await SocksClient.createConnection({
        proxy: { host: upstream.host, port: upstream.port, type: 5 },
        command: 'connect',
        destination: { host, port },
        timeout: options.connectTimeoutMs ?? 30_000,
      }).catch(() => ({ socket: undefined }));
      if (!remote) return void reply(client, REPLY.hostUnreachable);
      sockets.add(remote);
      remote.on('close', () => { sockets.delete(remote); client.destroy(); });
      remote.on('error', () => remote.destroy());
      client.on('close', () => remote.destroy());
      client.write(Buffer.from([0x05, REPLY.ok, 0x00, 0x01, 0, 0, 0, 0, 0, 0]));
      const rest = reader.rest();
      if (rest.length > 0) remote.write(rest);
      client.pipe(remote);
      remote.pipe(client);
    } catch {
      client.destroy();
    }
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `socks5://127.0.0.1:${port}`,
    port,
    refused,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

/** A refusal: the reply, then the connection closes. */
function reply(client: Socket, code: number): void {
  client.end(Buffer.from([0x05, code, 0x00, 0x01, 0, 0, 0, 0, 0, 0]));
}

/** Reads exact byte counts from a socket during the handshake, then hands over what is left. */
function createReader(socket: Socket) {
  let buffered = Buffer.alloc(0);
  let waiting: { size: number; resolve: (data: Buffer) => void; reject: (error: Error) => void } | undefined;
  const flush = () => {
    if (waiting && buffered.length >= waiting.size) {
      const { size, resolve } = waiting;
      waiting = undefined;
      const data = buffered.subarray(0, size);
      buffered = buffered.subarray(size);
      resolve(data);
    }
  };
  const onData = (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    flush();
  };
  socket.on('data', onData);
  socket.once('close', () => waiting?.reject(new Error('closed during the SOCKS handshake')));
  return {
    read(size: number): Promise<Buffer> {
      return new Promise((resolve, reject) => {
        waiting = { size, resolve, reject };
        flush();
      });
    },
    rest(): Buffer {
      socket.off('data', onData);
      socket.pause(); // pipe() resumes it; nothing arriving in between is lost
      const rest = buffered;
      buffered = Buffer.alloc(0);
      return rest;
    },
  };
}
