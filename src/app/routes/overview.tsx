import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "../../i18n/use-translation.ts";
import { sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { Overview } from "../../features/overview/overview.tsx";
import { PageHeading } from "../../ui/page-heading.tsx";

export function Component() {
  const { t } = useTranslation();
  const session = useQuery(sessionQuery(useApi()));
  const name = session.data?.subject.name;
  return (
    <>
      <PageHeading title={name ? t("overview.greeting", { name }) : t("overview.title")} />
      <Overview />
    </>
  );
}
