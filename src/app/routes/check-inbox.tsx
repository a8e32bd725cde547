import { useTranslation } from "../../i18n/use-translation.ts";
import { Navigate, useLocation } from "react-router";
import { z } from "zod/mini";
import { emailAddressSchema } from "../../api/contract/email-address.ts";
import { CheckInbox } from "../../features/auth/check-inbox.tsx";
import { DemoInbox } from "../../features/auth/demo-inbox.tsx";
import { NewsletterSample } from "../../features/footer-links/newsletter-sample.tsx";
import { PageHeading } from "../../ui/page-heading.tsx";

/** The address travels in history state, not the URL, so it never lands in logs or shared links. */
const stateSchema = z.object({ email: emailAddressSchema, redirectTo: z.optional(z.string()) });

export function Component() {
  const { t } = useTranslation();
  const location = useLocation();
  const state = stateSchema.safeParse(location.state);
  if (!state.success) return <Navigate to="/sign-in" replace />;
  return (
    <>
      <PageHeading title={t("auth.checkInbox.title")} />
      <CheckInbox email={state.data.email} redirectTo={state.data.redirectTo} />
      <DemoInbox email={state.data.email} />
      <NewsletterSample email={state.data.email} />
    </>
  );
}
