// One commitment: who owes what by when, its state and progress, the answer grid when it is asked
// of every member country, the dated updates with their links and files, and the answer form.

import { canManageMeetings } from "../../domain/access";
import type { CommitmentId } from "../../domain/ids";
import { localizedString } from "../../domain/localized";
import type { CommitmentDetail } from "../../domain/meetings";
import { Empty, isNotFound, Loading, LoadFailure, Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { Detail } from "../../components/Detail";
import { useApi, useUser } from "../../app";
import { meetingPaths, meetingTitle } from "../meetings";
import { AnswerActions } from "./AnswerActions";
import { AnswerForm } from "./AnswerForm";
import { RemindPanel } from "./RemindPanel";
import { VisibilityBadge } from "./VisibilityField";
import { AnswerGrid, CommitmentProgress, PartyAndDeadline, StatusBadge, useParties } from "./parts";
import "./styles.css";

function Updates({ commitment, reload }: { commitment: CommitmentDetail; reload: () => void }) {
  const api = useApi();
  const { t, dateTime } = useI18n();
  const parties = useParties();
  const hidden =
    commitment.hidden_updates === 0 ? null : (
      <p className="field-hint">
        {commitment.hidden_updates === 1
          ? t("commitments.answer.hiddenOne")
          : t("commitments.answer.hiddenMany", { count: commitment.hidden_updates })}
      </p>
    );
  if (commitment.updates.length === 0)
    return (
      <>
        <Empty>{t("commitments.detail.noUpdates")}</Empty>
        {hidden}
      </>
    );
  return (
    <>
    {hidden}
    <ol className="timeline">
      {commitment.updates.map((update) => (
        <li key={update.id} className="timeline-item">
          <p className="timeline-meta">
            <time dateTime={update.at}>{dateTime(update.at)}</time>
            {" · "}
            {t("commitments.detail.by", { name: update.author.name })}
            {update.country && (
              <>
                {" · "}
                {t("commitments.detail.forCountry", { country: parties.name(update.country) })}
              </>
            )}
            {update.edited_at && (
              <>
                {" · "}
                {t("commitments.answer.edited", { date: dateTime(update.edited_at) })}
              </>
            )}{" "}
            <VisibilityBadge visibility={update.visibility} />
          </p>
          <p className="timeline-text">{update.text}</p>
          {(update.status || update.progress !== null) && (
            <p className="timeline-changes">
              {update.status && <span className={`badge badge-commitment-${update.status}`}>{t(`commitments.status.${update.status}`)}</span>}
              {update.progress !== null && <span>{t("commitments.detail.setProgress", { value: update.progress })}</span>}
            </p>
          )}
          {update.links.length > 0 && (
            <ul className="plain-list" aria-label={t("commitments.detail.links")}>
              {update.links.map((link) => (
                <li key={link}>
                  <a href={link} rel="noopener noreferrer" target="_blank" className="break">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {update.files.length > 0 && (
            <ul className="plain-list" aria-label={t("commitments.detail.files")}>
              {update.files.map((file) => (
                <li key={file.id}>
                  <a href={api.commitmentFileUrl(commitment.id, file.id)} download={file.file_name} className="break">
                    {file.file_name}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <AnswerActions commitment={commitment} update={update} onChanged={reload} />
        </li>
      ))}
    </ol>
    </>
  );
}

function CommitmentView({ commitment, reload }: { commitment: CommitmentDetail; reload: () => void }) {
  const { t, language } = useI18n();
  const user = useUser();
  const parties = useParties();
  const meeting = commitment.meeting_detail;
  const heading = localizedString(commitment.action, language) || t("commitments.detail.title");
  const ownRow = user.role === "country_officer" ? user.country : null;
  return (
    <>
      <p className="breadcrumb">
        <Link to={meetingPaths.meetings()}>{t("nav.meetings")}</Link>
        {" › "}
        <Link to={meetingPaths.meeting(meeting.id)}>{meetingTitle(meeting, parties, language, t)}</Link>
        {" › "}
        {t("commitments.detail.agreement", { number: commitment.agreement_number })}
      </p>
      <PageHeading title={heading}>
        <Localized value={commitment.action} />
      </PageHeading>
      <div className="status-line">
        <StatusBadge commitment={commitment} />
        <CommitmentProgress commitment={commitment} responses={commitment.responses} />
      </div>
      <dl className="details section-gap-small">
        <PartyAndDeadline commitment={commitment} />
        <Detail term={t("commitments.detail.agreement", { number: commitment.agreement_number })}>
          <Localized value={commitment.agreement_detail.text} />
        </Detail>
        <Detail term={t("commitments.detail.meeting")}>
          <Link to={meetingPaths.meeting(meeting.id)}>{meetingTitle(meeting, parties, language, t)}</Link>
        </Detail>
      </dl>
      {canManageMeetings(user) && (
        <p>
          <Link to={meetingPaths.editCommitment(commitment.id)} className="button button-secondary">
            {t("commitments.detail.edit")}
          </Link>
        </p>
      )}
      {commitment.party !== "MEMBER_COUNTRIES" && <RemindPanel commitment={commitment} />}
      {commitment.party === "MEMBER_COUNTRIES" && (
        <section aria-labelledby="grid-title" className="section-gap">
          <h2 id="grid-title">{t("commitments.detail.gridTitle")}</h2>
          <AnswerGrid responses={commitment.responses} caption={t("commitments.detail.gridCaption")} highlight={ownRow} />
          <RemindPanel commitment={commitment} />
        </section>
      )}
      <div className="two-columns section-gap">
        <section aria-labelledby="updates-title">
          <h2 id="updates-title">{t("commitments.detail.updatesTitle")}</h2>
          <Updates commitment={commitment} reload={reload} />
        </section>
        <div className="panel">
          <AnswerForm commitment={commitment} abilities={commitment.abilities} onSent={reload} />
        </div>
      </div>
    </>
  );
}

export default function CommitmentPage({ id }: { id: CommitmentId }) {
  const api = useApi();
  const { t } = useI18n();
  const load = useLoad(() => api.commitment(id), String(id));
  if (load.state === "loading")
    return (
      <>
        <PageHeading title={t("commitments.detail.title")}>{t("commitments.detail.title")}</PageHeading>
        <Loading />
      </>
    );
  if (load.state === "failed") {
    const heading = isNotFound(load.error) ? t("commitments.detail.notFound") : t("commitments.detail.title");
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <LoadFailure error={load.error} onRetry={load.reload} back={{ to: meetingPaths.meetings(), label: t("nav.meetings") }} />
      </>
    );
  }
  return <CommitmentView commitment={load.data} reload={load.reload} />;
}
