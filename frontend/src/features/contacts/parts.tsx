// Pieces shared by the contact-point pages: the status badge, the term dates, and the card that
// shows one person in the directory.

import type { ContactPoint, ContactPointStatus } from "../../domain/model";
import { languageNames } from "../../domain/language";
import { Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { Link } from "../../components/router";
import { Detail } from "../../components/Detail";
import type { ReferenceData } from "../../app";
import { contactPaths } from "./routes";
import "./styles.css";

export function StatusBadge({ status }: { status: ContactPointStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status}`}>{t(`contacts.status.${status}`)}</span>;
}

export function Term({ contactPoint }: { contactPoint: Pick<ContactPoint, "valid_from" | "valid_to"> }) {
  const { t, date } = useI18n();
  if (contactPoint.valid_to) {
    return <>{t("contacts.termBetween", { from: date(contactPoint.valid_from), to: date(contactPoint.valid_to) })}</>;
  }
  return <>{t("contacts.termFrom", { from: date(contactPoint.valid_from) })}</>;
}

export function SpokenLanguages({ languages }: { languages: readonly string[] }) {
  const { t } = useI18n();
  if (languages.length === 0) return <>{t("common.notGiven")}</>;
  return (
    <>
      {languages.map((code, index) => (
        <span key={code}>
          {index > 0 ? ", " : ""}
          <span lang={code}>{code in languageNames ? languageNames[code as keyof typeof languageNames] : code}</span>
        </span>
      ))}
    </>
  );
}

export function NetworkAndTopic({ contactPoint, reference }: { contactPoint: ContactPoint; reference: ReferenceData }) {
  const network = reference.network(contactPoint.network);
  const topic = reference.topic(contactPoint.topic);
  return (
    <>
      {network ? <Localized value={network.abbreviation} /> : contactPoint.network}
      {" · "}
      {topic ? <Localized value={topic.name} /> : contactPoint.topic}
    </>
  );
}

export function ContactPointCard({ contactPoint, reference }: { contactPoint: ContactPoint; reference: ReferenceData }) {
  const { t } = useI18n();
  return (
    <article className="card contact-card" aria-labelledby={`cp-${contactPoint.id}-name`}>
      <div className="card-topline">
        <span className="card-kicker">
          <NetworkAndTopic contactPoint={contactPoint} reference={reference} />
        </span>
        <StatusBadge status={contactPoint.status} />
      </div>
      <h4 className="card-title" id={`cp-${contactPoint.id}-name`}>
        <Link to={contactPaths.contactPoint(contactPoint.id)}>{contactPoint.name}</Link>
      </h4>
      <p className="card-subtitle">
        {[contactPoint.position, contactPoint.institution].filter((part) => part && part.trim() !== "").join(", ")}
      </p>
      <dl className="compact-list">
        <Detail term={t("contacts.fields.email")}>
          <a href={`mailto:${contactPoint.email}`} className="break">
            {contactPoint.email}
          </a>
        </Detail>
        {contactPoint.phone && (
          <Detail term={t("contacts.fields.phone")}>
            <a href={`tel:${contactPoint.phone.replace(/[^0-9+]/g, "")}`}>{contactPoint.phone}</a>
          </Detail>
        )}
        <Detail term={t("contacts.fields.languages")}>
          <SpokenLanguages languages={contactPoint.languages} />
        </Detail>
        <Detail term={t("contacts.term")}>
          <Term contactPoint={contactPoint} />
        </Detail>
      </dl>
    </article>
  );
}
