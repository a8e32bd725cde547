import { parseOperatorConfig, type ConfigProblem, type OperatorConfig } from "../api/contract/operator-config.ts";

/** Deployments can point the app at another file without rebuilding the code that reads it. */
const configUrl = import.meta.env.VITE_CONFIG_URL ?? "/privacy-center.config.json";

export type ConfigResult = { config: OperatorConfig } | { problems: ConfigProblem[] };

/** The config is a static file of the deployment, not part of the API, so it is read here rather than through PrivacyApi. */
export async function loadOperatorConfig(url = configUrl): Promise<ConfigResult> {
  let raw: unknown;
  try {
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) return { problems: [{ path: url, message: `HTTP ${response.status}` }] };
    raw = await response.json();
  } catch (error) {
    return { problems: [{ path: url, message: error instanceof Error ? error.message : String(error) }] };
  }
  const result = parseOperatorConfig(raw);
  const apiOverride = import.meta.env.VITE_CANDOR_API;
  if ("config" in result && apiOverride === "mock") return { config: { ...result.config, api: { mode: "mock" } } };
  return result;
}
