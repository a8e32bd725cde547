import { spawn } from "node:child_process";
import lighthouse from "lighthouse";
const port = 4923;
const chrome = spawn("/usr/bin/chromium", ["--headless=new", "--no-sandbox", "--disable-gpu", `--remote-debugging-port=${port}`, "--user-data-dir=/tmp/lh-diag-prof", "about:blank"], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 2500));
try {
  for (const url of process.argv.slice(2)) {
    const r = await lighthouse(url, { port, logLevel: "error", onlyCategories: ["performance"] });
    const a = r!.lhr.audits;
    const m = (a.metrics?.details as any)?.items?.[0] ?? {};
    console.log(url, "perf", Math.round((r!.lhr.categories.performance!.score ?? 0) * 100), "LCP", Math.round(a["largest-contentful-paint"]!.numericValue!), "FCP", Math.round(a["first-contentful-paint"]!.numericValue!), "TBT", Math.round(a["total-blocking-time"]!.numericValue!), "observed FCP/LCP", m.observedFirstContentfulPaint, m.observedLargestContentfulPaint);
    console.log(" LCP element:", JSON.stringify((a["largest-contentful-paint-element"]?.details as any)?.items?.[0]?.items?.[0]?.node?.snippet));
    console.log(" LCP breakdown:", JSON.stringify((a["largest-contentful-paint-element"]?.details as any)?.items?.[1]?.items));
    console.log(" render-blocking:", JSON.stringify((a["render-blocking-insight"]?.details as any)?.items?.map((i: any) => i.url)));
  }
} finally { chrome.kill(); }
