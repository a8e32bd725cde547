/** Only paths inside this app; anything else (other sites, protocol-relative URLs) is dropped. */
export function safeRedirect(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  return value;
}
