// English messages of features/home, typed against the Spanish ones: a missing or extra key is a compile error.

import type { homeEs } from "./i18n.es";

export const homeEn: typeof homeEs = {
  home: {
    title: "Home",
    welcome: "Welcome, {name}",
    sectionsTitle: "What you can do here",
    owesTitle: "What {organization} owes",
    owesNone: "{organization} is not responsible for any commitment.",
    pendingTitle: "Proposals awaiting confirmation",
    pendingNone: "No contact points are awaiting confirmation.",
    pendingOne: "1 contact point is awaiting confirmation.",
    pendingMany: "{count} contact points are awaiting confirmation.",
    pendingLink: "See the pending proposals",
  },
};
