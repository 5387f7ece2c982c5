// Spanish messages of features/search.

export const searchEs = {
  search: {
    title: "Buscar",
    label: "Buscar en todo",
    placeholder: "Buscar…",
    submit: "Buscar",
    intro: "Busca en reuniones, acuerdos, compromisos y sus respuestas y en los puntos de contacto, en español y en inglés, con o sin tildes. Solo aparece lo que usted puede leer.",
    introPublic: "Busca en el material público de la red: reuniones con informe adoptado, sus acuerdos y compromisos.",
    type: "Tipo",
    language: "Idioma",
    anyType: "Todo",
    anyLanguage: "Ambos",
    count: "{count} resultados",
    one: "1 resultado",
    none: "No se encontró nada para «{query}».",
    empty: "Escriba una o varias palabras.",
    more: "Ver más resultados",
    types: {
      meeting: "Reunión",
      agreement: "Acuerdo",
      commitment: "Compromiso",
      answer: "Respuesta",
      contact_point: "Punto de contacto",
      document: "Documento",
    },
    languages: { es: "Español", en: "Inglés" },
  },
};
