import { Outlet } from "react-router";
import { Brand } from "./brand.tsx";
import { Footer } from "./footer.tsx";
import { LocaleSwitcher } from "./locale-switcher.tsx";
import { SkipLink } from "./skip-link.tsx";

export function Component() {
  return (
    <div className="flex min-h-screen flex-col bg-zinc-50 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <SkipLink />
      <header data-shell className="border-b border-zinc-200 bg-white px-4 py-3 dark:border-zinc-700 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-4xl items-center justify-between gap-3">
          <Brand />
          <LocaleSwitcher compact />
        </div>
      </header>
      <main id="main" className="mx-auto flex w-full max-w-xl flex-col gap-6 px-4 py-8">
        <Outlet />
      </main>
      <Footer />
    </div>
  );
}
