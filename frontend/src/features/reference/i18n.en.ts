// English messages of features/reference, typed against the Spanish ones: a missing or extra key is a compile error.

import type { referenceEs } from "./i18n.es";

export const referenceEn: typeof referenceEs = {
  nav: {
    countries: "Countries",
    organizations: "Organisations",
  },
  reference: {
    countriesTitle: "Countries",
    countriesIntro: "Member and observer countries of the Regional Conference on Migration.",
    members: "Member countries",
    observerCountries: "Observer countries",
    country: "Country",
    code: "Code",
    nameInEnglish: "Name in English",
    nameInSpanish: "Name in Spanish",
    organizationsTitle: "Organisations",
    organizationsIntro: "Bodies of the process, observer and partner organisations, and the civil-society network.",
    abbreviation: "Abbreviation",
    name: "Name",
    kind: "Kind",
    networksTitle: "Networks",
    topicsTitle: "Contact-point topics",
    kinds: {
      process: "Regional process",
      process_body: "Body of the process",
      secretariat: "Secretariat",
      group: "Group",
      international_organization: "International organisation",
      observer_organization: "Observer organisation",
      civil_society: "Civil society",
      partner_body: "Partner body",
    },
    countriesDescription: "Member and observer countries of the process.",
    organizationsDescription: "Organisations, bodies of the process, networks and topics.",
  },
};
