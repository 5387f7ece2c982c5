// Spanish messages of app (the shape its English catalogue must have).

export const shellEs = {
  nav: {
    home: "Inicio",
    account: "Mi cuenta",
  },
  app: {
    name: "enlace",
  },
  shell: {
    skipToContent: "Saltar al contenido principal",
    mainNavigation: "Navegación principal",
    menu: "Menú",
    more: "Más",
    sessionEnding: "Su sesión terminará {when} por inactividad. Lo que no haya guardado se perderá.",
    staySignedIn: "Seguir conectado",
    moreLabel: "Más páginas",
    signIn: "Iniciar sesión",
    signOut: "Cerrar sesión",
    footer: "enlace — plataforma de trabajo de la Red de Funcionarios de Enlace de la Conferencia Regional sobre Migración.",
  },
  notFound: {
    title: "Página no encontrada",
    body: "La dirección no corresponde a ninguna página.",
    home: "Ir al inicio",
  },
  notAllowed: {
    title: "Sin acceso",
    body: "Su rol no da acceso a esta página.",
  },
};
