#include "meetings/domain/deadline.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "kernel/domain/gazetteer.hpp"
#include "kernel/domain/text_dates.hpp"
#include "kernel/domain/text_fold.hpp"
#include "meetings/domain/reasons.hpp"

namespace enlace {
namespace {

constexpr std::size_t kNoMatch = static_cast<std::size_t>(-1);

// The tokens of one sentence and the helpers the patterns are written with.
class Phrase {
 public:
  Phrase(std::string_view source, const DeadlineContext& context)
      : source_(source), folded_(FoldText(source)), tokens_(Tokenize(folded_.text)), context_(context) {}

  const std::vector<Token>& tokens() const { return tokens_; }
  std::size_t size() const { return tokens_.size(); }
  std::string_view At(std::size_t i) const { return i < tokens_.size() ? tokens_[i].text : ""; }
  bool Is(std::size_t i, std::string_view word) const { return At(i) == word; }
  bool IsAny(std::size_t i, std::initializer_list<std::string_view> words) const {
    std::string_view t = At(i);
    if (t.empty()) return false;
    for (std::string_view w : words) {
      if (t == w) return true;
    }
    return false;
  }
  // The index after the words of `sequence` if they start at i, else kNoMatch.
  std::size_t Seq(std::size_t i, std::initializer_list<std::string_view> sequence) const {
    for (std::string_view w : sequence) {
      if (!Is(i, w)) return kNoMatch;
      ++i;
    }
    return i;
  }
  // Skips articles and determiners.
  std::size_t SkipArticles(std::size_t i) const {
    while (IsAny(i, {"the", "a", "el", "la", "los", "las", "this", "its", "their"})) ++i;
    return i;
  }
  std::size_t SourceBegin(std::size_t token) const { return folded_.source_offset[tokens_[token].begin]; }
  std::size_t SourceEnd(std::size_t end_token) const { return folded_.source_offset[tokens_[end_token - 1].end]; }
  std::string Text(std::size_t first, std::size_t end) const {
    return CollapseWhitespace(source_.substr(SourceBegin(first), SourceEnd(end) - SourceBegin(first)));
  }
  const DeadlineContext& context() const { return context_; }

 private:
  std::string_view source_;
  FoldedText folded_;
  std::vector<Token> tokens_;
  const DeadlineContext& context_;
};

struct Found {
  std::size_t end = kNoMatch;  // token after the phrase
  DeadlineKind kind = DeadlineKind::kVague;
  std::optional<Date> due;
  std::optional<DeadlineEvent> event;
};

int MeetingYear(const DeadlineContext& context) { return static_cast<int>(context.meeting_end.year()); }

// The first date on or after the meeting's last day with this month and day.
std::optional<Date> NextSuchDay(unsigned month, unsigned day, const DeadlineContext& context) {
  int year = MeetingYear(context);
  for (int attempt = 0; attempt < 8; ++attempt) {
    auto date = ToDate(year + attempt, month, day);
    if (date && std::chrono::sys_days{*date} >= std::chrono::sys_days{context.meeting_end}) {
      return date;
    }
  }
  return std::nullopt;
}

// The year that follows a period word: "of 2017", "de 2017", "2017", "del próximo año", "of this
// year". Returns the year and moves `i` past it; without one, returns 0 and leaves `i`.
int YearAfter(const Phrase& p, std::size_t& i) {
  std::size_t j = i;
  if (p.IsAny(j, {"of", "de", "del", ","})) ++j;
  std::size_t k = p.SkipArticles(j);
  if (p.At(k).size() == 4 && p.tokens()[k].kind == TokenKind::kNumber) {
    int year = std::stoi(std::string(p.At(k)));
    if (year >= 1900 && year <= 2200) {
      i = k + 1;
      return year;
    }
  }
  if (p.Is(k, "ano") && p.IsAny(k + 1, {"proximo", "siguiente", "entrante"})) {
    i = k + 2;
    return MeetingYear(p.context()) + 1;
  }
  if (p.IsAny(k, {"proximo", "siguiente"}) && p.Is(k + 1, "ano")) {
    i = k + 2;
    return MeetingYear(p.context()) + 1;
  }
  if (p.IsAny(k, {"next", "following", "coming"}) && p.Is(k + 1, "year")) {
    i = k + 2;
    return MeetingYear(p.context()) + 1;
  }
  if ((p.IsAny(k, {"current", "present", "this"}) && p.Is(k + 1, "year")) ||
      (p.IsAny(k, {"presente", "este", "corriente"}) && p.Is(k + 1, "ano"))) {
    i = k + 2;
    return MeetingYear(p.context());
  }
  if (p.Is(k, "ano") && p.IsAny(k + 1, {"en", "actual", "presente", "corriente"})) {
    std::size_t end = p.Is(k + 1, "en") && p.Is(k + 2, "curso") ? k + 3 : k + 2;
    if (p.Is(k + 1, "en") && !p.Is(k + 2, "curso")) return 0;
    i = end;
    return MeetingYear(p.context());
  }
  return 0;
}

// Resolves a period end whose year was not written: the first such period ending on or after
// the meeting.
Date PeriodEnd(int year, unsigned last_month, const DeadlineContext& context) {
  if (year != 0) return LastDayOfMonth(std::chrono::year{year}, std::chrono::month{last_month});
  int y = MeetingYear(context);
  Date end = LastDayOfMonth(std::chrono::year{y}, std::chrono::month{last_month});
  if (std::chrono::sys_days{end} < std::chrono::sys_days{context.meeting_end}) {
    end = LastDayOfMonth(std::chrono::year{y + 1}, std::chrono::month{last_month});
  }
  return end;
}

std::optional<unsigned> OrdinalAt(const Phrase& p, std::size_t i) {
  static constexpr std::array<std::pair<std::string_view, unsigned>, 16> kOrdinals = {{
      {"first", 1},
      {"second", 2},
      {"third", 3},
      {"fourth", 4},
      {"last", 99},
      {"primer", 1},
      {"primero", 1},
      {"primera", 1},
      {"segundo", 2},
      {"segunda", 2},
      {"tercer", 3},
      {"tercero", 3},
      {"tercera", 3},
      {"cuarto", 4},
      {"cuarta", 4},
      {"ultimo", 99},
  }};
  for (const auto& [word, value] : kOrdinals) {
    if (p.Is(i, word)) return value;
  }
  if (p.Is(i, "1st")) return 1u;
  if (p.Is(i, "2nd")) return 2u;
  if (p.Is(i, "3rd")) return 3u;
  if (p.Is(i, "4th")) return 4u;
  return std::nullopt;
}

// A named period starting at token i (after the cue and articles): returns its last month and
// year (year 0 when not written).
struct PeriodSpan {
  std::size_t end;
  int year;
  unsigned last_month;
  bool explicit_year;
};

std::optional<PeriodSpan> PeriodAt(const Phrase& p, std::size_t i) {
  // "first two months of 2017", "the first month of", "los dos primeros meses de 2017",
  // "los primeros dos meses de 2017"
  {
    std::size_t j = i;
    std::optional<unsigned> months;
    if (p.IsAny(j, {"first", "primeros"})) {
      std::size_t next = 0;
      if (auto n = NumberAt(p.tokens(), j + 1, next); n && p.IsAny(next, {"months", "meses"})) {
        months = static_cast<unsigned>(*n);
        j = next + 1;
      } else if (p.IsAny(j + 1, {"month", "mes"})) {
        months = 1;
        j += 2;
      }
    } else {
      std::size_t next = 0;
      if (auto n = NumberAt(p.tokens(), j, next); n && p.Is(next, "primeros") && p.Is(next + 1, "meses")) {
        months = static_cast<unsigned>(*n);
        j = next + 2;
      } else if (p.Is(j, "primer") && p.Is(j + 1, "mes")) {
        months = 1;
        j += 2;
      }
    }
    if (months && *months >= 1 && *months <= 12) {
      std::size_t k = j;
      int year = YearAfter(p, k);
      return PeriodSpan{k, year, *months, year != 0};
    }
  }
  // "first quarter of 2018", "second half of 2019", "primer trimestre de 2018", "segundo
  // semestre de 2019", "la primera mitad de 2019"
  if (auto ordinal = OrdinalAt(p, i)) {
    std::size_t j = i + 1;
    unsigned size = 0;
    if (p.IsAny(j, {"quarter", "trimestre"}))
      size = 3;
    else if (p.IsAny(j, {"half", "semester", "semestre", "mitad"}))
      size = 6;
    else if (p.IsAny(j, {"cuatrimestre"}))
      size = 4;
    if (size != 0) {
      unsigned count = 12 / size;
      unsigned ordinal_value = *ordinal == 99 ? count : *ordinal;
      if (ordinal_value >= 1 && ordinal_value <= count) {
        std::size_t k = j + 1;
        int year = YearAfter(p, k);
        return PeriodSpan{k, year, ordinal_value * size, year != 0};
      }
    }
  }
  // "the month of September 2018", "el mes de septiembre de 2018", "September 2018", "septiembre"
  {
    std::size_t j = i;
    bool month_word = false;
    if (p.IsAny(j, {"month", "mes"}) && p.IsAny(j + 1, {"of", "de"})) {
      j += 2;
      month_word = true;
    }
    if (auto expression = DateExpressionAt(p.tokens(), j, true)) {
      if (expression->first.day == 0 && expression->first.month != 0) {
        bool bare_may = !month_word && expression->first.year == 0 && p.Is(j, "may");
        if (!bare_may) {
          return PeriodSpan{expression->end_token, expression->first.year, expression->first.month,
                            expression->first.year != 0};
        }
      }
    }
  }
  // "2017", "the year 2017", "el año 2017", "this year", "next year", "el presente año"
  {
    std::size_t j = i;
    if (p.IsAny(j, {"year", "ano"}) && p.At(j + 1).size() == 4) ++j;
    if (p.At(j).size() == 4 && p.tokens()[j].kind == TokenKind::kNumber) {
      int year = std::stoi(std::string(p.At(j)));
      if (year >= 1900 && year <= 2200) return PeriodSpan{j + 1, year, 12, true};
    }
    std::size_t k = i;
    if (p.IsAny(k, {"this", "current", "present", "next", "following", "coming", "presente", "este", "proximo",
                    "siguiente", "ano", "corriente"})) {
      std::size_t before = k;
      std::size_t probe = k;
      // YearAfter expects the glue word first; it is optional.
      int year = YearAfter(p, probe);
      if (year != 0 && probe > before) return PeriodSpan{probe, year, 12, true};
    }
  }
  return std::nullopt;
}

bool IsDayUnit(std::string_view w) { return w == "day" || w == "days" || w == "dia" || w == "dias"; }
bool IsWeekUnit(std::string_view w) { return w == "week" || w == "weeks" || w == "semana" || w == "semanas"; }
bool IsMonthUnit(std::string_view w) { return w == "month" || w == "months" || w == "mes" || w == "meses"; }
bool IsYearUnit(std::string_view w) { return w == "year" || w == "years" || w == "ano" || w == "anos"; }

Date AddBusinessDays(Date from, int days) {
  Date date = from;
  while (days > 0) {
    date = AddDays(date, 1);
    std::chrono::weekday weekday{std::chrono::sys_days{date}};
    if (weekday != std::chrono::Saturday && weekday != std::chrono::Sunday) --days;
  }
  return date;
}

// A span "two months", "a two-month period", "90 days", "30 días hábiles", "un plazo de dos
// meses" starting at i.
std::optional<Found> SpanAt(const Phrase& p, std::size_t i) {
  std::size_t j = i;
  // "a period of", "un plazo de", "un periodo de", "un lapso de", "un término de", "a term of"
  {
    std::size_t k = p.SkipArticles(j);
    if (p.IsAny(k, {"un", "a"})) ++k;
    if (p.IsAny(k, {"period", "plazo", "periodo", "lapso", "termino", "term", "timeframe"})) {
      std::size_t m = k + 1;
      // "un plazo no mayor a", "un plazo máximo de", "un plazo de hasta"
      if (p.Is(m, "no") && p.IsAny(m + 1, {"mayor", "superior"}) && p.IsAny(m + 2, {"a", "de"}))
        m += 3;
      else if (p.IsAny(m, {"maximo", "maximum"}) && p.IsAny(m + 1, {"de", "of"}))
        m += 2;
      else if (p.IsAny(m, {"of", "de"}))
        ++m;
      if (p.IsAny(m, {"hasta", "up"})) m += p.Is(m, "up") && p.Is(m + 1, "to") ? 2 : 1;
      if (m != k + 1) j = m;
    }
  }
  std::size_t next = 0;
  // "a two-month period", "un periodo de dos meses": an article before a number is not "one".
  if (p.IsAny(j, {"a", "an", "un", "una"})) {
    std::size_t after = 0;
    if (NumberAt(p.tokens(), j + 1, after)) ++j;
  }
  auto count = NumberAt(p.tokens(), j, next);
  if (!count || *count <= 0 || *count > 1000) return std::nullopt;
  std::size_t u = next;
  if (p.Is(u, "-")) ++u;  // "two-month"
  std::string_view unit = p.At(u);
  bool business = false;
  std::size_t end = u + 1;
  if (p.IsAny(u, {"business", "working", "calendar"}) && IsDayUnit(p.At(u + 1))) {
    business = !p.Is(u, "calendar");
    unit = p.At(u + 1);
    end = u + 2;
  }
  Found found;
  found.kind = DeadlineKind::kRelative;
  Date from = p.context().meeting_end;
  if (IsDayUnit(unit)) {
    if (p.IsAny(end, {"habiles", "laborables"})) {
      business = true;
      ++end;
    } else if (p.IsAny(end, {"calendario", "naturales"})) {
      ++end;
    }
    found.due = business ? AddBusinessDays(from, *count) : AddDays(from, *count);
  } else if (IsWeekUnit(unit)) {
    found.due = AddDays(from, 7 * *count);
  } else if (IsMonthUnit(unit)) {
    found.due = AddMonths(from, *count);
  } else if (IsYearUnit(unit)) {
    found.due = AddMonths(from, 12 * *count);
  } else {
    return std::nullopt;
  }
  // "a two-month period", "a 30-day term"
  if (p.IsAny(end, {"period", "term", "timeframe", "time", "window"})) ++end;
  // What the span counts from, when written: "after the meeting", "siguientes a la reunión",
  // "from the date of this report", "contados a partir de la fecha".
  std::size_t t = end;
  if (p.IsAny(t, {"after", "following", "of", "from", "siguientes", "posteriores", "despues", "contados", "a"})) {
    std::size_t k = t + 1;
    if (p.Is(t, "contados") && p.Is(k, "a") && p.Is(k + 1, "partir")) k += 2;
    if (p.Is(t, "a") && !p.Is(k, "partir")) return found.end = end, found;
    if (p.Is(t, "a")) ++k;
    if (p.IsAny(k, {"a", "de", "del", "to"})) ++k;
    k = p.SkipArticles(k);
    if (p.IsAny(k, {"present", "presente", "this", "esta", "dicha"})) ++k;
    if (p.IsAny(k, {"meeting", "reunion", "session", "sesion", "date", "fecha", "adoption", "adopcion", "approval",
                    "aprobacion", "report", "informe", "receipt", "recepcion"})) {
      end = k + 1;
      if (p.IsAny(end, {"of", "de", "del"}) &&
          p.IsAny(end + 1, {"this", "the", "la", "el", "este", "esta", "presente"}) &&
          p.IsAny(end + 2, {"meeting", "reunion", "report", "informe"})) {
        end += 3;
      }
    }
  }
  found.end = end;
  return found;
}

// A body named after "meeting of": a gazetteer name, "the Network", "la Red", "this Group".
// Returns the code and moves `i` past the name.
std::optional<std::string> BodyAt(const Phrase& p, std::size_t& i, std::string_view sentence) {
  std::size_t j = p.SkipArticles(i);
  if (p.IsAny(j, {"network", "red", "group", "grupo"}) &&
      !p.IsAny(j + 1, {"regional", "de", "of", "on", "for", "para"})) {
    i = j + 1;
    return p.context().own_body;
  }
  const Gazetteer* gazetteer = p.context().gazetteer;
  if (gazetteer != nullptr && j < p.size()) {
    std::size_t begin = p.SourceBegin(j);
    std::string_view rest = sentence.substr(begin);
    auto mentions = gazetteer->Find(rest.substr(0, std::min<std::size_t>(rest.size(), 200)));
    if (!mentions.empty() && mentions.front().begin == 0 && mentions.front().form != NameForm::kDemonym) {
      std::size_t source_end = begin + mentions.front().end;
      std::size_t k = j;
      while (k < p.size() && p.SourceBegin(k) < source_end) ++k;
      // "the Regional Conference on Migration (Puebla Process)": swallow a closing parenthesis.
      if (p.Is(k, ")")) ++k;
      i = k;
      return gazetteer->entity(mentions.front().entity).code;
    }
  }
  return std::nullopt;
}

bool IsMeetingWord(std::string_view w) {
  return w == "meeting" || w == "reunion" || w == "session" || w == "sesion" || w == "conference" ||
         w == "conferencia" || w == "encuentro";
}

// Whose meeting "the next Vice-Ministerial Meeting" is: the process's own, which the reference
// data names as its entity of category "process" (the first one, when another process's data is
// loaded over it). Nullopt without reference data or without such an entity.
std::optional<std::string> DeadlineProcessCode(const DeadlineContext& context) {
  if (context.gazetteer == nullptr) return std::nullopt;
  for (const GazetteerEntity& entity : context.gazetteer->entities()) {
    if (entity.category == "process") return entity.code;
  }
  return std::nullopt;
}

std::optional<Found> EventAt(const Phrase& p, std::size_t i, std::string_view sentence);

// A meeting named by the one it precedes: "the meeting preceding the next Vice-Ministerial
// Meeting", "the RCGM meeting prior to the next Summit", "la reunión previa a la próxima Reunión
// Viceministerial", "la reunión del GRCM anterior a la próxima Cumbre": the next meeting of the
// body named (else of the report's own body), and the whole phrase.
std::optional<Found> PrecedingEventAt(const Phrase& p, std::size_t i, std::string_view sentence) {
  std::size_t k = p.SkipArticles(i);
  std::optional<std::string> body;
  if (!IsMeetingWord(p.At(k))) {
    std::size_t b = k;
    if (auto code = BodyAt(p, b, sentence); code && b > k) {
      body = code;
      k = b;
    }
  }
  if (!IsMeetingWord(p.At(k))) return std::nullopt;
  std::size_t m = k + 1;
  if (!body && p.IsAny(m, {"of", "del", "de"})) {
    std::size_t b = m + 1;
    if (p.Is(m, "de") && p.IsAny(b, {"la", "los"})) ++b;
    if (auto code = BodyAt(p, b, sentence); code && b > m + 1) {
      body = code;
      m = b;
    }
  }
  static const std::initializer_list<std::initializer_list<std::string_view>> kPreceding = {{"preceding"},
                                                                                            {"prior", "to"},
                                                                                            {"before"},
                                                                                            {"preparatory", "to"},
                                                                                            {"previa", "a"},
                                                                                            {"previa", "al"},
                                                                                            {"anterior", "a"},
                                                                                            {"anterior", "al"},
                                                                                            {"que", "precede", "a"},
                                                                                            {"que", "precede", "al"},
                                                                                            {"preparatoria", "de"},
                                                                                            {"preparatoria", "del"}};
  std::size_t after = kNoMatch;
  for (const auto& words : kPreceding) {
    after = p.Seq(m, words);
    if (after != kNoMatch) break;
  }
  if (after == kNoMatch) return std::nullopt;
  auto inner = EventAt(p, after, sentence);
  if (!inner) return std::nullopt;
  Found found;
  found.kind = DeadlineKind::kEvent;
  found.end = inner->end;
  found.event = DeadlineEvent{body.value_or(p.context().own_body), EventWhich::kNext};
  return found;
}

// "the next meeting of the RCGM", "the next RCGM meeting", "its next meeting", "the next
// Vice-Ministerial Meeting", "la próxima reunión del GRCM", "la presente reunión", "la próxima
// Reunión Viceministerial".
std::optional<Found> EventAt(const Phrase& p, std::size_t i, std::string_view sentence) {
  std::size_t j = i;
  bool own = false;
  if (p.IsAny(j, {"its", "their", "su", "sus"})) {
    own = true;
    ++j;
  } else {
    j = p.SkipArticles(j);
  }
  std::optional<EventWhich> which;
  if (p.IsAny(j, {"next", "upcoming", "following", "forthcoming", "coming", "proxima", "siguiente", "proximo"})) {
    which = EventWhich::kNext;
  } else if (p.IsAny(j, {"current", "present", "presente", "actual", "this", "esta"})) {
    which = EventWhich::kCurrent;
  }
  if (!which) return own ? std::nullopt : PrecedingEventAt(p, i, sentence);
  ++j;
  // Words between "next" and "meeting": "regular", "ordinary", "RCGM", "Vice-Ministerial".
  std::optional<std::string> body;
  std::size_t k = j;
  bool vice_ministerial = false;
  for (int guard = 0; guard < 4 && k < p.size() && !IsMeetingWord(p.At(k)); ++guard) {
    if (p.IsAny(k, {"regular", "ordinary", "ordinaria", "extraordinary", "extraordinaria", "annual", "anual", "virtual",
                    "in-person", "presencial", "plenary", "-"})) {
      ++k;
      continue;
    }
    if (p.IsAny(k, {"vice", "viceministerial", "ministerial"})) {
      vice_ministerial = true;
      ++k;
      continue;
    }
    std::size_t b = k;
    if (auto code = BodyAt(p, b, sentence); code && b > k) {
      body = code;
      k = b;
      if (p.Is(k, "'") && p.Is(k + 1, "s")) k += 2;
      continue;
    }
    break;
  }
  if (!IsMeetingWord(p.At(k))) return std::nullopt;
  std::size_t end = k + 1;
  // "Reunión Viceministerial", "Vice-Ministerial Meeting"
  if (p.IsAny(end, {"viceministerial", "vice-ministerial"})) {
    vice_ministerial = true;
    ++end;
  } else if (p.Is(end, "vice") && p.Is(end + 1, "-") && p.Is(end + 2, "ministerial")) {
    vice_ministerial = true;
    end += 3;
  }
  if (p.IsAny(end, {"ordinaria", "extraordinaria", "regular", "virtual", "plenaria"})) ++end;
  if (!body && p.IsAny(end, {"of", "del", "de"})) {
    std::size_t b = end + 1;
    if (p.Is(end, "de") && p.IsAny(b, {"la", "los"})) ++b;
    if (auto code = BodyAt(p, b, sentence)) {
      body = code;
      end = b;
    } else if (p.IsAny(b, {"presidents", "presidentes", "ministers", "ministros", "vice-ministers", "viceministros",
                           "heads", "jefes", "jefas", "cancilleres", "foreign", "senior", "altos", "leaders", "lideres",
                           "mandatarios"})) {
      // The meeting named by who meets ("the next Meeting of Ministers", "la próxima Reunión de
      // Presidentes"): the whole name is the phrase, though no body code is read in it.
      end = b + 1;
      if (p.IsAny(end, {"of", "de"}) && p.IsAny(end + 1, {"state", "estado", "government", "gobierno"})) end += 2;
      if (p.IsAny(b, {"foreign", "senior"}) && p.IsAny(end, {"ministers", "officials"})) ++end;
    }
  }
  Found found;
  found.kind = DeadlineKind::kEvent;
  found.end = end;
  std::string code;
  if (body)
    code = *body;
  else if (vice_ministerial && DeadlineProcessCode(p.context()))
    code = *DeadlineProcessCode(p.context());
  else if (own || !p.context().own_body.empty())
    code = p.context().own_body;
  found.event = DeadlineEvent{code, *which};
  return found;
}

// The vague phrases: no date.
std::size_t VagueAt(const Phrase& p, std::size_t i) {
  static const std::initializer_list<std::initializer_list<std::string_view>> kPhrases = {
      {"as", "soon", "as", "possible"},
      {"as", "early", "as", "possible"},
      {"at", "the", "earliest", "opportunity"},
      {"at", "the", "earliest", "convenience"},
      {"at", "their", "earliest", "convenience"},
      {"in", "due", "course"},
      {"in", "the", "short", "term"},
      {"in", "the", "near", "future"},
      {"in", "the", "coming", "months"},
      {"in", "the", "coming", "weeks"},
      {"in", "a", "timely", "manner"},
      {"without", "delay"},
      {"immediately"},
      {"forthwith"},
      {"inmediatamente"},
      {"de", "inmediato"},
      {"a", "la", "brevedad", "posible"},
      {"a", "la", "mayor", "brevedad", "posible"},
      {"a", "la", "mayor", "brevedad"},
      {"a", "la", "brevedad"},
      {"con", "la", "mayor", "brevedad", "posible"},
      {"con", "la", "mayor", "brevedad"},
      {"con", "la", "brevedad", "posible"},
      {"lo", "antes", "posible"},
      {"lo", "mas", "pronto", "posible"},
      {"en", "el", "menor", "tiempo", "posible"},
      {"en", "el", "corto", "plazo"},
      {"a", "corto", "plazo"},
      {"en", "los", "proximos", "meses"},
      {"en", "las", "proximas", "semanas"},
      {"en", "su", "oportunidad"},
      {"oportunamente"},
      {"cuanto", "antes"},
      {"sin", "demora"},
  };
  std::size_t best = kNoMatch;
  for (const auto& phrase : kPhrases) {
    std::size_t end = p.Seq(i, phrase);
    // The same phrase made stronger is as vague: an intensifier before one of its words after
    // the first ("en el más corto plazo", "in the very near future").
    if (end == kNoMatch) {
      std::size_t at = i;
      bool first = true;
      for (std::string_view w : phrase) {
        if (!first && p.IsAny(at, {"mas", "muy", "very"}) && !p.Is(at, w)) ++at;
        if (!p.Is(at, w)) {
          at = kNoMatch;
          break;
        }
        ++at;
        first = false;
      }
      end = at;
    }
    if (end != kNoMatch && (best == kNoMatch || end > best)) best = end;
  }
  return best;
}

// The standing phrases: work that goes on with no end, so no date and never overdue.
std::size_t StandingAt(const Phrase& p, std::size_t i) {
  static const std::initializer_list<std::initializer_list<std::string_view>> kPhrases = {
      {"on", "an", "ongoing", "basis"},
      {"on", "a", "continuing", "basis"},
      {"on", "a", "continuous", "basis"},
      {"on", "a", "permanent", "basis"},
      {"on", "a", "standing", "basis"},
      {"as", "an", "ongoing", "task"},
      {"as", "a", "standing", "task"},
      {"permanently"},
      {"continuously"},
      {"de", "manera", "permanente"},
      {"de", "forma", "permanente"},
      {"de", "modo", "permanente"},
      {"en", "forma", "permanente"},
      {"con", "caracter", "permanente"},
      {"de", "manera", "continua"},
      {"de", "forma", "continua"},
      {"de", "modo", "continuo"},
      {"en", "forma", "continua"},
      {"de", "manera", "continuada"},
      {"de", "forma", "continuada"},
      {"de", "manera", "constante"},
      {"de", "forma", "constante"},
      {"con", "caracter", "continuo"},
      {"permanentemente"},
      {"continuamente"},
  };
  std::size_t best = kNoMatch;
  for (const auto& phrase : kPhrases) {
    std::size_t end = p.Seq(i, phrase);
    if (end != kNoMatch && (best == kNoMatch || end > best)) best = end;
  }
  return best;
}

// One deadline phrase starting at token i, with its cue.
bool CanStartDeadline(std::string_view w) {
  static constexpr std::array<std::string_view, 39> kFirstWords = {"no",
                                                                   "not",
                                                                   "by",
                                                                   "on",
                                                                   "at",
                                                                   "until",
                                                                   "till",
                                                                   "prior",
                                                                   "before",
                                                                   "deadline",
                                                                   "during",
                                                                   "throughout",
                                                                   "within",
                                                                   "in",
                                                                   "over",
                                                                   "for",
                                                                   "a",
                                                                   "fecha",
                                                                   "antes",
                                                                   "al",
                                                                   "hasta",
                                                                   "para",
                                                                   "durante",
                                                                   "en",
                                                                   "dentro",
                                                                   "as",
                                                                   "lo",
                                                                   "oportunamente",
                                                                   "cuanto",
                                                                   "sin",
                                                                   "without",
                                                                   "immediately",
                                                                   "inmediatamente",
                                                                   "de",
                                                                   "con",
                                                                   "permanently",
                                                                   "continuously",
                                                                   "permanentemente",
                                                                   "continuamente"};
  for (std::string_view first : kFirstWords) {
    if (first == w) return true;
  }
  return false;
}

std::optional<Found> DeadlineAt(const Phrase& p, std::size_t i, std::string_view sentence) {
  const DeadlineContext& context = p.context();
  if (!CanStartDeadline(p.At(i))) return std::nullopt;
  if (std::size_t end = VagueAt(p, i); end != kNoMatch) {
    return Found{end, DeadlineKind::kVague, std::nullopt, std::nullopt};
  }
  if (std::size_t end = StandingAt(p, i); end != kNoMatch) {
    return Found{end, DeadlineKind::kStanding, std::nullopt, std::nullopt};
  }

  // Cues for a date or a period end.
  std::size_t after_cue = kNoMatch;
  // kFor ("for", "para") only introduces events: "the report for the first half of 2018" names a
  // reporting period, not a time limit.
  enum class Cue { kBy, kBefore, kDuring, kIn, kEndOf, kWithin, kFor } cue = Cue::kBy;
  struct CueEntry {
    std::initializer_list<std::string_view> words;
    Cue cue;
  };
  static const std::initializer_list<CueEntry> kCues = {
      {{"no", "later", "than"}, Cue::kBy},
      {{"not", "later", "than"}, Cue::kBy},
      {{"by", "no", "later", "than"}, Cue::kBy},
      {{"on", "or", "before"}, Cue::kBy},
      {{"at", "the", "latest", "by"}, Cue::kBy},
      {{"by", "the", "end", "of"}, Cue::kEndOf},
      {{"before", "the", "end", "of"}, Cue::kEndOf},
      {{"at", "the", "end", "of"}, Cue::kEndOf},
      {{"by", "end", "of"}, Cue::kEndOf},
      {{"until", "the", "end", "of"}, Cue::kEndOf},
      {{"prior", "to"}, Cue::kBefore},
      {{"by"}, Cue::kBy},
      {{"before"}, Cue::kBefore},
      {{"until"}, Cue::kBy},
      {{"till"}, Cue::kBy},
      {{"deadline"}, Cue::kBy},
      {{"during"}, Cue::kDuring},
      {{"throughout"}, Cue::kDuring},
      {{"within"}, Cue::kWithin},
      {{"in", "the", "course", "of"}, Cue::kDuring},
      {{"over", "the", "course", "of"}, Cue::kDuring},
      {{"in"}, Cue::kIn},
      {{"over"}, Cue::kIn},
      {{"for"}, Cue::kFor},
      {{"at"}, Cue::kIn},
      {{"a", "mas", "tardar"}, Cue::kBy},
      {{"no", "mas", "tarde", "de"}, Cue::kBy},
      {{"no", "mas", "tarde", "del"}, Cue::kBy},
      {{"fecha", "limite"}, Cue::kBy},
      {{"antes", "de", "finalizar"}, Cue::kEndOf},
      {{"antes", "de", "que", "finalice"}, Cue::kEndOf},
      {{"antes", "de", "que", "termine"}, Cue::kEndOf},
      {{"antes", "de", "terminar"}, Cue::kEndOf},
      {{"antes", "del", "fin", "de"}, Cue::kEndOf},
      {{"antes", "del", "final", "de"}, Cue::kEndOf},
      {{"antes", "del", "cierre", "de"}, Cue::kEndOf},
      {{"al", "cierre", "de"}, Cue::kEndOf},
      {{"a", "finales", "de"}, Cue::kEndOf},
      {{"a", "fines", "de"}, Cue::kEndOf},
      {{"al", "final", "de"}, Cue::kEndOf},
      {{"al", "finalizar"}, Cue::kEndOf},
      {{"hasta", "finales", "de"}, Cue::kEndOf},
      {{"antes", "de"}, Cue::kBefore},
      {{"antes", "del"}, Cue::kBefore},
      {{"hasta", "el"}, Cue::kBy},
      {{"hasta"}, Cue::kBy},
      {{"para", "el"}, Cue::kBy},
      {{"para"}, Cue::kFor},
      {{"durante"}, Cue::kDuring},
      {{"a", "lo", "largo", "de"}, Cue::kDuring},
      {{"en", "el", "transcurso", "de"}, Cue::kDuring},
      {{"en", "el", "curso", "de"}, Cue::kDuring},
      {{"dentro", "de"}, Cue::kWithin},
      {{"dentro", "del"}, Cue::kWithin},
      {{"en"}, Cue::kIn},
  };
  for (const CueEntry& entry : kCues) {
    std::size_t end = p.Seq(i, entry.words);
    if (end != kNoMatch) {
      after_cue = end;
      cue = entry.cue;
      break;
    }
  }
  if (after_cue == kNoMatch) return std::nullopt;
  // "para el 30 de junio" is a date; "para el año 2020" labels a plan.
  bool date_only = p.Is(i, "para") && p.Is(i + 1, "el");
  // "a más tardar el", "by the", "during the", "in the", "during los"
  std::size_t j = after_cue;
  if (p.IsAny(j, {"the", "el", "la", "los", "las", "del", "al"})) ++j;
  if (p.IsAny(j, {"dia", "day", "fecha", "date"}) && !p.IsAny(j + 1, {"of", "de"}))
    ++j;
  else if (p.IsAny(j, {"dia", "day"}))
    ++j;

  // An event: "at the next meeting of the RCGM", "en la próxima reunión del GRCM"; after a limit,
  // "a más tardar en la próxima reunión" is one phrase.
  {
    std::size_t e = after_cue;
    auto event = EventAt(p, e, sentence);
    if (!event && cue == Cue::kBy && p.IsAny(e, {"en", "in", "at", "durante", "during"})) {
      event = EventAt(p, e + 1, sentence);
    }
    if (event && cue != Cue::kEndOf) return event;
  }
  if (cue == Cue::kFor) return std::nullopt;

  // "the end of the year", "el final del año", "finales de año"
  if (cue == Cue::kEndOf) {
    std::size_t k = j;
    if (p.IsAny(k, {"year", "ano"})) {
      std::size_t probe = k + 1;
      int year = YearAfter(p, probe);
      std::size_t end = probe;
      if (year == 0) {
        year = MeetingYear(context);
        end = k + 1;
      }
      return Found{end, DeadlineKind::kPeriod, LastDayOfMonth(std::chrono::year{year}, std::chrono::month{12}),
                   std::nullopt};
    }
    if (p.IsAny(k, {"presente", "este"}) && p.Is(k + 1, "ano")) {
      return Found{k + 2, DeadlineKind::kPeriod,
                   LastDayOfMonth(std::chrono::year{MeetingYear(context)}, std::chrono::month{12}), std::nullopt};
    }
  }

  // A date with a day: "no later than 30 March 2018", "by 15 June", "antes del 15 de junio".
  if (cue == Cue::kBy || cue == Cue::kBefore || cue == Cue::kEndOf) {
    if (auto expression = DateExpressionAt(p.tokens(), j, false, context.language != "en")) {
      PartialDate date = expression->last.value_or(expression->first);
      if (date.day != 0) {
        std::optional<Date> due =
            date.year != 0 ? ToDate(date.year, date.month, date.day) : NextSuchDay(date.month, date.day, context);
        if (due) return Found{expression->end_token, DeadlineKind::kDate, due, std::nullopt};
      }
    }
  }

  if (date_only) return std::nullopt;

  // A span: "within 90 days", "in a two-month period", "en un plazo de dos meses", "en los
  // próximos 30 días", "in the next three months", "over the next six months".
  // "a más tardar en dos meses", "no later than in three months": the limit and its span are one
  // phrase.
  bool by_in = cue == Cue::kBy && p.IsAny(after_cue, {"en", "in", "within"});
  if (cue == Cue::kWithin || cue == Cue::kIn || cue == Cue::kDuring || by_in) {
    std::size_t k = by_in ? after_cue + 1 : after_cue;
    if (p.IsAny(k, {"the", "los", "las"}) &&
        p.IsAny(k + 1, {"next", "following", "coming", "proximos", "proximas", "siguientes"})) {
      k += 2;
    } else if (p.IsAny(k, {"the", "los", "las"}) && p.Is(k + 2, "next")) {
      k += 1;
    }
    if (auto span = SpanAt(p, k)) {
      // "in 2017" is not a span: SpanAt needs a unit word after the number.
      // "los 15 días siguientes"
      if (p.IsAny(span->end, {"siguientes", "posteriores"})) ++span->end;
      return span;
    }
  }

  // A named period: "during the first two months of 2017", "in the second half of 2019", "during
  // September 2018", "before the end of 2017", "en el primer trimestre de 2018".
  if (cue != Cue::kBefore || p.IsAny(j, {"end", "fin", "final"})) {
    std::size_t k = j;
    // "a más tardar en el segundo trimestre de 2019": the limit and its period are one phrase.
    if (cue == Cue::kBy && p.IsAny(k, {"en", "in", "during", "durante"})) k = p.SkipArticles(k + 1);
    if (cue == Cue::kEndOf || p.IsAny(k, {"end", "fin", "final", "finales", "fines"})) {
      if (p.IsAny(k, {"end", "fin", "final", "finales", "fines"}) && p.IsAny(k + 1, {"of", "de", "del"})) k += 2;
      k = p.SkipArticles(k);
    }
    if (auto period = PeriodAt(p, k)) {
      Date due = PeriodEnd(period->year, period->last_month, context);
      // "In 2017" as a cue word alone is too weak for a bare year: the reporting year "in 2016"
      // is narrative. Bare years count only after "during", "before the end of", "by", "para".
      // A bare year after "within" or "before" is not a period end ("within 2017" is odd, "before
      // 2018" means the end of 2017 and is rare enough to leave to a person).
      bool bare_year = period->last_month == 12 && period->explicit_year && p.At(k).size() == 4;
      if (bare_year && cue == Cue::kWithin) return std::nullopt;
      return Found{period->end, DeadlineKind::kPeriod, due, std::nullopt};
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view ToString(DeadlineKind kind) {
  switch (kind) {
    case DeadlineKind::kDate:
      return "date";
    case DeadlineKind::kPeriod:
      return "period";
    case DeadlineKind::kRelative:
      return "relative";
    case DeadlineKind::kEvent:
      return "event";
    case DeadlineKind::kVague:
      return "vague";
    case DeadlineKind::kStanding:
      return "standing";
  }
  return "vague";
}

std::string_view ToString(EventWhich which) { return which == EventWhich::kCurrent ? "current" : "next"; }

std::optional<DeadlineKind> ParseDeadlineKind(std::string_view text) {
  for (DeadlineKind kind : {DeadlineKind::kDate, DeadlineKind::kPeriod, DeadlineKind::kRelative, DeadlineKind::kEvent,
                            DeadlineKind::kVague, DeadlineKind::kStanding}) {
    if (ToString(kind) == text) return kind;
  }
  return std::nullopt;
}

std::optional<EventWhich> ParseEventWhich(std::string_view text) {
  if (text == "current") return EventWhich::kCurrent;
  if (text == "next") return EventWhich::kNext;
  return std::nullopt;
}

std::vector<DeadlineMatch> FindDeadlines(std::string_view sentence, const DeadlineContext& context) {
  Phrase phrase(sentence, context);
  std::vector<DeadlineMatch> matches;
  std::size_t i = 0;
  while (i < phrase.size()) {
    auto found = DeadlineAt(phrase, i, sentence);
    if (!found || found->end == kNoMatch || found->end <= i) {
      ++i;
      continue;
    }
    std::size_t end = std::min(found->end, phrase.size());
    // A date in the past of the meeting is not a time limit for anything it asks.
    if (found->due && std::chrono::sys_days{*found->due} < std::chrono::sys_days{context.meeting_start}) {
      i = end;
      continue;
    }
    DeadlineMatch match;
    match.begin = phrase.SourceBegin(i);
    match.end = phrase.SourceEnd(end);
    match.deadline.text = phrase.Text(i, end);
    match.deadline.kind = found->kind;
    match.deadline.due = found->due;
    match.deadline.event = found->event;
    matches.push_back(std::move(match));
    i = end;
  }
  return matches;
}

Result<Deadline> ReadDeadline(std::string_view text, const DeadlineContext& context) {
  std::string trimmed = CollapseWhitespace(text);
  if (trimmed.empty() || trimmed.size() > 500) {
    return std::unexpected(Error::Invalid(reasons::kDeadlineUnreadable, "empty or too long"));
  }
  auto pick = [&](std::vector<DeadlineMatch> matches) -> std::optional<Deadline> {
    if (matches.empty()) return std::nullopt;
    Deadline deadline = std::move(matches.front().deadline);
    deadline.text = trimmed;
    return deadline;
  };
  if (auto deadline = pick(FindDeadlines(trimmed, context))) return *deadline;
  // A phrase typed without its cue ("30 March 2018", "the next meeting of the RCGM",
  // "septiembre de 2018") reads as if it had one.
  for (std::string_view cue : {"by ", "during ", "in "}) {
    std::string with_cue = std::string(cue) + trimmed;
    if (auto deadline = pick(FindDeadlines(with_cue, context))) return *deadline;
  }
  return std::unexpected(Error::Invalid(reasons::kDeadlineUnreadable, trimmed));
}

std::optional<Date> ResolveEventDeadline(const DeadlineEvent& event, Date source_start, Date source_end,
                                         std::span<const ScheduledMeeting> meetings) {
  auto days = [](Date d) { return std::chrono::sys_days{d}; };
  std::optional<Date> best;
  for (const ScheduledMeeting& meeting : meetings) {
    if (meeting.cancelled || meeting.body != event.body) continue;
    bool eligible = false;
    if (event.which == EventWhich::kCurrent) {
      eligible = days(meeting.start) >= days(source_start) - std::chrono::days{7} &&
                 days(meeting.start) <= days(source_end) + std::chrono::days{7};
    } else {
      eligible = days(meeting.start) > days(source_end) + std::chrono::days{7};
    }
    if (eligible && (!best || days(meeting.start) < days(*best))) best = meeting.start;
  }
  return best;
}

}  // namespace enlace
