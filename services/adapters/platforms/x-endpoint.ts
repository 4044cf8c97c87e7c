// Where X's API is reached. In production: api.x.com over the public internet, with no agent.
// Tests (including worker processes they spawn and kill) send the same TLS connections to a
// local fake instead; certificates are still checked against X's host names.
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

export function xTestAgent(
  connectTo: string | undefined,
  caFile: string | undefined,
): https.Agent | undefined {
  if (!connectTo) return undefined;
  const [host, port] = connectTo.split(':') as [string, string];
  const ca = caFile ? readFileSync(caFile, 'utf8') : undefined;

  class RedirectingAgent extends https.Agent {
    override createConnection(
      options: tls.ConnectionOptions,
      callback?: (err: Error | null, socket: Duplex) => void,
    ) {
      const socket = tls.connect({
        ...options,
        host,
        port: Number(port),
        servername: options.servername ?? options.host,
        ...(ca ? { ca } : {}),
      });
      if (callback) socket.once('secureConnect', () => callback(null, socket));
      return socket;
    }
  }
  return new RedirectingAgent({ keepAlive: true });
}
