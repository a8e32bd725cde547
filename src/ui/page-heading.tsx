import { useEffect, useRef } from "react";

let firstPageShown = false;

/**
 * Every page's h1. It names the browser tab and, on every page after the first, takes focus so keyboard and
 * screen-reader users start at the new content rather than wherever the old page left them.
 */
export function PageHeading({ title }: { title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    if (firstPageShown) heading.current?.focus();
    firstPageShown = true;
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold tracking-tight focus:outline-none sm:text-3xl">
      {title}
    </h1>
  );
}
