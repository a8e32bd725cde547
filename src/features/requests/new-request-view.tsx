import { useSuspenseQuery } from "@tanstack/react-query";
import { useTranslation } from "../../i18n/use-translation.ts";
import { Link, useSearchParams } from "react-router";
import { isRequestType } from "../../api/contract/request-types.ts";
import { dataQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { CorrectionForm } from "./correction-form.tsx";
import { DeletionForm } from "./deletion-form.tsx";
import { SimpleRequestForm } from "./simple-request-form.tsx";

/** Files a request of the type in the URL; a correction names its item there too, so any item can link here. */
export function NewRequestView() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const data = useSuspenseQuery(dataQuery(useApi())).data;
  const asked = params.get("type");
  const type = isRequestType(asked) ? asked : "access";

  const body = (() => {
    if (type === "deletion") return <DeletionForm items={data.items} />;
    if (type !== "correction") return <SimpleRequestForm type={type} />;
    const item = data.items.find((candidate) => candidate.id === params.get("item") && candidate.correctable);
    if (!item)
      return (
        <p>
          {t("requests.correction.pickItem")}{" "}
          <Link className="underline" to="/data">
            {t("requests.correction.toData")}
          </Link>
        </p>
      );
    return <CorrectionForm item={item} />;
  })();

  return (
    <div className="flex flex-col gap-4">
      <h2 className="text-xl font-semibold">{t(`requests.new.${type}`)}</h2>
      {body}
    </div>
  );
}
