import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { footerTokenSchema, oneClickBody } from "../../src/api/contract/footer-links.ts";
import { operatorLinksRequestSchema, operatorLinksSchema } from "../../src/api/contract/operator-links.ts";
import { operatorLinksPath } from "./operator-routes.ts";

type Problem = (description: string) => {
  description: string;
  content: { "application/json": { schema: z.core.$ZodType } };
};
const html = (description: string) => ({ description, content: { "text/html": { schema: z.string() } } });
const tokenParam = { path: z.object({ token: footerTokenSchema }) };

/** The routes outside the endpoint table: footer links (RFC 8058, the preferences link's form) and the operator API for email providers. */
export function footerLinkPaths(problem: Problem): ZodOpenApiPathsObject {
  return {
    "/u/{token}": {
      get: {
        operationId: "unsubscribePage",
        summary: "The page behind a footer's unsubscribe link: asks, with a plain form POST; changes nothing",
        requestParams: tokenParam,
        responses: { 200: html("The question and one button"), 400: html("The link is tampered, unknown or expired") },
        security: [],
      },
      post: {
        operationId: "oneClickUnsubscribe",
        summary:
          "RFC 8058 one-click unsubscribe: no cookie, login or CSRF header; idempotent; what the token names stops at once",
        requestParams: tokenParam,
        requestBody: {
          required: true,
          content: {
            "application/x-www-form-urlencoded": {
              schema: z.object({ [oneClickBody.name]: z.literal(oneClickBody.value) }),
            },
          },
        },
        responses: {
          200: { description: "Unsubscribed (or already was): an empty body" },
          400: problem("Not the RFC 8058 body, or the link is tampered, unknown or expired (token_invalid)"),
        },
        security: [],
      },
    },
    "/p/{token}": {
      post: {
        operationId: "openFooterLinkPage",
        summary:
          "The footer preferences link's own form (posted by its page, or by the person without JavaScript): opens a preferences-only session and answers 303 to /preferences; a GET of the link opens nothing",
        requestParams: tokenParam,
        responses: {
          303: {
            description: "Session cookie set; Location: /preferences?from=footer with the link's topic and channel",
          },
          400: html("The link is tampered, unknown or expired"),
          403: problem("The browser says another site sent the form (forbidden)"),
        },
        security: [],
      },
    },
    [operatorLinksPath]: {
      post: {
        operationId: "mintOperatorLinks",
        summary:
          "Footer links and List-Unsubscribe headers for up to 1000 people (by email or subject id), for an email service provider",
        requestBody: { required: true, content: { "application/json": { schema: operatorLinksRequestSchema } } },
        responses: {
          200: { description: "OK", content: { "application/json": { schema: operatorLinksSchema } } },
          400: problem("Invalid input: `fields` names each problem"),
          401: problem("No valid operator API key"),
        },
        security: [{ operatorKey: [] }],
      },
    },
  };
}

export const operatorKeyScheme = {
  type: "http",
  scheme: "bearer",
  description: "An operator API key from `npm run api-key -- create --name <name>` (stored hashed)",
} as const;
