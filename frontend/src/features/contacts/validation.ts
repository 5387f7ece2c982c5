import { checkContactPointForm, type ContactPointFormValues } from "../../domain/contactPoints";
import type { FieldErrors } from "../../components/form";
import type { Message } from "../../components/messages";

const messages = {
  required: { key: "errors.required" },
  invalidDate: { key: "errors.invalidDate" },
  dateOrder: { key: "errors.dateOrder" },
  tooLong: { key: "errors.tooLong" },
} as const satisfies Record<string, Message>;

export function validateContactPoint(values: ContactPointFormValues): FieldErrors<keyof ContactPointFormValues> {
  const errors: FieldErrors<keyof ContactPointFormValues> = {};
  for (const [name, problem] of Object.entries(checkContactPointForm(values))) {
    if (problem) errors[name as keyof ContactPointFormValues] = messages[problem];
  }
  return errors;
}
