import type { Organization } from "../../domain/model";
import { localizedString } from "../../domain/localized";
import { Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Table } from "../../components/Table";
import { WithReference, type ReferenceData } from "../../app";

const kindKeys = {
  process: "reference.kinds.process",
  process_body: "reference.kinds.process_body",
  secretariat: "reference.kinds.secretariat",
  group: "reference.kinds.group",
  international_organization: "reference.kinds.international_organization",
  observer_organization: "reference.kinds.observer_organization",
  civil_society: "reference.kinds.civil_society",
  partner_body: "reference.kinds.partner_body",
} as const;

function OrganizationsTables({ reference }: { reference: ReferenceData }) {
  const { t, language } = useI18n();
  const collator = new Intl.Collator(language, { sensitivity: "base" });
  const byName = (a: Organization, b: Organization) =>
    collator.compare(localizedString(a.name, language, a.code), localizedString(b.name, language, b.code));
  const kindLabel = (kind: string) => (kind in kindKeys ? t(kindKeys[kind as keyof typeof kindKeys]) : kind);
  return (
    <>
      <section aria-labelledby="orgs-title">
        <h2 id="orgs-title">
          {t("reference.organizationsTitle")} <span className="count">({reference.organizations.length})</span>
        </h2>
        <Table labelledBy="orgs-title" columns={[t("reference.abbreviation"), t("reference.name"), t("reference.kind")]}>
          {[...reference.organizations].sort(byName).map((organization) => (
            <tr key={organization.code}>
              <th scope="row">
                <Localized value={organization.abbreviation} missing={organization.code} />
              </th>
              <td>
                <Localized value={organization.name} />
              </td>
              <td>{kindLabel(organization.kind)}</td>
            </tr>
          ))}
        </Table>
      </section>
      <section aria-labelledby="networks-title">
        <h2 id="networks-title">{t("reference.networksTitle")}</h2>
        <ul className="plain-list">
          {reference.networks.map((network) => (
            <li key={network.code}>
              <strong>
                <Localized value={network.abbreviation} missing={network.code} />
              </strong>{" "}
              — <Localized value={network.name} />
            </li>
          ))}
        </ul>
        <h3>{t("reference.topicsTitle")}</h3>
        <ul className="plain-list">
          {reference.topics.map((topic) => (
            <li key={topic.code}>
              <Localized value={topic.name} missing={topic.code} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export default function OrganizationsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t("reference.organizationsTitle")}>{t("reference.organizationsTitle")}</PageHeading>
      <p className="lead">{t("reference.organizationsIntro")}</p>
      <WithReference>{(reference) => <OrganizationsTables reference={reference} />}</WithReference>
    </>
  );
}
