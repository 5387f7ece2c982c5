#include "search/capability.hpp"

#include "search/domain/search_repository.hpp"
#include "search/domain/search_service.hpp"
#include "search/extract/search_file_text.hpp"
#include "search/http/search_routes.hpp"
#include "search/storage/soci_search_repositories.hpp"

namespace enlace {
namespace embedded {
EmbeddedFiles search();
}  // namespace embedded

Capability SearchCapability() {
  return {
      .name = "search",
      .files = embedded::search(),
      .repositories = storage::RegisterSearchRepositories,
      .services =
          [](Kernel& kernel) {
            auto& search = kernel.services.Provide(std::make_unique<SearchService>(kernel.store));
            // The capabilities the index feeds itself from (their tables, read by this one), those
            // installed: asked once here, not on every search.
            auto transaction = kernel.store.Begin(TransactionMode::kRead);
            auto& sources = transaction->Get<SearchSourceRepository>();
            std::vector<std::string> fed;
            for (std::string source : {"meetings", "contacts", "documents"}) {
              if (!sources.Exists(source)) continue;
              fed.push_back(source);
              search.AddSource(SearchSource{
                  .name = source,
                  .fingerprint =
                      [source](Transaction& t) { return t.Get<SearchSourceRepository>().Fingerprint(source); },
                  .entries =
                      [source](Transaction& t) {
                        auto entries = t.Get<SearchSourceRepository>().Entries(source);
                        for (auto& entry : entries) enlace::search::AddFileTexts(t, entry);
                        return entries;
                      }});
            }
            // Their fingerprints in one query before each search (one round trip, not one per source).
            search.SetFingerprints([fed](Transaction& t) { return t.Get<SearchSourceRepository>().Fingerprints(fed); });
          },
      .routes = [](http::Router& router,
                   Kernel& kernel) { http::AddSearchRoutes(router, kernel.services.Get<SearchService>()); },
      .schemas = http::SearchSchemas,
  };
}

}  // namespace enlace
