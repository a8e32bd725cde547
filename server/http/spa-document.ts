import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { OperatorConfig } from "../../src/api/contract/operator-config.ts";
import { inlineConfigId } from "../../src/api/contract/inline-config.ts";
import { pickLocale } from "../../src/i18n/pick-locale.ts";
import { catalogModulesFor } from "../../src/i18n/catalog-parts.ts";
import { representationOf, type Representation } from "./content-encoding.ts";
import { firstRouteNeeds, sessionRead, type RouteNeeds } from "./first-route-needs.ts";

/** The slice of Vite's build manifest (build.manifest) that names each module's chunk and what it imports. */
export type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

export interface DocumentRequest {
  path: string;
  acceptLanguage: string | undefined;
  cookie: string | undefined;
}

export interface SpaDocument {
  render(request: DocumentRequest): Representation;
}

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

const hasSessionCookie = (cookie: string | undefined) => /(^|;\s*)(__Host-)?candor_session=/.test(cookie ?? "");

/**
 * The app's HTML as the server sends it: the operator config inlined (a JSON data block, which CSP does not
 * treat as script), and preloads for what the first route needs (the visitor's catalog, the API adapter, the
 * route's chunks, the session and the section's data) so they load beside the entry, not after it. Each
 * variant is rendered and compressed once.
 */
export function createSpaDocument(root: string, config: OperatorConfig, configRaw: string): SpaDocument | null {
  const indexFile = path.join(root, "index.html");
  if (!existsSync(indexFile)) return null;
  const template = readFileSync(indexFile, "utf8");
  const manifestFile = path.join(root, ".vite", "manifest.json");
  const manifest: Manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, "utf8")) : {};
  const entryChunks = entryChunksOf(manifest);
  const api = config.api.mode === "http" ? config.api.baseUrl.replace(/\/+$/, "") : null;
  const compactConfig = JSON.stringify(JSON.parse(configRaw));
  const inlineConfig = `<script type="application/json" id="${inlineConfigId}">${scriptSafeJson(compactConfig)}</script>`;
  const rendered = new Map<string, Representation>();

  return {
    render(request) {
      const routePath = request.path.replace(/(.)\/+$/, "$1");
      const signedIn = hasSessionCookie(request.cookie);
      const locale = pickLocale({
        chosen: null,
        subject: null,
        browser: acceptedLanguages(request.acceptLanguage),
        enabled: config.locales.enabled,
        fallback: config.locales.default,
      });
      const landing = routePath === "/" ? (signedIn ? "/overview" : "/sign-in") : routePath;
      const known = landing in firstRouteNeeds;
      // Keyed by what changes the HTML, so any number of client paths share a handful of variants.
      const key = `${known ? landing : "*"}|${locale}|${signedIn}`;
      const cached = rendered.get(key);
      if (cached) return cached;
      const needs: RouteNeeds = known ? firstRouteNeeds[landing]! : { modules: [], signedInReads: [] };
      const modules = [
        ...catalogModulesFor(locale, needs.modules),
        ...(api === null ? [] : ["src/api/http/create-http-api.ts"]),
        ...needs.modules,
      ];
      const reads = api === null ? [] : [sessionRead, ...(signedIn ? needs.signedInReads : [])];
      const links = [
        ...chunksFor(manifest, modules, entryChunks).map(
          (file) => `<link rel="modulepreload" crossorigin href="/${file}">`,
        ),
        // The HTTP adapter fetches with credentials: "include"; a preload only serves a request made the same way.
        ...reads.map((read) => `<link rel="preload" as="fetch" crossorigin="use-credentials" href="${api}${read}">`),
      ];
      const html = template
        .replace(/<html lang="[^"]*"/, `<html lang="${locale}"`)
        .replace("</head>", `    ${[inlineConfig, ...links].join("\n    ")}\n  </head>`);
      const representation = representationOf("text/html; charset=UTF-8", Buffer.from(html));
      rendered.set(key, representation);
      return representation;
    },
  };
}
