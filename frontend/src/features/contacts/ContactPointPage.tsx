// One contact point: the person, the term, who proposed and who confirmed, what the user may do
// next (confirm or reject for the secretariat; correct, end, or propose a replacement for the
// country), and the history of everyone who held the same country × network × topic.

import { useState } from "react";
import {
  canEditContactPoint,
  canEndContactPoint,
  canProposeContactPoints,
  canReviewContactPoint,
  fixedProposalCountry,
} from "../../domain/access";
import { todayIsoDate } from "../../domain/dates";
import type { ContactPointId } from "../../domain/ids";
import type { ContactPoint, ContactPointWithHistory } from "../../domain/model";
import { DateField, TextAreaField } from "../../components/fields";
import { LoadPending, Localized, MessageNotice } from "../../components/feedback";
import { useFlash } from "../../components/flash";
import { ErrorSummary, useForm } from "../../components/form";
import { useI18n } from "../../components/i18n";
import type { Message } from "../../components/messages";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { Detail } from "../../components/Detail";
import { Table } from "../../components/Table";
import { WithReference, type ReferenceData, useApi, useUser } from "../../app";
import { SpokenLanguages, StatusBadge, Term } from "./parts";
import { contactPaths } from "./routes";
import "./styles.css";

function Details({ contactPoint, reference }: { contactPoint: ContactPoint; reference: ReferenceData }) {
  const { t, date, dateTime } = useI18n();
  const country = reference.country(contactPoint.country);
  const network = reference.network(contactPoint.network);
  const topic = reference.topic(contactPoint.topic);
  return (
    <dl className="details">
      <Detail term={t("contacts.fields.country")}>{country ? <Localized value={country.name} /> : contactPoint.country}</Detail>
      <Detail term={t("contacts.fields.network")}>{network ? <Localized value={network.name} /> : contactPoint.network}</Detail>
      <Detail term={t("contacts.fields.topic")}>{topic ? <Localized value={topic.name} /> : contactPoint.topic}</Detail>
      <Detail term={t("contacts.fields.position")}>{contactPoint.position || t("common.notGiven")}</Detail>
      <Detail term={t("contacts.fields.institution")}>{contactPoint.institution}</Detail>
      <Detail term={t("contacts.fields.email")}>
        <a href={`mailto:${contactPoint.email}`} className="break">
          {contactPoint.email}
        </a>
      </Detail>
      <Detail term={t("contacts.fields.phone")}>{contactPoint.phone || t("common.notGiven")}</Detail>
      <Detail term={t("contacts.fields.languages")}>
        <SpokenLanguages languages={contactPoint.languages} />
      </Detail>
      <Detail term={t("contacts.fields.validFrom")}>{date(contactPoint.valid_from)}</Detail>
      <Detail term={t("contacts.fields.validTo")}>{contactPoint.valid_to ? date(contactPoint.valid_to) : t("contacts.openEnded")}</Detail>
      <Detail term={t("contacts.proposedBy")}>
        {contactPoint.proposed_by.name} · {dateTime(contactPoint.created_at)}
      </Detail>
      {contactPoint.confirmed_by && (
        <Detail term={t("contacts.confirmedBy")}>
          {contactPoint.confirmed_by.name}
          {contactPoint.confirmed_at ? ` · ${dateTime(contactPoint.confirmed_at)}` : ""}
        </Detail>
      )}
      {contactPoint.rejection_reason && (
        <Detail term={t("contacts.rejectionReason")}>{contactPoint.rejection_reason}</Detail>
      )}
    </dl>
  );
}

function ConfirmAction({ contactPoint, onDone }: { contactPoint: ContactPoint; onDone: (message: Message) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const form = useForm<Record<string, never>>({
    initial: {},
    onSubmit: async () => {
      await api.confirmContactPoint(contactPoint.id);
      onDone({ key: "contacts.confirmed" });
    },
  });
  return (
    <section className="action-panel" aria-labelledby="confirm-title">
      <h3 id="confirm-title">{t("contacts.review.confirmTitle")}</h3>
      <p>{t("contacts.review.confirmHelp")}</p>
      <ErrorSummary failure={form.failure} errors={form.errors} labels={{}} idPrefix="confirm" summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <button type="submit" className="button" disabled={form.submitting}>
          {t("contacts.review.confirm")}
        </button>
      </form>
    </section>
  );
}

function RejectAction({ contactPoint, onDone }: { contactPoint: ContactPoint; onDone: (message: Message) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const form = useForm({
    initial: { reason: "" },
    validate: (values) => (values.reason.trim() === "" ? { reason: { key: "errors.required" } } : {}),
    onSubmit: async (values) => {
      await api.rejectContactPoint(contactPoint.id, values.reason.trim());
      onDone({ key: "contacts.rejected" });
    },
  });
  const labels = { reason: t("contacts.review.reason") };
  return (
    <section className="action-panel" aria-labelledby="reject-title">
      <h3 id="reject-title">{t("contacts.review.rejectTitle")}</h3>
      <ErrorSummary failure={form.failure} errors={form.errors} labels={labels} idPrefix="reject" summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <TextAreaField
          id="reject-reason"
          label={labels.reason}
          required
          value={form.values.reason}
          onChange={(value) => form.set("reason", value)}
          error={form.errors.reason}
        />
        <button type="submit" className="button button-danger" disabled={form.submitting}>
          {t("contacts.review.reject")}
        </button>
      </form>
    </section>
  );
}

function EndAction({ contactPoint, onDone }: { contactPoint: ContactPoint; onDone: (message: Message) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const form = useForm({
    initial: { valid_to: todayIsoDate() },
    validate: (values) =>
      values.valid_to === ""
        ? { valid_to: { key: "errors.required" } }
        : values.valid_to < contactPoint.valid_from
          ? { valid_to: { key: "errors.dateOrder" } }
          : {},
    onSubmit: async (values) => {
      await api.endContactPoint(contactPoint.id, values.valid_to);
      onDone({ key: "contacts.ended" });
    },
  });
  const labels = { valid_to: t("contacts.end.lastDay") };
  return (
    <details className="action-panel disclosure" open={form.failure !== null || undefined}>
      <summary>
        <h3 id="end-title">{t("contacts.end.title")}</h3>
      </summary>
      <p>{t("contacts.end.help")}</p>
      <ErrorSummary failure={form.failure} errors={form.errors} labels={labels} idPrefix="end" summaryRef={form.summaryRef} />
      <form onSubmit={form.handleSubmit} noValidate>
        <DateField
          id="end-valid_to"
          label={labels.valid_to}
         
          required
          width="short"
          value={form.values.valid_to}
          onChange={(value) => form.set("valid_to", value)}
          error={form.errors.valid_to}
        />
        <button type="submit" className="button button-secondary" disabled={form.submitting}>
          {t("contacts.end.submit")}
        </button>
      </form>
    </details>
  );
}

function History({ contactPoint }: { contactPoint: ContactPointWithHistory }) {
  const { t, date } = useI18n();
  const history = contactPoint.history;
  return (
    <section aria-labelledby="history-title" className="history">
      <h2 id="history-title">{t("contacts.history.title")}</h2>
      <p>{t("contacts.history.intro")}</p>
      {history.length === 0 ? (
        <p>{t("contacts.history.empty")}</p>
      ) : (
        <Table labelledBy="history-title" className="table table-stack" caption={t("contacts.history.title")}
          columns={[t("contacts.fields.name"), t("contacts.fields.status"), t("contacts.fields.validFrom"), t("contacts.fields.validTo"), t("contacts.confirmedBy")]}>
          {history.map((term) => (
            <tr key={term.id} aria-current={term.id === contactPoint.id ? "true" : undefined}>
              <td>
                {term.id === contactPoint.id ? (
                  <strong>{term.name}</strong>
                ) : (
                  <Link to={contactPaths.contactPoint(term.id)}>{term.name}</Link>
                )}
                <span className="table-sub">{term.institution}</span>
              </td>
              <td data-label={t("contacts.fields.status")}>
                <StatusBadge status={term.status} />
              </td>
              <td data-label={t("contacts.fields.validFrom")}>{date(term.valid_from)}</td>
              <td data-label={t("contacts.fields.validTo")}>{term.valid_to ? date(term.valid_to) : "—"}</td>
              <td data-label={t("contacts.confirmedBy")}>{term.confirmed_by?.name ?? "—"}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

function ContactPointView({ contactPoint, reference, onChanged }: { contactPoint: ContactPointWithHistory; reference: ReferenceData; onChanged: (message: Message) => void }) {
  const user = useUser();
  const { t } = useI18n();
  const mayReview = canReviewContactPoint(user, contactPoint);
  const mayEdit = canEditContactPoint(user, contactPoint);
  const mayEnd = canEndContactPoint(user, contactPoint);
  const fixedCountry = fixedProposalCountry(user);
  const mayReplace =
    canProposeContactPoints(user) &&
    (fixedCountry === null || fixedCountry === contactPoint.country) &&
    (contactPoint.status === "confirmed" || contactPoint.status === "ended");
  return (
    <>
      <p className="status-line">
        <StatusBadge status={contactPoint.status} /> <Term contactPoint={contactPoint} />
      </p>
      <Details contactPoint={contactPoint} reference={reference} />
      {(mayReview || mayEdit || mayEnd || mayReplace) && (
        <section aria-labelledby="actions-title" className="actions">
          <h2 id="actions-title">{t("contacts.actionsTitle")}</h2>
          {(mayEdit || mayReplace) && (
            <p className="action-links">
              {mayEdit && (
                <Link to={contactPaths.editContactPoint(contactPoint.id)} className="button button-secondary">
                  {t("contacts.edit")}
                </Link>
              )}
              {mayReplace && (
                <Link
                  to={contactPaths.newContactPoint({ country: contactPoint.country, network: contactPoint.network, topic: contactPoint.topic })}
                  className="button button-secondary"
                >
                  {t("contacts.proposeReplacement")}
                </Link>
              )}
            </p>
          )}
          {mayReview && (
            <div className="action-grid">
              <ConfirmAction contactPoint={contactPoint} onDone={onChanged} />
              <RejectAction contactPoint={contactPoint} onDone={onChanged} />
            </div>
          )}
          {mayEnd && <EndAction contactPoint={contactPoint} onDone={onChanged} />}
        </section>
      )}
      <History contactPoint={contactPoint} />
    </>
  );
}

export default function ContactPointPage({ id }: { id: ContactPointId }) {
  const api = useApi();
  const { t } = useI18n();
  const flash = useFlash();
  const [notice, setNotice] = useState<Message | null>(flash);
  const load = useLoad(() => api.contactPoint(id), String(id));
  const onChanged = (message: Message) => {
    setNotice(message);
    load.reload();
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to={contactPaths.contactPoints()}>{t("contacts.directory.title")}</Link>
      </p>
      <PageHeading title={load.state === "ready" ? load.data.name : t("contacts.detail.title")}>
        {load.state === "ready" ? load.data.name : t("contacts.detail.title")}
      </PageHeading>
      {notice && <MessageNotice message={notice} />}
      <LoadPending load={load} />
      {load.state === "ready" && (
        <WithReference>
          {(reference) => <ContactPointView key={load.data.version} contactPoint={load.data} reference={reference} onChanged={onChanged} />}
        </WithReference>
      )}
    </>
  );
}
