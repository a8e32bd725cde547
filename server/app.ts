import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import packageJson from "../package.json" with { type: "json" };
import type { AppDeps, AppEnv } from "./deps.ts";
import { compressAnswers } from "./http/compression.ts";
import { csrfGuard } from "./http/csrf.ts";
import { HttpError, notFound, sendError } from "./http/errors.ts";
import { openApiDocument } from "./http/openapi.ts";
import { requestContext } from "./http/request-context.ts";
import { registerEndpoints, type Handlers } from "./http/routes.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { createSpaDocument } from "./http/spa-document.ts";
import { serveOperatorConfig, serveSpa } from "./http/static-site.ts";
import { activityHandlers } from "./resources/activity.ts";
import { authHandlers } from "./resources/auth.ts";
import { consentHandlers } from "./resources/consents.ts";
import { dataHandlers } from "./resources/data.ts";
import { outboxHandlers } from "./resources/outbox.ts";
import { preferenceHandlers } from "./resources/preferences.ts";
import { requestHandlers } from "./resources/requests.ts";

const handlers = {
  ...authHandlers,
  ...preferenceHandlers,
  ...consentHandlers,
  ...dataHandlers,
  ...requestHandlers,
  ...activityHandlers,
  ...outboxHandlers,
} satisfies Handlers;

/** The whole server as a fetch handler; everything from outside (clock, database, mailer) comes in through deps. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use("*", requestContext(deps));
  app.use("*", securityHeaders(deps.config));
  app.use("/api/*", compressAnswers());
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: 64 * 1024,
      onError: (c) => sendError(c, new HttpError("validation", "The request is too large.", { status: 413 })),
    }),
  );
  app.use("/api/*", csrfGuard());

  registerEndpoints(app, handlers);
  let document: ReturnType<typeof openApiDocument> | null = null;
  app.get("/api/openapi.json", (c) => c.json((document ??= openApiDocument(packageJson.version))));
  app.all("/api/*", () => {
    throw notFound();
  });
  const configRaw = deps.configRaw ?? JSON.stringify(deps.config);
  serveOperatorConfig(app, configRaw);
  if (deps.staticRoot) serveSpa(app, deps.staticRoot, createSpaDocument(deps.staticRoot, deps.config, configRaw));

  app.notFound((c) => sendError(c, notFound()));
  app.onError((error, c) => {
    if (error instanceof HttpError) return sendError(c, error);
    // Only unexpected failures land here; bad input never does, it is a 400 above.
    deps.log.error(`[${c.get("requestId")}] ${c.req.method} ${c.req.path} failed`, error);
    return sendError(c, new HttpError("internal", "Something went wrong on our side. Please try again."));
  });
  return app;
}
