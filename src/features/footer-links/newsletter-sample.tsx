import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "../../i18n/use-translation.ts";
import { useApi } from "../../api/client/use-api.ts";
import { useConfig } from "../../config/use-config.ts";

/**
 * Demo only: a marketing email to this address with its footer links, signed by the backend (in the browser
 * with the demo key, or by a development server), so the footer-link flow can be tried with no mailbox.
 */
export function NewsletterSample({ email }: { email: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const config = useConfig();
  const links = useQuery({
    queryKey: ["dev-footer-links", email],
    queryFn: () => api.devMintFooterLink({ email, topicId: "newsletter", channelId: "email" }),
    retry: false,
    staleTime: Infinity,
  });
  // Unknown addresses and production servers have none: then there is simply no sample.
  if (!links.isSuccess) return null;
  return (
    <aside
      aria-labelledby="newsletter-sample-title"
      className="rounded-lg border-2 border-dashed border-amber-600 bg-white p-4 text-zinc-900 dark:border-amber-400 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <h2 id="newsletter-sample-title" className="text-lg font-semibold">
        {t("footerLink.sample.title", { company: config.company.name })}
      </h2>
      <p className="text-sm">{t("footerLink.sample.body")}</p>
      <p className="mt-2 flex flex-wrap gap-4 border-t border-zinc-300 pt-2 text-sm">
        <a className="font-medium underline" href={links.data.preferencesUrl}>
          {t("footerLink.sample.preferences")}
        </a>
        <a className="font-medium underline" href={links.data.unsubscribeUrl}>
          {t("footerLink.sample.unsubscribe")}
        </a>
      </p>
    </aside>
  );
}
