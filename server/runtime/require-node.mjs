// Runs before `npm start`, `npm run dev` and `npm test` on whatever Node runs npm, so it stays plain JavaScript that
// old versions parse. Normally npm finds the pinned runtime (the `node` devDependency) in node_modules/.bin first and
// this passes; it stops the run when that runtime is missing, before an old Node fails on a `.ts` file.
import { readFileSync } from "node:fs";

const needed = Number(
  readFileSync(new URL("../../.nvmrc", import.meta.url), "utf8")
    .trim()
    .split(".")[0],
);
const running = Number(process.versions.node.split(".")[0]);
if (running < needed) {
  console.error(
    [
      `Candor needs Node ${needed}, but this is Node ${process.version} (${process.execPath}).`,
      `\`npm install\` puts Node ${needed} into node_modules/.bin (the "node" package) for every npm script;`,
      "it is missing here, perhaps installed with --omit=dev or --ignore-scripts. Run `npm install` again,",
      `or install Node ${needed} yourself (https://nodejs.org, or \`nvm install\`, which reads .nvmrc).`,
    ].join("\n"),
  );
  process.exit(1);
}
