import { inlineConfigId } from "../api/contract/inline-config.ts";
import type { ConfigProblem, OperatorConfig } from "../api/contract/operator-config.ts";

/** Deployments can point the app at another file without rebuilding the code that reads it. */
const configUrl = import.meta.env.VITE_CONFIG_URL ?? "/privacy-center.config.json";

export type ConfigResult = { config: OperatorConfig } | { problems: ConfigProblem[] };

/**
 * A config to render from. `check`, when present, is the schema's verdict still to come: the reference server
 * checked the config it inlined with this very schema before it started, so the page renders from it at once
 * and the browser checks it again once zod has loaded (decision 0065).
 */
export type LoadedConfig =
  { config: OperatorConfig; check?: () => Promise<ConfigResult> } | { problems: ConfigProblem[] };

/** The reference server inlines the config into the HTML (server/http/spa-document.ts); static hosts do not. */
async function readConfig(url: string): Promise<{ raw: unknown; inline: boolean } | { problems: ConfigProblem[] }> {
  const inline = document.getElementById(inlineConfigId)?.textContent;
  try {
    if (inline) return { raw: JSON.parse(inline), inline: true };
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) return { problems: [{ path: url, message: `HTTP ${response.status}` }] };
    return { raw: await response.json(), inline: false };
  } catch (error) {
    return { problems: [{ path: url, message: error instanceof Error ? error.message : String(error) }] };
  }
}

/** A build for the in-browser demo talks to the mock whatever the file says. */
function withApiOverride<T extends ConfigResult>(result: T): T {
  const apiOverride = import.meta.env.VITE_CANDOR_API;
  if ("config" in result && apiOverride === "mock")
    return { ...result, config: { ...result.config, api: { mode: "mock" } } };
  return result;
}

async function parse(raw: unknown): Promise<ConfigResult> {
  const { parseOperatorConfig } = await import("../api/contract/operator-config.ts");
  return withApiOverride(parseOperatorConfig(raw));
}

/** The config is a static file of the deployment, not part of the API, so it is read here rather than through PrivacyApi. */
export async function loadOperatorConfig(url = configUrl): Promise<LoadedConfig> {
  const read = await readConfig(url);
  if ("problems" in read) return read;
  // A file fetched from a static host was checked by nobody yet: before anything renders from it.
  if (!read.inline) return parse(read.raw);
  return { ...withApiOverride({ config: read.raw as OperatorConfig }), check: () => parse(read.raw) };
}
