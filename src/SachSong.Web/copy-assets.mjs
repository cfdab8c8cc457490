// Copies the front-end libraries installed by `npm ci` into wwwroot/lib, where the app serves them from.
import { copyFileSync, mkdirSync } from "node:fs";

mkdirSync("wwwroot/lib", { recursive: true });
for (const [from, to] of [
  ["node_modules/htmx.org/dist/htmx.min.js", "wwwroot/lib/htmx.min.js"],
]) {
  copyFileSync(from, to);
}
