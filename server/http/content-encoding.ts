import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions } from "node:zlib";

export type Encoding = "br" | "gzip";

/** What is worth compressing; images other than SVG and fonts are compressed already. */
export const compressibleType = /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg\+xml)/;

/**
 * The best encoding the client accepts, brotli before gzip (smaller at the same speed to decode), or null for
 * identity. Honours q-values, so `br;q=0` refuses brotli, and `*` stands for any encoding not named.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (encoding: Encoding) => weights.get(encoding) ?? weights.get("*") ?? 0;
  if (weight("br") > 0 && weight("br") >= weight("gzip")) return "br";
  return weight("gzip") > 0 ? "gzip" : null;
}

const slowestBrotli = (body: Buffer): BrotliOptions => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
});

/** Slow, smallest output: for what is compressed once (at build or on first request) and served many times. */
export function compressOnce(body: Buffer, encoding: Encoding): Buffer {
  return encoding === "br" ? brotliCompressSync(body, slowestBrotli(body)) : gzipSync(body, { level: 9 });
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The same on zlib's thread pool, so a build compresses its files side by side. */
export function compressOnceInBackground(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === "br" ? brotliAsync(body, slowestBrotli(body)) : gzipAsync(body, { level: 9 });
}

/**
 * node:zlib's one-shot functions take their output buffer of `chunkSize` bytes (16 kB by default) from Buffer's
 * pool on every call, and the answer keeps it. At 1,000 answers a second that is 16 MB/s of pool memory, which
 * V8 counts as external memory and answers with a full mark-compact about once a second, each a pause of 4–17 ms
 * for every request in the queue (decision 0075). A compressed answer is rarely over 2 kB.
 */
const perRequestChunkBytes = 2048;

/**
 * Fast, for per-request answers. Brotli 3 rather than 4: on a consent change's 1.5 kB answer it takes 29 µs
 * instead of 49 (quality 4 sets up a larger hasher, which most of a small answer's time goes to) for 3 % more
 * bytes, and 54 µs instead of 74 on a 27 kB one for 4 % more; still smaller than gzip 6 at either size.
 */
export function compressPerRequest(body: Buffer, encoding: Encoding): Buffer {
  return encoding === "br"
    ? brotliCompressSync(body, {
        chunkSize: perRequestChunkBytes,
        params: { [constants.BROTLI_PARAM_QUALITY]: 3, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      })
    : gzipSync(body, { level: 6, chunkSize: perRequestChunkBytes });
}

/** One file or document, ready in every encoding, so a request only picks one. */
export interface Representation {
  contentType: string;
  identity: Buffer;
  encoded: Partial<Record<Encoding, Buffer>>;
  /** Strong validator of the identity bytes; each encoding gets its own suffix, as a different representation must. */
  etag: string;
}

export function etagOf(body: Buffer): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
}

export function representationOf(
  contentType: string,
  identity: Buffer,
  encoded: Partial<Record<Encoding, Buffer>> = {},
): Representation {
  const all = { ...encoded };
  if (compressibleType.test(contentType))
    for (const encoding of ["br", "gzip"] as const) {
      // A compressed copy that is not smaller is not worth a Content-Encoding header.
      const copy = all[encoding] ?? compressOnce(identity, encoding);
      if (copy.length < identity.length) all[encoding] = copy;
      else delete all[encoding];
    }
  return { contentType, identity, encoded: all, etag: etagOf(identity) };
}

const etagSuffix: Record<Encoding, string> = { br: "-br", gzip: "-gz" };

/** The headers and bytes one request gets, or a 304 when its validator still matches. */
export function selectRepresentation(
  representation: Representation,
  request: { acceptEncoding: string | undefined; ifNoneMatch: string | undefined },
): { status: 200 | 304; body: Buffer | null; headers: Record<string, string> } {
  const wanted = negotiateEncoding(request.acceptEncoding);
  const encoding = wanted && representation.encoded[wanted] ? wanted : null;
  const etag = encoding ? representation.etag.replace(/"$/, `${etagSuffix[encoding]}"`) : representation.etag;
  const headers: Record<string, string> = {
    "Content-Type": representation.contentType,
    ETag: etag,
    Vary: "Accept-Encoding",
  };
  const matches = request.ifNoneMatch
    ?.split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === etag || tag === "*");
  if (matches) return { status: 304, body: null, headers };
  if (encoding) headers["Content-Encoding"] = encoding;
  return { status: 200, body: encoding ? representation.encoded[encoding]! : representation.identity, headers };
}
