// What the public page feature offers other features: its typed addresses.

export { publicPagePaths, publicPageRoutes } from "./routes";
