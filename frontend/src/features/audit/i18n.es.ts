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
    actions: {
      session: {
        create: "Inició sesión",
        delete: "Cerró sesión",
      },
      accounts: {
        purge: "Borró las cuentas y sesiones caducadas",
      },
      user: {
        create: "Creó la cuenta de usuario {id}",
        update: "Modificó la cuenta de usuario {id}",
        update_self: "Cambió los datos de su cuenta",
        change_password: "Cambió su contraseña",
        reset_password: "Restableció la contraseña de la cuenta {id}",
        mfa_enable: "Activó el inicio de sesión en dos pasos",
        mfa_disable: "Desactivó el inicio de sesión en dos pasos",
        calendar_feed: "Creó o cambió su enlace de calendario",
      },
      meeting: {
        package: "Descargó el paquete de la reunión {id}",
        create: "Registró la reunión {id}",
        update: "Modificó la reunión {id}",
        add_file: "Adjuntó el documento {id} a una reunión",
        delete_file: "Quitó el documento {id} de una reunión",
      },
      agreement: {
        create: "Añadió el acuerdo {id}",
        update: "Modificó el acuerdo {id}",
        delete: "Borró el acuerdo {id}",
      },
      commitment: {
        create: "Añadió el compromiso {id}",
        update: "Modificó el compromiso {id}",
        delete: "Borró el compromiso {id}",
        report: "Registró un avance del compromiso {id}",
        resolve_deadline: "Fijó la fecha del plazo del compromiso {id}",
        remind: "Envió un recordatorio a quienes no han respondido al compromiso {id}",
      },
      contact_point: {
        propose: "Propuso el punto de contacto {id}",
        confirm: "Confirmó el punto de contacto {id}",
        reject: "Rechazó la propuesta de punto de contacto {id}",
        update: "Modificó el punto de contacto {id}",
        end: "Cerró el periodo del punto de contacto {id}",
      },
      cooperation_request: {
        create: "Redactó la solicitud de cooperación {id}",
        update: "Modificó la solicitud de cooperación {id}",
        send: "Envió a la ST la solicitud de cooperación {id}",
        forward: "Remitió la solicitud de cooperación {id}",
        answer: "Registró la respuesta a la solicitud de cooperación {id}",
        close: "Cerró la solicitud de cooperación {id}",
        withdraw: "Retiró la solicitud de cooperación {id}",
      },
      import: {
        upload: "Subió un informe para importarlo ({id})",
        confirm: "Confirmó la importación del informe {id}",
        save_draft: "Guardó la revisión de la importación {id}",
        alias: "Guardó un nombre asignado en la revisión de la importación {id} como alias del proceso",
      },
      answer: {
        update: "Modificó la respuesta {id}",
        withdraw: "Retiró la respuesta {id}",
      },
      password: {
        reset_request: "Pidió un enlace para restablecer su contraseña",
        reset_by_email: "Restableció su contraseña con el enlace recibido por correo",
      },
      reminder: {
        send: "Se envió un recordatorio de plazo ({id})",
      },
      process: {
        create: "Creó el proceso {id} con sus datos de referencia",
        update_reference: "Actualizó los datos de referencia del proceso {id}",
      },
      matrix: {
        create: "Creó la matriz {id}",
        add_topic: "Añadió un tema a la matriz {id}",
        import: "Cargó de una tabla los temas y las celdas de la matriz {id}",
      },
      matrix_round: {
        open: "Abrió una ronda de actualización de la matriz {id}",
        close: "Cerró la ronda de actualización de la matriz {id}",
        remind: "Recordó a los países que no han enviado, en una ronda de la matriz {id}",
      },
      matrix_cell: {
        update: "Escribió en una celda de matriz ({id})",
      },
      matrix_column: {
        edit: "Editó la columna de su país en la matriz {id}",
        submit: "Envió la columna de su país en la matriz {id}",
        return: "Devolvió una columna de la matriz {id} a su país",
        validate: "Validó una columna de la matriz {id}",
      },
      matrix_translation: {
        commit: "Registró quién traduce una celda de la matriz {id} y para cuándo",
      },
      matrix_workbook: {
        apply: "Aplicó el libro de un país a la matriz {id}",
      },
      document: {
        create: "Añadió el documento {id} a la biblioteca",
        update: "Editó el documento {id}",
        upload: "Subió una versión del documento {id}",
        translation: "Registró quién traduce el documento {id} y para cuándo",
        distribute: "Distribuyó el documento {id} a las delegaciones",
        remind: "Recordó a las delegaciones que no han abierto el documento {id}",
        receipt: "Una delegación abrió el documento {id} con su enlace",
      },
      file: {
        download: "Descargó el archivo {id}",
      },
      notification: {
        read: "Marcó como leído el aviso {id}",
      },
    },
    unknownAction: "Otra acción ({code})",
    actionCode: "Código",
    outcomes: {
      ok: "Correcto",
      denied: "Denegado",
      failed: "Fallido",
    },
    homeDescription: "Quién hizo qué y cuándo, con el estado anterior y posterior.",
  },
};
