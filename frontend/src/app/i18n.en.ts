// English messages of app, typed against the Spanish ones: a missing or extra key is a compile error.

import type { shellEs } from "./i18n.es";

export const shellEn: typeof shellEs = {
  nav: {
    home: "Home",
    account: "My account",
  },
  app: {
    name: "enlace",
  },
  shell: {
    skipToContent: "Skip to main content",
    mainNavigation: "Main navigation",
    menu: "Menu",
    more: "More",
    sessionEnding: "Your session will end {when} for inactivity. Anything not saved will be lost.",
    staySignedIn: "Stay signed in",
    moreLabel: "More pages",
    signIn: "Sign in",
    signOut: "Sign out",
    footer: "enlace — the working platform of the Liaison Officer Network of the Regional Conference on Migration.",
  },
  notFound: {
    title: "Page not found",
    body: "This address does not match any page.",
    home: "Go to the home page",
  },
  notAllowed: {
    title: "No access",
    body: "Your role does not give access to this page.",
  },
};
