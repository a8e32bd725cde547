import type { Context, Hono } from "hono";
import { footerFocusSearch } from "../../src/api/rules/footer-focus.ts";
import { footerTokenSchema, oneClickBody } from "../../src/api/contract/footer-links.ts";
import { currentSession } from "../auth/sessions.ts";
import type { AppEnv } from "../deps.ts";
import { limitBody } from "../http/body-limit.ts";
import { namesAnotherSite } from "../http/csrf.ts";
import { HttpError, sendError } from "../http/errors.ts";
import { openFooterSession } from "../resources/footer-links.ts";
import { FooterLinkError, resolveFooterLink } from "./resolve.ts";
import { unsubscribeByLink } from "./unsubscribe.ts";
import {
  pageLocale,
  renderLinkInvalid,
  renderUnsubscribeQuestion,
  renderUnsubscribed,
  unsubscribePageCss,
  unsubscribePageCssPath,
} from "./unsubscribe-page.ts";

/** A person's browser following the form, as opposed to a mail app's background POST. */
const isNavigation = (c: Context<AppEnv>) => c.req.header("sec-fetch-dest") === "document";

/** The preferences link's form has no fields: anything larger is not it. */
const emptyForm = limitBody(1024);

/**
 * The RFC 8058 field of the form a mail app posts. A urlencoded form, what mail apps send, is read as text:
 * Hono's form parser would first turn the lightweight request into a web-stream one, for a 26-byte body.
 */
async function oneClickField(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (/^application\/x-www-form-urlencoded\b/i.test(type))
    return new URLSearchParams(await c.req.text()).get(oneClickBody.name);
  if (/^multipart\/form-data\b/i.test(type)) return (await c.req.parseBody())[oneClickBody.name];
  return undefined;
}

const html = (c: Context<AppEnv>, status: 200 | 400 | 404, body: string) =>
  c.body(body, status, { "Content-Type": "text/html; charset=UTF-8", "Cache-Control": "no-store" });

function tokenOf(c: Context<AppEnv>): string {
  const token = c.req.param("token") ?? "";
  if (!footerTokenSchema.safeParse(token).success) throw new FooterLinkError("malformed");
  return token;
}

async function resolve(c: Context<AppEnv>) {
  const deps = c.get("deps");
  const token = tokenOf(c);
  return { token, ...(await resolveFooterLink(deps.db, deps.linkSecrets, token, deps.now())) };
}

/** A bad link: a page for a person, the JSON error for a program; either way a 4xx and nothing changed. */
function refuse(c: Context<AppEnv>, error: unknown, page: boolean): Response {
  if (!(error instanceof HttpError)) throw error;
  const { config } = c.get("deps");
  if (page && error instanceof FooterLinkError) return html(c, 400, renderLinkInvalid(config, config.locales.default));
  return sendError(c, error);
}

/**
 * The footer links' own addresses, outside /api. RFC 8058 one-click unsubscribe takes no cookie, login or CSRF
 * header, because the mail provider posts it from its own servers; only that path and only the exact form body
 * act, and the link's signature is the authority. The preferences link's form is a person's browser: refused
 * when the browser says another site sent it.
 */
export function registerFooterLinkRoutes(app: Hono<AppEnv>): void {
  app.get(unsubscribePageCssPath, (c) =>
    c.body(unsubscribePageCss(c.get("deps").config.brand), 200, {
      "Content-Type": "text/css; charset=UTF-8",
      "Cache-Control": "max-age=3600",
    }),
  );

  app.get("/u/:token", async (c) => {
    try {
      const { token, subject, target } = await resolve(c);
      const { config } = c.get("deps");
      return html(
        c,
        200,
        renderUnsubscribeQuestion({ config, locale: pageLocale(subject.locale, config), target, token }),
      );
    } catch (error) {
      return refuse(c, error, true);
    }
  });

  /**
   * The preferences link's page posts its own form (at once, or on the person's press without JavaScript): the
   * session opens here and the answer is a 303 to the preferences page, which the server then renders with the
   * session's data. The form posts to the link's own address, so the token is never written into any HTML.
   */
  app.post("/p/:token", emptyForm, async (c) => {
    // A page of another site posting a link it holds would sign this browser in as someone else.
    if (namesAnotherSite(c))
      return sendError(
        c,
        new HttpError("forbidden", "This request did not come from the privacy center, so nothing was changed."),
      );
    try {
      const token = tokenOf(c);
      const deps = c.get("deps");
      const current = await currentSession(c);
      const { target } = await openFooterSession({ c, deps, db: deps.db, token, now: deps.now(), current });
      c.header("Cache-Control", "no-store");
      return c.redirect(`/preferences?${footerFocusSearch(target)}`, 303);
    } catch (error) {
      return refuse(c, error, true);
    }
  });

  app.post("/u/:token", limitBody(4 * 1024), async (c) => {
    const page = isNavigation(c);
    try {
      if ((await oneClickField(c)) !== oneClickBody.value)
        throw new HttpError("validation", "Send the RFC 8058 body List-Unsubscribe=One-Click as a form.", {
          fields: [{ path: oneClickBody.name, message: `must be "${oneClickBody.value}"` }],
        });
      const { token, subject, target } = await resolve(c);
      const deps = c.get("deps");
      await unsubscribeByLink(deps, subject, target);
      if (!page) return c.body(null, 200);
      return html(
        c,
        200,
        renderUnsubscribed({ config: deps.config, locale: pageLocale(subject.locale, deps.config), token }),
      );
    } catch (error) {
      return refuse(c, error, page);
    }
  });
}
