import { useTranslation } from "../i18n/use-translation.ts";
import { SkeletonBlocks } from "./skeleton.tsx";

/** Every wait: the shape of what is coming for the eye, and one live "Loading…" for screen readers. */
export function Loading({ cards = 2 }: { cards?: number }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-2">
      <output className="sr-only">{t("common.loading")}</output>
      <SkeletonBlocks cards={cards} />
    </div>
  );
}
