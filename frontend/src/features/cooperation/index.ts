// What the cooperation feature offers other features: its typed addresses. Nothing else of this
// folder may be imported from outside it (a lint rule says so).

export { cooperationPaths } from "./routes";
