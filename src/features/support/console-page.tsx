import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { sessionQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import type { CustomerMatch } from "../../api/contract/support.ts";
import { PageHeading } from "../../ui/page-heading.tsx";
import { CustomerSearch } from "./customer-search.tsx";
import { OpenViewForm } from "./open-view-form.tsx";
import { OpenViewNotice } from "./open-view-notice.tsx";

/** Find one customer exactly, then open their privacy center with a reason. */
export function Component() {
  const { t } = useTranslation();
  const session = useQuery(sessionQuery(useApi())).data;
  const [chosen, setChosen] = useState<CustomerMatch | null>(null);
  // During a view the session answers as the view, which names no role; the server still decides who may act.
  const mayAct = session?.actor.kind === "staff" ? session.actor.role === "support_lead" : true;

  return (
    <>
      <PageHeading title={t("support.console.title")} />
      {session?.actor.kind === "support" && <OpenViewNotice session={session} />}
      <CustomerSearch chosen={chosen} onChoose={setChosen} />
      {chosen && <OpenViewForm key={chosen.customerId} customer={chosen} mayAct={mayAct} />}
    </>
  );
}
