import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

export interface FakeTor {
  url: string;
  port: number;
  /** Every CONNECT: the address type as sent (3 = a hostname, left for the proxy to resolve). */
  connects: { addressType: number; host: string; port: number }[];
  close(): Promise<void>;
}

/**
 * A minimal SOCKS5 server standing in for Tor: it records what it is asked to reach and connects
 * every request, whatever the host (an .onion name included), to the given local port.
 */
export async function startFakeTor(targetPort: number): Promise<FakeTor> {
  const connects: FakeTor['connects'] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let buffer = Buffer.alloc(0);
    let stage: 'greeting' | 'request' | 'piping' = 'greeting';
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (stage === 'greeting' && buffer.length >= 2 && buffer.length >= 2 + buffer[1]!) {
        buffer = buffer.subarray(2 + buffer[1]!);
        client.write(Buffer.from([5, 0]));
        stage = 'request';
      }
      if (stage === 'request' && buffer.length >= 5) {
        const addressType = buffer[3]!;
        const length = addressType === 3 ? 5 + buffer[4]! + 2 : addressType === 1 ? 4 + 4 + 2 : 4 + 16 + 2;
        if (buffer.length < length) return;
        const host = addressType === 3 ? buffer.subarray(5, 5 + buffer[4]!).toString('latin1') : addressType === 1 ? [...buffer.subarray(4, 8)].join('.') : 'ipv6';
        const port = buffer.readUInt16BE(length - 2);
        connects.push({ addressType, host, port });
        const rest = buffer.subarray(length);
        stage = 'piping';
        client.off('data', onData);
        client.pause();
        const upstream = connect(targetPort, '127.0.0.1', () => {
          client.write(Buffer.from([5, 0, 0, 1, 127, 0, 0, 1, 0, 0]));
          if (rest.length > 0) upstream.write(rest);
          client.pipe(upstream);
          upstream.pipe(client);
        });
        sockets.add(upstream);
        upstream.on('close', () => { sockets.delete(upstream); client.destroy(); });
        upstream.on('error', () => client.destroy());
      }
    };
    client.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `socks5h://127.0.0.1:${port}`,
    port,
    connects,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
