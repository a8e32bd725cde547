import { CircleAlert, CircleCheck, CircleMinus, CirclePause, Clock } from "lucide-react";
import type { ComponentType, SVGProps } from "react";

/** Every status the pages show, mapped to a tone and an icon: the word carries the meaning, colour and shape help. */
const looks = {
  granted: { Icon: CircleCheck, tone: "text-status-good border-status-good" },
  withdrawn: { Icon: CircleMinus, tone: "text-status-neutral border-status-neutral" },
  expired: { Icon: Clock, tone: "text-status-attention border-status-attention" },
  paused: { Icon: CirclePause, tone: "text-status-attention border-status-attention" },
  overdue: { Icon: CircleAlert, tone: "text-status-urgent border-status-urgent" },
} satisfies Record<string, { Icon: ComponentType<SVGProps<SVGSVGElement>>; tone: string }>;

export type BadgeStatus = keyof typeof looks;

/** A status in words with its icon, e.g. "Given" (granted) or "Overdue"; `label` is the reader's language. */
export function StatusBadge({ status, label }: { status: BadgeStatus; label: string }) {
  const { Icon, tone } = looks[status];
  return (
    <span
      data-status={status}
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-medium ${tone}`}
    >
      <Icon aria-hidden="true" className="size-4 shrink-0" />
      {label}
    </span>
  );
}
