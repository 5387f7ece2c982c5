// The reasons of the imports capability: the machine codes of what can go wrong.
// Each has a message in every language of texts/ (see error.hpp).
#pragma once

#include "kernel/domain/reason.hpp"

namespace enlace::reasons {

inline constexpr Reason kDocxEntityRefused{"docx_entity_refused"};
inline constexpr Reason kDocxTooLarge{"docx_too_large"};
inline constexpr Reason kDocumentTooDeep{"document_too_deep"};
inline constexpr Reason kDocumentTooDemanding{"document_too_demanding"};
inline constexpr Reason kDuplicateReport{"duplicate_report"};
inline constexpr Reason kImportAlreadyConfirmed{"import_already_confirmed"};
inline constexpr Reason kInputTooLarge{"input_too_large"};
inline constexpr Reason kNoAgreementsFound{"no_agreements_found"};
inline constexpr Reason kPartyUnresolved{"party_unresolved"};
inline constexpr Reason kReferenceDataMissing{"reference_data_missing"};
inline constexpr Reason kUnreadableDocument{"unreadable_document"};
inline constexpr Reason kUnsupportedFormat{"unsupported_format"};

}  // namespace enlace::reasons
