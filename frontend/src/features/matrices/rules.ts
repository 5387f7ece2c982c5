// What the matrices' pages offer whom, mirroring the server's rules (backend/src/matrices/domain/
// matrix_policy.hpp), and the small computations the pages share. Pure: tested without a browser.

import type { User } from "../../domain/model";
import type { Column, ColumnState, Matrix, MatrixCell, MatrixTopicId } from "./model";

/** Everyone signed in reads the published matrices. */
export function canReadMatrices(user: User): boolean {
  return user !== null;
}

/** A country's column in a round: the Secretariat and that country's officers. */
export function canWorkOnColumn(user: User, country: string): boolean {
  return user.role === "secretariat" || (user.role === "country_officer" && user.country === country);
}

export function canManage(user: User): boolean {
  return user.role === "secretariat";
}

export function isEditable(state: ColumnState): boolean {
  return state === "not_started" || state === "draft" || state === "returned";
}

/** The cell of a topic and country in the matrix as read; undefined where nothing is published. */
export function cellAt(matrix: Pick<Matrix, "cells">, topic: MatrixTopicId, country: string): MatrixCell | undefined {
  return matrix.cells.find((cell) => cell.topic === topic && cell.country === country);
}

/** Who has reported by the deadline: submitted or validated columns, of all. */
export function progress(columns: readonly Pick<Column, "state">[]): { reported: number; validated: number; total: number } {
  return {
    reported: columns.filter((column) => column.state === "submitted" || column.state === "validated").length,
    validated: columns.filter((column) => column.state === "validated").length,
    total: columns.length,
  };
}

/** Whether any word of `query` (accent- and case-insensitive) is in `text`. */
export function matches(text: string, query: string): boolean {
  const fold = (value: string) => value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  const haystack = fold(text);
  return words.every((word) => haystack.includes(word));
}
