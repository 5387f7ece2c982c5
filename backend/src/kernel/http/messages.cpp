#include "kernel/http/messages.hpp"

#include <utility>

namespace enlace::http {
namespace {

struct Texts {
  const char* es;
  const char* en;
};

const std::map<std::string, Texts, std::less<>>& Catalogue() {
  static const std::map<std::string, Texts, std::less<>> catalogue = {
      // Whole-request problems.
      {"invalid_json", {"El cuerpo de la solicitud no es JSON válido.", "The request body is not valid JSON."}},
      {"invalid_query", {"Un parámetro de la consulta no es válido.", "A query parameter is not valid."}},
      {"invalid_id", {"El identificador no es válido.", "The identifier is not valid."}},
      {"validation_failed",
       {"Algunos campos no son válidos. Revíselos y vuelva a intentarlo.",
        "Some fields are not valid. Check them and try again."}},
      {"not_found", {"No se encontró lo que buscaba.", "What you were looking for was not found."}},
      {"unknown_route", {"Esta dirección no existe en la API.", "This address does not exist in the API."}},
      {"unknown_process", {"El proceso regional no existe.", "The regional process does not exist."}},
      {"method_not_allowed", {"Este método no está permitido en esta dirección.", "This method is not allowed here."}},
      {"unauthenticated", {"Inicie sesión para continuar.", "Sign in to continue."}},
      {"invalid_credentials",
       {"El correo electrónico o la contraseña no son correctos.",
        "The e-mail address or the password is not correct."}},
      {"forbidden", {"Su perfil no le permite realizar esta acción.", "Your role does not allow this action."}},
      {"wrong_country",
       {"Solo puede modificar la información de su propio país.",
        "You can only change your own country's information."}},
      {"csrf_failed",
       {"La solicitud no pudo verificarse. Vuelva a cargar la página e inténtelo de nuevo.",
        "The request could not be verified. Reload the page and try again."}},
      {"rate_limited",
       {"Demasiados intentos fallidos. Espere {seconds} segundos antes de volver a intentarlo.",
        "Too many failed attempts. Wait {seconds} seconds before trying again."}},
      {"stale_version",
       {"Otra persona modificó este registro mientras usted lo editaba. Recárguelo para ver los "
        "cambios; lo que usted escribió se conserva.",
        "Someone else changed this record while you were editing it. Reload it to see the "
        "changes; what you typed is kept."}},
      {"version_required",
       {"Falta la versión del registro (encabezado If-Match).", "The record's version is missing (If-Match header)."}},
      {"payload_too_large", {"El contenido enviado es demasiado grande.", "What was sent is too large."}},
      {"unsupported_media_type",
       {"El tipo de contenido enviado no se admite.", "The content type sent is not supported."}},
      {"unavailable",
       {"El servicio no está disponible en este momento. Inténtelo de nuevo en unos minutos.",
        "The service is not available right now. Try again in a few minutes."}},
      {"shutting_down",
       {"El servidor se está reiniciando. Inténtelo de nuevo en unos segundos.",
        "The server is restarting. Try again in a few seconds."}},
      {"internal",
       {"Ocurrió un error inesperado. Si persiste, comunique el identificador de la solicitud.",
        "An unexpected error occurred. If it persists, report the request id."}},
      // States that forbid an action.
      {"not_proposed",
       {"Solo se puede confirmar o rechazar una propuesta pendiente.",
        "Only a pending proposal can be confirmed or rejected."}},
      {"not_confirmed",
       {"Solo se puede cerrar el período de un punto de contacto confirmado.",
        "Only a confirmed contact point's term can be ended."}},
      {"contact_point_closed",
       {"Este punto de contacto está cerrado y ya no se puede modificar.",
        "This contact point is closed and can no longer be changed."}},
      {"cannot_demote_self",
       {"No puede quitarse a sí mismo el perfil de Secretaría ni desactivar su propia cuenta.",
        "You cannot remove your own Secretariat role or deactivate your own account."}},
      // Fields.
      {"required", {"Este campo es obligatorio.", "This field is required."}},
      {"too_long", {"Es demasiado largo (máximo {max} caracteres).", "It is too long (at most {max} characters)."}},
      {"invalid_text", {"El texto contiene caracteres no válidos.", "The text contains invalid characters."}},
      {"invalid_type", {"El valor debe ser {expected}.", "The value must be {expected}."}},
      {"invalid_value", {"El valor no es válido.", "The value is not valid."}},
      {"invalid_email", {"Escriba una dirección de correo electrónico válida.", "Enter a valid e-mail address."}},
      {"invalid_phone",
       {"Escriba un teléfono válido: dígitos, espacios y + ( ) - .",
        "Enter a valid phone number: digits, spaces and + ( ) - ."}},
      {"invalid_date", {"Escriba una fecha válida (AAAA-MM-DD).", "Enter a valid date (YYYY-MM-DD)."}},
      {"date_order",
       {"La fecha final no puede ser anterior a la inicial.", "The end date cannot be before the start date."}},
      {"unknown_country", {"No es un país miembro de este proceso.", "It is not a member country of this process."}},
      {"unknown_network", {"No es una red de este proceso.", "It is not a network of this process."}},
      {"unknown_topic", {"No es un tema de este proceso.", "It is not a topic of this process."}},
      {"unknown_language", {"Idioma no admitido en este proceso.", "Language not supported in this process."}},
      {"unknown_role", {"Perfil desconocido.", "Unknown role."}},
      {"unknown_organization",
       {"No es una organización de este proceso.", "It is not an organisation of this process."}},
      {"email_taken",
       {"Ya existe una cuenta con este correo electrónico.", "An account with this e-mail address already exists."}},
      {"password_too_short",
       {"La contraseña debe tener al menos {min} caracteres.", "The password must have at least {min} characters."}},
      {"wrong_password", {"La contraseña actual no es correcta.", "The current password is not correct."}},
      // Report import (M5): the importer's refusals and the review's.
      {"unreadable_document",
       {"No se pudo leer el texto de este documento. Pruebe con otro formato (TXT, DOCX o PDF) o "
        "pegue el texto.",
        "The text of this document could not be read. Try another format (TXT, DOCX or PDF) or "
        "paste the text."}},
      {"unsupported_format",
       {"Este tipo de archivo no se puede importar: use un texto, un DOCX o un PDF.",
        "This kind of file cannot be imported: use a text, a DOCX or a PDF file."}},
      {"docx_too_large",
       {"El documento DOCX es demasiado grande una vez descomprimido.",
        "The DOCX document is too large once uncompressed."}},
      {"docx_entity_refused",
       {"El documento DOCX contiene declaraciones XML que no se aceptan.",
        "The DOCX document contains XML declarations that are not accepted."}},
      {"input_too_large",
       {"El documento es demasiado grande para importarlo.", "The document is too large to import."}},
      {"unsupported_language",
       {"El idioma debe ser automático, español o inglés.", "The language must be automatic, Spanish or English."}},
      {"no_agreements_found",
       {"No se encontraron acuerdos numerados en este documento.",
        "No numbered agreements were found in this document."}},
      {"duplicate_report",
       {"Este informe ya se importó como la reunión {meeting}. Actualice esa reunión en lugar de crear "
        "otra.",
        "This report was already imported as meeting {meeting}. Update that meeting instead of "
        "creating another."}},
      {"import_already_confirmed", {"Esta importación ya se confirmó.", "This import was already confirmed."}},
      // Meetings, agreements and commitments: also what the review of an import points at.
      {"unknown_body", {"No es un órgano ni una red de este proceso.", "It is not a body or network of this process."}},
      {"unknown_participant",
       {"{value} no es un país ni una organización de este proceso.",
        "{value} is not a country or organisation of this process."}},
      {"unknown_party",
       {"{value} no es un país miembro, la Secretaría Técnica ni una organización de este proceso.",
        "{value} is not a member country, the Technical Secretariat or an organisation of this process."}},
      {"meeting_too_long", {"Una reunión no puede durar más de 31 días.", "A meeting cannot last more than 31 days."}},
      {"too_many", {"Hay demasiados elementos (máximo {max}).", "There are too many items (at most {max})."}},
      {"invalid_url",
       {"Escriba una dirección web que empiece por https:// o http://.",
        "Enter a web address starting with https:// or http://."}},
      {"invalid_agreement_number", {"Escriba el número como 7, 2.a o 10.c.", "Write the number as 7, 2.a or 10.c."}},
      {"agreement_number_taken",
       {"Otro acuerdo de esta reunión ya tiene este número.",
        "Another agreement of this meeting already has this number."}},
      {"heading_is_top_level",
       {"Solo un acuerdo principal (sin letra) puede ser un encabezado.",
        "Only a main agreement (without a letter) can be a heading."}},
      {"deadline_unreadable",
       {"No se entiende este plazo. Escriba, por ejemplo, «a más tardar el 30 de marzo de 2027», "
        "«en un plazo de dos meses» o «en la próxima reunión del GRCM».",
        "This deadline is not understood. Write, for example, \"no later than 30 March 2027\", "
        "\"within two months\" or \"at the next meeting of the RCGM\"."}},
      {"file_too_large",
       {"El archivo es demasiado grande (máximo {max} MB).", "The file is too large (at most {max} MB)."}},
  };
  return catalogue;
}

}  // namespace

bool HasMessage(std::string_view reason) { return Catalogue().contains(reason); }

std::vector<std::string> CataloguedReasons() {
  std::vector<std::string> reasons;
  for (const auto& [reason, texts] : Catalogue()) reasons.push_back(reason);
  return reasons;
}

std::string Message(std::string_view reason, std::string_view language,
                    const std::map<std::string, std::string>& params) {
  auto found = Catalogue().find(reason);
  const Texts& texts = found != Catalogue().end() ? found->second : Catalogue().find("invalid_value")->second;
  std::string text = language == "en" ? texts.en : texts.es;
  for (const auto& [name, value] : params) {
    auto placeholder = "{" + name + "}";
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size())) {
      text.replace(at, placeholder.size(), value);
    }
  }
  return text;
}

}  // namespace enlace::http
