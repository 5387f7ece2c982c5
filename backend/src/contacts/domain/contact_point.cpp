#include "contacts/domain/contact_point.hpp"

#include <algorithm>
#include <cctype>

#include "accounts/domain/user.hpp"
#include "contacts/domain/reasons.hpp"
#include "kernel/domain/reasons.hpp"
#include "kernel/domain/text.hpp"

namespace enlace {

std::string_view ToString(ContactPointStatus status) {
  switch (status) {
    case ContactPointStatus::kProposed:
      return "proposed";
    case ContactPointStatus::kConfirmed:
      return "confirmed";
    case ContactPointStatus::kRejected:
      return "rejected";
    case ContactPointStatus::kEnded:
      return "ended";
  }
  return "proposed";
}

std::optional<ContactPointStatus> ParseContactPointStatus(std::string_view text) {
  if (text == "proposed") return ContactPointStatus::kProposed;
  if (text == "confirmed") return ContactPointStatus::kConfirmed;
  if (text == "rejected") return ContactPointStatus::kRejected;
  if (text == "ended") return ContactPointStatus::kEnded;
  return std::nullopt;
}

namespace {

constexpr std::size_t kMaxText = 200;

bool ValidPhone(std::string_view phone) {
  int digits = 0;
  for (char c : phone) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (c != ' ' && c != '+' && c != '(' && c != ')' && c != '-' && c != '.') {
      return false;
    }
  }
  return digits >= 4 && phone.size() <= 40;
}

}  // namespace

Result<void> ValidateContactPoint(ContactPointInput& input, const ReferenceData& reference) {
  FieldErrors errors;
  for (auto* text : {&input.country, &input.network, &input.topic, &input.name, &input.position, &input.institution,
                     &input.email, &input.phone}) {
    *text = Trim(*text);
  }
  auto country = std::find_if(reference.countries.begin(), reference.countries.end(),
                              [&](const Country& c) { return c.code == input.country; });
  if (input.country.empty()) {
    errors.Add("country", reasons::kRequired);
  } else if (country == reference.countries.end() || country->status != CountryStatus::kMember) {
    errors.Add("country", reasons::kUnknownCountry);
  }
  if (input.network.empty()) {
    errors.Add("network", reasons::kRequired);
  } else if (std::none_of(reference.networks.begin(), reference.networks.end(),
                          [&](const Network& n) { return n.code == input.network; })) {
    errors.Add("network", reasons::kUnknownNetwork);
  }
  if (input.topic.empty()) {
    errors.Add("topic", reasons::kRequired);
  } else if (std::none_of(reference.topics.begin(), reference.topics.end(),
                          [&](const Topic& t) { return t.code == input.topic; })) {
    errors.Add("topic", reasons::kUnknownTopic);
  }
  auto required_text = [&](std::string_view field, const std::string& value, bool required) {
    if (required && value.empty()) {
      errors.Add(std::string(field), reasons::kRequired);
    } else if (Utf8Length(value) > kMaxText) {
      errors.Add(std::string(field), reasons::kTooLong, {{"max", std::to_string(kMaxText)}});
    } else if (!IsValidUtf8(value)) {
      errors.Add(std::string(field), reasons::kInvalidText);
    }
  };
  required_text("name", input.name, true);
  required_text("position", input.position, false);
  required_text("institution", input.institution, true);
  if (input.email.empty()) {
    errors.Add("email", reasons::kRequired);
  } else if (auto email = NormalizeEmail(input.email)) {
    input.email = *email;
  } else {
    errors.Add("email", reasons::kInvalidEmail);
  }
  if (!input.phone.empty() && !ValidPhone(input.phone)) errors.Add("phone", reasons::kInvalidPhone);
  std::vector<std::string> languages;
  for (auto& language : input.languages) {
    if (std::find(reference.process.languages.begin(), reference.process.languages.end(), language) ==
        reference.process.languages.end()) {
      errors.Add("languages", reasons::kUnknownLanguage, {{"value", language}});
      break;
    }
    if (std::find(languages.begin(), languages.end(), language) == languages.end()) {
      languages.push_back(language);
    }
  }
  input.languages = std::move(languages);
  if (!input.valid_from) {
    errors.Add("valid_from", reasons::kRequired);
  } else if (input.valid_to && *input.valid_to < *input.valid_from) {
    errors.Add("valid_to", reasons::kDateOrder);
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return {};
}

ContactPointInput ApplyChange(ContactPointInput base, const ContactPointChange& change) {
  if (change.country) base.country = *change.country;
  if (change.network) base.network = *change.network;
  if (change.topic) base.topic = *change.topic;
  if (change.name) base.name = *change.name;
  if (change.position) base.position = *change.position;
  if (change.institution) base.institution = *change.institution;
  if (change.email) base.email = *change.email;
  if (change.phone) base.phone = *change.phone;
  if (change.languages) base.languages = *change.languages;
  if (change.valid_from) base.valid_from = *change.valid_from;
  if (change.valid_to) base.valid_to = *change.valid_to;
  return base;
}

}  // namespace enlace
