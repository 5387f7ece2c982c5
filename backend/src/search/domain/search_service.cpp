#include "search/domain/search_service.hpp"

#include <algorithm>

#include "kernel/domain/reasons.hpp"
#include "search/domain/search_repository.hpp"
#include "search/domain/search_text.hpp"

namespace enlace {

void SearchService::AddSource(SearchSource source) { sources_.push_back(std::move(source)); }

void SearchService::SetFingerprints(
    std::function<std::map<std::string, SearchSourceState>(Transaction&)> fingerprints) {
  fingerprints_ = std::move(fingerprints);
}

void SearchService::Put(Transaction& transaction, const SearchEntry& entry) {
  transaction.Get<SearchRepository>().Put(entry, search::IndexTerms(entry.title, entry.language),
                                          search::IndexTerms(entry.body, entry.language));
}

void SearchService::Remove(Transaction& transaction, ProcessId process, const std::string& type, std::int64_t id) {
  transaction.Get<SearchRepository>().Remove(process, type, id);
}

std::vector<const SearchSource*> SearchService::Changed(Transaction& transaction) {
  std::map<std::string, SearchSourceState> states;
  if (fingerprints_) states = fingerprints_(transaction);
  std::optional<std::map<std::string, std::string>> indexed;  // read only for a source `states` lacks
  std::vector<const SearchSource*> changed;
  for (const auto& source : sources_) {
    auto state = states.find(source.name);
    if (state == states.end()) {
      if (!indexed) indexed = transaction.Get<SearchRepository>().SourceFingerprints();
      auto found = indexed->find(source.name);
      if (found == indexed->end() || found->second != source.fingerprint(transaction)) changed.push_back(&source);
    } else if (state->second.indexed != state->second.now) {
      changed.push_back(&source);
    }
  }
  return changed;
}

void SearchService::Refresh() {
  std::lock_guard lock(refresh_);
  // Every source's fingerprint is compared in one read transaction; only a changed source is written.
  std::vector<const SearchSource*> changed;
  {
    auto transaction = store_.Begin(TransactionMode::kRead);
    changed = Changed(*transaction);
  }
  for (const auto* changed_source : changed) {
    const auto& source = *changed_source;
    auto transaction = store_.Begin(TransactionMode::kWrite);
    auto& index = transaction->Get<SearchRepository>();
    // Read again inside the writing transaction: what is indexed is what the fingerprint says.
    auto fingerprint = source.fingerprint(*transaction);
    index.RemoveSource(source.name);
    for (auto entry : source.entries(*transaction)) {
      entry.source = source.name;
      Put(*transaction, entry);
    }
    index.SetSourceFingerprint(source.name, fingerprint);
    transaction->Commit();
  }
}

Result<SearchResults> SearchService::Search(const RequestContext& context, const SearchRequest& request) {
  if (request.query.size() > 500) return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "q"));
  if (request.language && *request.language != "es" && *request.language != "en")
    return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "lang"));
  if (request.limit < 1 || request.limit > 100 || request.offset < 0 || request.offset > 10000)
    return std::unexpected(Error::Invalid(reasons::kInvalidQuery, "limit"));
  auto words = search::ParseQuery(request.query);
  SearchResults results;
  if (words.empty()) return results;
  std::vector<std::vector<std::string>> groups;
  for (const auto& word : words) groups.push_back(word.terms);
  SearchFilter filter{.type = request.type,
                      .language = request.language,
                      .preferred_language = request.language.value_or(context.language == "en" ? "en" : "es"),
                      .limit = request.limit,
                      .offset = request.offset};
  // The sources' freshness is checked in the transaction that searches (the usual case: nothing
  // changed); a changed source is rebuilt first, and the search reads in a new transaction.
  auto transaction = store_.Begin(TransactionMode::kRead);
  if (!Changed(*transaction).empty()) {
    transaction.reset();
    Refresh();
    transaction = store_.Begin(TransactionMode::kRead);
  }
  auto page = transaction->Get<SearchRepository>().Find(ReaderOf(context), groups, filter);
  results.total = page.total;
  for (const auto& hit : page.hits) {
    auto snippet = search::Snippet(hit.body, hit.language, words);
    if (snippet.find("<mark>") == std::string::npos) {
      auto in_title = search::Snippet(hit.title, hit.language, words);
      if (in_title.find("<mark>") != std::string::npos && snippet.empty()) snippet = in_title;
    }
    results.items.push_back(SearchResult{hit.type, hit.id, hit.title, snippet, hit.parent_type, hit.parent_id});
  }
  return results;
}

}  // namespace enlace
