// The main navigation of the signed-in user, derived from the route table: every page with a
// navigation entry that the user's role may open, in the entries' order. A page the role cannot
// use is not linked at all (the server refuses it anyway; the interface offers no dead end).
//
// The table reaches this hook through a context that main.tsx fills, not through an import of
// routes.ts: routes.ts imports the features' tables, whose eager pages (the login page) import
// app/index.ts, so an import here would close a cycle and leave a table undefined at start-up.

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { navigationFor, type NavigationItem, type RouteShape } from "../domain/routing";
import { useUser } from "./session";

const RouteTableContext = createContext<readonly RouteShape[] | null>(null);

export function RouteTableProvider({ routes, children }: { routes: readonly RouteShape[]; children: ReactNode }) {
  return <RouteTableContext.Provider value={routes}>{children}</RouteTableContext.Provider>;
}

export function useNavigation(): readonly NavigationItem[] {
  const user = useUser();
  const routes = useContext(RouteTableContext);
  if (!routes) throw new Error("useNavigation outside RouteTableProvider");
  return useMemo(() => navigationFor(routes, user), [routes, user]);
}
