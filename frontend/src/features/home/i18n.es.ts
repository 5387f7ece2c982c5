// Spanish messages of features/home (the shape its English catalogue must have).

export const homeEs = {
  home: {
    title: "Inicio",
    welcome: "Bienvenido/a, {name}",
    sectionsTitle: "Qué puede hacer aquí",
    owesTitle: "Lo que debe {organization}",
    owesNone: "{organization} no tiene compromisos a su cargo.",
    pendingTitle: "Propuestas por confirmar",
    pendingNone: "No hay puntos de contacto pendientes de confirmación.",
    pendingOne: "Hay 1 punto de contacto pendiente de confirmación.",
    pendingMany: "Hay {count} puntos de contacto pendientes de confirmación.",
    pendingLink: "Ver las propuestas pendientes",
  },
};
