// Lint rules. Beyond the recommended sets, two architectural rules:
//  - enlace/layers (eslint/layers.js): domain/ and api/ import no React, components/, features/
//    or app/; components/ imports no features/ or app/; a feature imports another feature only
//    through its index.ts, and app/ only through app/index.ts (eslint/layers.test.ts proves
//    each rule fails on a violation);
//  - only api/ may call fetch(), so every request gets the CSRF token, Accept-Language and
//    error handling in one place.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { enlacePlugin } from "./eslint/layers.js";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks, enlace: enlacePlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "enlace/layers": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-globals": [
        "error",
        { name: "fetch", message: "Only src/api/ talks to the server: use the typed client." },
        { name: "XMLHttpRequest", message: "Only src/api/ talks to the server: use the typed client." },
      ],
      "no-restricted-properties": [
        "error",
        { object: "window", property: "fetch", message: "Only src/api/ talks to the server." },
        { object: "globalThis", property: "fetch", message: "Only src/api/ talks to the server." },
      ],
    },
  },
  {
    files: ["src/api/**/*.ts"],
    ignores: ["src/api/**/*.test.ts"],
    rules: { "no-restricted-globals": "off", "no-restricted-properties": "off" },
  },
  {
    files: ["e2e/**/*.mjs", "scripts/**/*.{mjs,ts}", "eslint/**/*.{js,ts}", "*.config.{js,ts}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["e2e/**/*.mjs"],
    // Code passed to page.evaluate runs in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
