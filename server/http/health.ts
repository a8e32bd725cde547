import type { Hono } from "hono";
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { pendingMigrations } from "../db/migrations.ts";
import type { AppEnv } from "../deps.ts";

const healthBody = z.object({ status: z.literal("ok") }).meta({ id: "Health" });
const readinessBody = z
  .object({ status: z.enum(["ready", "not_ready"]), reason: z.string().optional() })
  .meta({ id: "Readiness" });

/**
 * For load balancers and orchestrators: /healthz says the process answers (restart it when it does not);
 * /readyz says it can serve (database reachable, every migration applied), so traffic goes only where it works.
 * Neither says why in more detail than a word: they are public.
 */
export function registerHealth(app: Hono<AppEnv>): void {
  app.get("/healthz", (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ status: "ok" } satisfies z.input<typeof healthBody>);
  });
  app.get("/readyz", async (c) => {
    const { db, dialect } = c.get("deps");
    c.header("Cache-Control", "no-store");
    let body: z.input<typeof readinessBody>;
    try {
      const pending = await pendingMigrations(db, dialect);
      body = pending.length === 0 ? { status: "ready" } : { status: "not_ready", reason: "migrations pending" };
    } catch {
      body = { status: "not_ready", reason: "database unreachable" };
    }
    return c.json(body, body.status === "ready" ? 200 : 503);
  });
}

export const healthPaths: ZodOpenApiPathsObject = {
  "/healthz": {
    get: {
      operationId: "health",
      summary: "Liveness: the process answers",
      responses: { 200: { description: "Alive", content: { "application/json": { schema: healthBody } } } },
    },
  },
  "/readyz": {
    get: {
      operationId: "readiness",
      summary: "Readiness: the database answers and every migration is applied",
      responses: {
        200: { description: "Ready", content: { "application/json": { schema: readinessBody } } },
        503: {
          description: "Not ready: database unreachable or migrations pending",
          content: { "application/json": { schema: readinessBody } },
        },
      },
    },
  },
};
