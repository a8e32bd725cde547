import type { Hono } from "hono";
import { operatorLinksRequestSchema, type OperatorLinks } from "../../src/api/contract/operator-links.ts";
import { fieldsOf } from "../../src/api/rules/parse.ts";
import { RuleError } from "../../src/api/rules/rule-error.ts";
import type { AppEnv } from "../deps.ts";
import { HttpError, fromRuleError, validationError } from "../http/errors.ts";
import { appOrigin } from "../resources/auth.ts";
import { authenticateApiKey } from "./api-keys.ts";
import { parseDuration } from "./duration.ts";
import { mintLinksFor } from "./mint.ts";

export const operatorLinksPath = "/api/operator/links";

/**
 * Bulk footer links for an email service provider, server to server: an API key (`npm run api-key -- create`)
 * in `Authorization: Bearer`, never a cookie, which is why the CSRF guard lets this path through.
 */
export function registerOperatorRoutes(app: Hono<AppEnv>): void {
  app.post(operatorLinksPath, async (c) => {
    const deps = c.get("deps");
    const now = deps.now();
    if (!(await authenticateApiKey(deps.db, c.req.header("authorization"), now)))
      throw new HttpError("unauthorized", "Send an operator API key as Authorization: Bearer <key>.");
    if (!/^application\/json\b/i.test(c.req.header("content-type") ?? ""))
      throw validationError([{ path: "", message: "Send JSON with Content-Type: application/json" }]);
    const parsed = operatorLinksRequestSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) throw validationError(fieldsOf(parsed.error));
    const { emails, subjectIds, topic, channel, expires } = parsed.data;
    const expiresInSeconds = expires === undefined ? undefined : (parseDuration(String(expires)) ?? undefined);
    const minter = { db: deps.db, config: deps.config, secret: deps.linkSecrets[0]!, origin: appOrigin(c, deps), now };
    const request = {
      ...(topic !== undefined ? { topicId: topic } : {}),
      ...(channel !== undefined ? { channelId: channel } : {}),
      expiresInSeconds,
    };
    const result: OperatorLinks = { links: [], unknown: [] };
    const who = emails?.map((email) => ({ email })) ?? subjectIds!.map((id) => ({ id }));
    for (const person of who) {
      let minted;
      try {
        minted = await mintLinksFor(minter, person, request);
      } catch (error) {
        throw error instanceof RuleError ? fromRuleError(error) : error;
      }
      if (minted) result.links.push(minted);
      else result.unknown.push("email" in person ? person.email : person.id);
    }
    return c.json(result, 200);
  });
}
