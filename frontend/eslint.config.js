// Lint rules. Beyond the recommended sets, two architectural rules:
//  - domain/ and api/ are the lower layers: they may not import React, features/, components/
//    or app/ (so they stay pure and testable without a browser);
//  - only api/ may call fetch(), so every request gets the CSRF token, Accept-Language and
//    error handling in one place.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const upperLayers = [
  { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "domain/ and api/ must not depend on React." },
  { group: ["**/features/**", "**/features"], message: "domain/ and api/ must not import features/." },
  { group: ["**/components/**", "**/components"], message: "domain/ and api/ must not import components/." },
  { group: ["**/app/**", "**/app"], message: "domain/ and api/ must not import app/." },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
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
    files: ["src/domain/**/*.{ts,tsx}", "src/api/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: upperLayers }],
    },
  },
  {
    files: ["src/api/**/*.ts"],
    ignores: ["src/api/**/*.test.ts"],
    rules: { "no-restricted-globals": "off", "no-restricted-properties": "off" },
  },
  {
    files: ["e2e/**/*.mjs", "scripts/**/*.mjs", "*.config.{js,ts}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["e2e/**/*.mjs"],
    // Code passed to page.evaluate runs in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
