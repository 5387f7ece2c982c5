// The committed src/api/openapi.ts is what openapi-typescript makes of the committed
// src/api/openapi.json (the backend's integration suite checks the JSON against the server).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentPath, documentText, generateOpenApiTypes, typesPath } from "./openapi-types.mjs";

describe("the generated API types", () => {
  it("are what openapi-typescript makes of the committed document (else run npm run api:types)", async () => {
    const text = readFileSync(documentPath, "utf8");
    const document = JSON.parse(text);
    expect(text, "src/api/openapi.json is not formatted as npm run api:types writes it").toBe(documentText(document));
    expect(readFileSync(typesPath, "utf8"), "src/api/openapi.ts is stale: run npm run api:types").toBe(
      await generateOpenApiTypes(document),
    );
  });
});
