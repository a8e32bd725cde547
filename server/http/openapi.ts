import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { idSchema } from "../../src/api/contract/common.ts";
import { errorBodySchema } from "../../src/api/contract/errors.ts";
import { endpoints, type Endpoint } from "../../src/api/endpoints.ts";
import { operatorConfigSchema } from "../../src/api/contract/operator-config.ts";
import { footerLinkPaths, operatorKeyScheme } from "../links/openapi-paths.ts";
import { csrfHeader } from "./csrf.ts";
import { healthPaths } from "./health.ts";

const errorBody = errorBodySchema.meta({ id: "ErrorBody" });
const problem = (description: string) => ({ description, content: { "application/json": { schema: errorBody } } });

function errorResponses(endpoint: Endpoint, hasParams: boolean) {
  const write = endpoint.method !== "GET";
  const body = endpoint.body as z.ZodType | undefined;
  const versioned = body instanceof z.ZodObject && "baseVersion" in body.shape;
  return {
    ...(write || hasParams || endpoint.query
      ? { 400: problem("Invalid input: `fields` names each problem (or the sign-in token is invalid)") }
      : {}),
    ...(endpoint.auth !== "none" ? { 401: problem("Not signed in") } : {}),
    ...(write || endpoint.auth === "full"
      ? { 403: problem("Cross-site request, or a session that may not do this") }
      : {}),
    ...(hasParams || endpoint.path === "/api/dev/outbox"
      ? { 404: problem("Not found (including another subject's ids)") }
      : {}),
    ...(versioned ? { 409: problem("Based on an outdated version: `current` holds the latest state") } : {}),
    ...(endpoint.path === "/api/auth/magic-links"
      ? { 429: problem("Too many links asked for: see Retry-After and `retryAfter`") }
      : {}),
  };
}

function operation(name: string, endpoint: Endpoint): ZodOpenApiOperationObject {
  const params = [...endpoint.path.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
  const write = endpoint.method !== "GET";
  const success =
    endpoint.status === 204
      ? { description: "Done" }
      : { description: "OK", content: { "application/json": { schema: endpoint.response } } };
  return {
    operationId: name,
    summary: endpoint.summary,
    requestParams: {
      ...(params.length > 0 ? { path: z.object(Object.fromEntries(params.map((param) => [param, idSchema]))) } : {}),
      ...(endpoint.query instanceof z.ZodObject ? { query: endpoint.query } : {}),
      ...(write
        ? {
            header: z.object({
              [csrfHeader]: z
                .literal("1")
                .meta({ description: "Required on every state-changing request, with a same-origin Origin" }),
              "Idempotency-Key": z
                .string()
                .min(1)
                .max(200)
                .optional()
                .meta({ description: "A retry with the same key is applied once" }),
              ...(endpoint.auth === "any" || endpoint.auth === "full"
                ? {
                    "X-Candor-Change-Reason": z.string().optional().meta({
                      description:
                        "Percent-encoded; required (10 to 500 characters) when a support agent acts on the customer's behalf, recorded as the change's reason",
                    }),
                  }
                : {}),
            }),
          }
        : {}),
    },
    ...(endpoint.body
      ? { requestBody: { required: true, content: { "application/json": { schema: endpoint.body } } } }
      : {}),
    responses: { [endpoint.status]: success, ...errorResponses(endpoint, params.length > 0) },
    security: endpoint.auth === "none" ? [] : [{ session: [] }],
  };
}

/** The OpenAPI 3.1 document, generated from the endpoint table plus the few routes that are not part of PrivacyApi. */
export function openApiDocument(version: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const [name, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    const path = endpoint.path.replace(/:(\w+)/g, "{$1}");
    paths[path] = { ...paths[path], [endpoint.method.toLowerCase()]: operation(name, endpoint) };
  }
  paths["/api/openapi.json"] = {
    get: {
      operationId: "openApi",
      summary: "This document",
      responses: {
        200: { description: "OpenAPI 3.1", content: { "application/json": { schema: z.looseObject({}) } } },
      },
    },
  };
  Object.assign(paths, healthPaths);
  paths["/privacy-center.config.json"] = {
    get: {
      operationId: "operatorConfig",
      summary: "The operator config the server loaded (CONFIG_PATH), which the SPA reads",
      responses: { 200: { description: "OK", content: { "application/json": { schema: operatorConfigSchema } } } },
    },
  };
  Object.assign(paths, footerLinkPaths(problem));
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Candor privacy center API",
      version,
      description: "Generated from src/api/endpoints.ts. Errors share one body: ErrorBody.",
    },
    paths,
    components: {
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "__Host-candor_session",
          description: "HttpOnly session cookie (candor_session on plain-http localhost)",
        },
        operatorKey: operatorKeyScheme,
      },
    },
  });
}
