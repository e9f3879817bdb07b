/**
 * Starts an http server on host:port (0 = any free port) and gives back a close function.
 * Shared by the local IdP and the message-service simulator.
 */
import type { Server } from 'node:http';

export interface Listening {
  port: number;
  close(): Promise<void>;
}

export function listen(server: Server, port: number, host: string, label: string): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`${label}: port ${port} on ${host} is already in use. Stop the program using it and try again.`)
          : error,
      );
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        port: actualPort,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Keep-alive connections (browsers, fetch) would otherwise hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
