// The cooperation requests' calls, over the typed client's transport (src/api/http.ts, the only code
// that calls fetch): one function per route of backend/src/cooperation/README.md. Kept with the
// feature until the client is generated from the OpenAPI document.

import type { EnlaceApi } from "../../api/client";
import type { FileId, Version } from "../../domain/ids";
import type {
  CooperationFilter,
  CooperationRequest,
  CooperationRequestChange,
  CooperationRequestDetail,
  CooperationRequestId,
  CooperationRequestInput,
  StepAction,
} from "./model";

const base = "/api/v1/cooperation-requests";

export type CooperationApi = ReturnType<typeof cooperationApi>;

export function cooperationApi(api: EnlaceApi) {
  const transport = api.transport;
  return {
    async list(filter: CooperationFilter = {}): Promise<readonly CooperationRequest[]> {
      return (await transport.request<{ items: readonly CooperationRequest[] }>("GET", base, { query: filter })).data.items;
    },
    async get(id: CooperationRequestId): Promise<CooperationRequestDetail> {
      return (await transport.request<CooperationRequestDetail>("GET", `${base}/${id}`)).data;
    },
    async create(input: CooperationRequestInput): Promise<CooperationRequestDetail> {
      return (await transport.request<CooperationRequestDetail>("POST", base, { body: input })).data;
    },
    async update(id: CooperationRequestId, change: CooperationRequestChange, version: Version): Promise<CooperationRequestDetail> {
      return (await transport.request<CooperationRequestDetail>("PATCH", `${base}/${id}`, { body: change, ifMatch: version })).data;
    },
    /** Takes a step: JSON with the note, or multipart/form-data when files come with it. */
    async step(
      id: CooperationRequestId,
      action: StepAction,
      note: string,
      files: readonly File[],
      version: Version,
      progress?: { onProgress?: (sent: number, total: number) => void; signal?: AbortSignal },
    ): Promise<CooperationRequestDetail> {
      let body: unknown = { note };
      if (files.length > 0) {
        const data = new FormData();
        data.append("note", note);
        for (const file of files) data.append("file", file, file.name);
        body = data;
      }
      return (
        await transport.request<CooperationRequestDetail>("POST", `${base}/${id}/${action}`, {
          body,
          ifMatch: version,
          ...(files.length > 0 && progress?.onProgress ? { onUploadProgress: progress.onProgress } : {}),
          ...(progress?.signal ? { signal: progress.signal } : {}),
        })
      ).data;
    },
    /** A plain link: the browser downloads it with the session cookie. */
    fileUrl(id: CooperationRequestId, file: FileId): string {
      return transport.url(`${base}/${id}/files/${file}`);
    },
  };
}
