import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { projectRoot } from "../settings.ts";

const nvmrc = async () => (await readFile(path.join(projectRoot, ".nvmrc"), "utf8")).trim();

describe("the pinned Node runtime", () => {
  it("is the version .nvmrc and engines name, so nvm users and npm scripts run the same Node", async () => {
    const major = await nvmrc();
    expect(packageJson.devDependencies.node.split(".")[0]).toBe(major);
    expect(packageJson.engines.node).toBe(`>=${major}`);
    expect(packageJson.scripts.prestart).toBe("node server/runtime/require-node.mjs");
    expect(packageJson.scripts.pretest).toBe("node server/runtime/require-node.mjs");
  });

  it("lets a run on the needed Node through", () => {
    const run = spawnSync(process.execPath, [path.join(projectRoot, "server/runtime/require-node.mjs")], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("stops a run on an older Node at once, naming the version needed and how to get it", async () => {
    // The same script beside a .nvmrc asking for a Node newer than this one plays the part of an old machine.
    const root = await mkdtemp(path.join(tmpdir(), "candor-old-node-"));
    try {
      await mkdir(path.join(root, "server/runtime"), { recursive: true });
      await copyFile(
        path.join(projectRoot, "server/runtime/require-node.mjs"),
        path.join(root, "server/runtime/require-node.mjs"),
      );
      const future = Number(process.versions.node.split(".")[0]) + 1;
      await writeFile(path.join(root, ".nvmrc"), `${future}\n`);
      const run = spawnSync(process.execPath, [path.join(root, "server/runtime/require-node.mjs")], {
        encoding: "utf8",
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`Candor needs Node ${future}, but this is Node ${process.version}`);
      expect(run.stderr).toContain("Run `npm install` again");
      expect(run.stderr).toContain("nvm install");
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
