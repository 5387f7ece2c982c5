// The front end's dependency rule, as one ESLint rule that resolves every relative import to
// the file it names and compares the two files' places in src/ (so "../x", "../../features/x"
// and a dynamic import() are judged alike, whatever their spelling):
//
//   domain/, api/   the lower layers: no React, no components/, features/ or app/
//   components/     shared presentation: no features/, no app/ (its tests may use app/'s catalogue)
//   features/<f>/   another feature only through that feature's index.ts; app/ only through
//                   app/index.ts (the public hooks); never app/'s internals
//   app/            wires everything: may import anything
//
// A local rule rather than a plugin package: no-restricted-imports matches import strings, not
// files, and the packages that resolve paths (eslint-plugin-import-x, eslint-plugin-boundaries)
// bring a resolver and their own dependencies for what this file does.

import { dirname, relative, resolve, sep } from "node:path";

const reactModules = /^(react|react-dom)(\/.*)?$/;

/** Where a file sits: its layer (first folder under src/) and, for features, the feature. */
function place(srcRoot, file) {
  const path = relative(srcRoot, file);
  if (path.startsWith("..")) return null;
  const parts = path.split(sep);
  const layer = parts[0];
  if (layer === "features") return { layer, feature: parts[1], rest: parts.slice(2).join("/") };
  return { layer, rest: parts.slice(1).join("/") };
}

const isIndex = (rest) => rest === "" || /^index(\.tsx?)?$/.test(rest);

export const layers = {
  meta: {
    type: "problem",
    docs: { description: "Keeps the front end's layers and features apart (docs/decisions/0061-frontend-features.md)." },
    schema: [],
    messages: {
      lowerReact: "{{layer}}/ must not depend on React: keep it pure and testable without a browser.",
      lowerUpper: "{{layer}}/ must not import {{target}}/: the lower layers know no interface.",
      componentsUpper: "components/ must not import {{target}}/: shared components know no feature and no app wiring.",
      otherFeature: "features/{{from}} may use features/{{to}} only through its index.ts (import from \"../{{to}}\"); move what is shared to components/ or domain/, or export it there.",
      appInternals: "features/ may import app/ only through app/index.ts (the public hooks): import from \"../../app\".",
    },
  },
  create(context) {
    const file = context.filename;
    const srcRoot = resolve(context.cwd, "src");
    const from = place(srcRoot, file);
    if (!from) return {};
    const isTest = /\.test\.tsx?$/.test(file);

    const check = (node, specifier) => {
      if (typeof specifier !== "string") return;
      if (!specifier.startsWith(".")) {
        if ((from.layer === "domain" || from.layer === "api") && reactModules.test(specifier)) {
          context.report({ node, messageId: "lowerReact", data: { layer: from.layer } });
        }
        return;
      }
      const to = place(srcRoot, resolve(dirname(file), specifier));
      if (!to) return;
      if (from.layer === "domain" || from.layer === "api") {
        if (["components", "features", "app"].includes(to.layer)) {
          context.report({ node, messageId: "lowerUpper", data: { layer: from.layer, target: to.layer } });
        }
      } else if (from.layer === "components") {
        if (to.layer === "features" || (to.layer === "app" && !(isTest && to.rest.startsWith("catalogue")))) {
          context.report({ node, messageId: "componentsUpper", data: { target: to.layer } });
        }
      } else if (from.layer === "features") {
        if (to.layer === "features" && to.feature !== from.feature && !isIndex(to.rest)) {
          context.report({ node, messageId: "otherFeature", data: { from: from.feature, to: to.feature } });
        }
        if (to.layer === "app" && !isIndex(to.rest)) context.report({ node, messageId: "appInternals" });
      }
    };

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value),
    };
  },
};

export const enlacePlugin = { rules: { layers } };
