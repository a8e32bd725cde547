import { magicLinkRequestSchema } from "../../api/contract/session.ts";

/** Only paths inside this app, by the same rule the server applies to `redirectTo`; anything else is dropped. */
export function safeRedirect(value: string | null | undefined): string | undefined {
  const result = magicLinkRequestSchema.shape.redirectTo.safeParse(value ?? undefined);
  return result.success ? result.data : undefined;
}
