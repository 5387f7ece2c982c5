// Reference data that every page needs and that rarely changes: the process, its countries,
// organisations, networks and topics. Loaded once per visit (five small public GETs in
// parallel) and shared; pages look names up by code.

import { createContext, useContext, type ReactNode } from "react";
import type { EnlaceApi } from "../api/client";
import type { CountryCode, NetworkCode, OrganizationCode, TopicCode } from "../domain/ids";
import type { Country, Network, Organization, Process, Topic } from "../domain/model";
import { useLoad, type Load } from "../components/useLoad";
import { Loading, LoadFailure } from "../components/feedback";

export type ReferenceData = {
  readonly process: Process;
  readonly countries: readonly Country[];
  readonly organizations: readonly Organization[];
  readonly networks: readonly Network[];
  readonly topics: readonly Topic[];
  readonly country: (code: string | null | undefined) => Country | undefined;
  readonly organization: (code: string | null | undefined) => Organization | undefined;
  readonly network: (code: string | null | undefined) => Network | undefined;
  readonly topic: (code: string | null | undefined) => Topic | undefined;
};

function index<T extends { code: string }>(items: readonly T[]): (code: string | null | undefined) => T | undefined {
  const map = new Map(items.map((item) => [item.code, item]));
  return (code) => (code ? map.get(code) : undefined);
}

export async function loadReferenceData(api: EnlaceApi): Promise<ReferenceData> {
  const [process, countries, organizations, networks, topics] = await Promise.all([
    api.process(),
    api.countries(),
    api.organizations(),
    api.networks(),
    api.topics(),
  ]);
  return {
    process,
    countries,
    organizations,
    networks,
    topics,
    country: index<Country & { code: CountryCode }>(countries),
    organization: index<Organization & { code: OrganizationCode }>(organizations),
    network: index<Network & { code: NetworkCode }>(networks),
    topic: index<Topic & { code: TopicCode }>(topics),
  };
}

const ReferenceContext = createContext<Load<ReferenceData> | null>(null);

export function ReferenceProvider({ api, children }: { api: EnlaceApi; children: ReactNode }) {
  const load = useLoad(() => loadReferenceData(api), "reference");
  return <ReferenceContext.Provider value={load}>{children}</ReferenceContext.Provider>;
}

export function useReferenceLoad(): Load<ReferenceData> {
  const value = useContext(ReferenceContext);
  if (!value) throw new Error("useReferenceLoad outside ReferenceProvider");
  return value;
}

/** The reference data, or null while it loads. */
export function useReference(): ReferenceData | null {
  const load = useReferenceLoad();
  return load.state === "ready" ? load.data : null;
}

/** Renders its children once the reference data is there; a loading or failure notice before. */
export function WithReference({ children }: { children: (reference: ReferenceData) => ReactNode }) {
  const load = useReferenceLoad();
  if (load.state === "loading") return <Loading />;
  if (load.state === "failed") return <LoadFailure error={load.error} onRetry={load.reload} />;
  return <>{children(load.data)}</>;
}
