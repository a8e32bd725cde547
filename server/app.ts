import { Hono } from "hono";
import { routePath } from "hono/route";
import packageJson from "../package.json" with { type: "json" };
import type { AppDeps, AppEnv } from "./deps.ts";
import { limitBody } from "./http/body-limit.ts";
import { csrfGuard } from "./http/csrf.ts";
import { HttpError, notFound, sendError } from "./http/errors.ts";
import { registerHealth } from "./http/health.ts";
import { hostGuard } from "./http/host-guard.ts";
import { openApiDocument } from "./http/openapi.ts";
import { requestContext } from "./http/request-context.ts";
import { requestLog } from "./http/request-log.ts";
import { registerEndpoints, type Handlers } from "./http/routes.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { serveOperatorConfig, serveSpa } from "./http/static-site.ts";
import { errorFields, logLine } from "./logging/json-lines.ts";
import { activityHandlers } from "./resources/activity.ts";
import { authHandlers } from "./resources/auth.ts";
import { consentHandlers } from "./resources/consents.ts";
import { dataHandlers } from "./resources/data.ts";
import { devHandlers } from "./resources/dev.ts";
import { feedbackHandlers } from "./resources/feedback.ts";
import { preferenceHandlers } from "./resources/preferences.ts";
import { requestHandlers } from "./resources/requests.ts";

const handlers = {
  ...authHandlers,
  ...preferenceHandlers,
  ...consentHandlers,
  ...dataHandlers,
  ...requestHandlers,
  ...activityHandlers,
  ...devHandlers,
  ...feedbackHandlers,
} satisfies Handlers;

/** The whole server as a fetch handler; everything from outside (clock, database, mailer) comes in through deps. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use("*", requestContext(deps));
  app.use("*", requestLog());
  app.use("*", securityHeaders(deps.config));
  app.use("*", hostGuard());
  app.use("/api/*", limitBody());
  app.use("/api/*", csrfGuard());

  registerHealth(app);
  registerEndpoints(app, handlers);
  let document: ReturnType<typeof openApiDocument> | null = null;
  app.get("/api/openapi.json", (c) => c.json((document ??= openApiDocument(packageJson.version))));
  app.all("/api/*", () => {
    throw notFound();
  });
  serveOperatorConfig(app, deps.configRaw ?? JSON.stringify(deps.config));
  if (deps.staticRoot) serveSpa(app, deps.staticRoot);

  app.notFound((c) => sendError(c, notFound()));
  app.onError((error, c) => {
    if (error instanceof HttpError) return sendError(c, error);
    // Only unexpected failures land here; bad input never does, it is a 400 above.
    logLine(deps.log, "error", "unexpected_failure", {
      requestId: c.get("requestId"),
      method: c.req.method,
      route: routePath(c) || "*",
      ...errorFields(error),
    });
    return sendError(c, new HttpError("internal", "Something went wrong on our side. Please try again."));
  });
  return app;
}
