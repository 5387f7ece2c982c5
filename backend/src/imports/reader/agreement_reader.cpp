#include "imports/reader/agreement_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

#include "imports/reader/meeting_reader.hpp"
#include "imports/reader/verb_lexicon.hpp"
#include "kernel/domain/text_fold.hpp"

namespace enlace {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool In(std::string_view word, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (w == word) return true;
  }
  return false;
}

// An action as a person writes it in a list of commitments: a capital, and in Spanish the
// infinitive rather than the clause's form ("comparta con la ST …" → "Compartir con la ST …").
std::string AsWritten(std::string action, std::string_view language) {
  if (language == "es") {
    std::size_t end = action.find(' ');
    std::string first = action.substr(0, end);
    if (auto infinitive = SpanishInfinitive(Fold(first))) {
      action = std::string(*infinitive) + (end == std::string::npos ? "" : action.substr(end));
    }
  }
  if (!action.empty() && action[0] >= 'a' && action[0] <= 'z') action[0] = static_cast<char>(action[0] - 'a' + 'A');
  return action;
}

bool IsArticle(std::string_view w) {
  return In(w, {"the", "a", "an", "el", "la", "los", "las", "un", "una", "its", "their", "su", "sus", "this", "these",
                "esta", "este", "estos", "estas"});
}

bool IsMeetingWord(std::string_view w) {
  return In(w, {"meeting", "meetings", "reunion", "reuniones", "session", "sesion", "conference", "conferencia",
                "encuentro", "workshop", "taller", "seminar", "seminario", "forum", "foro"});
}

bool IsInstrumentWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "glossary",      "glosario",      "protocol",    "protocolo",   "convention", "convencion", "declaration",
      "declaracion",   "website",       "web",         "site",        "sitio",      "portal",     "platform",
      "plataforma",    "framework",     "marco",       "context",     "contexto",   "ambito",     "seno",
      "level",         "nivel",         "legislation", "legislacion", "law",        "laws",       "ley",
      "leyes",         "territory",     "territorio",  "region",      "matrix",     "matrices",   "matriz",
      "guidelines",    "lineamientos",  "manual",      "handbook",    "strategy",   "estrategia", "policy",
      "politica",      "statute",       "estatuto",    "rules",       "reglamento", "structure",  "estructura",
      "budget",        "presupuesto",   "agenda",      "format",      "formato",    "history",    "historia",
      "secretariat",   "secretaria",    "principles",  "principios",  "objectives", "objetivos",  "scope",
      "spaces",        "espacios",      "mechanism",   "mecanismo",   "logo",       "name",       "nombre",
      "participation", "participacion", "priorities",  "prioridades", "members",    "miembros",   "part",
      "parte",         "behalf",        "nombre",      "auspices",    "auspicios",  "theme",      "tema",
      "topics",        "temas",         "documents",   "documentos",  "document",   "documento",  "virtual",
      "studies",       "estudios",      "plan",        "plans",       "planes",     "programme",  "program",
      "programa",      "initiative",    "iniciativa",  "charter",     "carta",      "treaty",     "tratado"};
  return kWords.count(w) != 0;
}

struct PartyRef {
  std::string code;
  std::size_t first = 0;  // token range
  std::size_t end = 0;
};

struct Commitment {
  std::string party;
  std::string action;
  std::string lemma;
  std::optional<std::string> deadline;
  std::size_t sentence = 0;
  std::size_t position = 0;  // trigger token
};

// Verb classes for matching a later passive sentence to earlier commitments.
int VerbClass(std::string_view lemma) {
  if (In(lemma, {"present", "submit", "send", "share", "disseminate", "circulate", "distribute", "forward", "transmit",
                 "refer", "inform", "report", "publish"})) {
    return 1;
  }
  if (In(lemma, {"analyze", "assess", "evaluate", "review", "revise", "examine", "consider", "discuss", "validate",
                 "approve"})) {
    return 2;
  }
  return 0;
}

bool SameClass(std::string_view a, std::string_view b) {
  if (a == b) return true;
  int ca = VerbClass(a);
  return ca != 0 && ca == VerbClass(b);
}

class Reader {
 public:
  Reader(std::string_view text, bool heading, const AgreementContext& context)
      : text_(text), heading_(heading), context_(context), folded_(FoldText(text)), tokens_(Tokenize(folded_.text)) {
    for (const Token& token : tokens_) {
      source_begin_.push_back(folded_.source_offset[token.begin]);
      source_end_.push_back(folded_.source_offset[token.end]);
    }
    // Every rule asks "is this token a verb?"; ask the lexicon once per token.
    verbs_.reserve(tokens_.size());
    for (std::size_t i = 0; i < tokens_.size(); ++i) verbs_.push_back(VerbAt(tokens_, i));
    MarkQuotes();
    SplitSentences();
  }

  AgreementReading Read() {
    AgreementReading reading;
    ReadDeadlines(reading);
    reading.verb = FindVerb();
    CollectParties();
    if (heading_ && !reading.verb) {
      return reading;  // a heading without its own verb names no parties and sets no deadlines
    }
    for (const PartyRef& party : parties_) Add(reading.parties, party.code);
    for (const std::string& unknown : unknown_names_) reading.warnings.push_back("unknown_organization: " + unknown);
    ReadCommitments(reading);
    for (const ImportedCommitment& commitment : reading.commitments) Add(reading.parties, commitment.party);
    return reading;
  }

 private:
  static void Add(std::vector<std::string>& list, const std::string& value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
  }
  std::string_view T(std::size_t i) const { return i < tokens_.size() ? tokens_[i].text : std::string_view(); }
  std::optional<VerbMatch> V(std::size_t i) const { return i < verbs_.size() ? verbs_[i] : std::nullopt; }
  std::string_view Source(std::size_t i) const {
    return i < tokens_.size() ? text_.substr(source_begin_[i], source_end_[i] - source_begin_[i]) : std::string_view();
  }
  bool Capitalized(std::size_t i) const {
    std::string_view s = Source(i);
    if (s.empty()) return false;
    unsigned char c = static_cast<unsigned char>(s[0]);
    return (c >= 'A' && c <= 'Z') || (c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) <= 0x9E);
  }
  std::string SourceText(std::size_t first, std::size_t end) const {
    if (first >= end || end > tokens_.size()) return "";
    return CollapseWhitespace(text_.substr(source_begin_[first], source_end_[end - 1] - source_begin_[first]));
  }
  std::size_t TokenAt(std::size_t source_offset) const {
    auto it = std::lower_bound(source_begin_.begin(), source_begin_.end(), source_offset);
    return static_cast<std::size_t>(it - source_begin_.begin());
  }

  void MarkQuotes() {
    quoted_.assign(tokens_.size(), false);
    bool inside = false;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (T(i) == "\"") {
        inside = !inside;
        continue;
      }
      quoted_[i] = inside;
    }
    if (inside) {
      // An unbalanced quote marks nothing.
      std::fill(quoted_.begin(), quoted_.end(), false);
    }
  }

  void SplitSentences() {
    sentence_of_.assign(tokens_.size(), 0);
    std::size_t sentence = 0;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      sentence_of_[i] = sentence;
      bool end = false;
      if (T(i) == ";" || T(i) == "?" || T(i) == "!") end = true;
      if (T(i) == "." && !quoted_[i]) {
        // Not after a one- or two-letter abbreviation ("No.", "D.C."), nor inside a number.
        bool abbreviation = i > 0 && tokens_[i - 1].kind == TokenKind::kWord && T(i - 1).size() <= 2 &&
                            !tokens_[i].space_before &&
                            (i + 1 >= tokens_.size() || !Capitalized(i + 1) || T(i - 1).size() == 1);
        end = !abbreviation;
      }
      if (end) {
        sentences_.push_back({begin, i + 1});
        begin = i + 1;
        ++sentence;
      }
    }
    if (begin < tokens_.size()) sentences_.push_back({begin, tokens_.size()});
    if (sentences_.empty()) sentences_.push_back({0, 0});
  }

  void ReadDeadlines(AgreementReading& reading) {
    for (DeadlineMatch& match : FindDeadlines(text_, context_.deadlines)) {
      std::size_t first = TokenAt(match.begin);
      std::size_t end = first;
      while (end < tokens_.size() && source_begin_[end] < match.end) ++end;
      bool quoted = first < quoted_.size() && quoted_[first];
      if (quoted) continue;
      deadline_spans_.push_back({first, end, match.deadline.text});
      reading.deadlines.push_back(std::move(match.deadline));
    }
  }

  bool InDeadline(std::size_t token) const {
    for (const auto& span : deadline_spans_) {
      if (token >= span.first && token < span.end) return true;
    }
    return false;
  }

  // -- Verb ------------------------------------------------------------------------------------

  std::size_t SkipConnectives(std::size_t i) const {
    for (int guard = 0; guard < 4 && i < tokens_.size(); ++guard) {
      if (tokens_[i].kind == TokenKind::kPunctuation) {
        ++i;
        continue;
      }
      if (In(T(i), {"to", "also", "further", "finally", "additionally", "moreover", "likewise", "asimismo", "ademas",
                    "finalmente", "tambien", "igualmente", "and", "y"})) {
        ++i;
        continue;
      }
      if (T(i) == "por" && In(T(i + 1), {"ultimo", "otra"})) {
        i += 2;
        continue;
      }
      break;
    }
    return i;
  }

  std::optional<std::string> BaseVerbAt(std::size_t i) const {
    auto verb = V(i);
    if (!verb) return std::nullopt;
    // "Realizar la próxima reunión" holds a meeting; "realizar un estudio" conducts a study.
    if (verb->lemma == "conduct") {
      for (std::size_t k = i + 1; k < i + 5 && k < tokens_.size(); ++k) {
        if (IsMeetingWord(T(k))) return std::string("hold");
      }
    }
    if (verb->kind == VerbFormKind::kBase || (verb->kind == VerbFormKind::kFinite && T(i) == "se")) {
      return std::string(verb->lemma);
    }
    return std::nullopt;
  }

  bool OpensWithIntroductoryPhrase(std::size_t i) const {
    return In(T(i),
              {"regarding", "concerning", "considering", "following",   "after",     "on",         "about",
               "as",        "with",       "in",          "within",      "en",        "con",        "respecto",
               "sobre",     "acerca",     "referente",   "tras",        "luego",     "despues",    "considerando",
               "teniendo",  "visto",      "vistos",      "de",          "para",      "a",          "upon",
               "having",    "habiendo",   "taking",      "recognizing", "recalling", "recordando", "reconociendo"});
  }

  std::optional<std::string> FindVerb() const {
    std::size_t first_end = sentences_.empty() ? tokens_.size() : sentences_.front().second;
    std::size_t i = SkipConnectives(0);
    if (auto lemma = BaseVerbAt(i)) {
      // "Considering" and "Taking into account" open a preamble clause, not the operative part.
      if (!In(T(i), {"considerando", "teniendo"})) return lemma;
    }
    // "Regarding …, thank …" / "En relación con …, se acordó …"
    if (OpensWithIntroductoryPhrase(i)) {
      for (std::size_t k = i; k < first_end; ++k) {
        if (T(k) != ",") continue;
        std::size_t j = SkipConnectives(k + 1);
        if (auto lemma = BaseVerbAt(j)) return lemma;
      }
    }
    // The first conjugated operative verb of the first sentence ("Member Countries agreed", "The
    // TS will circulate", "se acordó").
    for (std::size_t k = 0; k < first_end; ++k) {
      if (quoted_[k] || tokens_[k].kind != TokenKind::kWord) continue;
      if (In(T(k), {"will", "shall"}) && k + 1 < first_end) {
        std::size_t j = In(T(k + 1), {"also", "then", "jointly"}) ? k + 2 : k + 1;
        if (auto lemma = BaseVerbAt(j)) return lemma;
      }
      // "States parties should consider …", "los Estados deberían aplicar …": a recommendation,
      // whatever the verb that follows the modal.
      if (In(T(k), {"should", "deberia", "deberian"}) && k + 1 < first_end && tokens_[k + 1].kind == TokenKind::kWord) {
        return std::string("recommend");
      }
      auto verb = V(k);
      if (!verb) continue;
      // "We recognize …", "While we believe …": a base form after a plural pronoun is conjugated.
      if (verb->kind == VerbFormKind::kBase && k > 0 && In(T(k - 1), {"we", "they"})) return std::string(verb->lemma);
      if (verb->kind == VerbFormKind::kFinite || verb->kind == VerbFormKind::kFuture) {
        if (k > 0 && (IsArticle(T(k - 1)) || In(T(k - 1), {"of", "de", "del", "for", "por", "para"}))) continue;
        if (T(k) == "se" && k + 1 < tokens_.size()) return std::string(verb->lemma);
        return std::string(verb->lemma);
      }
    }
    // Headings and fragments: a base verb right after "to" in "agreed to:" style lines was found
    // above as "agreed"; nothing else is an operative verb.
    return std::nullopt;
  }

  // -- Parties ---------------------------------------------------------------------------------

  std::size_t PreviousContent(std::size_t i) const {
    // The token before i, skipping articles.
    while (i > 0) {
      --i;
      if (!IsArticle(T(i))) return i;
    }
    return kNone;
  }

  bool IsEvent(const PartyRef& ref) const {
    // "the next RCGM meeting", "the RCGM's meeting"
    std::size_t after = ref.end;
    if (T(after) == "'" && T(after + 1) == "s") after += 2;
    if (IsMeetingWord(T(after))) return true;
    // "meeting of the RCGM", "Reunión Viceministerial de la CRM", "reunión del GRCM"
    std::size_t p = PreviousContent(ref.first);
    if (p == kNone || !In(T(p), {"of", "de", "del"})) return false;
    for (std::size_t back = 1; back <= 3 && p >= back; ++back) {
      std::string_view w = T(p - back);
      if (IsMeetingWord(w)) return true;
      if (tokens_[p - back].kind == TokenKind::kPunctuation && w != "-") return false;
    }
    return false;
  }

  bool IsPlace(const PartyRef& ref) const {
    std::size_t p = PreviousContent(ref.first);
    if (p == kNone) return false;
    if (In(T(p), {"in", "en", "at", "within", "dentro", "across", "throughout"})) return true;
    // "in Villa Nueva Ruritania" (a city the conversion ran into its country, without the comma):
    // one or two capitalised words no list knows between the preposition and the country.
    auto known = context_.gazetteer->FindCode(ref.code);
    if (known && context_.gazetteer->entity(*known).kind == EntityKind::kCountry) {
      std::size_t k = p;
      int words = 0;
      while (words < 2 && tokens_[k].kind == TokenKind::kWord && Capitalized(k) && !V(k) && !OverlapsKnown(k, k + 1)) {
        ++words;
        if (k == 0) return false;
        --k;
      }
      if (words > 0 && In(T(k), {"in", "en", "at"})) return true;
    }
    // "held in Tegucigalpa, Honduras": a capitalised word and a comma before a country.
    if (T(p) == "," && p > 0) {
      std::size_t k = p;
      int words = 0;
      while (k > 0 && words < 4 && tokens_[k - 1].kind == TokenKind::kWord && Capitalized(k - 1)) {
        --k;
        ++words;
      }
      if (words > 0 && k > 0 &&
          In(T(k - 1), {"in", "en", "at", "held", "celebrada", "celebrado", "realizada", "realizado", "de"})) {
        return true;
      }
    }
    return false;
  }

  bool IsInstrumentOwner(const PartyRef& ref) const {
    std::size_t p = PreviousContent(ref.first);
    if (p == kNone) return false;
    if (In(T(p), {"of", "de", "del"})) {
      // "the Glossary of the RCM", "el Glosario de la CRM", "en el marco de la CRM", "el Plan
      // Estratégico de la CRM" (an adjective after the noun in Spanish).
      std::size_t q = p;
      int words = 0;
      while (q > 0 && words < 3) {
        --q;
        if (IsArticle(T(q))) continue;
        if (tokens_[q].kind != TokenKind::kWord) return false;
        if (IsInstrumentWord(T(q))) return true;
        ++words;
        if (!Capitalized(q)) return false;
      }
    }
    return false;
  }

  // "el Tratado de Libre Comercio entre Centroamérica, República Dominicana y los Estados Unidos",
  // "the agreement between X and Y": the parties to an instrument are its subject matter.
  // "according to each country", "de acuerdo con los países", "según la OIM": whose judgement or
  // rules the action follows, not whom it addresses.
  bool IsAccordingTo(const PartyRef& ref) const {
    std::size_t p = PreviousContent(ref.first);
    if (p == kNone) return false;
    if (In(T(p), {"segun", "conforme"})) return true;
    if (p >= 1 && T(p) == "to" && T(p - 1) == "according") return true;
    if (p >= 1 && T(p) == "with" && In(T(p - 1), {"accordance", "line"})) return true;
    if (p >= 1 && T(p) == "con" && T(p - 1) == "acuerdo" && p >= 2 && T(p - 2) == "de") return true;
    if (p >= 1 && In(T(p), {"a", "al"}) && T(p - 1) == "conforme") return true;
    return false;
  }

  bool IsTreatyParty(const PartyRef& ref) const {
    std::size_t back = ref.first;
    for (int steps = 0; back > 0 && steps < 14; ++steps) {
      --back;
      std::string_view w = T(back);
      if (w == "." || w == ";" || w == ":") return false;
      if (w == "entre" || w == "between") {
        for (std::size_t q = back; q > 0 && back - q < 8;) {
          --q;
          // An instrument between parties, or a dispute, a dialogue or relations between them: its
          // subject matter ("the border dispute between X and Y", "el diálogo entre X y Z").
          if (In(T(q),
                 {"tratado",  "treaty",       "acuerdo",       "agreement", "convenio",   "protocolo",    "protocol",
                  "conflict", "conflicto",    "dispute",       "disputa",   "diferendo",  "controversia", "dialogue",
                  "dialogo",  "negotiations", "negociaciones", "relations", "relaciones", "tensions",     "tensiones"}))
            return true;
        }
        return false;
      }
    }
    return false;
  }

  // "las poblaciones de los países del X", "the mandates of the Heads of State of the Member
  // Countries", "el fortalecimiento del Comité Z": a name after "of"/"de" that completes a thing
  // (a lowercase noun, perhaps through a chain of capitalised names joined by "of"/"de"/"and") says
  // whose the thing is; it does not name whom the item addresses. An actor's noun ("the
  // governments of …", "las delegaciones de …"), a noun of what someone does ("the work of …"), a
  // verb or a preposition before the chain ends it.
  bool IsComplementOfAThing(std::size_t first) const {
    static const std::initializer_list<std::string_view> kActors = {
        "governments", "gobiernos", "government", "gobierno", "delegations", "delegaciones", "delegation", "delegacion",
        "authorities", "autoridades", "representatives", "representantes", "ministers", "ministros", "officials",
        "funcionarios", "members", "miembros", "agencies", "agencias", "institutions", "instituciones", "each", "cada",
        "all", "todos", "todas", "some", "algunos", "experts", "expertos", "specialists", "especialistas",
        // Nouns of what someone does: whose work, commitment or proposal it is acts ("el
        // compromiso de los Países Miembros de responder", "the work of the Office").
        "work", "trabajo", "trabajos", "labor", "labores", "commitment", "commitments", "compromiso", "compromisos",
        "effort", "efforts", "esfuerzo", "esfuerzos", "contribution", "contributions", "contribucion", "contribuciones",
        "aporte", "aportes", "support", "apoyo", "participation", "participacion", "leadership", "liderazgo",
        "interest", "interes", "initiative", "iniciativa", "proposal", "propuesta", "request", "solicitud", "role",
        "papel", "responsibility", "responsabilidad", "points", "puntos", "focales", "presentation", "presentacion",
        "report", "informe", "offer", "ofrecimiento", "decision", "decisiones"};
    static const std::initializer_list<std::string_view> kStops = {"a",     "al",      "to",  "para", "por", "by",
                                                                   "with",  "con",     "en",  "in",   "on",  "sobre",
                                                                   "entre", "between", "que", "that"};
    std::size_t k = PreviousContent(first);
    if (k == kNone || !In(T(k), {"of", "de", "del"})) return false;
    for (int steps = 0; k > 0 && steps < 16; ++steps) {
      std::size_t p = PreviousContent(k);
      if (p == kNone || tokens_[p].kind != TokenKind::kWord) return false;
      if (In(T(p), {"of", "de", "del", "and", "y"}) || Capitalized(p)) {
        k = p;
        continue;
      }
      if (V(p) || In(T(p), kStops) || In(T(p), kActors)) return false;
      return true;
    }
    return false;
  }

  // "the Working Group (co-chaired by X and Y)", "la Comisión (presidida por X)": who leads a body,
  // in a parenthesis that describes it, is context, not whom the item addresses.
  bool IsInQualifyingParenthesis(const PartyRef& ref) const {
    std::size_t k = ref.first;
    for (int steps = 0; k > 0 && steps < 12; ++steps) {
      --k;
      if (T(k) == ")") return false;
      if (T(k) != "(") continue;
      std::size_t opener = k + 1;
      while (opener < ref.first && In(T(opener), {"co", "-"})) ++opener;
      if (opener >= ref.first) return false;
      auto verb = V(opener);
      std::string_view word = T(opener);
      bool participle = (verb && verb->kind == VerbFormKind::kParticiple) ||
                        ((word.ends_with("ed") || word.ends_with("ado") || word.ends_with("ada") ||
                          word.ends_with("ido") || word.ends_with("ida")) &&
                         opener + 1 < ref.first && In(T(opener + 1), {"by", "por"}));
      return participle;
    }
    return false;
  }

  // "RCM Virtual Secretariat", "RCM Glossary": a body's name used as an adjective.
  bool IsModifier(const PartyRef& ref, const GazetteerEntity& entity) const {
    if (entity.kind == EntityKind::kCountry) return false;
    std::size_t next = ref.end;
    if (next >= tokens_.size() || tokens_[next].kind != TokenKind::kWord || !Capitalized(next)) return false;
    if (tokens_[next].newline_before) return false;
    if (V(next)) return false;
    if (In(T(next), {"and", "y", "or", "o"})) return false;
    return IsInstrumentWord(T(next)) || entity.category == "process";
  }

  // "the RCM website", "RCM member countries": the process's name in front of a noun.
  bool IsProcessAdjective(const PartyRef& ref, const GazetteerEntity& entity) const {
    if (entity.category != "process") return false;
    std::size_t next = ref.end;
    return next < tokens_.size() && tokens_[next].kind == TokenKind::kWord && !tokens_[next].newline_before &&
           !V(next) &&
           !In(T(next),
               {"and", "y", "or", "o", "to", "for", "in", "on", "de", "del", "a", "en", "por", "para", "that", "que"});
  }

  // "members adopted a declaration", "los países miembros acordaron": the meeting's own members
  // acting together, in the past, are who met, not whom the item addresses. A that-clause's subject
  // ("recommended that members review") is addressed.
  bool IsMembersActingTogether(const PartyRef& ref) const {
    // Only the bare word ("members adopted …"): "Member Countries expressed their interest in …"
    // states what the countries will do, and the seed's labels count them.
    if (ref.code != "MEMBER_COUNTRIES" || ref.end >= tokens_.size() || ref.end != ref.first + 1) return false;
    // An adverb may stand between ("members also adopted", "los miembros además acordaron").
    std::size_t at = ref.end;
    if (at + 1 < tokens_.size() && In(T(at), {"also", "further", "then", "jointly", "together", "unanimously", "ademas",
                                              "tambien", "asimismo", "luego", "conjuntamente", "unanimemente"}))
      ++at;
    auto verb = V(at);
    if (!verb || verb->kind != VerbFormKind::kFinite) return false;
    std::string_view word = T(at);
    if (!word.ends_with("ed") && !word.ends_with("aron") && !word.ends_with("ieron")) return false;
    std::size_t p = PreviousContent(ref.first);
    return p == kNone || !In(T(p), {"that", "que"});
  }

  bool IsSpecifiedGroup(const PartyRef& ref, const std::vector<PartyRef>& all, std::size_t index) const {
    if (ref.code != "MEMBER_COUNTRIES") return false;
    std::size_t next = ref.end;
    if (!In(T(next), {"from", "of", "de"})) return false;
    for (std::size_t k = index + 1; k < all.size(); ++k) {
      if (all[k].first <= next + 3 && all[k].first > next) {
        const auto entity = context_.gazetteer->FindCode(all[k].code);
        return entity && context_.gazetteer->entity(*entity).kind == EntityKind::kCountry;
      }
    }
    return false;
  }

  bool IsRoleOfCountry(const PartyRef& ref, const std::vector<PartyRef>& all, std::size_t index) const {
    if (ref.code != "PPT") return false;
    for (std::size_t k = 0; k < all.size(); ++k) {
      if (k == index) continue;
      auto entity = context_.gazetteer->FindCode(all[k].code);
      if (!entity || context_.gazetteer->entity(*entity).kind != EntityKind::kCountry) continue;
      std::size_t gap_first = std::min(ref.end, all[k].end);
      std::size_t gap_end = std::max(ref.first, all[k].first);
      if (gap_end < gap_first || gap_end - gap_first > 5) continue;
      bool joined = true;
      for (std::size_t t = gap_first; t < gap_end; ++t) {
        if (!In(T(t), {"of",     "de",   "del",   ",",       "(",        ")",       "as",     "como",
                       "en",     "su",   "its",   "calidad", "capacity", "in",      "the",    "la",
                       "el",     "-",    "to",    "assume",  "assumes",  "assumed", "asumir", "asume",
                       "asumio", "hold", "holds", "ejercer", "ejerce",   "will",    "que",    "para"})) {
          joined = false;
        }
      }
      if (joined) return true;
    }
    return false;
  }

  // "use of ABC and other tools", "los materiales de la OIM y otras herramientas": a name
  // listed with things of another kind is one of those things (its tools), not someone who acts;
  // "IOM and other organizations" lists actors.
  bool IsAmongThings(const PartyRef& ref) const {
    std::size_t k = ref.end;
    if (!In(T(k), {"and", "y", "or", "o"})) return false;
    ++k;
    if (!In(T(k), {"other", "otros", "otras", "demas", "similar", "similares"})) return false;
    ++k;
    if (In(T(k), {"los", "las"})) ++k;
    if (k >= tokens_.size() || tokens_[k].kind != TokenKind::kWord) return false;
    static const std::initializer_list<std::string_view> kActors = {
        "organizations", "organisations", "organizaciones", "organismos",   "agencies",      "agencias",
        "partners",      "socios",        "stakeholders",   "actors",       "actores",       "countries",
        "paises",        "states",        "estados",        "bodies",       "entities",      "entidades",
        "institutions",  "instituciones", "members",        "miembros",     "donors",        "donantes",
        "governments",   "gobiernos",     "delegations",    "delegaciones", "international", "relevant",
        "regional",      "interested",    "interesados",    "pertinentes",  "cooperantes",   "parties"};
    return !In(T(k), kActors);
  }

  bool DemonymInContext(const PartyRef& ref) const {
    static const std::initializer_list<std::string_view> kHeads = {
        "delegation",      "delegations",   "government",     "governments", "authorities", "representative",
        "representatives", "delegacion",    "delegaciones",   "gobierno",    "gobiernos",   "autoridades",
        "estado",          "representante", "representantes", "state"};
    if (In(T(ref.end), kHeads)) return true;
    if (ref.first > 0 && In(T(ref.first - 1), kHeads)) return true;
    return false;
  }

  void CollectParties() {
    std::vector<PartyRef> all;
    std::vector<NameForm> forms;
    for (const GazetteerMention& mention : context_.gazetteer->Find(text_)) {
      PartyRef ref;
      ref.code = context_.gazetteer->entity(mention.entity).code;
      ref.first = TokenAt(mention.begin);
      ref.end = ref.first;
      while (ref.end < tokens_.size() && source_begin_[ref.end] < mention.end) ++ref.end;
      all.push_back(ref);
      forms.push_back(mention.form);
    }
    for (std::size_t index = 0; index < all.size(); ++index) {
      if (forms[index] != NameForm::kDemonym) known_spans_.push_back(all[index]);
    }
    for (std::size_t index = 0; index < all.size(); ++index) {
      const PartyRef& ref = all[index];
      const GazetteerEntity& entity = context_.gazetteer->entity(*context_.gazetteer->FindCode(ref.code));
      if (context_.own_body && ref.code == *context_.own_body) continue;
      if (std::find(context_.own_organisations.begin(), context_.own_organisations.end(), ref.code) !=
          context_.own_organisations.end()) {
        continue;
      }
      if (entity.category == kCityCategory || entity.category == kThingCategory) continue;  // a place, a thing
      if (ref.first < quoted_.size() && quoted_[ref.first]) continue;
      if (InDeadline(ref.first)) continue;
      if (forms[index] == NameForm::kDemonym && !DemonymInContext(ref)) continue;
      if (IsEvent(ref) || IsPlace(ref) || IsInstrumentOwner(ref) || IsModifier(ref, entity) ||
          IsProcessAdjective(ref, entity)) {
        continue;
      }
      if (IsSpecifiedGroup(ref, all, index) || IsRoleOfCountry(ref, all, index)) continue;
      if (IsTreatyParty(ref) || IsAccordingTo(ref) || IsMembersActingTogether(ref) || IsAmongThings(ref)) continue;
      if (ref.code == "MEMBER_COUNTRIES" && IsComplementOfAThing(ref.first)) continue;
      if (IsInQualifyingParenthesis(ref)) continue;
      parties_.push_back(ref);
    }
    FindUnknownOrganizations();
    std::stable_sort(parties_.begin(), parties_.end(),
                     [](const PartyRef& a, const PartyRef& b) { return a.first < b.first; });
  }

  bool OverlapsKnown(std::size_t first, std::size_t end) const {
    for (const PartyRef& ref : known_spans_) {
      if (ref.first < end && first < ref.end) return true;
    }
    return false;
  }

  void FindUnknownOrganizations() {
    static const std::unordered_set<std::string_view> kOrganizationWords = {
        "organization", "organisation", "office",     "agency",      "institute", "commission",  "committee",
        "council",      "fund",         "foundation", "association", "coalition", "ministry",    "bank",
        "programme",    "program",      "alliance",   "federation",  "union",     "network",     "organizacion",
        "oficina",      "agencia",      "instituto",  "comision",    "comite",    "consejo",     "fondo",
        "fundacion",    "asociacion",   "coalicion",  "ministerio",  "banco",     "programa",    "alianza",
        "federacion",   "union",        "red",        "directorate", "direccion", "secretariat", "secretaria",
        "department",   "departamento"};
    static const std::initializer_list<std::string_view> kNameConnectors = {
        "of",   "for", "on",  "the", "and",    "against", "de", "la", "del",
        "para", "las", "los", "y",   "contra", "sobre",   "en", "el"};
    bool all_capitals = HasNoLowerCase(text_);
    std::size_t i = 0;
    while (i < tokens_.size()) {
      if (tokens_[i].kind != TokenKind::kWord || !Capitalized(i) || quoted_[i] || InDeadline(i)) {
        ++i;
        continue;
      }
      std::size_t end = i;
      bool organization_word = false;
      auto connects = [&](std::size_t k) {
        return In(T(k), kNameConnectors) &&
               ((k + 1 < tokens_.size() && Capitalized(k + 1)) ||
                (k + 2 < tokens_.size() && In(T(k + 1), kNameConnectors) && Capitalized(k + 2)));
      };
      while (end < tokens_.size() && tokens_[end].kind == TokenKind::kWord && (Capitalized(end) || connects(end))) {
        if (kOrganizationWords.count(T(end)) != 0 && Capitalized(end)) organization_word = true;
        ++end;
      }
      std::string name;
      std::size_t name_end = end;
      // "… (OAS)": the acronym names it.
      if (end + 2 < tokens_.size() && T(end) == "(" && T(end + 2) == ")" && HasNoLowerCase(Source(end + 1)) &&
          Source(end + 1).size() >= 2) {
        name = std::string(Source(end + 1));
        name_end = end + 3;
      }
      // "Thank the Organization of …": the opening verb and article are not part of the name.
      std::size_t first = i;
      while (first < end && (V(first) || In(T(first), {"the", "la", "el", "los", "las", "to", "a", "al"}))) ++first;
      bool acronym = end == i + 1 && !all_capitals && Source(i).size() >= 3 && Source(i).size() <= 8 &&
                     HasNoLowerCase(Source(i)) && tokens_[i].kind == TokenKind::kWord;
      if (acronym) {
        static const std::initializer_list<std::string_view> kNotOrganizations = {
            "ii",    "iii", "iv",   "vi",    "vii",  "viii", "ix",  "xi",   "xii",   "xiii", "xiv",
            "xv",    "xvi", "xvii", "xviii", "xix",  "xx",   "xxi", "xxii", "xxiii", "xxiv", "xxv",
            "covid", "vih", "sida", "hiv",   "aids", "usd",  "pdf", "docx", "ict",   "tic",  "nna"};
        for (char c : Source(i)) {
          if (c >= '0' && c <= '9') acronym = false;
        }
        if (In(T(i), kNotOrganizations)) acronym = false;
      }
      if ((organization_word && end >= first + 2) || acronym) {
        if (!OverlapsKnown(i, name_end) && !IsAcronymOfKnown(i, end)) {
          PartyRef ref;
          ref.first = first;
          ref.end = end;
          if (name.empty()) name = SourceText(first, end);
          ref.code = name;
          std::size_t p = PreviousContent(first);
          bool excluded =
              IsEvent(ref) || IsPlace(ref) || IsInstrumentOwner(ref) || (p != kNone && IsInstrumentWord(T(p)) && false);
          // An unknown acronym as the complement of a noun ("el desarrollo del MERCOSUR", "the
          // implementation of the SIEMCA project") is context, not someone who acts.
          if (acronym && name_end == end && p != kNone && In(T(p), {"of", "de", "del"})) excluded = true;
          if (!acronym && IsComplementOfAThing(first)) excluded = true;
          // An acronym that is a word of the meeting's own body's name ("the Summit of the ABC
          // States" mentioning "ABC") names the process whose meeting this is: context, not a party.
          if (acronym && OwnBodyNameHasWord(name)) excluded = true;
          // A project's or an information system's name or acronym ("the ABC project", "System of
          // … (ABC)", a quoted title followed by "(ABC)") names a thing, not someone who acts.
          static const std::initializer_list<std::string_view> kThingWords = {
              "project",    "proyecto", "system", "sistema",     "platform", "plataforma", "initiative",
              "iniciativa", "database", "tool",   "herramienta", "portal",   "software",   "website"};
          if (acronym) {
            if (i >= 2 && T(i - 1) == "(" && T(i - 2) == "\"") excluded = true;
            for (std::size_t k = i >= 2 && T(i - 1) == "(" ? i - 1 : 0, steps = 0; k > 0 && steps < 10; ++steps) {
              --k;
              if (tokens_[k].kind != TokenKind::kWord) break;
              if (In(T(k), kThingWords)) excluded = true;
            }
            if (p != kNone && In(T(p), kThingWords)) excluded = true;
            if (end < tokens_.size() && In(T(end), kThingWords)) excluded = true;
          }
          if (In(T(first), kThingWords)) excluded = true;
          std::string folded_name = Fold(name);
          if (!excluded && !(context_.own_body && folded_name == Fold(*context_.own_body))) {
            if (auto organ = OrganOfTheIssuer(folded_name)) {
              ref.code = *organ;
              parties_.push_back(ref);
              i = name_end;
              continue;
            }
            bool seen = false;
            for (const PartyRef& party : parties_) seen = seen || party.code == name;
            parties_.push_back(ref);
            if (!seen) unknown_names_.push_back(name);
          }
        }
        i = name_end;
        continue;
      }
      i = end > i ? end : i + 1;
    }
  }

  // An organ named without its body ("la Secretaría General", "the Executive Council"): the entity
  // whose name is that name followed by "of"/"de" and the issuing body or the organisation it
  // belongs to ("General Secretariat of X" in a report of the Meeting of Presidents of X).
  std::optional<std::string> OrganOfTheIssuer(std::string_view folded_name) const {
    if (!context_.own_body || folded_name.empty()) return std::nullopt;
    std::vector<std::string> issuer = context_.own_organisations;
    issuer.push_back(*context_.own_body);
    std::optional<std::string> found;
    for (const GazetteerEntity& entity : context_.gazetteer->entities()) {
      if (entity.kind == EntityKind::kCountry || entity.category == kCityCategory ||
          entity.category == kThingCategory || std::find(issuer.begin(), issuer.end(), entity.code) != issuer.end())
        continue;
      bool named = false;
      for (const std::string* name : {&entity.name_en, &entity.name_es}) {
        // A cheap look at the first letter before folding the whole name.
        if (name->size() <= folded_name.size()) continue;
        unsigned char first = static_cast<unsigned char>((*name)[0]);
        if (first < 0x80 && std::tolower(first) != static_cast<unsigned char>(folded_name[0])) continue;
        std::string folded = Fold(*name);
        if (!folded.starts_with(folded_name) || folded.size() <= folded_name.size() ||
            folded[folded_name.size()] != ' ')
          continue;
        std::string_view rest = std::string_view(folded).substr(folded_name.size() + 1);
        named = named || rest.starts_with("of ") || rest.starts_with("de ") || rest.starts_with("del ");
      }
      if (!named) continue;
      bool of_issuer = false;
      for (const std::string& body : BodiesNamedIn(entity, *context_.gazetteer)) {
        of_issuer = of_issuer || std::find(issuer.begin(), issuer.end(), body) != issuer.end();
      }
      if (!of_issuer) continue;
      if (found && *found != entity.code) return std::nullopt;  // two organs of that name: ask
      found = entity.code;
    }
    return found;
  }

  bool OwnBodyNameHasWord(std::string_view word) const {
    if (!context_.own_body || !context_.gazetteer) return false;
    auto index = context_.gazetteer->FindCode(*context_.own_body);
    if (!index) return false;
    const GazetteerEntity& body = context_.gazetteer->entity(*index);
    for (const std::string& name : {body.name_en, body.name_es}) {
      std::size_t at = name.find(word);
      while (at != std::string::npos) {
        bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(name[at - 1]));
        std::size_t after = at + word.size();
        bool ends = after >= name.size() || !std::isalnum(static_cast<unsigned char>(name[after]));
        if (starts && ends) return true;
        at = name.find(word, at + 1);
      }
    }
    return false;
  }

  bool IsAcronymOfKnown(std::size_t first, std::size_t end) const {
    // "(RCGM)" right after the full name is the same mention; the gazetteer knows it anyway.
    (void)first;
    (void)end;
    return false;
  }

  // -- Commitments -----------------------------------------------------------------------------

  // Parties usable as the subject of a commitment: the parties, plus plain "countries",
  // "delegations", "países" for the Member Countries.
  std::vector<PartyRef> Subjects() const {
    std::vector<PartyRef> subjects = parties_;
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (In(T(i), {"countries", "delegations", "paises", "delegaciones", "governments", "gobiernos"})) {
        bool covered = false;
        for (const PartyRef& ref : known_spans_) covered = covered || (i >= ref.first && i < ref.end);
        if (covered) continue;
        subjects.push_back(PartyRef{"MEMBER_COUNTRIES", i, i + 1});
      }
    }
    std::stable_sort(subjects.begin(), subjects.end(),
                     [](const PartyRef& a, const PartyRef& b) { return a.first < b.first; });
    return subjects;
  }

  // The party named at token `at`: "the TS", "la delegación salvadoreña", "the delegation of
  // Mexico", "el Gobierno de Honduras".
  const PartyRef* PartyAt(const std::vector<PartyRef>& subjects, std::size_t at) const {
    for (int pass = 0; pass < 2; ++pass) {
      for (const PartyRef& ref : subjects) {
        if (ref.first == at) return &ref;
      }
      if (pass == 0) {
        while (at < tokens_.size() && IsArticle(T(at))) ++at;
        if (In(T(at), {"delegation", "delegacion", "government", "gobierno", "authorities", "autoridades"})) {
          std::size_t head = at;
          ++at;
          for (const PartyRef& ref : subjects) {
            if (ref.first == at) return &ref;  // "la delegación salvadoreña"
          }
          if (In(T(at), {"of", "de", "del", "from"})) ++at;
          while (at < tokens_.size() && IsArticle(T(at))) ++at;
          (void)head;
        }
      }
    }
    return nullptr;
  }

  const PartyRef* SubjectBefore(const std::vector<PartyRef>& subjects, std::size_t trigger,
                                std::size_t sentence_begin) const {
    // Directly before the trigger, allowing adverbs and commas in between.
    std::size_t k = trigger;
    while (k > sentence_begin) {
      std::string_view w = T(k - 1);
      if (In(w, {"also", "then", "jointly", "each", "both", "all", "in", "turn", "tambien", "asimismo", ",", "por",
                 "su", "parte", "a", "vez", "conjuntamente", "por"})) {
        --k;
        continue;
      }
      break;
    }
    for (const PartyRef& ref : subjects) {
      // A relative clause ("contact points who will") has its pronoun, not a party, right
      // before the trigger; "agreed that interested countries will" has the party.
      if (ref.end == k && ref.first >= sentence_begin) return &ref;
    }
    // A coordinated clause: "IOM indicated that … and assumed its commitment to …".
    if (trigger > sentence_begin && In(T(trigger - 1), {"and", "y", "e"})) {
      for (const PartyRef& ref : subjects) {
        if (ref.first >= sentence_begin && ref.first <= sentence_begin + 2) return &ref;
      }
    }
    return nullptr;
  }

  // "IOM and UNHCR will …", "Canadá, México y Panamá presentarán …": the subject with the parties
  // coordinated before it, in the order written.
  std::vector<const PartyRef*> CoordinatedWith(const std::vector<PartyRef>& subjects, const PartyRef& last,
                                               std::size_t sentence_begin) const {
    std::vector<const PartyRef*> parties{&last};
    const PartyRef* current = &last;
    while (current->first > sentence_begin) {
      std::size_t join = current->first - 1;
      if (!In(T(join), {"and", "y", "e", ","})) break;
      const PartyRef* before = nullptr;
      for (const PartyRef& ref : subjects) {
        if (ref.end == join && ref.first >= sentence_begin) before = &ref;
      }
      if (!before) break;
      parties.insert(parties.begin(), before);
      current = before;
    }
    return parties;
  }

  // The words of an action from token `from`, to the end of its clause.
  std::string Action(std::size_t from, std::size_t sentence_end, std::string_view lemma) const {
    std::size_t end = from;
    std::size_t limit = std::min(sentence_end, from + 18);
    while (end < limit) {
      std::string_view w = T(end);
      if (In(w, {".", ";", ":"})) break;
      if (InDeadline(end)) break;
      if (w == "," && end + 1 < tokens_.size() &&
          In(T(end + 1),
             {"so", "with", "which", "who", "in", "para", "con", "de", "a", "que", "and", "y", "as", "como"}))
        break;
      if (end > from + 1 && In(w, {"who", "which", "so", "quienes", "quien", "cual", "whereby"})) break;
      if (end > from + 2 && In(w, {"in", "para"}) && In(T(end + 1), {"order", "que", "fin"})) break;
      ++end;
    }
    while (end > from && (T(end - 1) == "," || In(T(end - 1), {"and", "y", "with", "con"}))) --end;
    std::string rest = end > from + 1 ? SourceText(from + 1, end) : "";
    std::string verb = context_.language == "en" ? std::string(lemma) : std::string(Source(from));
    if (lemma.empty()) verb = std::string(Source(from));
    if (rest.empty()) return verb;
    return verb + " " + rest;
  }

  // The noun phrase in front of a participle ("a virtual meeting organized by").
  std::string NounPhraseBefore(std::size_t participle, std::size_t sentence_begin) const {
    std::size_t k = participle;
    int steps = 0;
    while (k > sentence_begin && steps < 6) {
      --k;
      ++steps;
      if (tokens_[k].kind == TokenKind::kPunctuation) return "";
      if (In(T(k), {"a", "an", "the", "un", "una", "el", "la", "los", "las"})) return SourceText(k, participle);
    }
    return "";
  }

  // The subject of a passive clause: "This draft will be presented" → "This draft".
  std::string PassiveSubject(std::size_t be, std::size_t sentence_begin) const {
    std::size_t k = be;
    while (k > sentence_begin && tokens_[k - 1].kind == TokenKind::kWord &&
           !In(T(k - 1), {"and", "y", "so", "that", "que"}) && be - k < 8)
      --k;
    std::string subject = SourceText(k, be);
    std::string folded = Fold(subject);
    if (folded.empty() || In(folded, {"it", "they", "this", "these", "which", "it can", "se"})) return "";
    // Drop a trailing modal.
    for (std::string_view modal : {" will", " shall", " can", " could", " may", " must", " should", " would"}) {
      if (folded.ends_with(modal)) subject = subject.substr(0, subject.size() - modal.size());
    }
    return CollapseWhitespace(subject);
  }

  static bool IsFutureMarker(std::string_view w) {
    static const std::unordered_set<std::string_view> kMarkers = {
        "will", "shall", "can",    "could", "should", "must",   "may",     "would", "sera", "seran", "sea",
        "sean", "pueda", "puedan", "podra", "podran", "debera", "deberan", "va",    "van",  "ser"};
    return kMarkers.count(w) != 0;
  }

  bool IsParticiple(std::size_t i, std::string& lemma) const {
    auto verb = V(i);
    if (verb &&
        (verb->kind == VerbFormKind::kParticiple || (verb->kind == VerbFormKind::kFinite && T(i).ends_with("ed")))) {
      lemma = std::string(verb->lemma);
      return true;
    }
    return false;
  }

  void AddCommitment(std::vector<Commitment>& out, Commitment commitment) {
    if (context_.own_body && commitment.party == *context_.own_body) return;
    for (const Commitment& existing : out) {
      if (existing.party == commitment.party && existing.lemma == commitment.lemma &&
          existing.sentence == commitment.sentence)
        return;
    }
    out.push_back(std::move(commitment));
  }

  void ReadCommitments(AgreementReading& reading) {
    std::vector<PartyRef> subjects = Subjects();
    std::vector<Commitment> commitments;
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      auto [begin, end] = sentences_[s];
      std::size_t before = commitments.size();
      bool has_future = false;
      bool passive_with_agent = false;
      for (std::size_t t = begin; t < end; ++t) {
        if (quoted_[t]) continue;
        std::string_view w = T(t);
        if (IsFutureMarker(w)) has_future = true;
        if (auto v = V(t); v && v->kind == VerbFormKind::kFuture) has_future = true;

        // R1: a party with a future or a promise.
        std::size_t verb_at = kNone;
        if (In(w, {"will", "shall"}) && !In(T(t + 1), {"be", "have"})) {
          verb_at = t + 1;
          if (In(T(verb_at), {"also", "then", "jointly", "each"})) ++verb_at;
        } else if (In(w, {"commit", "commits", "committed", "undertake", "undertakes", "undertook", "offered", "offers",
                          "pledged", "volunteered", "agreed"}) &&
                   T(t + 1) == "to") {
          verb_at = t + 2;
        } else if (In(w, {"assumed", "assumes", "assume", "made", "expressed"}) &&
                   In(T(t + 1), {"its", "the", "their", "a"}) && In(T(t + 2), {"commitment", "compromise"}) &&
                   T(t + 3) == "to") {
          verb_at = t + 4;
        } else if (In(w, {"offer", "offers", "ofrecimiento", "ofrecimientos", "oferta", "invitation", "invitacion",
                          "commitment", "commitments", "compromiso", "compromisos", "pledge"}) &&
                   In(T(t + 1), {"of", "de", "del"})) {
          // "the offer of Honduras to host", "el ofrecimiento de México para realizar", "el
          // compromiso de los Países Miembros de responder": the party follows the noun.
          std::size_t p = t + 2;
          if (const PartyRef* found = PartyAt(subjects, p)) {
            const PartyRef& ref = *found;
            std::size_t a = ref.end;
            if (In(T(a), {"to", "de", "para", "a"})) ++a;
            if (a < end && V(a)) {
              auto verb = V(a);
              AddCommitment(commitments, Commitment{ref.code, Action(a, end, verb->lemma), std::string(verb->lemma),
                                                    std::nullopt, s, t});
            }
          }
        } else if (In(w, {"comprometio", "comprometieron", "compromete", "comprometen"}) && T(t + 1) == "a") {
          verb_at = t + 2;
        } else if (In(w, {"asumio", "asumieron", "asume", "asumen"}) && In(T(t + 1), {"el", "su"}) &&
                   T(t + 2) == "compromiso" && T(t + 3) == "de") {
          verb_at = t + 4;
        } else if (In(w, {"ofrecio", "ofrecieron"})) {
          verb_at = t + 1;
        } else if (In(w, {"va", "van"}) && T(t + 1) == "a") {
          verb_at = t + 2;
        } else if (auto v = V(t); v && v->kind == VerbFormKind::kFuture && !In(w, {"sera", "seran"})) {
          verb_at = t;
        }
        if (verb_at != kNone && verb_at < end) {
          std::size_t trigger = t;
          if (T(t) == "comprometio" || T(t) == "comprometieron" || T(t) == "compromete" || T(t) == "comprometen") {
            if (trigger > begin && T(trigger - 1) == "se") --trigger;
          }
          if (const PartyRef* subject = SubjectBefore(subjects, trigger, begin)) {
            auto verb = V(verb_at);
            std::string lemma = verb ? std::string(verb->lemma) : std::string(T(verb_at));
            std::string action = Action(verb_at, end, verb ? verb->lemma : std::string_view());
            for (const PartyRef* party : CoordinatedWith(subjects, *subject, begin)) {
              AddCommitment(commitments, Commitment{party->code, action, lemma, std::nullopt, s, t});
            }
          }
        }

        // R2: a passive with its agent.
        if (In(w, {"by", "por"})) {
          const PartyRef* agent = PartyAt(subjects, t + 1);
          if (agent) {
            for (std::size_t back = 1; back <= 10 && t >= begin + back; ++back) {
              std::size_t k = t - back;
              if (In(T(k), {".", ";"})) break;
              std::string lemma;
              if (!IsParticiple(k, lemma)) continue;
              bool be = k > begin && In(T(k - 1), {"be", "been", "ser", "sera", "seran", "sea", "sean", "is", "are",
                                                   "fue", "fueron", "es", "son"});
              bool future = has_future || be;
              if (be && k >= 2 && !IsFutureMarker(T(k - 2)) &&
                  !In(T(k - 1), {"sera", "seran", "sea", "sean", "be", "ser"}))
                future = has_future;
              if (!future) break;
              std::string object =
                  be ? PassiveSubject(k - 1 - (IsFutureMarker(T(k - 2)) ? 1 : 0), begin) : NounPhraseBefore(k, begin);
              std::string complement = k + 1 < t ? SourceText(k + 1, t) : "";
              std::string verb = context_.language == "en" ? lemma : std::string(Source(k));
              std::string action = verb;
              if (!object.empty()) action += " " + object;
              if (!complement.empty()) action += " " + complement;
              AddCommitment(commitments,
                            Commitment{agent->code, CollapseWhitespace(action), lemma, std::nullopt, s, k});
              passive_with_agent = true;
              break;
            }
          }
        }

        // R3: a request or a charge addressed to a party.
        if (auto v = V(t);
            v && In(v->lemma, {"request", "ask", "entrust", "instruct", "task", "mandate", "charge", "commission"}) &&
            v->kind != VerbFormKind::kParticiple) {
          std::size_t p = t + v->length;
          if (In(T(p), {"that", "a", "al", "to"})) ++p;
          while (p < end && IsArticle(T(p))) ++p;
          // The parties addressed: "the TS", "a la OIM y al ACNUR", "IOM, UNHCR and UNICEF".
          std::vector<const PartyRef*> addressed;
          std::size_t a = t + v->length;
          if (In(T(a), {"that", "a", "al", "to"})) ++a;
          while (true) {
            const PartyRef* found = PartyAt(subjects, a);
            if (!found) break;
            addressed.push_back(found);
            a = found->end;
            std::size_t next = a;
            if (!In(T(next), {"and", "y", "e", ","})) break;
            ++next;
            if (In(T(next), {"al", "a"})) ++next;
            while (next < end && IsArticle(T(next))) ++next;
            if (!PartyAt(subjects, next)) break;
            a = next;
          }
          if (!addressed.empty()) {
            // "Entrust the TS, with the support of IOM and UNHCR, with preparing …": skip the aside.
            if (T(a) == ",") {
              std::size_t close = a + 1;
              while (close < end && close < a + 14 && T(close) != ",") ++close;
              if (T(close) == ",") a = close + 1;
            }
            if (In(T(a), {"to", "que", "de", "with", "para"})) ++a;
            if (T(a) == "que") ++a;
            if (a < end) {
              auto verb = V(a);
              std::string lemma = verb ? std::string(verb->lemma) : std::string(T(a));
              for (const PartyRef* ref : addressed) {
                AddCommitment(commitments,
                              Commitment{ref->code, Action(a, end, verb ? verb->lemma : std::string_view()), lemma,
                                         std::nullopt, s, t});
              }
            }
          }
        }
      }

      // Deadlines of this sentence go to its commitments: each to the nearest commitment before it.
      for (const auto& span : deadline_spans_) {
        if (span.first < begin || span.first >= end) continue;
        Commitment* target = nullptr;
        for (std::size_t c = before; c < commitments.size(); ++c) {
          if (commitments[c].position < span.first) target = &commitments[c];
        }
        if (!target) {
          for (std::size_t c = before; c < commitments.size(); ++c) {
            if (!commitments[c].deadline) {
              target = &commitments[c];
              break;
            }
          }
        }
        if (target && !target->deadline) {
          std::size_t position = target->position;
          for (std::size_t c = before; c < commitments.size(); ++c) {
            if (commitments[c].position == position && !commitments[c].deadline) commitments[c].deadline = span.text;
          }
        }
      }

      // R4: an agentless future passive with a deadline.
      if (passive_with_agent || commitments.size() > before) continue;
      std::vector<std::string> lemmas;
      std::size_t be_at = kNone;
      for (std::size_t t = begin; t + 1 < end; ++t) {
        if (!(In(T(t), {"be", "sera", "seran"}) &&
              (t == begin || IsFutureMarker(T(t - 1)) || In(T(t), {"sera", "seran"}))))
          continue;
        std::size_t k = t + 1;
        std::string lemma;
        while (k < end && IsParticiple(k, lemma)) {
          lemmas.push_back(lemma);
          ++k;
          if (In(T(k), {"and", "y", ","})) {
            std::string next;
            if (IsParticiple(k + 1, next)) {
              ++k;
              continue;
            }
          }
          break;
        }
        if (!lemmas.empty()) {
          be_at = t;
          break;
        }
      }
      if (lemmas.empty()) continue;
      const std::string* deadline = nullptr;
      for (const auto& span : deadline_spans_) {
        if (span.first >= begin && span.first < end) {
          deadline = &span.text;
          break;
        }
      }
      if (!deadline) continue;
      bool matched = false;
      for (Commitment& earlier : commitments) {
        for (const std::string& lemma : lemmas) {
          if (SameClass(earlier.lemma, lemma)) {
            matched = true;
            if (!earlier.deadline) earlier.deadline = *deadline;
          }
        }
      }
      if (matched) continue;
      // Without an earlier commitment nobody is named: the passive is left alone.
      if (commitments.empty()) continue;
      std::string party = commitments.back().party;
      std::string object = PassiveSubject(be_at > begin && IsFutureMarker(T(be_at - 1)) ? be_at - 1 : be_at, begin);
      std::string action;
      for (std::size_t l = 0; l < lemmas.size(); ++l) {
        if (l > 0) action += context_.language == "en" ? " and " : " y ";
        action += context_.language == "en" ? lemmas[l] : std::string(Source(be_at + 1 + l * 2));
      }
      if (!object.empty()) action += " " + object;
      AddCommitment(commitments, Commitment{party, action, lemmas.front(), *deadline, s, be_at});
    }
    for (Commitment& c : commitments) {
      reading.commitments.push_back(ImportedCommitment{c.party, AsWritten(c.action, context_.language), c.deadline});
    }
  }

  struct DeadlineSpan {
    std::size_t first;
    std::size_t end;
    std::string text;
  };

  std::string_view text_;
  bool heading_;
  const AgreementContext& context_;
  FoldedText folded_;
  std::vector<Token> tokens_;
  std::vector<std::optional<VerbMatch>> verbs_;
  std::vector<std::size_t> source_begin_;
  std::vector<std::size_t> source_end_;
  std::vector<bool> quoted_;
  std::vector<std::size_t> sentence_of_;
  std::vector<std::pair<std::size_t, std::size_t>> sentences_;
  std::vector<DeadlineSpan> deadline_spans_;
  std::vector<PartyRef> parties_;
  std::vector<PartyRef> known_spans_;
  std::vector<std::string> unknown_names_;
};

}  // namespace

AgreementReading ReadAgreement(std::string_view text, bool heading, const AgreementContext& context) {
  if (context.gazetteer == nullptr) return {};
  Reader reader(text, heading, context);
  return reader.Read();
}

}  // namespace enlace
