import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// The C++ server serves dist/: index.html for every non-API path and /assets/* with immutable
// caching, so every emitted file except index.html carries a content hash and lives in assets/.
// The server's Content-Security-Policy forbids inline scripts and styles, so nothing may be inlined
// into index.html (assetsInlineLimit 0 also keeps small SVGs out of data: URLs in CSS).
const backend = "http://127.0.0.1:8080";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    assetsDir: "assets",
    assetsInlineLimit: 0,
    cssCodeSplit: true,
    modulePreload: { polyfill: false },
    // Read by scripts/postbuild.mjs to measure the public page's first load, then removed.
    manifest: true,
    sourcemap: false,
    target: "es2022",
  },
  server: {
    proxy: {
      "/api": backend,
      "/healthz": backend,
      "/readyz": backend,
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}", "eslint/**/*.test.ts", "scripts/**/*.test.ts"],
  },
});
