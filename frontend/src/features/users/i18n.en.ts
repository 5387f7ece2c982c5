// English messages of features/users, typed against the Spanish ones: a missing or extra key is a compile error.

import type { usersEs } from "./i18n.es";

export const usersEn: typeof usersEs = {
  nav: {
    users: "Users",
  },
  users: {
    title: "Users",
    intro: "Accounts of the people who use the platform.",
    filtersLabel: "Search users",
    search: "Name or e-mail",
    results: "Users found",
    empty: "No users match these criteria.",
    new: "Create a user",
    newTitle: "Create a user",
    userTitle: "User",
    editTitle: "Account details",
    affiliation: "Country or organisation",
    activeYes: "Active",
    activeNo: "Deactivated",
    activeHint: "A deactivated account cannot sign in; its history is kept.",
    create: "Create user",
    created: "The account of {name} ({email}) was created.",
    passwordOnce: "Initial password (shown once only; hand it over by a safe channel):",
    openUser: "Open the user",
    backToList: "Back to the list",
    saved: "Changes saved.",
    createdAt: "Account created {date}",
    resetTitle: "New password",
    resetHelp: "Generates a new password; the old one stops working.",
    resetSubmit: "Generate a new password",
    fields: {
      email: "E-mail",
      name: "Name",
      role: "Role",
      country: "Country",
      organization: "Organisation",
      language: "Language",
      active: "Account active",
    },
    homeDescription: "User accounts, roles and passwords.",
  },
};
