import { connect as tlsConnect } from 'node:tls';
import { SocksClient } from 'socks';
import { Agent, type buildConnector } from 'undici';

export interface SocksProxy {
  host: string;
  port: number;
}

/** `socks5h://127.0.0.1:9050` → host and port. Both socks5 and socks5h resolve names remotely here. */
export function toSocksProxy(url: string): SocksProxy {
  const parsed = new URL(url);
  return { host: parsed.hostname.replace(/^\[|\]$/g, ''), port: Number(parsed.port || 1080) };
}

/**
 * An undici dispatcher whose connections go through a SOCKS5 proxy. The target is always sent to
 * the proxy as a hostname (address type 3), never resolved here: that is what socks5h means, and
 * it is the only way an .onion name can work and the only way a lookup does not leak to local DNS.
 */
export function createSocksAgent(proxy: SocksProxy, options: { connectTimeoutMs: number; headersTimeoutMs: number; bodyTimeoutMs: number }): Agent {
  const connect: buildConnector.connector = (opts, callback) => {
    const port = Number(opts.port || (opts.protocol === 'https:' ? 443 : 80));
    SocksClient.createConnection({
      proxy: { host: proxy.host, port: proxy.port, type: 5 },
      command: 'connect',
      destination: { host: opts.hostname, port },
      timeout: options.connectTimeoutMs,
    }).then(({ socket }) => {
      if (opts.protocol !== 'https:') {
        callback(null, socket);
        return;
      }
      const secure = tlsConnect({ socket, servername: opts.servername ?? opts.hostname, ALPNProtocols: ['http/1.1'] });
      secure.once('secureConnect', () => callback(null, secure));
      secure.once('error', (error) => callback(error, null));
    }, (error: Error) => callback(error, null));
  };
  return new Agent({ connect, headersTimeout: options.headersTimeoutMs, bodyTimeout: options.bodyTimeoutMs, connections: 16 });
}

