// English messages of components, typed against the Spanish ones: a missing or extra key is a compile error.

import type { commonEs } from "./i18n.es";

export const commonEn: typeof commonEs = {
  language: {
    switchLabel: "Language / Idioma",
  },
  roles: {
    secretariat: "Technical Secretariat",
    country_officer: "Liaison officer",
    observer: "Observer",
    civil_society: "Civil society",
  },
  common: {
    loading: "Loading…",
    retry: "Try again",
    cancel: "Cancel",
    save: "Save",
    saving: "Saving…",
    search: "Search",
    all: "All",
    choose: "Choose an option",
    notGiven: "Not given",
    notAvailable: "Not available",
    onlyInSpanish: "available in Spanish only",
    onlyInEnglish: "available in English only",
  },
  form: {
    optional: "(optional)",
    errorPrefix: "Error:",
    savedValue: "Value saved now:",
    emptyValue: "(empty)",
  },
  errors: {
    title: "There is a problem",
    staleTitle: "Someone else changed this record",
    checkFields: "Check the fields marked below.",
    required: "This field is required.",
    invalidDate: "Enter a valid date (YYYY-MM-DD).",
    dateOrder: "The end date cannot be before the start date.",
    tooLong: "Enter at most 200 characters.",
    invalidField: "This value is not valid.",
    stale: "Someone else saved changes to this record after you opened it. Your changes were not saved, but they are still in the form. Load the latest version to compare, then save again.",
    network: "The server could not be reached. Check your connection and try again; what you typed is kept.",
    unexpected: "Something went wrong. Try again; if the problem persists, report the request id.",
    sessionExpiredForm: "Your session has expired and nothing was saved. What you typed is still here: sign in again in another tab, then press the button on this page again.",
    forbidden: "You are not allowed to do this.",
    notFound: "What you are looking for was not found.",
    requestId: "Request id:",
    invalidUrl: "Enter an address that starts with https://",
    invalidProgress: "Enter a whole number from 0 to 100.",
    invalidNumber: "Enter a number such as 1, 2 or 2.a.",
    headingTopLevel: "Only an agreement numbered without a letter can be a heading.",
    fileTooLarge: "The file is larger than 20 MB.",
    unsupportedFileType: "Only PDF, DOCX or XLSX files are accepted (the content is checked, not just the name).",
  },
};
