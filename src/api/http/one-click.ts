import { ApiError } from "../errors.ts";
import type { RequesterOptions } from "./request.ts";

/**
 * What a mail app sends for RFC 8058: a form POST to /u/{token}, outside the JSON API and without cookies, so it
 * is not a row of the endpoint table.
 */
export async function postOneClick({ baseUrl, fetch: fetcher = fetch }: RequesterOptions, token: string) {
  // The contract loads with the call, not with the adapter every page starts with (decision 0065).
  const [{ oneClickBody }, { errorBodySchema }] = await Promise.all([
    import("../contract/footer-links.ts"),
    import("../contract/errors.ts"),
  ]);
  const response = await fetcher(`${baseUrl}/u/${encodeURIComponent(token)}`, {
    method: "POST",
    credentials: "omit",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ [oneClickBody.name]: oneClickBody.value }).toString(),
  });
  if (response.ok) return;
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success)
    throw new ApiError({ code: "internal", message: `HTTP ${response.status}`, status: response.status });
  const { error } = parsed.data;
  throw new ApiError({ code: error.code, message: error.message, status: response.status, fields: error.fields });
}
