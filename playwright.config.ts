import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/** A browser given by env, else Debian's Chromium, else the one Playwright downloaded (a developer laptop). */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/lib/chromium/chromium"];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

const mockPort = 4173;
const realPort = 4310;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    trace: "retain-on-failure",
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
    { name: "mock", use: { baseURL: `http://127.0.0.1:${mockPort}` } },
    // The in-browser demo's own controls exist only on the mock build.
    { name: "real", use: { baseURL: `http://127.0.0.1:${realPort}` }, testIgnore: "demo.spec.ts" },
  ],
  webServer: [
    {
      command: `npm run demo -- --host 127.0.0.1 --port ${mockPort} --strictPort`,
      url: `http://127.0.0.1:${mockPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `node -e "require('fs').rmSync('.data/e2e',{recursive:true,force:true})" && vite build && node server/start.ts`,
      env: { PORT: String(realPort), HOST: "127.0.0.1", DATA_DIR: ".data/e2e", DATABASE_URL: "" },
      url: `http://127.0.0.1:${realPort}/api/session`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
