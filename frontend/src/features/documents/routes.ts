// The document library (M20–M22): the library with its filters, a new document, one document with
// its versions, languages and distributions, and the page a personal link of a distribution opens
// (anyone holding the link, without signing in).

import { lazy } from "react";
import { definePath, integerId, type Segment } from "../../domain/routing";
import { defineRoutes, pathsOf, route } from "../../components/routes";
import { asDocumentId } from "./model";
import { canManageDocuments } from "./rules";

const document = integerId(asDocumentId);
const token: Segment<string> = {
  parse: (text) => (/^[A-Za-z0-9_-]{1,128}$/.test(text) ? text : null),
  format: (value) => value,
};

export const documentRoutes = defineRoutes({
  documents: route({
    path: definePath("/documents"),
    page: lazy(() => import("./DocumentsPage")),
    nav: { label: "nav.documents", order: 42, description: "documents.homeDescription" },
  }),
  newDocument: route({
    path: definePath("/documents/new"),
    page: lazy(() => import("./NewDocumentPage")),
    allowed: canManageDocuments,
  }),
  document: route({
    path: definePath("/documents/:id", { id: document }),
    page: lazy(() => import("./DocumentPage")),
  }),
  receivedDocument: route({
    path: definePath("/received/:token", { token }),
    page: lazy(() => import("./ReceivedDocumentPage")),
    audience: "anyone",
  }),
});

export const documentPaths = pathsOf(documentRoutes);
