import { Hono } from "hono";
import { routePath } from "hono/route";
import packageJson from "../package.json" with { type: "json" };
import type { AppDeps, AppEnv } from "./deps.ts";
import { limitBody } from "./http/body-limit.ts";
import { compressAnswers } from "./http/compression.ts";
import { csrfGuard } from "./http/csrf.ts";
import { HttpError, notFound, sendError } from "./http/errors.ts";
import { registerHealth } from "./http/health.ts";
import { hostGuard } from "./http/host-guard.ts";
import { openApiDocument } from "./http/openapi.ts";
import { requestContext } from "./http/request-context.ts";
import { requestLog } from "./http/request-log.ts";
import { registerEndpoints, type Handlers } from "./http/routes.ts";
import { shedLoad } from "./http/load-shedding.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { createSpaDocument } from "./http/spa-document.ts";
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
import { footerLinkHandlers } from "./resources/footer-links.ts";
import { registerFooterLinkRoutes } from "./links/footer-link-routes.ts";
import { registerOperatorRoutes } from "./links/operator-routes.ts";
import { supportHandlers } from "./resources/support.ts";

const handlers = {
  ...authHandlers,
  ...preferenceHandlers,
  ...consentHandlers,
  ...dataHandlers,
  ...requestHandlers,
  ...activityHandlers,
  ...devHandlers,
  ...supportHandlers,
  ...feedbackHandlers,
  ...footerLinkHandlers,
} satisfies Handlers;

/** The whole server as a fetch handler; everything from outside (clock, database, mailer) comes in through deps. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const configRaw = deps.configRaw ?? JSON.stringify(deps.config);
  // Created first: the CSP names the stylesheet the document inlines.
  const document = deps.staticRoot ? createSpaDocument(deps.staticRoot, deps.config) : null;
  app.use("*", requestContext(deps));
  app.use("*", requestLog());
  app.use(
    "*",
    securityHeaders(deps.config, () => document?.styleSources() ?? []),
  );
  app.use("*", hostGuard());
  // Before compression and everything else: a request turned away costs next to nothing.
  const shedding = shedLoad(deps.limits.load);
  app.use("/api/*", shedding);
  app.use("/u/*", shedding);
  app.on("POST", "/p/*", shedding);
  app.use("/api/*", compressAnswers());
  app.use("/api/*", limitBody());
  app.use("/api/*", csrfGuard());

  registerHealth(app);
  registerEndpoints(app, handlers);
  registerOperatorRoutes(app);
  let openApi: ReturnType<typeof openApiDocument> | null = null;
  app.get("/api/openapi.json", (c) => c.json((openApi ??= openApiDocument(packageJson.version))));
  app.all("/api/*", () => {
    throw notFound();
  });
  registerFooterLinkRoutes(app);
  serveOperatorConfig(app, configRaw);
  if (deps.staticRoot) serveSpa(app, deps.staticRoot, document);

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
