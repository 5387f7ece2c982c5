// The public page's first load is the entry and the public page's chunks with what they import
// statically — not what they import on demand.
import { describe, expect, it } from "vitest";
import { publicFirstLoadFiles, publicPageModule } from "./postbuild.mjs";

describe("the public page's first load", () => {
  it("follows static imports from the entry and the public page, and leaves dynamic ones out", () => {
    const manifest = {
      "index.html": { file: "assets/index.js", isEntry: true, imports: ["_shared.js"], dynamicImports: ["src/app/catalogue.rest.ts", publicPageModule] },
      "_shared.js": { file: "assets/shared.js" },
      [publicPageModule]: { file: "assets/PublicPage.js", imports: ["_shared.js", "_publicRecord.js"], css: ["assets/PublicPage.css"] },
      "_publicRecord.js": { file: "assets/routes.js" },
      "src/app/catalogue.rest.ts": { file: "assets/catalogue.rest.js" },
    };
    expect(publicFirstLoadFiles(manifest).sort()).toEqual(["assets/PublicPage.js", "assets/index.js", "assets/routes.js", "assets/shared.js"]);
  });

  it("refuses a manifest without the public page", () => {
    expect(() => publicFirstLoadFiles({ "index.html": { file: "assets/index.js", isEntry: true } })).toThrow(/PublicPage/);
  });
});
