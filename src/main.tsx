// oxlint-disable-next-line import/no-unassigned-import -- imported for its side effect, before anything else
import "./app/zod-jitless.ts";
import "./index.css";
import { boot } from "./app/boot.tsx";

const root = document.getElementById("root");
if (root) void boot(root);
