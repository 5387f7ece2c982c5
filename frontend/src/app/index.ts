// What app/ offers the features, and the only module of app/ they may import (a lint rule
// says so): the signed-in session and its API client, the reference data, and the main
// navigation derived from the route table. Everything else in app/ — the route table, the
// shell, the providers' implementations — is wiring that features do not see.

export { useApi, useSession, useUser, type SessionState } from "./session";
export { useReference, useReferenceLoad, WithReference, type ReferenceData } from "./reference";
export { useNavigation } from "./navigation";
