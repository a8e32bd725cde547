import { useEffect } from "react";

/** Every page's h1; it also names the browser tab, and the shell moves focus here after each navigation. */
export function PageHeading({ title }: { title: string }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <h1 tabIndex={-1} data-page-heading className="text-2xl font-bold tracking-tight focus:outline-none sm:text-3xl">
      {title}
    </h1>
  );
}
