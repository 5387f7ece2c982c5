// The HTTP routes of the contacts capability: The contact-point directory.
// Handlers only adapt HTTP to the services; each route carries its documentation, and
// ContactsSchemas() the OpenAPI schemas it refers to.
#pragma once

#include <nlohmann/json.hpp>

#include "contacts/domain/contact_point_service.hpp"
#include "kernel/http/router.hpp"
#include "kernel/http/server_settings.hpp"

namespace enlace::http {

// What the handlers call.
struct ContactPointRouteServices {
  ContactPointService& contact_points;
};

void AddContactPointRoutes(Router& router, ContactPointRouteServices services);
nlohmann::json ContactsSchemas();

}  // namespace enlace::http
