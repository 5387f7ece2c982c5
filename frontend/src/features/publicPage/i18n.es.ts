// Spanish messages of features/publicPage.

export const publicPageEs = {
  publicPage: {
    title: "Página pública",
    intro: "Lo que {process} publica: sus reuniones con informe adoptado, sus documentos públicos y sus órganos y redes. Los miembros inician sesión para ver el resto.",
    plain: "Versión sencilla sin JavaScript",
    meetings: "Reuniones con informe adoptado",
    noMeetings: "Aún no hay informes adoptados.",
    documents: "Documentos públicos",
    noDocuments: "Aún no hay documentos públicos.",
    members: "Países miembros",
    bodies: "Órganos y redes",
    report: "Informe",
    reportFile: "{format}, {language}",
    download: "Descargar ({language})",
    agreements: "{count, plural, one {# acuerdo} other {# acuerdos}}",
    record: "Acuerdos y resultados de todas las reuniones",
    meetingDocuments: "Documentos de la reunión",
    languageNames: { es: "español", en: "inglés" },
    reportStatus: {
      adopted: "Informe adoptado",
      submitted: "Informe presentado",
      considered: "Informe examinado",
    },
    documentTypes: {
      report: "Informe",
      working_document: "Documento de trabajo",
      matrix: "Matriz",
      study: "Estudio",
      presentation: "Presentación",
      note: "Nota",
    },
    search: {
      title: "Buscar en el material público",
      label: "Palabras a buscar",
      submit: "Buscar",
      results: "{count, plural, =0 {No se encontró nada para «{query}».} one {# resultado para «{query}»} other {# resultados para «{query}»}}",
      clear: "Quitar la búsqueda",
    },
  },
};
