// Correcting a contact point's details. The edit carries the version it started from
// (If-Match); if someone else saved in between, the server answers 412 and the user may load the
// latest version: their typed values stay in the form, and each field shows the saved value
// where it differs, so nothing is overwritten without being seen.

import { useRef, useState } from "react";
import { canEditContactPoint } from "../../domain/access";
import {
  changedFields,
  formValuesOf,
  toContactPointInput,
  type ContactPointFormValues,
} from "../../domain/contactPoints";
import type { ContactPointId, Version } from "../../domain/ids";
import type { ContactPoint } from "../../domain/model";
import { LoadPending, Notice } from "../../components/feedback";
import { setFlash } from "../../components/flash";
import { useForm, useLatestVersion } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { WithReference, type ReferenceData, useApi, useUser } from "../../app";
import { ContactPointForm, contactPointFieldForError } from "./ContactPointForm";
import { validateContactPoint } from "./validation";
import { contactPaths } from "./routes";
import "./styles.css";

function EditForm({ contactPoint, reference }: { contactPoint: ContactPoint; reference: ReferenceData }) {
  const api = useApi();
  const { t } = useI18n();
  const [initialValues] = useState(() => formValuesOf(contactPoint));
  // The version and values the edit is based on; replaced when the latest version is loaded.
  const base = useRef<{ version: Version; values: ContactPointFormValues }>({
    version: contactPoint.version,
    values: initialValues,
  });
  const [unchanged, setUnchanged] = useState(false);

  const form = useForm<ContactPointFormValues>({
    initial: initialValues,
    validate: validateContactPoint,
    fieldForError: contactPointFieldForError,
    onSubmit: async (values) => {
      const change = changedFields(toContactPointInput(base.current.values), toContactPointInput(values));
      if (Object.keys(change).length === 0) {
        setUnchanged(true);
        return;
      }
      setUnchanged(false);
      await api.updateContactPoint(contactPoint.id, change, base.current.version);
      setFlash({ key: "contacts.saved" });
      navigate(contactPaths.contactPoint(contactPoint.id));
    },
  });

  const { loadLatest, reloading, reloaded } = useLatestVersion(form, base, async () => {
    const latest = await api.contactPoint(contactPoint.id);
    return { version: latest.version, values: formValuesOf(latest) };
  });

  return (
    <>
      {reloaded > 0 && form.failure === null && (
        <Notice tone="warning" focus>
          <p>{t("contacts.form.latestLoaded")}</p>
        </Notice>
      )}
      {unchanged && (
        <Notice tone="info">
          <p>{t("contacts.form.nothingChanged")}</p>
        </Notice>
      )}
      <ContactPointForm
        form={form}
        reference={reference}
        lockedFields={new Set(["country", "network", "topic"])}
        submitLabel={t("contacts.form.saveSubmit")}
        onLoadLatest={loadLatest}
        reloading={reloading}
      />
    </>
  );
}

export default function EditContactPointPage({ id }: { id: ContactPointId }) {
  const api = useApi();
  const user = useUser();
  const { t } = useI18n();
  const load = useLoad(() => api.contactPoint(id), String(id));
  return (
    <>
      <p className="breadcrumb">
        <Link to={contactPaths.contactPoints()}>{t("contacts.directory.title")}</Link>
        {" › "}
        <Link to={contactPaths.contactPoint(id)}>{load.state === "ready" ? load.data.name : t("contacts.detail.title")}</Link>
      </p>
      <PageHeading title={t("contacts.form.editTitle")}>{t("contacts.form.editTitle")}</PageHeading>
      <LoadPending load={load} />
      {load.state === "ready" &&
        (canEditContactPoint(user, load.data) ? (
          <WithReference>{(reference) => <EditForm contactPoint={load.data} reference={reference} />}</WithReference>
        ) : (
          <Notice tone="warning">
            <p>{t("contacts.form.cannotEdit")}</p>
          </Notice>
        ))}
    </>
  );
}
