// The main navigation of the signed-in user, derived from the route table: every page with a
// navigation entry that the user's role may open, in the entries' order. A page the role cannot
// use is not linked at all (the server refuses it anyway; the interface offers no dead end).

import { useMemo } from "react";
import { navigationFor, type NavigationItem } from "../domain/routing";
import { routes } from "./routes";
import { useUser } from "./session";

export function useNavigation(): readonly NavigationItem[] {
  const user = useUser();
  return useMemo(() => navigationFor(routes, user), [user]);
}
