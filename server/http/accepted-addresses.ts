/** The names a browser on this machine uses for it; a page elsewhere can only reach us under these by rebinding DNS. */
const loopbackNames = ["localhost", "127.0.0.1", "[::1]"];

/** How a browser writes the name and port: no port at all for http's default. */
const withPort = (name: string, port: number | null) => (port === null || port === 80 ? name : `${name}:${port}`);

/** Remembers the last answer: every request asks again with the same address and port. */
function rememberingLast<T>(compute: (publicUrl: string | null, port: number | null) => T) {
  let last: { publicUrl: string | null; port: number | null; value: T } | null = null;
  return (publicUrl: string | null, port: number | null): T => {
    if (last?.publicUrl !== publicUrl || last.port !== port)
      last = { publicUrl, port, value: compute(publicUrl, port) };
    return last.value;
  };
}

/**
 * The Host values the server answers to: PUBLIC_URL's host, and the loopback names with the port it listens on
 * (a reverse proxy on this machine, a health check). A null port means no socket (app.request in tests).
 */
export const acceptedHosts = rememberingLast((publicUrl, port): ReadonlySet<string> => {
  const hosts = new Set(loopbackNames.flatMap((name) => [withPort(name, port), `${name}:${port ?? 80}`]));
  if (publicUrl) {
    const url = new URL(publicUrl);
    hosts.add(url.host);
    // Some proxies spell out the default port.
    if (url.port === "") hosts.add(`${url.hostname}:${url.protocol === "https:" ? 443 : 80}`);
  }
  return hosts;
});

/** The origins a state-changing request may come from: PUBLIC_URL's, or in development the loopback ones. */
export const acceptedOrigins = rememberingLast((publicUrl, port): ReadonlySet<string> => {
  if (publicUrl) return new Set([new URL(publicUrl).origin]);
  return new Set(loopbackNames.map((name) => `http://${withPort(name, port)}`));
});
