#include "matrices/domain/matrix_json.hpp"

#include "kernel/domain/json.hpp"
#include "kernel/domain/reasons.hpp"

namespace enlace {

using nlohmann::json;

namespace {

json DateOrNull(const std::optional<Date>& date) { return date ? json(FormatIsoDate(*date)) : json(nullptr); }

json ProvisionJson(const Provision& provision, std::optional<Date> today, int outdated_after_days) {
  json result{
      {"law",
       {{"title", provision.law.title}, {"number", provision.law.number}, {"date", DateOrNull(provision.law.date)}}},
      {"article", provision.article},
      {"excerpt", ToJson(provision.excerpt)},
      {"source_language", provision.source_language},
      {"stale", provision.stale},
      {"url", provision.url},
      {"last_amended", DateOrNull(provision.last_amended)},
      {"as_of", DateOrNull(provision.as_of)}};
  if (today) {
    auto languages = json::array();
    for (const char* language : {"es", "en"}) {
      if (provision.excerpt.Has(language)) languages.push_back(language);
    }
    result["languages"] = languages;
    result["outdated"] = IsOutdated(provision, *today, outdated_after_days);
  }
  return result;
}

// Reads fields of one JSON object, collecting what is malformed under `prefix`.
class Reader {
 public:
  Reader(const json& object, std::string prefix, FieldErrors& errors, std::initializer_list<const char*> known)
      : object_(object), prefix_(std::move(prefix)), errors_(errors) {
    if (!object_.is_object()) {
      errors_.Add(prefix_.empty() ? "body" : prefix_, reasons::kInvalidType, {{"expected", "object"}});
      valid_ = false;
      return;
    }
    for (const auto& [name, _] : object_.items()) {
      if (std::find_if(known.begin(), known.end(), [&](const char* k) { return name == k; }) == known.end()) {
        errors_.Add(Name(name), reasons::kInvalidValue);
      }
    }
  }
  bool valid() const { return valid_; }
  std::string Name(const std::string& field) const { return prefix_.empty() ? field : prefix_ + "." + field; }
  std::string String(const char* field) {
    if (!valid_ || !object_.contains(field) || object_[field].is_null()) return {};
    if (!object_[field].is_string()) {
      errors_.Add(Name(field), reasons::kInvalidType, {{"expected", "string"}});
      return {};
    }
    return object_[field].get<std::string>();
  }
  std::optional<Date> DateField(const char* field) {
    auto text = String(field);
    if (text.empty()) return std::nullopt;
    auto date = ParseIsoDate(text);
    if (!date) errors_.Add(Name(field), reasons::kInvalidDate);
    return date;
  }
  bool Bool(const char* field) {
    if (!valid_ || !object_.contains(field) || object_[field].is_null()) return false;
    if (!object_[field].is_boolean()) {
      errors_.Add(Name(field), reasons::kInvalidType, {{"expected", "boolean"}});
      return false;
    }
    return object_[field].get<bool>();
  }
  LocalizedText Localized(const char* field) {
    LocalizedText text;
    if (!valid_ || !object_.contains(field) || object_[field].is_null()) return text;
    Reader inner(object_[field], Name(field), errors_, {"es", "en"});
    if (!inner.valid()) return text;
    auto es = inner.String("es");
    auto en = inner.String("en");
    if (!es.empty()) text.es = es;
    if (!en.empty()) text.en = en;
    return text;
  }
  std::vector<std::string> Strings(const char* field) {
    std::vector<std::string> values;
    if (!valid_ || !object_.contains(field) || object_[field].is_null()) return values;
    if (!object_[field].is_array()) {
      errors_.Add(Name(field), reasons::kInvalidType, {{"expected", "array"}});
      return values;
    }
    for (const auto& item : object_[field]) {
      if (item.is_string()) values.push_back(item.get<std::string>());
    }
    return values;
  }
  const json& Raw(const char* field) const {
    static const json kNull;
    return valid_ && object_.contains(field) ? object_[field] : kNull;
  }

 private:
  const json& object_;
  std::string prefix_;
  FieldErrors& errors_;
  bool valid_ = true;
};

}  // namespace

json ToJson(const CellContent& content, std::optional<Date> today, int outdated_after_days) {
  auto provisions = json::array();
  for (const auto& provision : content.provisions) {
    provisions.push_back(ProvisionJson(provision, today, outdated_after_days));
  }
  return json{{"provisions", provisions}, {"no_provision", content.no_provision}, {"note", content.note}};
}

Result<CellContent> CellContentFromJson(const json& body) {
  FieldErrors errors;
  CellContent content;
  Reader cell(body, "", errors, {"provisions", "no_provision", "note"});
  content.no_provision = cell.Bool("no_provision");
  content.note = cell.String("note");
  const auto& provisions = cell.Raw("provisions");
  if (!provisions.is_null() && !provisions.is_array()) {
    errors.Add("provisions", reasons::kInvalidType, {{"expected", "array"}});
  } else if (provisions.is_array()) {
    for (std::size_t i = 0; i < provisions.size(); ++i) {
      auto prefix = "provisions[" + std::to_string(i) + "]";
      Reader item(provisions[i], prefix, errors,
                  {"law", "article", "excerpt", "source_language", "url", "last_amended", "as_of", "stale", "languages",
                   "outdated"});
      if (!item.valid()) continue;
      Provision provision;
      if (!item.Raw("law").is_null()) {
        Reader law(item.Raw("law"), prefix + ".law", errors, {"title", "number", "date"});
        provision.law.title = law.String("title");
        provision.law.number = law.String("number");
        provision.law.date = law.DateField("date");
      }
      provision.article = item.String("article");
      provision.excerpt = item.Localized("excerpt");
      provision.source_language = item.String("source_language");
      provision.url = item.String("url");
      provision.last_amended = item.DateField("last_amended");
      provision.as_of = item.DateField("as_of");
      provision.stale = item.Strings("stale");
      content.provisions.push_back(std::move(provision));
    }
  }
  if (!errors.empty()) return std::unexpected(errors.ToError());
  return content;
}

json PersonJson(const MatrixPerson& person) { return json{{"id", person.id}, {"name", person.name}}; }

json ToJson(const MatrixTopic& topic) {
  return json{{"id", topic.id},
              {"number", topic.number},
              {"title", ToJson(topic.title)},
              {"note", ToJson(topic.note)},
              {"articles", topic.articles}};
}

json ToJson(const MatrixRound& round) {
  return json{{"id", round.id},
              {"number", round.number},
              {"label", round.label},
              {"state", ToString(round.state)},
              {"due", FormatIsoDate(round.due)},
              {"commitment", round.commitment ? json(*round.commitment) : json(nullptr)},
              {"opened_at", FormatIsoTimestamp(round.opened_at)},
              {"closed_at", round.closed_at ? json(FormatIsoTimestamp(*round.closed_at)) : json(nullptr)}};
}

json ToJson(const MatrixCell& cell, Date today, int outdated_after_days) {
  auto result = ToJson(cell.content, today, outdated_after_days);
  result["topic"] = cell.topic;
  result["country"] = cell.country;
  result["round"] = cell.round;
  result["source"] = ToString(cell.source);
  result["submitted_by"] = PersonJson(cell.submitted_by);
  result["submitted_at"] = FormatIsoTimestamp(cell.submitted_at);
  result["verified_by"] = cell.verified_by ? PersonJson(*cell.verified_by) : json(nullptr);
  result["verified_at"] = cell.verified_at ? json(FormatIsoTimestamp(*cell.verified_at)) : json(nullptr);
  result["outdated"] = IsOutdated(cell.content, today, outdated_after_days);
  return result;
}

json ToJson(const RoundColumn& column) {
  auto instant = [](const std::optional<Timestamp>& at) { return at ? json(FormatIsoTimestamp(*at)) : json(nullptr); };
  return json{{"country", column.country},
              {"state", ToString(column.state)},
              {"cells_changed", column.cells_changed},
              {"returned_reason", OptionalToJson(column.returned_reason)},
              {"submitted_at", instant(column.submitted_at)},
              {"validated_at", instant(column.validated_at)},
              {"validated_by", column.validated_by ? PersonJson(*column.validated_by) : json(nullptr)}};
}

json ToJson(const DraftCell& draft, int round, Date today, int outdated_after_days) {
  auto result = ToJson(draft.content, today, outdated_after_days);
  result["topic"] = draft.topic;
  result["country"] = draft.country;
  result["round"] = round;
  result["source"] = ToString(draft.source);
  result["version"] = draft.version;
  result["updated_by"] = draft.updated_by ? PersonJson(*draft.updated_by) : json(nullptr);
  result["updated_at"] = draft.updated_at ? json(FormatIsoTimestamp(*draft.updated_at)) : json(nullptr);
  return result;
}

json ToJson(const std::vector<DiffSegment>& diff) {
  auto segments = json::array();
  for (const auto& segment : diff) segments.push_back(json{{"op", ToString(segment.op)}, {"text", segment.text}});
  return segments;
}

json SummaryJson(const Matrix& matrix) {
  return json{{"id", matrix.id},
              {"subject", matrix.subject},
              {"title", ToJson(matrix.title)},
              {"outdated_after_days", matrix.outdated_after_days},
              {"version", matrix.version},
              {"created_at", FormatIsoTimestamp(matrix.created_at)}};
}

json ToJson(const Matrix& matrix, Date today, std::optional<int> as_of_round) {
  auto result = SummaryJson(matrix);
  auto topics = json::array();
  for (const auto& topic : matrix.topics) topics.push_back(ToJson(topic));
  auto rounds = json::array();
  for (const auto& round : matrix.rounds) rounds.push_back(ToJson(round));
  auto cells = json::array();
  for (const auto& cell : matrix.cells) cells.push_back(ToJson(cell, today, matrix.outdated_after_days));
  result["topics"] = topics;
  result["countries"] = matrix.countries;
  result["rounds"] = rounds;
  result["cells"] = cells;
  result["as_of_round"] = as_of_round ? json(*as_of_round) : json(nullptr);
  return result;
}

}  // namespace enlace
