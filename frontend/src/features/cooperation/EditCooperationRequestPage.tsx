// Editing a draft. The edit carries the version it started from (If-Match); if someone else saved
// in between, the server answers 412 and the user may load the latest version: what they typed
// stays in the form and each field shows the saved value where it differs, as in every form.

import { useRef, useState } from "react";
import type { Version } from "../../domain/ids";
import { LoadPending, Localized, Notice } from "../../components/feedback";
import { setFlash } from "../../components/flash";
import { useForm, useLatestVersion } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { WithReference, type ReferenceData, useUser } from "../../app";
import type { CooperationRequestDetail, CooperationRequestId } from "./model";
import { useCooperationApi } from "./parts";
import {
  RequestForm,
  changeBetween,
  formValuesOf,
  requestFieldFor,
  requestFieldForError,
  requestMessageFor,
  validateRequest,
  type RequestFormValues,
} from "./RequestForm";
import { canEditDraft } from "./rules";
import { cooperationPaths } from "./routes";
import "./styles.css";

function EditForm({ request, reference }: { request: CooperationRequestDetail; reference: ReferenceData }) {
  const api = useCooperationApi();
  const { t } = useI18n();
  const [initialValues] = useState(() => formValuesOf(request));
  // The version and values the edit is based on; replaced when the latest version is loaded.
  const base = useRef<{ version: Version; values: RequestFormValues }>({ version: request.version, values: initialValues });
  const [unchanged, setUnchanged] = useState(false);
  const form = useForm<RequestFormValues>({
    initial: initialValues,
    validate: validateRequest,
    fieldForError: requestFieldForError,
    fieldFor: requestFieldFor,
    messageFor: requestMessageFor,
    onSubmit: async (values) => {
      const change = changeBetween(base.current.values, values);
      if (Object.keys(change).length === 0) {
        setUnchanged(true);
        return;
      }
      setUnchanged(false);
      await api.update(request.id, change, base.current.version);
      setFlash({ key: "cooperation.form.saved" });
      navigate(cooperationPaths.cooperationRequest(request.id));
    },
  });
  const { loadLatest, reloading, reloaded } = useLatestVersion(form, base, async () => {
    const latest = await api.get(request.id);
    return { version: latest.version, values: formValuesOf(latest) };
  });
  return (
    <>
      {reloaded > 0 && form.failure === null && (
        <Notice tone="warning" focus>
          <p>{t("cooperation.form.latestLoaded")}</p>
        </Notice>
      )}
      {unchanged && (
        <Notice tone="info">
          <p>{t("cooperation.form.nothingChanged")}</p>
        </Notice>
      )}
      <RequestForm
        form={form}
        reference={reference}
        countryFixed
        submitLabel={t("cooperation.form.saveSubmit")}
        onLoadLatest={loadLatest}
        reloading={reloading}
      />
    </>
  );
}

export default function EditCooperationRequestPage({ id }: { id: CooperationRequestId }) {
  const api = useCooperationApi();
  const user = useUser();
  const { t } = useI18n();
  const load = useLoad(() => api.get(id), String(id));
  return (
    <>
      <p className="breadcrumb">
        <Link to={cooperationPaths.cooperationRequests()}>{t("cooperation.list.title")}</Link>
        {" › "}
        <Link to={cooperationPaths.cooperationRequest(id)}>
          {load.state === "ready" ? <Localized value={load.data.title} /> : t("cooperation.list.columns.request")}
        </Link>
      </p>
      <PageHeading title={t("cooperation.form.editTitle")}>{t("cooperation.form.editTitle")}</PageHeading>
      <LoadPending load={load} />
      {load.state === "ready" &&
        (canEditDraft(user, load.data) ? (
          <WithReference>{(reference) => <EditForm request={load.data} reference={reference} />}</WithReference>
        ) : (
          <Notice tone="warning">
            <p>{t("cooperation.form.cannotEdit")}</p>
          </Notice>
        ))}
    </>
  );
}
