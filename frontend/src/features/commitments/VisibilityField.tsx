// Who will read an answer's text and files, chosen by its writer and said in plain words: the
// network (the Secretariat and member countries' officers, the default), every participant (also
// observers and civil society), or the Secretariat and the writer's own delegation only. The
// answer grid's state (answered, done) is seen by everyone who reads the commitment whatever is chosen.

import { answerVisibilities, type AnswerVisibility } from "../../domain/meetings";
import { useI18n } from "../../components/i18n";

export function VisibilityField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: AnswerVisibility;
  onChange: (value: AnswerVisibility) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="field fieldset" aria-describedby={`${id}-hint`}>
      <legend className="field-label">{t("commitments.answer.visibility")}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t("commitments.answer.visibilityHint")}
      </p>
      <div className="checkboxes" id={id} tabIndex={-1}>
        {answerVisibilities.map((option) => {
          const optionId = `${id}-${option}`;
          return (
            <div className="checkbox" key={option}>
              <input
                type="radio"
                id={optionId}
                name={id}
                value={option}
                checked={value === option}
                onChange={() => onChange(option)}
                aria-describedby={`${optionId}-says`}
              />
              <label htmlFor={optionId}>
                <strong>{t(`commitments.visibility.${option}.label`)}</strong>{" "}
                <span id={`${optionId}-says`}>{t(`commitments.visibility.${option}.says`)}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A short badge saying who reads an answer, shown on the answer itself. */
export function VisibilityBadge({ visibility }: { visibility: AnswerVisibility }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-visibility-${visibility}`} title={t(`commitments.visibility.${visibility}.says`)}>
      {t(`commitments.visibility.${visibility}.badge`)}
    </span>
  );
}
