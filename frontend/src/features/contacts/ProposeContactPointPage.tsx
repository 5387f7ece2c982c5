// Proposing a contact point: an officer for their own country, the secretariat for any member
// country. "Propose a replacement" on a person's page arrives here with the country, network and
// topic filled in; confirming the new person later closes the old term.

import { useMemo } from "react";
import { fixedProposalCountry } from "../../domain/access";
import { toContactPointInput, type ContactPointFormValues } from "../../domain/contactPoints";
import { todayIsoDate } from "../../domain/dates";
import { setFlash } from "../../components/flash";
import { useForm } from "../../components/form";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate, useLocation } from "../../components/router";
import { WithReference, type ReferenceData, useApi, useUser } from "../../app";
import { ContactPointForm, contactPointFieldForError } from "./ContactPointForm";
import { validateContactPoint } from "./validation";
import { contactPaths } from "./routes";
import "./styles.css";

function ProposeForm({ reference }: { reference: ReferenceData }) {
  const api = useApi();
  const user = useUser();
  const { t } = useI18n();
  const location = useLocation();
  const fixedCountry = fixedProposalCountry(user);
  const search = location.search;

  const initial = useMemo<ContactPointFormValues>(() => {
    const wanted = (name: string, known: (code: string) => unknown) => {
      const value = search.get(name) ?? "";
      return known(value) ? value : "";
    };
    return {
      country: fixedCountry ?? wanted("country", reference.country),
      network: wanted("network", reference.network) || (reference.networks.length === 1 ? (reference.networks[0]?.code ?? "") : ""),
      topic: wanted("topic", reference.topic),
      name: "",
      position: "",
      institution: "",
      email: "",
      phone: "",
      languages: [],
      valid_from: todayIsoDate(),
      valid_to: "",
    };
  }, [search, fixedCountry, reference]);

  const form = useForm<ContactPointFormValues>({
    initial,
    validate: validateContactPoint,
    fieldForError: contactPointFieldForError,
    onSubmit: async (values) => {
      const created = await api.proposeContactPoint(toContactPointInput(values));
      setFlash({ key: "contacts.proposed" });
      navigate(contactPaths.contactPoint(created.id));
    },
  });

  const locked = new Set<"country" | "network" | "topic">(fixedCountry ? ["country"] : []);
  return (
    <ContactPointForm form={form} reference={reference} lockedFields={locked} submitLabel={t("contacts.form.proposeSubmit")} />
  );
}

export default function ProposeContactPointPage() {
  const { t } = useI18n();
  return (
    <>
      <p className="breadcrumb">
        <Link to={contactPaths.contactPoints()}>{t("contacts.directory.title")}</Link>
      </p>
      <PageHeading title={t("contacts.form.proposeTitle")}>{t("contacts.form.proposeTitle")}</PageHeading>
      <p className="lead">{t("contacts.form.proposeIntro")}</p>
      <WithReference>{(reference) => <ProposeForm reference={reference} />}</WithReference>
    </>
  );
}
