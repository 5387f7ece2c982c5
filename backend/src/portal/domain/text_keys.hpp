// The words of the plain HTML public page (texts/<language>.json of portal, "texts"). Every key
// here is in every language; a test checks it.
#pragma once

#include "kernel/domain/text_key.hpp"

namespace enlace::text_keys {

inline constexpr TextKey kPortalTitle{"portal.page.title"};  // {process}
inline constexpr TextKey kPortalIntro{"portal.page.intro"};  // {process}
inline constexpr TextKey kPortalPlainNote{"portal.page.plain_note"};
inline constexpr TextKey kPortalSignIn{"portal.page.sign_in"};
inline constexpr TextKey kPortalOtherLanguage{"portal.page.other_language"};
inline constexpr TextKey kPortalOtherLanguageCode{"portal.page.other_language_code"};
inline constexpr TextKey kPortalMembers{"portal.page.members"};
inline constexpr TextKey kPortalBodies{"portal.page.bodies"};
inline constexpr TextKey kPortalMeetings{"portal.page.meetings"};
inline constexpr TextKey kPortalNoMeetings{"portal.page.no_meetings"};
inline constexpr TextKey kPortalDocuments{"portal.page.documents"};
inline constexpr TextKey kPortalNoDocuments{"portal.page.no_documents"};
inline constexpr TextKey kPortalReport{"portal.page.report"};      // {format}, {language}
inline constexpr TextKey kPortalDownload{"portal.page.download"};  // {language}
inline constexpr TextKey kPortalSpanish{"portal.language.es"};
inline constexpr TextKey kPortalEnglish{"portal.language.en"};
inline constexpr TextKey kPortalReportAdopted{"portal.report_status.adopted"};
inline constexpr TextKey kPortalReportSubmitted{"portal.report_status.submitted"};
inline constexpr TextKey kPortalReportConsidered{"portal.report_status.considered"};
// The search form and its results, and paging ({query}, {total}, {first}, {last}, {page}).
inline constexpr TextKey kPortalSearchLabel{"portal.page.search_label"};
inline constexpr TextKey kPortalSearchButton{"portal.page.search_button"};
inline constexpr TextKey kPortalResults{"portal.page.results"};
inline constexpr TextKey kPortalResultsCount{"portal.page.results_count"};
inline constexpr TextKey kPortalNoResults{"portal.page.no_results"};
inline constexpr TextKey kPortalBack{"portal.page.back"};
inline constexpr TextKey kPortalPrevious{"portal.page.previous"};
inline constexpr TextKey kPortalNext{"portal.page.next"};
inline constexpr TextKey kPortalPageOf{"portal.page.page_of"};
inline constexpr TextKey kPortalResultMeeting{"portal.result.meeting"};
inline constexpr TextKey kPortalResultAgreement{"portal.result.agreement"};
inline constexpr TextKey kPortalResultCommitment{"portal.result.commitment"};
inline constexpr TextKey kPortalResultDocument{"portal.result.document"};
inline constexpr TextKey kPortalResultOther{"portal.result.other"};

}  // namespace enlace::text_keys
