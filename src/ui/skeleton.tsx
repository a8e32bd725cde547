/** Grey shapes where content will be; pulses unless the person asked for reduced motion. Hidden from screen readers. */
export function SkeletonBlocks({ cards = 2 }: { cards?: number }) {
  return (
    <div aria-hidden="true" className="flex flex-col gap-4" data-skeleton>
      {Array.from({ length: cards }, (_, index) => (
        <div
          key={index}
          className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-4 motion-safe:animate-pulse dark:border-zinc-700 dark:bg-zinc-900"
        >
          <div className="h-5 w-2/5 rounded bg-zinc-200 dark:bg-zinc-700" />
          <div className="h-4 w-4/5 rounded bg-zinc-200 dark:bg-zinc-700" />
          <div className="h-4 w-3/5 rounded bg-zinc-200 dark:bg-zinc-700" />
        </div>
      ))}
    </div>
  );
}
