// Spanish messages of features/reference (the shape its English catalogue must have).

export const referenceEs = {
  nav: {
    countries: "Países",
    organizations: "Organizaciones",
  },
  reference: {
    countriesTitle: "Países",
    countriesIntro: "Países miembros y observadores de la Conferencia Regional sobre Migración.",
    members: "Países miembros",
    observerCountries: "Países observadores",
    country: "País",
    code: "Código",
    nameInEnglish: "Nombre en inglés",
    nameInSpanish: "Nombre en español",
    organizationsTitle: "Organizaciones",
    organizationsIntro: "Órganos del proceso, organizaciones observadoras y asociadas, y la red de la sociedad civil.",
    abbreviation: "Sigla",
    name: "Nombre",
    kind: "Tipo",
    networksTitle: "Redes",
    topicsTitle: "Temas de los puntos de contacto",
    kinds: {
      process: "Proceso regional",
      process_body: "Órgano del proceso",
      secretariat: "Secretaría",
      group: "Grupo",
      international_organization: "Organización internacional",
      observer_organization: "Organización observadora",
      civil_society: "Sociedad civil",
      partner_body: "Organismo asociado",
    },
    countriesDescription: "Países miembros y observadores del proceso.",
    organizationsDescription: "Organizaciones, órganos del proceso, redes y temas.",
  },
};
