import { Loading } from "../../ui/loading.tsx";
import { Brand } from "./brand.tsx";

/** While the first route's code and data load: the operator's brand and a page skeleton, never a blank screen. */
export function AppLoading() {
  return (
    <div className="flex min-h-screen flex-col bg-zinc-50 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <header className="border-b border-zinc-200 bg-white px-4 py-2 dark:border-zinc-700 dark:bg-zinc-900">
        <div className="mx-auto max-w-4xl">
          <Brand />
        </div>
      </header>
      <main id="main" className="mx-auto flex w-full max-w-4xl flex-col gap-6 px-4 py-6">
        <div aria-hidden="true" className="h-8 w-3/5 rounded bg-zinc-200 motion-safe:animate-pulse dark:bg-zinc-700" />
        <Loading cards={3} />
      </main>
    </div>
  );
}
