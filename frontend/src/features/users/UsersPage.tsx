// The secretariat's list of users, searchable by name or e-mail, role and country.

import { useState, type FormEvent } from "react";
import type { UserFilter } from "../../api/client";
import { asCountryCode } from "../../domain/ids";
import { roles, type Role } from "../../domain/model";
import { SelectField, TextField } from "../../components/fields";
import { Empty, LoadPending, MessageNotice } from "../../components/feedback";
import { useFlash } from "../../components/flash";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link, navigate, useLocation } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { Table } from "../../components/Table";
import { WithReference, type ReferenceData, useApi } from "../../app";
import { Affiliation, roleOptions } from "./parts";
import { userPaths } from "./routes";

type Filter = { q: string; role: string; country: string };

function UsersList({ reference }: { reference: ReferenceData }) {
  const api = useApi();
  const { t, text } = useI18n();
  const location = useLocation();
  const flash = useFlash();
  const applied: Filter = {
    q: location.search.get("q") ?? "",
    role: location.search.get("role") ?? "",
    country: location.search.get("country") ?? "",
  };
  const [values, setValues] = useState(applied);
  const apiFilter: UserFilter = {
    q: applied.q,
    role: (roles as readonly string[]).includes(applied.role) ? (applied.role as Role) : "",
    country: applied.country ? asCountryCode(applied.country) : "",
  };
  const load = useLoad(() => api.users(apiFilter), JSON.stringify(apiFilter));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
    const search = params.toString();
    navigate(userPaths.users() + (search ? `?${search}` : ""));
  };
  return (
    <>
      {flash && <MessageNotice message={flash} />}
      <p>
        <Link to={userPaths.newUser()} className="button">
          {t("users.new")}
        </Link>
      </p>
      <form className="filters" onSubmit={submit} aria-label={t("users.filtersLabel")}>
        <div className="filter-fields">
          <TextField id="users-q" label={t("users.search")} type="search" optionalMarker={false}
            value={values.q} onChange={(q) => setValues((v) => ({ ...v, q }))} />
          <SelectField id="users-role" label={t("users.fields.role")} optionalMarker={false} placeholder={t("common.all")}
            value={values.role} onChange={(role) => setValues((v) => ({ ...v, role }))} options={roleOptions(t)} />
          <SelectField id="users-country" label={t("users.fields.country")} optionalMarker={false} placeholder={t("common.all")}
            value={values.country} onChange={(country) => setValues((v) => ({ ...v, country }))}
            options={reference.countries.filter((c) => c.status === "member").map((c) => ({ value: c.code, label: text(c.name) }))} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {t("common.search")}
          </button>
        </div>
      </form>
      <section aria-labelledby="users-results" className="results">
        <h2 id="users-results">{t("users.results")}</h2>
        <LoadPending load={load} />
        {load.state === "ready" &&
          (load.data.length === 0 ? (
            <Empty>{t("users.empty")}</Empty>
          ) : (
            <Table labelledBy="users-results"
              columns={[t("users.fields.name"), t("users.fields.role"), t("users.affiliation"), t("users.fields.active")]}>
              {load.data.map((user) => (
                <tr key={user.id}>
                  <td>
                    <Link to={userPaths.user(user.id)}>{user.name}</Link>
                    <span className="table-sub break">{user.email}</span>
                  </td>
                  <td>{t(`roles.${user.role}`)}</td>
                  <td>
                    <Affiliation user={user} reference={reference} />
                  </td>
                  <td>{user.active ? t("users.activeYes") : t("users.activeNo")}</td>
                </tr>
              ))}
            </Table>
          ))}
      </section>
    </>
  );
}

export default function UsersPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t("users.title")}>{t("users.title")}</PageHeading>
      <p className="lead">{t("users.intro")}</p>
      <WithReference>{(reference) => <UsersList reference={reference} />}</WithReference>
    </>
  );
}
