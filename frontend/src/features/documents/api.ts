// The document library's calls, over the typed client's transport (src/api/http.ts, the only code
// that calls fetch): one function per route of backend/src/documents/http/routes_documents.cpp.

import type { EnlaceApi } from "../../api/client";
import type { Version } from "../../domain/ids";
import type {
  Distribution,
  DistributionId,
  DistributionInput,
  DocumentDetail,
  DocumentFilter,
  DocumentId,
  DocumentInput,
  DocumentLanguage,
  LibraryDocument,
  ReceivedDocument,
  TranslationInput,
} from "./model";

const base = "/api/v1/documents";

export type DocumentsApi = ReturnType<typeof documentsApi>;

export type VersionUpload = { fileEs: File | null; fileEn: File | null; note: string; name: string };

export function documentsApi(api: EnlaceApi) {
  const transport = api.transport;
  return {
    async list(filter: DocumentFilter = {}): Promise<readonly LibraryDocument[]> {
      return (await transport.request<{ items: readonly LibraryDocument[] }>("GET", base, { query: filter })).data.items;
    },
    async get(id: DocumentId): Promise<DocumentDetail> {
      return (await transport.request<DocumentDetail>("GET", `${base}/${id}`)).data;
    },
    async create(input: DocumentInput): Promise<DocumentDetail> {
      return (await transport.request<DocumentDetail>("POST", base, { body: input })).data;
    },
    async addVersion(
      id: DocumentId,
      upload: VersionUpload,
      progress?: { onProgress?: (sent: number, total: number) => void; signal?: AbortSignal },
    ): Promise<DocumentDetail> {
      const data = new FormData();
      if (upload.fileEs) data.append("file_es", upload.fileEs, upload.fileEs.name);
      if (upload.fileEn) data.append("file_en", upload.fileEn, upload.fileEn.name);
      data.append("note", upload.note);
      if (upload.name) data.append("name", upload.name);
      return (
        await transport.request<DocumentDetail>("POST", `${base}/${id}/versions`, {
          body: data,
          ...(progress?.onProgress ? { onUploadProgress: progress.onProgress } : {}),
          ...(progress?.signal ? { signal: progress.signal } : {}),
        })
      ).data;
    },
    async oweTranslation(id: DocumentId, language: DocumentLanguage, input: TranslationInput): Promise<DocumentDetail> {
      return (await transport.request<DocumentDetail>("PUT", `${base}/${id}/translations/${language}`, { body: input })).data;
    },
    async distribute(id: DocumentId, input: DistributionInput): Promise<Distribution> {
      return (await transport.request<Distribution>("POST", `${base}/${id}/distributions`, { body: input })).data;
    },
    async distributions(id: DocumentId): Promise<readonly Distribution[]> {
      return (await transport.request<{ items: readonly Distribution[] }>("GET", `${base}/${id}/distributions`)).data.items;
    },
    async putInReport(id: DocumentId, distribution: DistributionId, inReport: boolean): Promise<Distribution> {
      return (await transport.request<Distribution>("PUT", `${base}/${id}/distributions/${distribution}/report`, { body: { in_report: inReport } })).data;
    },
    async remind(id: DocumentId, distribution: DistributionId): Promise<Distribution> {
      return (await transport.request<Distribution>("POST", `${base}/${id}/distributions/${distribution}/remind`)).data;
    },
    async received(token: string): Promise<ReceivedDocument> {
      return (await transport.request<ReceivedDocument>("GET", `/api/v1/document-links/${encodeURIComponent(token)}`)).data;
    },
    /** Plain links: the browser downloads them (with the session cookie, or through the personal link). */
    fileUrl(id: DocumentId, version: number, language: DocumentLanguage): string {
      return transport.url(`${base}/${id}/versions/${version}/files/${language}`);
    },
    receivedFileUrl(token: string, language: DocumentLanguage): string {
      return transport.url(`/api/v1/document-links/${encodeURIComponent(token)}/files/${language}`);
    },
  };
}

export type { Version };
