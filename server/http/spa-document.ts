import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { OperatorConfig } from "../../src/api/contract/operator-config.ts";
import { inlineConfigId } from "../../src/api/contract/inline-config.ts";
import { pickLocale } from "../../src/i18n/pick-locale.ts";
import { catalogModulesFor } from "../../src/i18n/catalog-parts.ts";
import {
  compressPerRequest,
  etagOf,
  negotiateEncoding,
  representationOf,
  type Representation,
} from "./content-encoding.ts";
import { firstRouteNeeds, routeKeyOf, sessionRead, type RouteNeeds } from "./first-route-needs.ts";

/** The slice of Vite's build manifest (build.manifest) that names each module's chunk and what it imports. */
export type Manifest = Record<
  string,
  { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }
>;

export interface DocumentRequest {
  path: string;
  /** The query string with its "?", or "". */
  search: string;
  acceptLanguage: string | undefined;
  /** For a page made for this request alone, which is compressed for it alone. */
  acceptEncoding: string | undefined;
  cookie: string | undefined;
  /** The browser sends Global Privacy Control (Sec-GPC: 1). */
  gpc: boolean;
  /** This server's API in process, as the visitor's browser would reach it; without it no page is personal. */
  api?: typeof fetch;
}

export interface RenderedDocument {
  page: Representation;
  /** Rendered with a session's own data: for that visitor only, never stored by anyone. */
  personal: boolean;
}

export interface SpaDocument {
  render(request: DocumentRequest): Promise<RenderedDocument>;
  /** CSP sources for the stylesheet inlined into the HTML ('sha256-…'); empty until the first render is ready. */
  styleSources(): readonly string[];
}

/**
 * On a prerendered page, what starts the scripts once the page is on screen: the task after the browser reports
 * its first contentful paint, or after the first frame where it cannot. The page's text then waits for no byte of
 * JavaScript, in the browser or in Lighthouse's model of it. The first frame alone was too early: it reaches the
 * screen 10–50 ms after its callback on a busy machine, time enough for the scripts to arrive (decision 0082).
 * Constant, so CSP allows it by one hash; what it loads is read from a JSON data block beside it. A form sent
 * (Enter in the email field) before the app has hydrated is held and sent by the app once it has, rather than
 * posted natively and reloaded without what was typed; if the app's script cannot load, forms post natively.
 * Likewise the last button or switch pressed (clicked, or Space or Enter on a switch) before hydration is pressed
 * again once the app can hear it. A page whose form says so (the footer link's, decision 0067) is posted at once
 * instead, and nothing else starts: the server answers with the next page. Eight preloads per task (the next eight
 * in a task of their own, by a message to itself, which a background tab does not throttle as it does timers): each
 * starts a request, and a signed-in page's thirty at once were the longest task of its start on a slow phone (0071).
 */
const scriptLoader =
  '(()=>{const d=document,w=window,f=d.querySelector("form[data-submit-on-load]");if(f){f.submit();return}const l=JSON.parse(d.getElementById("candor-scripts").textContent);let done=false;d.addEventListener("submit",e=>{if(!w.candorHydrated){e.preventDefault();w.candorPendingSubmit=e.target}},true);const hold=(e,b)=>{if(b&&!w.candorHydrated){e.preventDefault();e.stopPropagation();w.candorPendingClick=b}};d.addEventListener("click",e=>hold(e,e.target.closest&&e.target.closest("button:not([type=submit]),[role=switch],[role=checkbox]")),true);d.addEventListener("keydown",e=>(e.key===" "||e.key==="Enter")&&hold(e,e.target.closest&&e.target.closest("[role=switch],[role=checkbox]")),true);const q=l.preloads.slice(),c=new MessageChannel(),step=()=>{for(const p of q.splice(0,8)){const e=d.createElement("link");e.rel=p.rel;e.href=p.href;if(p.as)e.as=p.as;if(p.crossOrigin!==null)e.crossOrigin=p.crossOrigin;d.head.append(e)}if(q.length){c.port2.postMessage(0);return}const s=d.createElement("script");s.type="module";s.crossOrigin="";s.src=l.entry;s.onerror=()=>{w.candorHydrated=true};d.head.append(s)},go=()=>{if(done)return;done=true;c.port1.onmessage=step;step()};const P=w.PerformanceObserver;if(P&&(P.supportedEntryTypes||[]).includes("paint"))new P((m,o)=>{if(m.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(go)}}).observe({type:"paint",buffered:true});else requestAnimationFrame(()=>setTimeout(go));setTimeout(go,500)})()';

/** The mark of a form the loader above posts at once (the footer link's page, src/features/footer-links). */
const postsItself = "data-submit-on-load";

/** CSP source for the loader above. */
export const scriptLoaderSource = `'sha256-${createHash("sha256").update(scriptLoader).digest("base64")}'`;

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}(?:="([^"]*)")?`).exec(tag);

/**
 * Takes the entry script and the preloads out of the head and has the loader start them after the first paint;
 * for a page that posts itself (`startsApp` false) the loader starts nothing, so they are left out.
 */
function deferScripts(html: string, startsApp: boolean): string {
  const preloads: { rel: string; href: string; as: string | null; crossOrigin: string | null }[] = [];
  let entry: string | null = null;
  const withoutScripts = html
    .replace(/[ \t]*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\n?/, (_tag, src: string) => {
      entry = src;
      return "";
    })
    .replace(/[ \t]*<link rel="(modulepreload|preload)"[^>]*>\n?/g, (tag, rel: string) => {
      const as = attribute(tag, "as")?.[1] ?? null;
      // The logo is part of the first paint: its preload stays.
      if (as === "image") return tag;
      const crossOrigin = attribute(tag, "crossorigin");
      preloads.push({
        rel,
        href: attribute(tag, "href")?.[1] ?? "",
        as,
        crossOrigin: crossOrigin ? (crossOrigin[1] ?? "") : null,
      });
      return "";
    });
  if (!entry) return html;
  if (!startsApp) return withoutScripts.replace("</body>", `  <script>${scriptLoader}</script>\n  </body>`);
  const data = `<script type="application/json" id="candor-scripts">${scriptSafeJson(JSON.stringify({ entry, preloads }))}</script>`;
  return withoutScripts.replace("</body>", `  ${data}\n    <script>${scriptLoader}</script>\n  </body>`);
}

/** What the prerender build (src/ssr/prerender.tsx, built into dist/.ssr) offers the server. */
export interface Prerenderer {
  prerender(request: {
    url: string;
    locale: string;
    config: OperatorConfig;
  }): Promise<{ html: string; loaderData: Record<string, unknown>; matches: string[] } | null>;
  renderSignedIn(request: {
    url: string;
    browser: readonly string[];
    config: OperatorConfig;
    fetch: typeof fetch;
  }): Promise<{
    html: string;
    loaderData: Record<string, unknown>;
    matches: string[];
    locale: string;
    queries: unknown;
  } | null>;
  routePattern(path: string): string | null;
  brandStyle(config: OperatorConfig): string;
  /** Rules for the style attributes the UI kit writes into server HTML, which a strict CSP does not apply. */
  markupStyleSheet(): string;
}

/** The element the browser's boot reads the prerendered page's router data from (src/app/boot.tsx). */
export const hydrationDataId = "candor-hydration";

/** The prerender build, when the build made one; without it every page starts from the skeleton, as before. */
export async function loadPrerenderer(root: string): Promise<Prerenderer | null> {
  const file = path.join(root, ".ssr", "prerender.js");
  if (!existsSync(file)) return null;
  return (await import(pathToFileURL(file).href)) as Prerenderer;
}

/**
 * Public pages whose whole first paint is known on the server for a visitor without a session. Not
 * check-inbox (its address is in history state) nor /auth/confirm (its token never reaches the server).
 */
const prerenderable = new Map([
  ["sign-in", "/sign-in"],
  ["p/:token", "/p/-"],
  ["*", "/not-found"],
]);

/** Browser languages in the order Accept-Language prefers them, as navigator.languages would list them. */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(/q=([\d.]+)/.exec(params.join(";"))?.[1] ?? 1);
      return { tag: tag.trim(), q, index };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.q > 0)
    .toSorted((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

// JSON never has "<" outside a string, and inside one \u003c means the same, so the data cannot close the tag.
const scriptSafeJson = (json: string) => json.replace(/</g, "\\u003c");

/** The chunks a module needs that the entry does not already load, in the order Vite would fetch them. */
export function chunksFor(manifest: Manifest, modules: readonly string[], entryChunks: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || entryChunks.has(chunk.file) || found.has(chunk.file)) return;
    found.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  modules.forEach(visit);
  return [...found];
}

export function entryChunksOf(manifest: Manifest): Set<string> {
  const found = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || found.has(chunk.file)) return;
    found.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  Object.keys(manifest)
    .filter((key) => manifest[key]!.isEntry)
    .forEach(visit);
  return found;
}

const sha256Source = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const stylesheetLink = /<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)"\s*\/?>\s*/g;

const hasSessionCookie = (cookie: string | undefined) => /(^|;\s*)(__Host-)?candor_session=/.test(cookie ?? "");

/**
 * A page made for one request is compressed once, fast, in the one encoding that request takes: the slowest
 * settings every cached variant gets (once) would cost each signed-in page about 100 ms of CPU.
 */
function personalRepresentation(html: string, acceptEncoding: string | undefined): Representation {
  const identity = Buffer.from(html);
  const encoding = negotiateEncoding(acceptEncoding);
  const encoded = encoding ? { [encoding]: compressPerRequest(identity, encoding) } : {};
  return { contentType: "text/html; charset=UTF-8", identity, encoded, etag: etagOf(identity) };
}

/** The signed-in frame: pages under it are rendered with the session's data when the server can read them. */
const signedInFrame = "src/app/shell/app-shell.tsx";

type SignedInPage = NonNullable<Awaited<ReturnType<Prerenderer["renderSignedIn"]>>>;

/**
 * The app's HTML as the server sends it: the operator config inlined (a JSON data block, which CSP does not
 * treat as script), and preloads for what the first route needs (the visitor's catalog, the API adapter, the
 * route's chunks, the session and the section's data) so they load beside the entry, not after it. Each
 * variant is rendered and compressed once.
 */
export function createSpaDocument(
  root: string,
  config: OperatorConfig,
  prerenderer: Promise<Prerenderer | null> = loadPrerenderer(root),
): SpaDocument | null {
  const indexFile = path.join(root, "index.html");
  if (!existsSync(indexFile)) return null;
  const built = readFileSync(indexFile, "utf8");
  // The stylesheets (a few kB) go inline: the first paint waits for no second request. CSP allows the one
  // <style> by its hash, so style-src stays without 'unsafe-inline'.
  const stylesheets = [...built.matchAll(stylesheetLink)]
    .map((match) => path.join(root, ...match[1]!.split("/")))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, "utf8"));
  const template = built.replace(stylesheetLink, (link, file: string) =>
    existsSync(path.join(root, ...file.split("/"))) ? "" : link,
  );
  let styleSources: string[] = [];
  const ready = prerenderer
    .catch((error: unknown) => {
      console.error("The prerender build could not be loaded; pages start from the skeleton.", error);
      return null;
    })
    .then((loaded) => {
      const css = [...stylesheets, ...(loaded ? [loaded.brandStyle(config), loaded.markupStyleSheet()] : [])].join(
        "\n",
      );
      styleSources = css ? [sha256Source(css)] : [];
      return { prerender: loaded, style: css ? `<style>${css}</style>` : "" };
    });
  const manifestFile = path.join(root, ".vite", "manifest.json");
  const manifest: Manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, "utf8")) : {};
  const entryChunks = entryChunksOf(manifest);
  const api = config.api.mode === "http" ? config.api.baseUrl.replace(/\/+$/, "") : null;
  // The config as the schema parsed it (its defaults filled in), not the file: the browser renders from it before
  // its own copy of the schema has loaded, and checks it after (decision 0065).
  const compactConfig = JSON.stringify(config);
  const inlineConfig = `<script type="application/json" id="${inlineConfigId}">${scriptSafeJson(compactConfig)}</script>`;
  const rendered = new Map<string, Representation>();

  /** The page's head start: the chunks and catalog its first render needs, and the API reads it starts with. */
  const preloads = (locale: string, needs: RouteNeeds, reads: readonly string[], adapter = true) => {
    // A page that starts from the skeleton reads its section at once and checks the answer with the section's
    // contract, which the section's code imports only when it is wanted (decision 0080): it comes with the read.
    const readsSection = reads.some((read) => needs.signedInReads.includes(read));
    const modules = [
      ...catalogModulesFor(locale, needs.modules),
      // The HTTP adapter. The static demo's in-page backend is not preloaded: in a tab without a session, which a
      // page rendered at build time is for, it loads when the visitor first acts (decision 0071).
      ...(adapter && api !== null ? ["src/api/http/create-http-api.ts"] : []),
      ...needs.modules,
      ...(readsSection ? needs.modules.flatMap((key) => manifest[key]?.dynamicImports ?? []) : []),
    ];
    return [
      ...chunksFor(manifest, modules, entryChunks).map(
        (file) => `<link rel="modulepreload" crossorigin href="/${file}">`,
      ),
      // The HTTP adapter fetches with credentials: "include"; a preload only serves a request made the same way.
      ...reads.map((read) => `<link rel="preload" as="fetch" crossorigin="use-credentials" href="${api}${read}">`),
    ];
  };

  /** The HTML around a page: the server's rendering of it when there is one, else the boot skeleton. */
  const documentOf = (
    style: string,
    locale: string,
    links: readonly string[],
    page: { html: string; loaderData: Record<string, unknown>; matches: string[] } | null,
    extra: Record<string, unknown>,
  ): string => {
    // React hoists the logo's preload to the top of its markup; it belongs in the head.
    const hoisted: string[] = [];
    const body = page?.html.replace(/^(<link [^>]*>)+/, (found) => (hoisted.push(found), ""));
    // A page that posts itself at once starts none of the app, so it carries neither the config nor preloads: it
    // stays within the first TCP window of a phone's connection (decision 0067).
    const startsApp = !body?.includes(postsItself);
    const app = startsApp ? [inlineConfig, ...links] : [];
    let html = template
      .replace(/<html lang="[^"]*"/, `<html lang="${locale}"`)
      .replace("</head>", `    ${[style, ...hoisted, ...app].filter(Boolean).join("\n    ")}\n  </head>`);
    if (page && body !== undefined) {
      const data = { loaderData: page.loaderData, matches: page.matches, ...extra };
      const hydration = `<script type="application/json" id="${hydrationDataId}">${scriptSafeJson(JSON.stringify(data))}</script>`;
      html = deferScripts(
        html.replace(
          /<div id="root">[\s\S]*<\/body>/,
          `<div id="root" data-prerendered="${locale}">${body}</div>\n    ${hydration}\n  </body>`,
        ),
        startsApp,
      );
    }
    return html;
  };

  /** The signed-in page, or null for the usual start (no session, or a page the server cannot know). */
  const signedInPage = async (
    prerender: Prerenderer,
    request: DocumentRequest,
    browser: readonly string[],
    fetch: typeof globalThis.fetch,
  ): Promise<SignedInPage | null> => {
    try {
      return await prerender.renderSignedIn({ url: `${request.path}${request.search}`, browser, config, fetch });
    } catch (error) {
      // Never a failed page for it: the browser renders this page as it did before the server could.
      console.error("A signed-in page could not be rendered on the server; it starts from the skeleton.", error);
      return null;
    }
  };

  return {
    styleSources: () => styleSources,
    async render(request) {
      const { prerender, style } = await ready;
      const routePath = request.path.replace(/(.)\/+$/, "$1");
      const signedIn = hasSessionCookie(request.cookie);
      const browser = acceptedLanguages(request.acceptLanguage);
      const landing = routePath === "/" ? (signedIn ? "/overview" : "/sign-in") : routeKeyOf(routePath);
      const known = landing in firstRouteNeeds;
      const needs: RouteNeeds = known ? firstRouteNeeds[landing]! : { modules: [], signedInReads: [] };
      // A browser that sends GPC tells the backend so before its pages read consents (src/api/client/gpc.ts): its
      // first page is the browser's to load, as before.
      const personal =
        prerender && request.api && api !== null && signedIn && !request.gpc && needs.modules.includes(signedInFrame)
          ? await signedInPage(prerender, { ...request, path: routePath }, browser, request.api)
          : null;
      if (personal) {
        const links = preloads(personal.locale, needs, []);
        return {
          page: personalRepresentation(
            documentOf(style, personal.locale, links, personal, { queries: personal.queries }),
            request.acceptEncoding,
          ),
          personal: true,
        };
      }
      const locale = pickLocale({
        chosen: null,
        subject: null,
        browser,
        enabled: config.locales.enabled,
        fallback: config.locales.default,
      });
      // "/" goes elsewhere at once, and a session's pages are the visitor's own: those start from the skeleton.
      const pattern = prerender && !signedIn && routePath !== "/" ? prerender.routePattern(routePath) : null;
      // Rendered at a stand-in path of the same pattern: nothing a visitor put in the address reaches the HTML.
      const standIn = pattern === null ? undefined : prerenderable.get(pattern);
      // Keyed by what changes the HTML, so any number of client paths share a handful of variants.
      const key = `${known ? landing : "*"}|${locale}|${signedIn}|${standIn ?? "-"}`;
      const cached = rendered.get(key);
      if (cached) return { page: cached, personal: false };
      const page = prerender && standIn ? await prerender.prerender({ url: standIn, locale, config }) : null;
      // A page rendered for a request without a session cookie over the HTTP API has no session to read, so the
      // browser neither asks for one nor loads the adapter before the person acts (decision 0070). The in-page
      // backend's session lives in the browser's storage, which no rendering can see.
      const signedOut = page !== null && api !== null;
      const reads = api === null || signedOut ? [] : [sessionRead, ...(signedIn ? needs.signedInReads : [])];
      const links = preloads(locale, needs, reads, !signedOut);
      const representation = representationOf(
        "text/html; charset=UTF-8",
        Buffer.from(documentOf(style, locale, links, page, signedOut ? { signedOut: true } : {})),
      );
      rendered.set(key, representation);
      return { page: representation, personal: false };
    },
  };
}
