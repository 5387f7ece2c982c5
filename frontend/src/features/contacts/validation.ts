import { checkContactPointForm, type ContactPointFormValues } from "../../domain/contactPoints";
import { fieldErrorsFrom, type FieldErrors } from "../../components/form";
import type { Message } from "../../components/messages";

const messages = {
  required: { key: "errors.required" },
  invalidDate: { key: "errors.invalidDate" },
  dateOrder: { key: "errors.dateOrder" },
  tooLong: { key: "errors.tooLong" },
} as const satisfies Record<string, Message>;

export function validateContactPoint(values: ContactPointFormValues): FieldErrors<keyof ContactPointFormValues> {
  return fieldErrorsFrom(checkContactPointForm(values), messages);
}
