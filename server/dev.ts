import { startServer } from "./boot.ts";
import { StartupError, readSettings } from "./settings.ts";

/** `npm run dev`: Vite's dev server and, behind its /api proxy, the API on API_PORT, in one process. */
async function main(): Promise<void> {
  const apiPort = Number(process.env.API_PORT ?? 3001);
  // The API always listens on loopback behind Vite, whatever HOST says.
  const settings = readSettings({ ...process.env, HOST: "127.0.0.1" });
  const { createServer } = await import("vite");
  const vite = await createServer({ server: { port: Number(process.env.PORT ?? 5173) } });
  await vite.listen();
  // Vite's proxy rewrites Host to the API's, so the app's origin has to be told: it is where links point and
  // what the same-origin check accepts.
  const appUrl = (vite.resolvedUrls?.local[0] ?? `http://localhost:${vite.config.server.port}/`).replace(/\/+$/, "");
  const api = await startServer({
    settings: { ...settings, port: apiPort, host: "127.0.0.1", publicUrl: settings.publicUrl ?? appUrl },
    staticRoot: null,
  });
  console.log(`Candor API on ${api.url} (behind ${appUrl}/api)`);
  vite.printUrls();
  const stop = () => void Promise.all([vite.close(), api.close()]).then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? error.message : error);
  process.exit(1);
});
