// What the public record feature offers other features: its typed addresses.

export { publicRecordPaths } from "./routes";
