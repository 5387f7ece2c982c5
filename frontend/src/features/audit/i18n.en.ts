// English messages of features/audit, typed against the Spanish ones: a missing or extra key is a compile error.

import type { auditEs } from "./i18n.es";

export const auditEn: typeof auditEs = {
  nav: {
    audit: "Audit log",
  },
  audit: {
    title: "Audit log",
    intro: "Every change is recorded: who, when, what, and the state before and after. The log cannot be altered.",
    filtersLabel: "Filter the log",
    results: "Entries",
    empty: "No entries match these filters.",
    at: "Date and time",
    actor: "Person",
    actorHint: "E-mail or id.",
    action: "Action",
    actionHint: "For example contact_point.confirm",
    outcome: "Outcome",
    record: "Record",
    recordType: "Record type",
    recordId: "Record id",
    from: "From",
    to: "To",
    details: "Details",
    before: "Before",
    after: "After",
    anonymous: "Not signed in",
    more: "Load older entries",
    actions: {
      session: {
        create: "Signed in",
        delete: "Signed out",
      },
      accounts: {
        purge: "Purged expired accounts and sessions",
      },
      user: {
        create: "Created user account {id}",
        update: "Changed user account {id}",
        update_self: "Changed their own account details",
        change_password: "Changed their password",
        reset_password: "Reset the password of account {id}",
        mfa_enable: "Turned on two-step sign-in",
        mfa_disable: "Turned off two-step sign-in",
        calendar_feed: "Created or changed their calendar link",
      },
      meeting: {
        package: "Downloaded the package of meeting {id}",
        create: "Recorded meeting {id}",
        update: "Changed meeting {id}",
        add_file: "Attached document {id} to a meeting",
        delete_file: "Removed document {id} from a meeting",
      },
      agreement: {
        create: "Added agreement {id}",
        update: "Changed agreement {id}",
        delete: "Deleted agreement {id}",
      },
      commitment: {
        create: "Added commitment {id}",
        update: "Changed commitment {id}",
        delete: "Deleted commitment {id}",
        report: "Recorded progress on commitment {id}",
        resolve_deadline: "Set the due date of commitment {id}",
        remind: "Reminded those who have not answered commitment {id}",
      },
      contact_point: {
        propose: "Proposed contact point {id}",
        confirm: "Confirmed contact point {id}",
        reject: "Rejected contact point proposal {id}",
        update: "Changed contact point {id}",
        end: "Ended the term of contact point {id}",
      },
      cooperation_request: {
        create: "Drafted cooperation request {id}",
        update: "Changed cooperation request {id}",
        send: "Sent cooperation request {id} to the TS",
        forward: "Forwarded cooperation request {id}",
        answer: "Recorded the answer to cooperation request {id}",
        close: "Closed cooperation request {id}",
        withdraw: "Withdrew cooperation request {id}",
      },
      import: {
        upload: "Uploaded a report to import ({id})",
        confirm: "Confirmed the import of report {id}",
        save_draft: "Saved the review of import {id}",
        alias: "Saved a name mapped in the review of import {id} as an alias of the process",
      },
      answer: {
        update: "Changed answer {id}",
        withdraw: "Withdrew answer {id}",
      },
      password: {
        reset_request: "Asked for a link to reset their password",
        reset_by_email: "Reset their password with the link sent by e-mail",
      },
      reminder: {
        send: "A deadline reminder was sent ({id})",
      },
      process: {
        create: "Created process {id} with its reference data",
        update_reference: "Updated the reference data of process {id}",
      },
      matrix: {
        create: "Created matrix {id}",
        add_topic: "Added a topic to matrix {id}",
        import: "Loaded matrix {id}'s topics and cells from a table",
      },
      matrix_round: {
        open: "Opened an update round of matrix {id}",
        close: "Closed the update round of matrix {id}",
        remind: "Reminded the countries that have not submitted, in a round of matrix {id}",
      },
      matrix_cell: {
        update: "Wrote in a matrix cell ({id})",
      },
      matrix_column: {
        edit: "Edited their country's column in matrix {id}",
        submit: "Submitted their country's column in matrix {id}",
        return: "Returned a column of matrix {id} to its country",
        validate: "Validated a column of matrix {id}",
      },
      matrix_translation: {
        commit: "Recorded who translates a cell of matrix {id}, and by when",
      },
      matrix_workbook: {
        apply: "Applied a country's workbook to matrix {id}",
      },
      document: {
        create: "Added document {id} to the library",
        update: "Edited document {id}",
        upload: "Uploaded a version of document {id}",
        translation: "Recorded who translates document {id}, and by when",
        distribute: "Distributed document {id} to delegations",
        remind: "Reminded the delegations that have not opened document {id}",
        receipt: "A delegation opened document {id} through its link",
        report_receipts: "Chose whether the receipt list of document {id} goes into its meeting's report",
      },
      file: {
        download: "Downloaded file {id}",
      },
      notification: {
        read: "Marked notice {id} as read",
      },
    },
    unknownAction: "Another action ({code})",
    actionCode: "Code",
    outcomes: {
      ok: "Succeeded",
      denied: "Denied",
      failed: "Failed",
    },
    homeDescription: "Who did what and when, with the state before and after.",
  },
};
