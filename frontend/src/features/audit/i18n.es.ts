// Spanish messages of features/audit (the shape its English catalogue must have).

export const auditEs = {
  nav: {
    audit: "Registro de auditoría",
  },
  audit: {
    title: "Registro de auditoría",
    intro: "Cada cambio queda registrado: quién, cuándo, qué, y el estado antes y después. El registro no se puede modificar.",
    filtersLabel: "Filtrar el registro",
    results: "Entradas",
    empty: "No hay entradas con estos filtros.",
    at: "Fecha y hora",
    actor: "Persona",
    actorHint: "Correo o identificador.",
    action: "Acción",
    actionHint: "Por ejemplo contact_point.confirm",
    outcome: "Resultado",
    record: "Registro",
    recordType: "Tipo de registro",
    recordId: "Identificador del registro",
    from: "Desde",
    to: "Hasta",
    details: "Detalles",
    before: "Antes",
    after: "Después",
    anonymous: "Sin sesión",
    more: "Cargar entradas anteriores",
    outcomes: {
      ok: "Correcto",
      denied: "Denegado",
      failed: "Fallido",
    },
    homeDescription: "Quién hizo qué y cuándo, con el estado anterior y posterior.",
  },
};
