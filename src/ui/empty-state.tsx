import type { ComponentType, ReactNode, SVGProps } from "react";

/**
 * An empty list that explains itself: what would be here, why it is empty, and the next step (a link or button
 * passed as `action`), so a page is never just a heading. The title is a heading of its own (level 2 by
 * default, under the page's h1) so it can be reached by heading navigation; `Icon` is decorative.
 */
export function EmptyState({
  title,
  body,
  action,
  Icon,
  level = 2,
}: {
  title: string;
  body: ReactNode;
  action?: ReactNode;
  Icon?: ComponentType<SVGProps<SVGSVGElement>>;
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div
      data-empty-state
      className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-zinc-400 bg-white p-6 dark:border-zinc-600 dark:bg-zinc-900"
    >
      {Icon && <Icon aria-hidden="true" className="size-8 text-zinc-500 dark:text-zinc-400" />}
      <Heading className="text-lg font-semibold">{title}</Heading>
      <div className="flex flex-col gap-2 text-zinc-700 dark:text-zinc-300">{body}</div>
      {action && <div className="flex flex-wrap gap-3">{action}</div>}
    </div>
  );
}
