// English messages of features/search, typed against the Spanish ones.

import type { searchEs } from "./i18n.es";

export const searchEn: typeof searchEs = {
  search: {
    title: "Search",
    label: "Search everything",
    placeholder: "Search…",
    submit: "Search",
    intro: "Searches meetings, agreements, commitments and their answers and the contact points, in Spanish and English, with or without accents. Only what you may read appears.",
    introPublic: "Searches the network's public material: meetings with an adopted report, their agreements and commitments.",
    type: "Type",
    language: "Language",
    anyType: "All",
    anyLanguage: "Both",
    count: "{count} results",
    one: "1 result",
    none: "Nothing was found for “{query}”.",
    empty: "Type one or more words.",
    more: "Show more results",
    types: {
      meeting: "Meeting",
      agreement: "Agreement",
      commitment: "Commitment",
      answer: "Answer",
      contact_point: "Contact point",
      document: "Document",
    },
    languages: { es: "Spanish", en: "English" },
  },
};
