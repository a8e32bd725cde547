// The server's CSP forbids eval. zod probes `new Function` as each object schema is built, and the browser
// reports the blocked probe as a CSP issue, so zod must see `jitless` before any schema exists. zod loads
// after the first paint (decision 0065), in a chunk of its own that nothing on the entry imports: main.tsx
// imports this first, so the setting is on globalThis long before; zod adopts a config already there.
// oxlint-disable-next-line no-underscore-dangle -- the name is zod's own
(globalThis as { __zod_globalConfig?: { jitless?: boolean } }).__zod_globalConfig = { jitless: true };
