// Each boundary of eslint/layers.js fails on a violation and lets the allowed imports through:
// the fixture strings are linted with the project's real configuration through ESLint's Node
// API, as if they were files at the given paths (the files need not exist).
import { ESLint } from "eslint";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const frontend = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const eslint = new ESLint({ cwd: frontend });

/** The messages of enlace/layers for `code` placed at `path` (relative to frontend/). */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(frontend, path) });
  return (result?.messages ?? []).filter((message) => message.ruleId === "enlace/layers").map((message) => message.message);
}

const violations: [string, string, string, RegExp][] = [
  ["domain imports React", "src/domain/x.ts", 'import { useState } from "react";\nexport const x = useState;', /domain\/ must not depend on React/],
  ["domain imports react-dom/client", "src/domain/x.ts", 'import { createRoot } from "react-dom/client";\nexport const x = createRoot;', /must not depend on React/],
  ["api imports a feature", "src/api/x.ts", 'import { meetingPaths } from "../features/meetings";\nexport const x = meetingPaths;', /api\/ must not import features\//],
  ["domain imports components", "src/domain/x.ts", 'import { Table } from "../components/Table";\nexport const x = Table;', /must not import components\//],
  ["domain imports app", "src/domain/x.ts", 'import { useUser } from "../app";\nexport const x = useUser;', /must not import app\//],
  ["components import a feature", "src/components/x.tsx", 'import { meetingPaths } from "../features/meetings";\nexport const x = meetingPaths;', /components\/ must not import features\//],
  ["components import app", "src/components/x.tsx", 'import { useUser } from "../app";\nexport const x = useUser;', /components\/ must not import app\//],
  [
    "a feature reaches into another feature's file",
    "src/features/followUp/x.tsx",
    'import { useParties } from "../commitments/parts";\nexport const x = useParties;',
    /features\/followUp may use features\/commitments only through its index.ts/,
  ],
  [
    "a feature reaches into another feature by a longer path",
    "src/features/imports/x.tsx",
    'import { meetingTitle } from "../../features/meetings/meetingTitle";\nexport const x = meetingTitle;',
    /only through its index.ts/,
  ],
  [
    "a feature loads another feature's page lazily",
    "src/features/home/x.tsx",
    'export const x = () => import("../followUp/CountryPage");',
    /only through its index.ts/,
  ],
  [
    "a feature re-exports another feature's file",
    "src/features/home/index.ts",
    'export { AnswerForm } from "../commitments/AnswerForm";',
    /only through its index.ts/,
  ],
  ["a feature imports app internals", "src/features/meetings/x.tsx", 'import { routes } from "../../app/routes";\nexport const x = routes;', /through app\/index.ts/],
  ["a feature imports a provider's module", "src/features/meetings/x.tsx", 'import { useApi } from "../../app/session";\nexport const x = useApi;', /through app\/index.ts/],
];

const allowed: [string, string, string][] = [
  ["a feature uses another feature's index", "src/features/followUp/x.tsx", 'import { useParties } from "../commitments";\nimport { meetingPaths } from "../meetings/index";\nexport const x = [useParties, meetingPaths];'],
  ["a feature uses its own files and lazy pages", "src/features/meetings/x.tsx", 'import { meetingTitle } from "./meetingTitle";\nexport const x = [meetingTitle, () => import("./MeetingPage")];'],
  ["a feature uses app's public hooks", "src/features/meetings/x.tsx", 'import { useApi } from "../../app";\nexport const x = useApi;'],
  ["a feature uses components and domain", "src/features/meetings/x.tsx", 'import { Table } from "../../components/Table";\nimport { asMeetingId } from "../../domain/ids";\nexport const x = [Table, asMeetingId];'],
  ["app wires features' files", "src/app/x.tsx", 'import { followUpRoutes } from "../features/followUp/routes";\nexport const x = followUpRoutes;'],
  ["components use React and domain", "src/components/x.tsx", 'import { useState } from "react";\nimport { asMeetingId } from "../domain/ids";\nexport const x = [useState, asMeetingId];'],
  ["a component test uses the merged catalogue", "src/components/x.test.tsx", 'import { catalogues } from "../app/catalogue";\nexport const x = catalogues;'],
];

describe("the layer rule (enlace/layers)", () => {
  it.each(violations)("fails when %s", async (_name, path, code, expected) => {
    const errors = await layerErrors(path, code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(expected);
  });

  it.each(allowed)("passes when %s", async (_name, path, code) => {
    expect(await layerErrors(path, code)).toEqual([]);
  });
});
