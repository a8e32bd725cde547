import { readFile } from "node:fs/promises";
import { parseOperatorConfig, type OperatorConfig } from "../src/api/contract/operator-config.ts";
import { StartupError } from "./settings.ts";

export interface LoadedConfig {
  config: OperatorConfig;
  /** The file as written, served to the SPA so both read the same config even when CONFIG_PATH moves it. */
  raw: string;
}

export async function loadOperatorConfig(configPath: string): Promise<LoadedConfig> {
  let raw: string;
  try {
    raw = await readFile(configPath, "utf8");
  } catch (error) {
    throw new StartupError(
      `Cannot read the operator config at ${configPath} (${(error as Error).message}); set CONFIG_PATH.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new StartupError(`The operator config at ${configPath} is not valid JSON: ${(error as Error).message}`);
  }
  const result = parseOperatorConfig(json);
  if ("problems" in result)
    throw new StartupError(
      `The operator config at ${configPath} has problems:\n` +
        result.problems.map((problem) => `  - ${problem.path}: ${problem.message}`).join("\n"),
    );
  return { config: result.config, raw };
}
