import { checkContactPointForm, type ContactPointFormValues } from "../../domain/contactPoints";
import { fieldErrorsFrom, validationMessages, type FieldErrors } from "../../components/form";

export function validateContactPoint(values: ContactPointFormValues): FieldErrors<keyof ContactPointFormValues> {
  return fieldErrorsFrom(checkContactPointForm(values), validationMessages);
}
