import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

export interface Upstream {
  name: string;
  port: number;
}

export interface RoundRobinProxy {
  origin: string;
  /** The instances to spread requests over, in turn; each answer says which one served it (X-Served-By). */
  route(upstreams: Upstream[]): void;
  close(): Promise<void>;
}

/** A load balancer in miniature on a loopback port: request n goes to upstream n mod count, as it was sent. */
export async function startRoundRobinProxy(): Promise<RoundRobinProxy> {
  let upstreams: Upstream[] = [];
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const upstream = upstreams[next++ % upstreams.length];
    if (!upstream) return void outgoing.writeHead(503).end();
    const forwarded = request(
      {
        host: "127.0.0.1",
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, "x-forwarded-for": incoming.socket.remoteAddress ?? "" },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-served-by": upstream.name });
        answer.pipe(outgoing);
      },
    );
    forwarded.once("error", () => outgoing.headersSent || outgoing.writeHead(502).end());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (list) => void (upstreams = list),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
