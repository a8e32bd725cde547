import http from "node:http";

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A request with headers fetch will not let a test choose (Host), as a browser on a rebound DNS name sends it:
 * the socket goes to `origin`, the Host header says whatever the caller wants.
 */
export function rawRequest(
  origin: string,
  path: string,
  options: { host: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawAnswer> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        hostname: url.hostname,
        port: url.port,
        path,
        method: options.method ?? "GET",
        headers: { ...options.headers, Host: options.host },
        agent: false,
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}
