#include "imports/reader/verb_lexicon.hpp"

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace enlace {
namespace {

struct Entry {
  std::string_view lemma;
  std::initializer_list<std::string_view> english;  // base forms
  std::initializer_list<std::string_view> spanish;  // infinitives
};

// Lemmas and the words that express them. The English base forms double as lemmas' synonyms
// ("analyse" → "analyze").
const std::initializer_list<Entry> kVerbs = {
    // Each English verb is its own lemma (spelling variants aside); Spanish verbs map to their
    // closest English equivalent.
    {"thank", {"thank"}, {"agradecer"}},
    {"urge", {"urge"}, {"instar"}},
    {"exhort", {"exhort"}, {"exhortar"}},
    {"request", {"request"}, {"solicitar", "requerir"}},
    {"ask", {"ask"}, {"pedir"}},
    {"recommend", {"recommend"}, {"recomendar"}},
    {"agree", {"agree"}, {"acordar", "convenir", "consensuar"}},
    {"approve", {"approve"}, {"aprobar"}},
    {"adopt", {"adopt"}, {"adoptar"}},
    {"accept", {"accept"}, {"aceptar"}},
    {"review", {"review"}, {"revisar"}},
    {"revise", {"revise"}, {}},
    {"analyze", {"analyze", "analyse"}, {"analizar"}},
    {"examine", {"examine"}, {"examinar"}},
    {"submit", {"submit"}, {"someter", "elevar", "remitir"}},
    {"forward", {"forward"}, {"trasladar"}},
    {"refer", {"refer"}, {}},
    {"transmit", {"transmit"}, {"transmitir"}},
    {"entrust", {"entrust"}, {"encomendar", "encargar"}},
    {"instruct", {"instruct"}, {"instruir"}},
    {"task", {"task"}, {}},
    {"mandate", {"mandate"}, {"mandatar"}},
    {"charge", {"charge"}, {}},
    {"commission", {"commission"}, {"comisionar"}},
    {"recognize", {"recognize", "recognise"}, {"reconocer"}},
    {"acknowledge", {"acknowledge"}, {}},
    {"commit", {"commit"}, {"comprometer"}},
    {"undertake", {"undertake"}, {}},
    {"pledge", {"pledge"}, {}},
    {"convene", {"convene"}, {"convocar"}},
    {"call", {"call"}, {}},
    {"hold", {"hold"}, {"celebrar", "sostener"}},
    {"send", {"send"}, {"enviar"}},
    {"receive", {"receive"}, {"recibir"}},
    {"suggest", {"suggest"}, {"sugerir"}},
    {"conclude", {"conclude"}, {}},
    {"update", {"update"}, {"actualizar"}},
    {"welcome", {"welcome"}, {"acoger", "saludar"}},
    {"applaud", {"applaud"}, {"aplaudir"}},
    {"celebrate", {"celebrate"}, {}},
    {"congratulate", {"congratulate"}, {"felicitar"}},
    {"commend", {"commend"}, {"encomiar"}},
    {"invite", {"invite"}, {"invitar"}},
    {"encourage", {"encourage"}, {"alentar", "animar", "motivar", "estimular"}},
    {"reaffirm", {"reaffirm"}, {"reafirmar"}},
    {"ratify", {"ratify"}, {"ratificar"}},
    {"reiterate", {"reiterate"}, {"reiterar"}},
    {"support", {"support"}, {"apoyar", "respaldar"}},
    {"endorse", {"endorse"}, {"avalar"}},
    {"promote", {"promote"}, {"promover", "impulsar", "fomentar", "propiciar"}},
    {"foster", {"foster"}, {}},
    {"continue", {"continue"}, {"continuar", "proseguir", "seguir"}},
    {"establish", {"establish"}, {"establecer", "conformar", "constituir", "instalar"}},
    {"create", {"create"}, {"crear"}},
    {"set", {"set"}, {}},
    {"designate", {"designate"}, {"designar"}},
    {"appoint", {"appoint"}, {"nombrar"}},
    {"nominate", {"nominate"}, {"nominar"}},
    {"share", {"share"}, {"compartir", "socializar"}},
    {"present", {"present"}, {"presentar", "exponer"}},
    {"prepare", {"prepare"}, {"preparar", "elaborar"}},
    {"draft", {"draft"}, {"redactar"}},
    {"elaborate", {"elaborate"}, {}},
    {"develop", {"develop"}, {"desarrollar"}},
    {"organize", {"organize", "organise"}, {"organizar"}},
    {"strengthen", {"strengthen"}, {"fortalecer", "reforzar"}},
    {"disseminate", {"disseminate"}, {"difundir", "divulgar"}},
    {"circulate", {"circulate"}, {"circular"}},
    {"distribute", {"distribute"}, {"distribuir"}},
    {"publish", {"publish"}, {"publicar"}},
    {"translate", {"translate"}, {"traducir"}},
    {"include", {"include"}, {"incluir", "integrar"}},
    {"incorporate", {"incorporate"}, {"incorporar"}},
    {"postpone", {"postpone"}, {"posponer", "postergar", "aplazar"}},
    {"defer", {"defer"}, {}},
    {"extend", {"extend"}, {"extender", "ampliar", "prorrogar"}},
    {"renew", {"renew"}, {"renovar"}},
    {"validate", {"validate"}, {"validar"}},
    {"highlight", {"highlight"}, {"destacar", "resaltar", "relevar"}},
    {"emphasize", {"emphasize", "emphasise"}, {"enfatizar"}},
    {"stress", {"stress"}, {}},
    {"underline", {"underline", "underscore"}, {"subrayar"}},
    {"propose", {"propose"}, {"proponer", "plantear"}},
    {"coordinate", {"coordinate"}, {"coordinar", "articular"}},
    {"identify", {"identify"}, {"identificar"}},
    {"explore", {"explore"}, {"explorar"}},
    {"evaluate", {"evaluate"}, {"evaluar"}},
    {"assess", {"assess"}, {"valorar"}},
    {"monitor", {"monitor"}, {"monitorear", "vigilar"}},
    {"inform", {"inform"}, {"informar", "comunicar"}},
    {"notify", {"notify"}, {"notificar"}},
    {"report", {"report"}, {"reportar"}},
    {"remind", {"remind"}, {"recordar"}},
    {"recall", {"recall"}, {}},
    {"consider", {"consider"}, {"considerar"}},
    {"decide", {"decide"}, {"decidir"}},
    {"resolve", {"resolve"}, {"resolver"}},
    {"declare", {"declare"}, {"declarar"}},
    {"express", {"express"}, {"expresar", "manifestar"}},
    {"ensure", {"ensure"}, {"asegurar", "velar"}},
    {"guarantee", {"guarantee"}, {"garantizar"}},
    {"maintain", {"maintain"}, {"mantener", "conservar"}},
    {"keep", {"keep"}, {}},
    {"define", {"define"}, {"definir"}},
    {"use", {"use"}, {"utilizar", "usar", "emplear"}},
    {"discuss", {"discuss"}, {"discutir", "debatir"}},
    {"note", {"note"}, {"notar"}},
    {"implement", {"implement"}, {"implementar", "aplicar"}},
    {"execute", {"execute"}, {"ejecutar"}},
    {"conduct", {"conduct"}, {"realizar", "efectuar"}},
    {"perform", {"perform"}, {}},
    {"facilitate", {"facilitate"}, {"facilitar"}},
    {"prioritize", {"prioritize", "prioritise"}, {"priorizar"}},
    {"integrate", {"integrate"}, {}},
    {"authorize", {"authorize", "authorise"}, {"autorizar"}},
    {"delegate", {"delegate"}, {"delegar"}},
    {"assume", {"assume"}, {"asumir"}},
    {"offer", {"offer"}, {"ofrecer"}},
    {"provide", {"provide"}, {"proporcionar", "brindar", "proveer", "suministrar"}},
    {"take", {"take"}, {"tomar"}},
    {"host", {"host"}, {"auspiciar", "albergar"}},
    {"participate", {"participate"}, {"participar"}},
    {"compile", {"compile"}, {"compilar", "recopilar"}},
    {"consolidate", {"consolidate"}, {"consolidar"}},
    {"respond", {"respond", "reply"}, {"responder"}},
    {"complete", {"complete", "finalize", "finalise"}, {"completar", "finalizar", "concluir"}},
    {"collect", {"collect", "gather"}, {"recabar", "recolectar"}},
    {"deepen", {"deepen"}, {"profundizar"}},
    {"intensify", {"intensify"}, {"intensificar"}},
    {"address", {"address"}, {"abordar"}},
    {"build", {"build"}, {"construir"}},
    {"believe", {"believe"}, {"creer"}},
    {"reinforce", {"reinforce"}, {}},
    {"combat", {"combat"}, {"combatir"}},
    {"reject", {"reject"}, {"rechazar"}},
    {"condemn", {"condemn"}, {"condenar"}},
    {"follow up", {}, {}},
    {"take note", {}, {}},
    {"express satisfaction", {}, {}},
    {"carry out", {}, {}},
    {"take into account", {}, {}},
};

// Multi-word phrases, as folded word sequences, and their lemma. Checked before single words.
struct PhraseEntry {
  std::initializer_list<std::string_view> words;
  std::string_view lemma;
  VerbFormKind kind;
};
const std::initializer_list<PhraseEntry> kPhrases = {
    {{"take", "note"}, "take note", VerbFormKind::kBase},
    {{"takes", "note"}, "take note", VerbFormKind::kFinite},
    {{"took", "note"}, "take note", VerbFormKind::kFinite},
    {{"taking", "note"}, "take note", VerbFormKind::kGerund},
    {{"tomar", "nota"}, "take note", VerbFormKind::kBase},
    {{"toma", "nota"}, "take note", VerbFormKind::kBase},
    {{"toman", "nota"}, "take note", VerbFormKind::kFinite},
    {{"tomo", "nota"}, "take note", VerbFormKind::kFinite},
    {{"tomaron", "nota"}, "take note", VerbFormKind::kFinite},
    {{"tomar", "conocimiento"}, "take note", VerbFormKind::kBase},
    {{"tomaron", "conocimiento"}, "take note", VerbFormKind::kFinite},
    {{"tomar", "debida", "nota"}, "take note", VerbFormKind::kBase},
    {{"express", "satisfaction"}, "express satisfaction", VerbFormKind::kBase},
    {{"express", "its", "satisfaction"}, "express satisfaction", VerbFormKind::kBase},
    {{"express", "their", "satisfaction"}, "express satisfaction", VerbFormKind::kBase},
    {{"expressed", "satisfaction"}, "express satisfaction", VerbFormKind::kFinite},
    {{"expressed", "their", "satisfaction"}, "express satisfaction", VerbFormKind::kFinite},
    {{"expressed", "its", "satisfaction"}, "express satisfaction", VerbFormKind::kFinite},
    {{"expresar", "satisfaccion"}, "express satisfaction", VerbFormKind::kBase},
    {{"expresar", "su", "satisfaccion"}, "express satisfaction", VerbFormKind::kBase},
    {{"expresaron", "su", "satisfaccion"}, "express satisfaction", VerbFormKind::kFinite},
    {{"manifestar", "su", "satisfaccion"}, "express satisfaction", VerbFormKind::kBase},
    {{"express", "gratitude"}, "thank", VerbFormKind::kBase},
    {{"express", "appreciation"}, "thank", VerbFormKind::kBase},
    {{"express", "its", "appreciation"}, "thank", VerbFormKind::kBase},
    {{"express", "their", "appreciation"}, "thank", VerbFormKind::kBase},
    {{"expresar", "agradecimiento"}, "thank", VerbFormKind::kBase},
    {{"expresar", "su", "agradecimiento"}, "thank", VerbFormKind::kBase},
    {{"follow", "up"}, "follow up", VerbFormKind::kBase},
    {{"dar", "seguimiento"}, "follow up", VerbFormKind::kBase},
    {{"dara", "seguimiento"}, "follow up", VerbFormKind::kFuture},
    {{"daran", "seguimiento"}, "follow up", VerbFormKind::kFuture},
    {{"carry", "out"}, "carry out", VerbFormKind::kBase},
    {{"llevar", "a", "cabo"}, "carry out", VerbFormKind::kBase},
    {{"llevara", "a", "cabo"}, "carry out", VerbFormKind::kFuture},
    {{"llevaran", "a", "cabo"}, "carry out", VerbFormKind::kFuture},
    {{"llevada", "a", "cabo"}, "carry out", VerbFormKind::kParticiple},
    {{"llevado", "a", "cabo"}, "carry out", VerbFormKind::kParticiple},
    {{"take", "into", "account"}, "take into account", VerbFormKind::kBase},
    {{"tener", "en", "cuenta"}, "take into account", VerbFormKind::kBase},
    {{"tomar", "en", "cuenta"}, "take into account", VerbFormKind::kBase},
    {{"dar", "la", "bienvenida"}, "welcome", VerbFormKind::kBase},
    {{"hacer", "un", "llamado"}, "call upon", VerbFormKind::kBase},
    {{"hacer", "llegar"}, "send", VerbFormKind::kBase},
    {{"hara", "llegar"}, "send", VerbFormKind::kFuture},
    {{"haran", "llegar"}, "send", VerbFormKind::kFuture},
    {{"poner", "a", "disposicion"}, "share", VerbFormKind::kBase},
    {{"pondra", "a", "disposicion"}, "share", VerbFormKind::kFuture},
    {{"call", "upon"}, "call upon", VerbFormKind::kBase},
    {{"call", "on"}, "call on", VerbFormKind::kBase},
    {{"se", "acordo"}, "agree", VerbFormKind::kFinite},
    {{"se", "acuerda"}, "agree", VerbFormKind::kFinite},
    {{"se", "decidio"}, "decide", VerbFormKind::kFinite},
    {{"se", "decide"}, "decide", VerbFormKind::kFinite},
    {{"se", "aprobo"}, "approve", VerbFormKind::kFinite},
    {{"se", "aprueba"}, "approve", VerbFormKind::kFinite},
    {{"se", "recomienda"}, "recommend", VerbFormKind::kFinite},
    {{"se", "recomendo"}, "recommend", VerbFormKind::kFinite},
    {{"set", "up"}, "set up", VerbFormKind::kBase},
    {{"ser", "sede"}, "host", VerbFormKind::kBase},
    {{"to", "be", "presented"}, "present", VerbFormKind::kParticiple},
    {{"sera", "sede"}, "host", VerbFormKind::kFuture},
};

struct Form {
  std::string lemma;
  VerbFormKind kind;
};

// Lookups by string_view without building a string (heterogeneous lookup).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using FormTable = std::unordered_map<std::string, Form, StringHash, std::equal_to<>>;

void Add(FormTable& forms, std::string word, std::string_view lemma, VerbFormKind kind) {
  // The first meaning wins: a base form is never overwritten by an inflection of another verb.
  forms.emplace(std::move(word), Form{std::string(lemma), kind});
}

bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

void AddEnglish(FormTable& forms, std::string_view base, std::string_view lemma) {
  std::string b(base);
  Add(forms, b, lemma, VerbFormKind::kBase);
  // third person
  if (EndsWith(b, "s") || EndsWith(b, "sh") || EndsWith(b, "ch") || EndsWith(b, "x") || EndsWith(b, "z")) {
    Add(forms, b + "es", lemma, VerbFormKind::kFinite);
  } else if (b.size() > 1 && EndsWith(b, "y") && !IsVowel(b[b.size() - 2])) {
    Add(forms, b.substr(0, b.size() - 1) + "ies", lemma, VerbFormKind::kFinite);
  } else {
    Add(forms, b + "s", lemma, VerbFormKind::kFinite);
  }
  // past and participle
  static const std::unordered_map<std::string_view, std::pair<std::string_view, std::string_view>> kIrregular = {
      {"hold", {"held", "held"}},
      {"send", {"sent", "sent"}},
      {"undertake", {"undertook", "undertaken"}},
      {"take", {"took", "taken"}},
      {"keep", {"kept", "kept"}},
      {"set", {"set", "set"}},
      {"forward", {"forwarded", "forwarded"}},
      {"draft", {"drafted", "drafted"}},
      {"build", {"built", "built"}},
  };
  std::string past, gerund;
  if (auto irregular = kIrregular.find(base); irregular != kIrregular.end()) {
    Add(forms, std::string(irregular->second.first), lemma, VerbFormKind::kFinite);
    Add(forms, std::string(irregular->second.second), lemma, VerbFormKind::kParticiple);
  } else {
    static const std::initializer_list<std::string_view> kDoubling = {"commit", "submit", "refer",  "transmit",
                                                                      "plan",   "admit",  "regret", "control"};
    bool doubles = false;
    for (std::string_view d : kDoubling) doubles = doubles || d == base;
    if (EndsWith(b, "e"))
      past = b + "d";
    else if (b.size() > 1 && EndsWith(b, "y") && !IsVowel(b[b.size() - 2]))
      past = b.substr(0, b.size() - 1) + "ied";
    else if (doubles)
      past = b + b.back() + "ed";
    else
      past = b + "ed";
    Add(forms, past, lemma, VerbFormKind::kFinite);
    Add(forms, past, lemma, VerbFormKind::kParticiple);
  }
  if (EndsWith(b, "e") && !EndsWith(b, "ee"))
    gerund = b.substr(0, b.size() - 1) + "ing";
  else
    gerund = b + "ing";
  Add(forms, gerund, lemma, VerbFormKind::kGerund);
}

void AddSpanish(FormTable& forms, std::string_view infinitive, std::string_view lemma) {
  std::string inf = Fold(infinitive);
  if (inf.size() < 3) return;
  std::string stem = inf.substr(0, inf.size() - 2);
  std::string ending = inf.substr(inf.size() - 2);
  Add(forms, inf, lemma, VerbFormKind::kBase);
  Add(forms, inf + "se", lemma, VerbFormKind::kBase);  // comprometerse
  if (ending == "ar") {
    for (const char* s : {"a", "an", "o", "aron", "amos", "en", "e"})
      Add(forms, stem + s, lemma, VerbFormKind::kFinite);
    for (const char* s : {"ado", "ada", "ados", "adas"}) Add(forms, stem + s, lemma, VerbFormKind::kParticiple);
    Add(forms, stem + "ando", lemma, VerbFormKind::kGerund);
  } else {
    const char* first_plural = ending == "er" ? "emos" : "imos";
    for (const char* s : {"e", "en", "io", "ieron", "a", "an"}) Add(forms, stem + s, lemma, VerbFormKind::kFinite);
    Add(forms, stem + first_plural, lemma, VerbFormKind::kFinite);
    for (const char* s : {"ido", "ida", "idos", "idas"}) Add(forms, stem + s, lemma, VerbFormKind::kParticiple);
    Add(forms, stem + "iendo", lemma, VerbFormKind::kGerund);
  }
  for (const char* s : {"a", "an", "emos"}) Add(forms, inf + s, lemma, VerbFormKind::kFuture);
}

// Irregular Spanish forms (stem changes, irregular preterites and participles).
const std::initializer_list<std::pair<std::string_view, std::string_view>> kSpanishIrregular = {
    {"acuerda", "agree"},
    {"acuerdan", "agree"},
    {"acuerden", "agree"},
    {"convino", "agree"},
    {"convinieron", "agree"},
    {"conviene", "agree"},
    {"convienen", "agree"},
    {"recomienda", "recommend"},
    {"recomiendan", "recommend"},
    {"sugiere", "suggest"},
    {"sugieren", "suggest"},
    {"sugirio", "suggest"},
    {"sugirieron", "suggest"},
    {"pide", "ask"},
    {"piden", "ask"},
    {"pidio", "ask"},
    {"pidieron", "ask"},
    {"requiere", "request"},
    {"requieren", "request"},
    {"requirio", "request"},
    {"propone", "propose"},
    {"proponen", "propose"},
    {"propuso", "propose"},
    {"propusieron", "propose"},
    {"mantiene", "maintain"},
    {"mantienen", "maintain"},
    {"mantuvo", "maintain"},
    {"encomienda", "entrust"},
    {"encomiendan", "entrust"},
    {"concluye", "conclude"},
    {"concluyen", "conclude"},
    {"concluyo", "conclude"},
    {"concluyeron", "conclude"},
    {"incluye", "include"},
    {"incluyen", "include"},
    {"incluyo", "include"},
    {"incluyeron", "include"},
    {"distribuye", "distribute"},
    {"distribuyen", "distribute"},
    {"reconozcan", "recognize"},
    {"reconozca", "recognize"},
    {"promueve", "promote"},
    {"promueven", "promote"},
    {"resuelve", "resolve"},
    {"resuelven", "resolve"},
    {"resolvio", "resolve"},
    {"resolvieron", "resolve"},
    {"extiende", "extend"},
    {"extienden", "extend"},
    {"sigue", "continue"},
    {"siguen", "continue"},
    {"tradujo", "translate"},
    {"traduzca", "translate"},
    {"convoque", "convene"},
    {"convoquen", "convene"},
    {"expuso", "present"},
    {"expusieron", "present"},
    {"comprometio", "commit"},
    {"comprometieron", "commit"},
    {"compromete", "commit"},
    {"comprometen", "commit"},
};

const FormTable& Forms() {
  static const FormTable forms = [] {
    FormTable built;
    // Base forms first, so that "present" stays "present" and is not taken by another verb's form.
    for (const Entry& entry : kVerbs) {
      for (std::string_view base : entry.english) Add(built, std::string(base), entry.lemma, VerbFormKind::kBase);
      for (std::string_view inf : entry.spanish) Add(built, Fold(inf), entry.lemma, VerbFormKind::kBase);
    }
    for (const auto& [word, lemma] : kSpanishIrregular) Add(built, std::string(word), lemma, VerbFormKind::kFinite);
    for (const Entry& entry : kVerbs) {
      for (std::string_view base : entry.english) AddEnglish(built, base, entry.lemma);
      for (std::string_view inf : entry.spanish) AddSpanish(built, inf, entry.lemma);
    }
    // Words that look like verb forms but are mostly something else in reports.
    for (const char* noun :
         {"acuerdo",  "acuerdos",    "informe",   "informes",  "plan",     "back",     "set",      "note",
          "notes",    "use",         "uses",      "call",      "calls",    "charge",   "task",     "tasks",
          "report",   "reports",     "present",   "support",   "request",  "requests", "review",   "update",
          "updates",  "mandate",     "draft",     "offer",     "welcome",  "monitor",  "forward",  "keep",
          "nota",     "seguimiento", "apoyo",     "propuesta", "presente", "reporte",  "plantea",  "continua",
          "integra",  "integrada",   "integrado", "circular",  "anima",    "instalar", "avala",    "seguir",
          "uso",      "articulo",    "publico",   "animo",     "estimulo", "envio",    "empleo",   "monitoreo",
          "mandato",  "encargo",     "respaldo",  "impulso",   "fomento",  "traslado", "prorroga", "desarrollo",
          "conforme", "circulo",     "registro",  "acuerdos",  "marco",    "voto",     "consenso"}) {
      auto it = built.find(noun);
      if (it != built.end() && it->second.kind == VerbFormKind::kFinite) built.erase(it);
    }
    return built;
  }();
  return forms;
}

// The phrases by their first word.
const std::unordered_map<std::string_view, std::vector<const PhraseEntry*>>& PhrasesByFirstWord() {
  static const auto index = [] {
    std::unordered_map<std::string_view, std::vector<const PhraseEntry*>> built;
    for (const PhraseEntry& phrase : kPhrases) built[*phrase.words.begin()].push_back(&phrase);
    return built;
  }();
  return index;
}

}  // namespace

std::optional<VerbMatch> VerbAt(const std::vector<Token>& tokens, std::size_t index) {
  if (index >= tokens.size() || tokens[index].kind != TokenKind::kWord) return std::nullopt;
  const auto& by_first_word = PhrasesByFirstWord();
  auto candidates = by_first_word.find(tokens[index].text);
  static const std::vector<const PhraseEntry*> kNoPhrases;
  for (const PhraseEntry* entry : candidates == by_first_word.end() ? kNoPhrases : candidates->second) {
    const PhraseEntry& phrase = *entry;
    std::size_t i = index;
    bool ok = true;
    for (std::string_view word : phrase.words) {
      if (i >= tokens.size() || tokens[i].text != word) {
        ok = false;
        break;
      }
      ++i;
    }
    if (ok) return VerbMatch{phrase.lemma, phrase.kind, phrase.words.size()};
  }
  const auto& forms = Forms();
  std::string_view word = tokens[index].text;
  auto form = forms.find(word);
  // An English phrasal verb in another form than its base ("called on", "carries out", "following
  // up"): the phrase listed under the base its first word is a form of, in that form. The base is
  // the lexicon's, or the word without its ending when the lexicon lists only the phrase.
  // Only the phrases listed in their base form can be met in another form.
  static const std::unordered_set<std::string_view> kSecondWords = [] {
    std::unordered_set<std::string_view> built;
    for (const PhraseEntry& phrase : kPhrases) {
      if (phrase.kind == VerbFormKind::kBase && phrase.words.size() >= 2) built.insert(*(phrase.words.begin() + 1));
    }
    return built;
  }();
  auto phrase_from = [&](std::string_view base, VerbFormKind kind) -> std::optional<VerbMatch> {
    auto inflected = by_first_word.find(base);
    if (inflected == by_first_word.end()) return std::nullopt;
    for (const PhraseEntry* entry : inflected->second) {
      const PhraseEntry& phrase = *entry;
      if (phrase.kind != VerbFormKind::kBase || phrase.words.size() < 2) continue;
      std::size_t i = index + 1;
      bool ok = true;
      for (auto w = phrase.words.begin() + 1; w != phrase.words.end(); ++w, ++i) {
        if (i >= tokens.size() || tokens[i].text != *w) {
          ok = false;
          break;
        }
      }
      if (ok) return VerbMatch{phrase.lemma, kind, phrase.words.size()};
    }
    return std::nullopt;
  };
  if (index + 1 < tokens.size() && kSecondWords.contains(tokens[index + 1].text)) {
    if (form != forms.end() && form->second.kind != VerbFormKind::kBase) {
      if (auto match = phrase_from(form->second.lemma, form->second.kind)) return match;
    }
    // The word without its ending, or with "y" / "e" put back: no allocation for the usual case.
    std::array<char, 40> buffer{};
    auto strip = [&](std::string_view ending, char added, VerbFormKind kind) -> std::optional<VerbMatch> {
      if (word.size() <= ending.size() + 2 || !word.ends_with(ending)) return std::nullopt;
      std::string_view stem = word.substr(0, word.size() - ending.size());
      if (added == 0) return phrase_from(stem, kind);
      if (stem.size() + 1 > buffer.size()) return std::nullopt;
      std::copy(stem.begin(), stem.end(), buffer.begin());
      buffer[stem.size()] = added;
      return phrase_from(std::string_view(buffer.data(), stem.size() + 1), kind);
    };
    struct Ending {
      std::string_view text;
      char added;
      VerbFormKind kind;
    };
    static constexpr std::array<Ending, 8> kEndings = {{{"ied", 'y', VerbFormKind::kFinite},
                                                        {"ies", 'y', VerbFormKind::kFinite},
                                                        {"ed", 0, VerbFormKind::kFinite},
                                                        {"d", 0, VerbFormKind::kFinite},
                                                        {"es", 0, VerbFormKind::kFinite},
                                                        {"s", 0, VerbFormKind::kFinite},
                                                        {"ing", 0, VerbFormKind::kGerund},
                                                        {"ing", 'e', VerbFormKind::kGerund}}};
    for (const Ending& ending : kEndings) {
      if (auto match = strip(ending.text, ending.added, ending.kind)) return match;
    }
  }
  if (form != forms.end()) return VerbMatch{form->second.lemma, form->second.kind, 1};
  // Spanish enclitics: "agradecerle", "remitirlo", "traducirlo", "solicitarle".
  for (std::string_view clitic : {"les", "le", "los", "las", "lo", "la", "se"}) {
    if (word.size() > clitic.size() + 3 && word.ends_with(clitic)) {
      std::string_view stem = word.substr(0, word.size() - clitic.size());
      if (auto it = forms.find(stem); it != forms.end() && it->second.kind == VerbFormKind::kBase &&
                                      (stem.ends_with("ar") || stem.ends_with("er") || stem.ends_with("ir"))) {
        return VerbMatch{it->second.lemma, VerbFormKind::kBase, 1};
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string_view> SpanishInfinitive(std::string_view folded_word) {
  // Each Spanish form the lexicon makes, with the infinitive it was made from; an irregular form
  // takes the first Spanish infinitive of its lemma.
  static const auto infinitives = [] {
    std::unordered_map<std::string, std::string_view, StringHash, std::equal_to<>> built;
    std::unordered_map<std::string_view, std::string_view> first_of_lemma;
    for (const Entry& entry : kVerbs) {
      for (std::string_view inf : entry.spanish) {
        first_of_lemma.emplace(entry.lemma, inf);
        FormTable forms;
        AddSpanish(forms, inf, entry.lemma);
        for (const auto& [word, form] : forms) {
          if (form.kind == VerbFormKind::kBase) continue;
          built.emplace(word, inf);
        }
      }
    }
    for (const auto& [word, lemma] : kSpanishIrregular) {
      if (auto found = first_of_lemma.find(lemma); found != first_of_lemma.end()) built.emplace(word, found->second);
    }
    return built;
  }();
  if (auto found = infinitives.find(folded_word); found != infinitives.end()) return found->second;
  return std::nullopt;
}

bool IsKnownVerbForm(std::string_view folded_word) { return Forms().find(folded_word) != Forms().end(); }

}  // namespace enlace
