import {
  Ban,
  CircleAlert,
  CircleCheck,
  CircleCheckBig,
  CircleDashed,
  CircleDot,
  CircleMinus,
  CirclePause,
  CircleSlash,
  CircleX,
  Clock,
  Hourglass,
  Inbox,
  ShieldQuestion,
} from "lucide-react";
import type { ComponentType, SVGProps } from "react";

type Tone = "good" | "neutral" | "attention" | "urgent" | "progress";

/**
 * Each tone in its own colour, with a dark-scheme value (src/index.css), and its own fill: settled-good and urgent
 * states are tinted, neutral ones plain, so two badges differ in more than hue even in greyscale.
 */
const tones: Record<Tone, string> = {
  good: "border-status-good text-status-good bg-status-good/10",
  neutral: "border-status-neutral text-status-neutral bg-transparent",
  attention: "border-status-attention text-status-attention bg-status-attention/10",
  urgent: "border-status-urgent text-status-urgent bg-status-urgent/10 font-semibold",
  progress: "border-status-progress text-status-progress bg-transparent",
};

/**
 * Every status a page shows, with its tone and an icon of its own: the word carries the meaning, colour and shape
 * help. Purpose statuses (contract `PurposeStatusValue`), request statuses (`RequestStatus`), and the two a rule
 * derives: `paused` (messages paused until a date) and `overdue` (an open request past its legal due day).
 */
const looks = {
  // consents
  granted: { Icon: CircleCheck, tone: "good" },
  not_objected: { Icon: CircleDot, tone: "good" },
  withdrawn: { Icon: CircleMinus, tone: "neutral" },
  objected: { Icon: CircleX, tone: "neutral" },
  expired: { Icon: Clock, tone: "attention" },
  never_asked: { Icon: CircleDashed, tone: "neutral" },
  // requests
  received: { Icon: Inbox, tone: "progress" },
  verifying: { Icon: ShieldQuestion, tone: "attention" },
  in_progress: { Icon: Hourglass, tone: "progress" },
  completed: { Icon: CircleCheckBig, tone: "good" },
  rejected: { Icon: Ban, tone: "urgent" },
  cancelled: { Icon: CircleSlash, tone: "neutral" },
  // derived
  paused: { Icon: CirclePause, tone: "attention" },
  overdue: { Icon: CircleAlert, tone: "urgent" },
} satisfies Record<string, { Icon: ComponentType<SVGProps<SVGSVGElement>>; tone: Tone }>;

export type BadgeStatus = keyof typeof looks;
export const badgeStatuses = Object.keys(looks) as BadgeStatus[];

/** A status in words with its icon, e.g. "Given" (granted) or "Overdue"; `label` is the reader's language. */
export function StatusBadge({ status, label }: { status: BadgeStatus; label: string }) {
  const { Icon, tone } = looks[status];
  return (
    <span
      data-status={status}
      data-tone={tone}
      className={`inline-flex max-w-full items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-medium ${tones[tone]}`}
    >
      <Icon aria-hidden="true" data-icon={status} className="size-4 shrink-0" />
      <span className="min-w-0 break-words">{label}</span>
    </span>
  );
}
