// M14 directory: current contact points per country × network × topic, filterable, with the
// CSV export of exactly what is shown. The filter lives in the address, so a filtered view can be
// bookmarked or sent to a colleague.

import { useState, type FormEvent } from "react";
import type { ContactPointFilter } from "../../api/client";
import { canProposeContactPoints } from "../../domain/access";
import { groupByCountry } from "../../domain/contactPoints";
import { asCountryCode, asNetworkCode, asTopicCode } from "../../domain/ids";
import { contactPointStatuses, type ContactPointStatus } from "../../domain/model";
import { localizedString } from "../../domain/localized";
import { CheckboxField, SelectField } from "../../components/fields";
import { Empty, LoadPending, Localized, MessageNotice } from "../../components/feedback";
import { useFlash } from "../../components/flash";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate, useLocation } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { WithReference, type ReferenceData, useApi, useUser } from "../../app";
import { ContactPointCard } from "./parts";
import { contactPaths } from "./routes";
import "./styles.css";

type FilterValues = { country: string; network: string; topic: string; status: string; history: boolean };

function filterFromSearch(search: URLSearchParams): FilterValues {
  return {
    country: search.get("country") ?? "",
    network: search.get("network") ?? "",
    topic: search.get("topic") ?? "",
    status: search.get("status") ?? "",
    history: search.get("history") === "true",
  };
}

function toApiFilter(values: FilterValues): ContactPointFilter {
  const status = (contactPointStatuses as readonly string[]).includes(values.status) ? (values.status as ContactPointStatus) : "";
  return {
    country: values.country ? asCountryCode(values.country) : "",
    network: values.network ? asNetworkCode(values.network) : "",
    topic: values.topic ? asTopicCode(values.topic) : "",
    status,
    // Ended and rejected terms are only in the history.
    history: values.history || status === "ended" || status === "rejected",
  };
}

function searchOf(values: FilterValues): string {
  const params = new URLSearchParams();
  if (values.country) params.set("country", values.country);
  if (values.network) params.set("network", values.network);
  if (values.topic) params.set("topic", values.topic);
  if (values.status) params.set("status", values.status);
  if (values.history) params.set("history", "true");
  const search = params.toString();
  return search ? `?${search}` : "";
}

function Filters({ reference, applied }: { reference: ReferenceData; applied: FilterValues }) {
  const { t, text } = useI18n();
  const [values, setValues] = useState(applied);
  const appliedKey = JSON.stringify(applied);
  const [lastApplied, setLastApplied] = useState(appliedKey);
  if (lastApplied !== appliedKey) {
    // The address changed (back button, a link): show what is applied. Compared by value, so a
    // re-render of the list does not throw away a choice the user has not applied yet.
    setLastApplied(appliedKey);
    setValues(applied);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(contactPaths.contactPoints() + searchOf(values));
  };
  const set = <K extends keyof FilterValues>(name: K, value: FilterValues[K]) => setValues((v) => ({ ...v, [name]: value }));
  return (
    <form className="filters" onSubmit={submit} aria-label={t("contacts.directory.filtersLabel")}>
      <div className="filter-fields">
        <SelectField
          id="filter-country"
          label={t("contacts.fields.country")}
          optionalMarker={false}
          value={values.country}
          onChange={(value) => set("country", value)}
          placeholder={t("common.all")}
          options={reference.countries
            .filter((country) => country.status === "member")
            .map((country) => ({ value: country.code, label: text(country.name) }))}
        />
        <SelectField
          id="filter-network"
          label={t("contacts.fields.network")}
          optionalMarker={false}
          value={values.network}
          onChange={(value) => set("network", value)}
          placeholder={t("common.all")}
          options={reference.networks.map((network) => ({ value: network.code, label: text(network.abbreviation) }))}
        />
        <SelectField
          id="filter-topic"
          label={t("contacts.fields.topic")}
          optionalMarker={false}
          value={values.topic}
          onChange={(value) => set("topic", value)}
          placeholder={t("common.all")}
          options={reference.topics.map((topic) => ({ value: topic.code, label: text(topic.name) }))}
        />
        <SelectField
          id="filter-status"
          label={t("contacts.fields.status")}
          optionalMarker={false}
          value={values.status}
          onChange={(value) => set("status", value)}
          placeholder={t("contacts.directory.anyCurrentStatus")}
          options={contactPointStatuses.map((status) => ({ value: status, label: t(`contacts.status.${status}`) }))}
        />
      </div>
      <CheckboxField
        id="filter-history"
        label={t("contacts.directory.includeHistory")}
        checked={values.history}
        onChange={(checked) => set("history", checked)}
      />
      <div className="form-actions">
        <button type="submit" className="button">
          {t("contacts.directory.apply")}
        </button>
        <Link to={contactPaths.contactPoints()} className="button button-secondary">
          {t("contacts.directory.clear")}
        </Link>
      </div>
    </form>
  );
}

function Directory({ reference }: { reference: ReferenceData }) {
  const api = useApi();
  const user = useUser();
  const location = useLocation();
  const { t, language } = useI18n();
  const flash = useFlash();
  const applied = filterFromSearch(location.search);
  const filter = toApiFilter(applied);
  const load = useLoad(() => api.contactPoints(filter), JSON.stringify(filter));
  const countryName = (code: string) => localizedString(reference.country(code)?.name, language, code);

  return (
    <>
      {flash && <MessageNotice message={flash} />}
      {canProposeContactPoints(user) && (
        <p>
          <Link to={contactPaths.newContactPoint()} className="button">
            {t("contacts.directory.propose")}
          </Link>
        </p>
      )}
      <Filters reference={reference} applied={applied} />
      <section aria-labelledby="results-title" className="results">
        <div className="results-header">
          <h2 id="results-title">{t("contacts.directory.results")}</h2>
          <a className="button button-secondary" href={api.contactPointsCsvUrl(filter)} download>
            {t("contacts.directory.exportCsv")}
          </a>
        </div>
        <LoadPending load={load} />
        {load.state === "ready" && (
          <>
            <p role="status" className="result-count">
              {load.data.length === 1
                ? t("contacts.directory.countOne")
                : t("contacts.directory.countMany", { count: load.data.length })}
            </p>
            {load.data.length === 0 && <Empty>{t("contacts.directory.empty")}</Empty>}
            {groupByCountry(load.data, countryName, language).map((group) => (
              <section key={group.country} className="country-group" aria-labelledby={`country-${group.country}`}>
                <h3 id={`country-${group.country}`} className="country-title">
                  {reference.country(group.country) ? <Localized value={reference.country(group.country)?.name} /> : group.country}
                </h3>
                <ul className="card-grid">
                  {group.items.map((item) => (
                    <li key={item.id}>
                      <ContactPointCard contactPoint={item} reference={reference} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </section>
    </>
  );
}

export default function ContactPointsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t("contacts.directory.title")}>{t("contacts.directory.title")}</PageHeading>
      <p className="lead">{t("contacts.directory.intro")}</p>
      <WithReference>{(reference) => <Directory reference={reference} />}</WithReference>
    </>
  );
}
