import { useTranslation } from "react-i18next";
import type { PurposeStatusValue } from "../../api/contract/consents.ts";

/** Each status has its own look as well as its own words, so it can be told apart without reading colour. */
const looks: Record<PurposeStatusValue, string> = {
  granted:
    "border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100",
  not_objected:
    "border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100",
  withdrawn: "border-zinc-500 bg-zinc-100 text-zinc-900 dark:border-zinc-400 dark:bg-zinc-800 dark:text-zinc-100",
  objected: "border-zinc-500 bg-zinc-100 text-zinc-900 dark:border-zinc-400 dark:bg-zinc-800 dark:text-zinc-100",
  expired: "border-amber-700 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50",
  never_asked: "border-dashed border-zinc-500 bg-white text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100",
};
const marks: Record<PurposeStatusValue, string> = {
  granted: "✓",
  not_objected: "✓",
  withdrawn: "✕",
  objected: "✕",
  expired: "!",
  never_asked: "–",
};

export function StatusBadge({ status }: { status: PurposeStatusValue }) {
  const { t } = useTranslation();
  return (
    <span
      data-status={status}
      className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-medium ${looks[status]}`}
    >
      <span aria-hidden="true">{marks[status]}</span>
      {t(`consents.state.${status}`)}
    </span>
  );
}
