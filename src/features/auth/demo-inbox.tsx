import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "../../i18n/use-translation.ts";
import { normalizeEmailAddress } from "../../api/contract/email-address.ts";
import { devOutboxQuery } from "../../api/client/queries.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useDateFormat } from "../../i18n/format.ts";

/** Demo only: shows what the mock or a development server would have emailed, so sign-in can be tried with no mailbox. */
export function DemoInbox({ email }: { email: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useDateFormat();
  const outbox = useQuery({ ...devOutboxQuery(api), refetchInterval: 2000 });
  if (!outbox.isSuccess) return null;
  const address = normalizeEmailAddress(email);
  const messages = outbox.data.filter((message) => normalizeEmailAddress(message.to) === address);

  return (
    <aside
      aria-labelledby="demo-inbox-title"
      className="rounded-lg border-2 border-dashed border-amber-600 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 id="demo-inbox-title" className="text-lg font-semibold">
        {t("auth.demoInbox.title")}
      </h2>
      <p className="text-sm">{t("auth.demoInbox.explainer")}</p>
      {messages.length === 0 ? (
        <p className="mt-2">{t("auth.demoInbox.empty")}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2">
          {messages.slice(0, 3).map((message) => (
            <li
              key={message.id}
              className="rounded border border-amber-600 bg-white p-3 text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100"
            >
              {/* The email's own words, rendered from the email catalogs in the customer's language. */}
              <p className="font-medium" translate="no">
                {message.subject}
              </p>
              <p className="text-sm">
                <time dateTime={message.at}>{format.moment(message.at)}</time>
              </p>
              {message.link && (
                <a className="mt-1 inline-block font-medium underline" href={message.link}>
                  {t("auth.demoInbox.open")}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
