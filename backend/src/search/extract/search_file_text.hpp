// The text of a document's files for the search index (issue 13, item 4): PDF through poppler,
// DOCX through libzip + pugixml (kernel/formats/text_extract.hpp), read from the files the
// meetings capability keeps (FileRepository::Content) and kept by content hash in the index's own
// table, so that a file is read and extracted once however often the documents' entries are
// rebuilt. Other types (XLSX, images, …) and files that cannot be read (unreadable_file) give no
// text: the document is still found by its titles, symbol and file names.
#pragma once

#include <string>

#include "kernel/domain/store.hpp"
#include "search/domain/search_entry.hpp"

namespace enlace::search {

// The text of `file`, extracted now or earlier.
std::string FileText(Transaction& transaction, const SearchEntry::File& file);

// Appends the text of each of `entry`'s files to its body.
void AddFileTexts(Transaction& transaction, SearchEntry& entry);

}  // namespace enlace::search
