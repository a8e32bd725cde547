import type { ReactNode } from "react";

/**
 * An empty list that explains itself: what would be here, why it is empty, and the next step (a link or button
 * passed as `action`), so a page is never just a heading.
 */
export function EmptyState({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <div
      data-empty-state
      className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-zinc-400 bg-white p-6 dark:border-zinc-600 dark:bg-zinc-900"
    >
      <p className="font-semibold">{title}</p>
      <p className="text-zinc-700 dark:text-zinc-300">{body}</p>
      {action}
    </div>
  );
}
