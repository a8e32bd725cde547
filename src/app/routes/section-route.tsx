import type { ComponentType } from "react";
import { useTranslation } from "../../i18n/use-translation.ts";
import { PageHeading } from "../../ui/page-heading.tsx";
import { SectionBoundary } from "../../ui/section-boundary.tsx";

function SectionPage({ titleKey, View }: { titleKey: string; View: ComponentType }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t(titleKey)} />
      <SectionBoundary what={t(titleKey)}>
        <View />
      </SectionBoundary>
    </>
  );
}

/** A lazy route whose page is a heading over one feature's view; the view's code loads with the route. */
export function sectionRoute(titleKey: string, loadView: () => Promise<ComponentType>) {
  return async () => {
    const View = await loadView();
    return { Component: () => <SectionPage titleKey={titleKey} View={View} /> };
  };
}
