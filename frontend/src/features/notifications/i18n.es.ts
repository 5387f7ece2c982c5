// Spanish messages of features/notifications (the shape its English catalogue must have).

export const notificationsEs = {
  nav: {
    notifications: "Notificaciones",
  },
  notifications: {
    title: "Notificaciones",
    intro: "Avisos de plazos que se acercan o han vencido, y resúmenes semanales.",
    unread: "{count} sin leer",
    bell: "Notificaciones",
    bellUnread: "Notificaciones: {count} sin leer",
    onlyUnread: "Solo las no leídas",
    markRead: "Marcar como leída",
    markAllRead: "Marcar todas como leídas",
    empty: "No tiene notificaciones.",
    read: "Leída",
    new: "Nueva",
    kinds: {
      due_soon: "Vence pronto",
      overdue: "Vencido",
      weekly_digest: "Resumen semanal",
      requested: "Recordatorio de la Secretaría",
      assigned: "Nuevo compromiso",
    },
    dueOn: "Vence el {date}",
    dueInDays: "Vence en {days} días",
    digest: "Resumen de los compromisos pendientes",
    digestCount: "Resumen semanal: {count, plural, one {# compromiso pendiente} other {# compromisos pendientes}}",
    openCommitment: "Ver el compromiso",
    openRecord: "Ver de qué se trata",
  },
};
