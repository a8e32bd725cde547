import type { Context } from "hono";
import { validationError } from "./errors.ts";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * The body as text, refused when it is not UTF-8: a lenient decode would store U+FFFD in place of what was sent,
 * and the person would never learn their text was changed.
 */
export async function readUtf8Body(c: Context): Promise<string> {
  const bytes = await c.req.arrayBuffer();
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw validationError([{ path: "", message: "is not valid UTF-8" }], "The request body is not valid UTF-8 text.");
  }
}
