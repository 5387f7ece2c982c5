// Spanish messages of features/publicRecord.

export const publicRecordEs = {
  publicRecord: {
    title: "Acuerdos y resultados",
    intro:
      "Lo que acordaron las reuniones de la red cuyos informes ya fueron adoptados, quién se comprometió a qué y cuánto se ha avanzado. Las respuestas de los países y sus documentos no se publican aquí.",
    empty: "Aún no hay informes adoptados que mostrar.",
    meetingCount: "{count} reuniones",
    agreement: "Acuerdo {number}",
    commitments: "Compromisos de este acuerdo",
    party: "Responsable",
    action: "Acción",
    deadline: "Plazo",
    status: "Estado",
    progress: "Avance",
    overdue: "vencido",
    summary: "{done} de {total} compromisos cumplidos",
    signIn: "Iniciar sesión",
    reportStatus: {
      adopted: "Informe adoptado",
      submitted: "Informe presentado",
      considered: "Informe examinado",
      draft: "Borrador",
    },
    statuses: {
      open: "Pendiente",
      in_progress: "En curso",
      done: "Cumplido",
      cancelled: "Cancelado",
    },
  },
};
