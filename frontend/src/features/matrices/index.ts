// What the matrices feature offers other features: its typed addresses. Nothing else of this
// folder may be imported from outside it (a lint rule says so).

export { matricesPaths } from "./routes";
