// After `vite build`: write a .gz sibling (zlib level 9) for every compressible file in dist/,
// so the server sends gzip without compressing per request, then measure the JavaScript of the
// first load — the scripts index.html loads and preloads, gzipped — and fail above the budget.
//
//   node scripts/postbuild.mjs [--check-only]

import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, constants } from "node:zlib";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const budgetBytes = 200 * 1024;
const compressible = /\.(js|css|html|svg|json)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const gzip = (buffer) => gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION });

export function firstLoadScripts(html) {
  const sources = new Set();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) sources.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) sources.add(match[1]);
  return [...sources];
}

function main() {
  const files = walk(dist).filter((path) => compressible.test(path));
  let written = 0;
  for (const path of files) {
    writeFileSync(`${path}.gz`, gzip(readFileSync(path)));
    written++;
  }

  const html = readFileSync(join(dist, "index.html"), "utf8");
  if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) throw new Error("index.html has an inline <script>: the CSP forbids it");
  if (/<style[\s>]/.test(html) || /\sstyle="/.test(html)) throw new Error("index.html has inline styles: the CSP forbids them");

  const scripts = firstLoadScripts(html);
  let raw = 0;
  let gzipped = 0;
  for (const src of scripts) {
    const content = readFileSync(join(dist, src.replace(/^\//, "")));
    raw += content.length;
    gzipped += gzip(content).length;
  }
  const allJs = walk(dist).filter((path) => path.endsWith(".js"));
  const totalGzipped = allJs.reduce((sum, path) => sum + gzip(readFileSync(path)).length, 0);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`postbuild: wrote ${written} .gz files in ${relative(process.cwd(), dist) || "dist"}`);
  console.log(
    `postbuild: first-load JavaScript ${kb(gzipped)} gzipped (${kb(raw)} raw, ${scripts.length} file(s)); ` +
      `all JavaScript ${kb(totalGzipped)} gzipped in ${allJs.length} files; budget ${kb(budgetBytes)}`,
  );
  if (gzipped > budgetBytes) {
    console.error(`postbuild: first-load JavaScript is over the ${kb(budgetBytes)} budget`);
    process.exit(1);
  }
}

main();
