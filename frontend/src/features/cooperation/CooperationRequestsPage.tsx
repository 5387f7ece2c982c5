// Cooperation requests (M17). A country officer sees where each of their country's requests
// stands — state, partner, how long it has waited at its step, the next step and who takes it —
// and, below, the other member countries' requests as network material. The Technical
// Secretariat sees every request grouped by state, the longest wait first, filtered by state,
// partner and country in the address (so a view can be bookmarked).

import { useState, type FormEvent } from "react";
import type { User } from "../../domain/model";
import { SelectField } from "../../components/fields";
import { Empty, LoadPending, Localized, MessageNotice, Notice } from "../../components/feedback";
import { useFlash } from "../../components/flash";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate, useLocation } from "../../components/router";
import { Table } from "../../components/Table";
import { useLoad } from "../../components/useLoad";
import { WithReference, type ReferenceData, useUser } from "../../app";
import { cooperationStates, type CooperationFilter, type CooperationRequest, type CooperationState } from "./model";
import { NextStep, StateBadge, WaitingTime, partnerOptions, useCooperationApi, useNames } from "./parts";
import { byLongestWait, canCreateCooperationRequest, groupByState } from "./rules";
import { cooperationPaths } from "./routes";
import "./styles.css";

function RequestsTable({
  id,
  caption,
  requests,
  reference,
  user,
  showCountry,
  showState,
}: {
  id: string;
  caption: string;
  requests: readonly CooperationRequest[];
  reference: ReferenceData;
  user: User;
  showCountry: boolean;
  showState: boolean;
}) {
  const { t } = useI18n();
  const names = useNames(reference);
  const columns = [
    t("cooperation.list.columns.request"),
    ...(showCountry ? [t("cooperation.list.columns.country")] : []),
    t("cooperation.list.columns.partner"),
    ...(showState ? [t("cooperation.list.columns.state")] : []),
    t("cooperation.list.columns.waiting"),
    t("cooperation.list.columns.next"),
  ];
  return (
    <Table labelledBy={id} className={`table table-stack cooperation-table${showState ? "" : " cooperation-table-by-state"}`} caption={caption} columns={columns}>
      {requests.map((request) => (
        <tr key={request.id}>
          <td>
            <Link to={cooperationPaths.cooperationRequest(request.id)}>
              <Localized value={request.title} />
            </Link>
          </td>
          {showCountry && <td data-label={t("cooperation.list.columns.country")}>{names.country(request.country)}</td>}
          <td data-label={t("cooperation.list.columns.partner")}>{names.partner(request.partner)}</td>
          {showState && (
            <td data-label={t("cooperation.list.columns.state")}>
              <StateBadge state={request.state} />
            </td>
          )}
          <td data-label={t("cooperation.list.columns.waiting")}>
            <WaitingTime request={request} />
          </td>
          <td data-label={t("cooperation.list.columns.next")}>
            <NextStep user={user} request={request} reference={reference} />
          </td>
        </tr>
      ))}
    </Table>
  );
}

function CountryView({ reference, user }: { reference: ReferenceData; user: User }) {
  const api = useCooperationApi();
  const { t } = useI18n();
  const names = useNames(reference);
  const load = useLoad(() => api.list(), "all");
  const country = names.country(user.country ?? "");
  return (
    <>
      <LoadPending load={load} />
      {load.state === "ready" && (
        <>
          <section aria-labelledby="mine-title" className="cooperation-section">
            <h2 id="mine-title">{t("cooperation.list.mine", { country })}</h2>
            {load.data.some((request) => request.country === user.country) ? (
              <RequestsTable
                id="mine-title"
                caption={t("cooperation.list.mine", { country })}
                requests={load.data.filter((request) => request.country === user.country)}
                reference={reference}
                user={user}
                showCountry={false}
                showState
              />
            ) : (
              <Empty>{t("cooperation.list.mineEmpty", { country })}</Empty>
            )}
          </section>
          <section aria-labelledby="others-title" className="cooperation-section">
            <h2 id="others-title">{t("cooperation.list.others")}</h2>
            <p>{t("cooperation.list.othersIntro")}</p>
            {load.data.some((request) => request.country !== user.country) ? (
              <RequestsTable
                id="others-title"
                caption={t("cooperation.list.others")}
                requests={load.data.filter((request) => request.country !== user.country)}
                reference={reference}
                user={user}
                showCountry
                showState
              />
            ) : (
              <Empty>{t("cooperation.list.othersEmpty")}</Empty>
            )}
          </section>
        </>
      )}
    </>
  );
}

type FilterValues = { state: string; partner: string; country: string };

function filterFromSearch(search: URLSearchParams): FilterValues {
  return { state: search.get("state") ?? "", partner: search.get("partner") ?? "", country: search.get("country") ?? "" };
}

function toApiFilter(values: FilterValues): CooperationFilter {
  const state = (cooperationStates as readonly string[]).includes(values.state) ? (values.state as CooperationState) : "";
  return { state, partner: values.partner, country: values.country };
}

function searchOf(values: FilterValues): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
  const search = params.toString();
  return search ? `?${search}` : "";
}

function Filters({ reference, applied }: { reference: ReferenceData; applied: FilterValues }) {
  const { t, text, language } = useI18n();
  const [values, setValues] = useState(applied);
  const appliedKey = JSON.stringify(applied);
  const [lastApplied, setLastApplied] = useState(appliedKey);
  if (lastApplied !== appliedKey) {
    // The address changed (back button, a link): show what is applied.
    setLastApplied(appliedKey);
    setValues(applied);
  }
  const set = <K extends keyof FilterValues>(name: K, value: FilterValues[K]) => setValues((v) => ({ ...v, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(cooperationPaths.cooperationRequests() + searchOf(values));
  };
  return (
    <form className="filters" onSubmit={submit} aria-label={t("cooperation.list.filtersLabel")}>
      <div className="filter-fields">
        <SelectField
          id="filter-state"
          label={t("cooperation.fields.state")}
          optionalMarker={false}
          value={values.state}
          onChange={(value) => set("state", value)}
          placeholder={t("cooperation.list.anyState")}
          options={cooperationStates.map((state) => ({ value: state, label: t(`cooperation.state.${state}`) }))}
        />
        <SelectField
          id="filter-partner"
          label={t("cooperation.list.columns.partner")}
          optionalMarker={false}
          value={values.partner}
          onChange={(value) => set("partner", value)}
          placeholder={t("common.all")}
          options={partnerOptions(reference, language)}
        />
        <SelectField
          id="filter-country"
          label={t("cooperation.list.columns.country")}
          optionalMarker={false}
          value={values.country}
          onChange={(value) => set("country", value)}
          placeholder={t("common.all")}
          options={reference.countries
            .filter((country) => country.status === "member")
            .map((country) => ({ value: country.code, label: text(country.name) }))}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          {t("cooperation.list.apply")}
        </button>
        <Link to={cooperationPaths.cooperationRequests()} className="button button-secondary">
          {t("cooperation.list.clear")}
        </Link>
      </div>
    </form>
  );
}

function SecretariatView({ reference, user }: { reference: ReferenceData; user: User }) {
  const api = useCooperationApi();
  const location = useLocation();
  const { t } = useI18n();
  const applied = filterFromSearch(location.search);
  const filter = toApiFilter(applied);
  const load = useLoad(() => api.list(filter), JSON.stringify(filter));
  return (
    <>
      <Filters reference={reference} applied={applied} />
      <section aria-labelledby="by-state-title" className="cooperation-section">
        <h2 id="by-state-title">{t("cooperation.list.byState")}</h2>
        <LoadPending load={load} />
        {load.state === "ready" && (
          <>
            <p role="status" className="result-count">
              {load.data.length === 1 ? t("cooperation.list.countOne") : t("cooperation.list.countMany", { count: load.data.length })}
            </p>
            {load.data.some((request) => request.waiting?.overdue) && (
              <Notice tone="warning">
                <p>
                  {load.data.filter((request) => request.waiting?.overdue).length === 1
                    ? t("cooperation.list.overdueOne")
                    : t("cooperation.list.overdueCount", { count: load.data.filter((request) => request.waiting?.overdue).length })}
                </p>
              </Notice>
            )}
            {load.data.length === 0 && <Empty>{t("cooperation.list.empty")}</Empty>}
            {groupByState(load.data).map((group) => (
              <section key={group.state} className="cooperation-state-group" aria-labelledby={`state-${group.state}`}>
                <h3 id={`state-${group.state}`}>
                  <StateBadge state={group.state} /> <span className="count">({group.items.length})</span>
                </h3>
                <RequestsTable
                  id={`state-${group.state}`}
                  caption={t(`cooperation.state.${group.state}`)}
                  requests={[...group.items].sort(byLongestWait)}
                  reference={reference}
                  user={user}
                  showCountry
                  showState={false}
                />
              </section>
            ))}
          </>
        )}
      </section>
    </>
  );
}

export default function CooperationRequestsPage() {
  const user = useUser();
  const { t } = useI18n();
  const flash = useFlash();
  return (
    <>
      <PageHeading title={t("cooperation.list.title")}>{t("cooperation.list.title")}</PageHeading>
      <p className="lead">{t("cooperation.list.intro")}</p>
      {flash && <MessageNotice message={flash} />}
      {canCreateCooperationRequest(user) && (
        <p>
          <Link to={cooperationPaths.newCooperationRequest()} className="button">
            {t("cooperation.list.newRequest")}
          </Link>
        </p>
      )}
      <WithReference>
        {(reference) => (user.role === "secretariat" ? <SecretariatView reference={reference} user={user} /> : <CountryView reference={reference} user={user} />)}
      </WithReference>
    </>
  );
}
