import { localizedString } from "../../domain/localized";
import { Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { Table } from "../../components/Table";
import { followUpPaths } from "../followUp";
import { WithReference, type ReferenceData } from "../../app";

function CountriesTable({ reference }: { reference: ReferenceData }) {
  const { t, language } = useI18n();
  const collator = new Intl.Collator(language, { sensitivity: "base" });
  const sorted = [...reference.countries].sort((a, b) =>
    collator.compare(localizedString(a.name, language, a.code), localizedString(b.name, language, b.code)),
  );
  const members = sorted.filter((country) => country.status === "member");
  const observers = sorted.filter((country) => country.status === "observer");
  const table = (id: string, title: string, items: typeof sorted) => (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="count">({items.length})</span>
      </h2>
      <Table labelledBy={id}
        columns={[t("reference.country"), t("reference.code"), t(language === "es" ? "reference.nameInEnglish" : "reference.nameInSpanish")]}>
        {items.map((country) => (
          <tr key={country.code}>
            <th scope="row">
              {/* A member country's name opens what it owes (its follow-up page). */}
              {country.status === "member" ? (
                <Link to={followUpPaths.country(country.code)}>
                  <Localized value={country.name} />
                </Link>
              ) : (
                <Localized value={country.name} />
              )}
            </th>
            <td>
              <abbr title={localizedString(country.name, language)}>{country.code}</abbr>
            </td>
            <td lang={language === "es" ? "en" : "es"}>{country.name[language === "es" ? "en" : "es"] ?? "—"}</td>
          </tr>
        ))}
      </Table>
    </section>
  );
  return (
    <>
      {table("members-title", t("reference.members"), members)}
      {observers.length > 0 && table("observers-title", t("reference.observerCountries"), observers)}
    </>
  );
}

export default function CountriesPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t("reference.countriesTitle")}>{t("reference.countriesTitle")}</PageHeading>
      <p className="lead">{t("reference.countriesIntro")}</p>
      <WithReference>{(reference) => <CountriesTable reference={reference} />}</WithReference>
    </>
  );
}
