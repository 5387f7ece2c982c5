// User administration (the TS): the list, a new account, one account.

import { lazy } from "react";
import { canAdministerUsers } from "../../domain/access";
import { asUserId } from "../../domain/ids";
import { definePath, integerId } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";

export const userRoutes = defineRoutes({
  users: route({
    path: definePath("/users"),
    page: lazy(() => import("./UsersPage")),
    allowed: canAdministerUsers,
    nav: { label: "nav.users", order: 100, description: "users.homeDescription" },
  }),
  newUser: route({ path: definePath("/users/new"), page: lazy(() => import("./NewUserPage")), allowed: canAdministerUsers }),
  user: route({ path: definePath("/users/:id", { id: integerId(asUserId) }), page: lazy(() => import("./UserPage")), allowed: canAdministerUsers }),
});

export const userPaths = pathsOf(userRoutes);
