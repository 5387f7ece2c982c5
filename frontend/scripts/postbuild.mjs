// After `vite build`: write a .gz sibling (zlib level 9) for every compressible file in dist/,
// so the server sends gzip without compressing per request, then measure the JavaScript of the
// first load, gzipped, and fail above the budgets:
//   - the public page (issue 13, item 6: under 100 KB for a slow connection): the scripts
//     index.html loads and preloads, plus the public page's chunk and every chunk it imports
//     statically (read from Vite's manifest, which is then removed from dist/);
//   - any first load: the scripts index.html loads and preloads.
//
//   node scripts/postbuild.mjs

import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, constants } from "node:zlib";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const budgetBytes = 200 * 1024;
const publicBudgetBytes = 100 * 1024;
/** The public page's module, as Vite's manifest names it. */
export const publicPageModule = "src/features/publicPage/PublicPage.tsx";
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

/**
 * The files of the public page's first load: the entry chunk and the public page's chunk, each
 * with the chunks it imports statically (dynamic imports load later, on demand).
 */
export function publicFirstLoadFiles(manifest) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  if (entries.length === 0) throw new Error("the manifest has no entry chunk");
  if (!manifest[publicPageModule]) throw new Error(`the manifest has no chunk for ${publicPageModule}`);
  for (const key of entries) visit(key);
  visit(publicPageModule);
  return [...files].filter((file) => file.endsWith(".js"));
}

function main() {
  const manifestPath = join(dist, ".vite", "manifest.json");
  if (!existsSync(manifestPath)) throw new Error("dist/.vite/manifest.json is missing: build with vite.config.ts (build.manifest)");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  rmSync(join(dist, ".vite"), { recursive: true, force: true });

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
  const publicFiles = publicFirstLoadFiles(manifest);
  const publicGzipped = publicFiles.reduce((sum, file) => sum + gzip(readFileSync(join(dist, file))).length, 0);
  console.log(
    `postbuild: the public page's first load: ${kb(publicGzipped)} of JavaScript gzipped in ${publicFiles.length} file(s) ` +
      `(${publicFiles.join(", ")}); budget ${kb(publicBudgetBytes)}`,
  );
  if (gzipped > budgetBytes) {
    console.error(`postbuild: first-load JavaScript is over the ${kb(budgetBytes)} budget`);
    process.exit(1);
  }
  if (publicGzipped > publicBudgetBytes) {
    console.error(`postbuild: the public page's first load is over the ${kb(publicBudgetBytes)} budget`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
