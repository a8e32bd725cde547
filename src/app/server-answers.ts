/** Whether the place this app was loaded from answers at all (any status will do: it is the silence that matters). */
export async function serverAnswers(): Promise<boolean> {
  try {
    await fetch(window.location.pathname, { method: "HEAD", cache: "no-store" });
    return true;
  } catch {
    return false;
  }
}

/** A lazy chunk the browser could not fetch: the server (or the network to it) is gone, not the code broken. */
export function isChunkLoadFailure(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message)
  );
}
