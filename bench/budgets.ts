import { readFileSync } from "node:fs";
import type { LighthouseRow } from "./lighthouse.ts";

/** The goals `npm run bench` prints each figure beside (budgets.json), read once for every bench script. */
export interface Budgets {
  firstLoad: { jsKbGzip: number; cssKbGzip: number };
  lighthouse: Record<LighthouseRow["formFactor"], Omit<LighthouseRow, "page" | "formFactor" | "failing">>;
  server: { offeredPerSec: number; seconds: number; p99Ms: number; failures: number };
  longestHistory: { pageDataMs: number };
  largeDatabase: { withinPercent: number };
}

export const budgets = JSON.parse(readFileSync(new URL("./budgets.json", import.meta.url), "utf8")) as Budgets;
