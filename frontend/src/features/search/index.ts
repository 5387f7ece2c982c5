// What the search feature offers other features: its address and the header's search box.

export { searchPaths } from "./routes";
export { SearchBox } from "./SearchBox";
