// The texts of the documents capability (texts/<language>.json of documents, "texts"): the
// e-mail and the in-app notice of a distribution, and the reminder to those who have not opened
// it. Every key here is in every language; app/texts_test checks it.
#pragma once

#include "kernel/domain/text_key.hpp"

namespace enlace::text_keys {

// {title}, {symbol}, {name}, {message}, {link}, {days}
inline constexpr TextKey kDocumentDistributionSubject{"documents.distribution.subject"};
inline constexpr TextKey kDocumentDistributionBody{"documents.distribution.body"};
inline constexpr TextKey kDocumentReminderSubject{"documents.reminder.subject"};
inline constexpr TextKey kDocumentReminderBody{"documents.reminder.body"};
// The in-app notice: {title}; and who sent it.
inline constexpr TextKey kDocumentNotificationAction{"documents.notification.action"};
inline constexpr TextKey kDocumentNotificationParty{"documents.notification.party"};

// The receipts annex of a meeting's report: its title, note, columns; a document "{symbol} {title}
// (versión {version})"; a delegation that has not opened it.
inline constexpr TextKey kDocumentReportReceiptsTitle{"documents.report.receipts_title"};
inline constexpr TextKey kDocumentReportReceiptsNote{"documents.report.receipts_note"};
inline constexpr TextKey kDocumentReportColumnDocument{"documents.report.column_document"};
inline constexpr TextKey kDocumentReportColumnSent{"documents.report.column_sent"};
inline constexpr TextKey kDocumentReportColumnDelegation{"documents.report.column_delegation"};
inline constexpr TextKey kDocumentReportColumnOpened{"documents.report.column_opened"};
inline constexpr TextKey kDocumentReportDocument{"documents.report.document"};
inline constexpr TextKey kDocumentReportNotOpened{"documents.report.not_opened"};

}  // namespace enlace::text_keys
