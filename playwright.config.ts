import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/** A browser given by env, else Debian's Chromium, else the one Playwright downloaded (a developer laptop). */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/lib/chromium/chromium"];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

// Overridable so two checkouts on one machine can run their suites side by side.
const mockPort = Number(process.env.E2E_MOCK_PORT ?? 4173);
const realPort = Number(process.env.E2E_REAL_PORT ?? 4310);
const realDataDir = `.data/e2e-${realPort}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Budgets for a busy two-core machine, not an idle one: a test fails on what it sees, not on a slow box.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    trace: "retain-on-failure",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Lengthening a history for the paging spec is a server dev control (decision 56); the demo is static files, so
    // only the real server prerenders pages (decision 0058).
    {
      name: "mock",
      use: { baseURL: `http://127.0.0.1:${mockPort}` },
      testIgnore: ["history-pages.spec.ts", "prerender.spec.ts"],
    },
    // The demo's own controls and the pseudo-locale exist only on the mock build. The axe and layout matrices
    // check rendering, which both builds share, so they run once, on the mock build (decision 34). So do the states
    // matrix and the idle-timeout journey, which moves the in-browser server's clock (decision 61).
    {
      name: "real",
      use: { baseURL: `http://127.0.0.1:${realPort}` },
      testIgnore: [
        "demo.spec.ts",
        "pseudo-locale.spec.ts",
        "axe.spec.ts",
        "adaptable.spec.ts",
        "axe-states.spec.ts",
        "session-timeout.spec.ts",
      ],
    },
  ],
  webServer: [
    {
      command: `npm run demo -- --host 127.0.0.1 --port ${mockPort} --strictPort`,
      url: `http://127.0.0.1:${mockPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `node -e "require('fs').rmSync('${realDataDir}',{recursive:true,force:true})" && npm run build && node server/start.ts`,
      env: { PORT: String(realPort), HOST: "127.0.0.1", DATA_DIR: realDataDir, DATABASE_URL: "" },
      url: `http://127.0.0.1:${realPort}/api/session`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
