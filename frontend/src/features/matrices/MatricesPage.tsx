// The process's legislation matrices: one line each, with its subject.

import { Empty, LoadPending, Localized } from "../../components/feedback";
import { useI18n } from "../../components/i18n";
import { PageHeading } from "../../components/PageHeading";
import { Link } from "../../components/router";
import { useLoad } from "../../components/useLoad";
import { useMatricesApi } from "./parts";
import { matricesPaths } from "./routes";

export default function MatricesPage() {
  const api = useMatricesApi();
  const { t } = useI18n();
  const load = useLoad(() => api.list(), "matrices");
  return (
    <>
      <PageHeading title={t("matrices.list.title")}>{t("matrices.list.title")}</PageHeading>
      <LoadPending load={load} />
      {load.state === "ready" &&
        (load.data.length === 0 ? (
          <Empty>{t("matrices.list.empty")}</Empty>
        ) : (
          <ul className="matrix-list">
            {load.data.map((matrix) => (
              <li key={matrix.id}>
                <Link to={matricesPaths.matrix(matrix.id)}>
                  <Localized value={matrix.title} />
                </Link>
                <span className="matrix-meta"> · {matrix.subject in subjects ? t(`matrices.subject.${matrix.subject as Subject}`) : matrix.subject}</span>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}

const subjects = { smuggling_of_migrants: true, trafficking_in_persons: true } as const;
type Subject = keyof typeof subjects;
