import type { KeyValueStorage } from "./memory-storage.ts";

/** Where this tab keeps its session token: like a session cookie, it ends with the tab. */
export const sessionKey = "candor.mock.session.v1";
/** Beside a staff console session, the on-behalf view's token (the server's second cookie). */
export const viewKey = "candor.mock.view.v1";

/**
 * Like a browser that sends no session cookie, a tab holding no token has no session, whatever the demo's data
 * says. Without zod or the demo's data, so the app can tell before it loads the in-browser backend (issue 12).
 */
export function tabHoldsNoSession(tab: Pick<KeyValueStorage, "getItem">): boolean {
  return tab.getItem(sessionKey) === null && tab.getItem(viewKey) === null;
}
