// A new cooperation request, saved as a draft: an officer for their own country, the Technical
// Secretariat for any member country (on its behalf). The draft is sent from its page.

import { setFlash } from "../../components/flash";
import { useForm } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate } from "../../components/router";
import { WithReference, type ReferenceData, useUser } from "../../app";
import { useCooperationApi } from "./parts";
import {
  RequestForm,
  requestFieldFor,
  requestFieldForError,
  requestMessageFor,
  toRequestInput,
  validateRequest,
  type RequestFormValues,
} from "./RequestForm";
import { cooperationPaths } from "./routes";
import "./styles.css";

function NewRequestForm({ reference }: { reference: ReferenceData }) {
  const api = useCooperationApi();
  const user = useUser();
  const { t } = useI18n();
  const fixedCountry = user.role === "country_officer" ? user.country : null;
  const form = useForm<RequestFormValues>({
    initial: { country: fixedCountry ?? "", partner: reference.organization("SICA") ? "SICA" : "", title_es: "", title_en: "", summary_es: "", summary_en: "" },
    validate: validateRequest,
    fieldForError: requestFieldForError,
    fieldFor: requestFieldFor,
    messageFor: requestMessageFor,
    onSubmit: async (values) => {
      const created = await api.create(toRequestInput(values));
      setFlash({ key: "cooperation.form.created" });
      navigate(cooperationPaths.cooperationRequest(created.id));
    },
  });
  return (
    <RequestForm form={form} reference={reference} countryFixed={fixedCountry !== null} submitLabel={t("cooperation.form.createSubmit")} />
  );
}

export default function NewCooperationRequestPage() {
  const { t } = useI18n();
  return (
    <>
      <p className="breadcrumb">
        <Link to={cooperationPaths.cooperationRequests()}>{t("cooperation.list.title")}</Link>
      </p>
      <PageHeading title={t("cooperation.form.newTitle")}>{t("cooperation.form.newTitle")}</PageHeading>
      <p className="lead">{t("cooperation.form.newIntro")}</p>
      <WithReference>{(reference) => <NewRequestForm reference={reference} />}</WithReference>
    </>
  );
}
