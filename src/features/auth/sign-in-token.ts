let pendingToken: string | null = null;

/**
 * Reads the magic-link token from the URL fragment and removes it from the address bar and history at once,
 * before anything renders, so it cannot leak through screenshots, history sync or a Referer.
 */
export function captureSignInToken(location: Location = window.location, history: History = window.history): void {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match?.[1]) return;
  pendingToken = decodeURIComponent(match[1]);
  history.replaceState(history.state, "", `${location.pathname}${location.search}`);
}

export function pendingSignInToken(): string | null {
  return pendingToken;
}

export function forgetSignInToken(): void {
  pendingToken = null;
}
