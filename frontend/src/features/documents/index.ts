// What the documents feature offers other features: its typed addresses. Nothing else of this
// folder may be imported from outside it (a lint rule says so).

export { documentPaths } from "./routes";
