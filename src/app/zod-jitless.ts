// The server's CSP forbids eval. zod probes `new Function` as each object schema is built, and the browser
// reports the blocked probe as a CSP issue, so zod must see `jitless` before any schema exists. A z.config()
// call in main.tsx runs too late (the chunks main imports evaluate first), so main imports this first and the
// build puts it at the head of zod's own chunk (vite.config.ts); zod adopts a config already on globalThis.
// oxlint-disable-next-line no-underscore-dangle -- the name is zod's own
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig = { jitless: true };
