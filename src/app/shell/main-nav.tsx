import { useTranslation } from "../../i18n/use-translation.ts";
import { NavLink } from "react-router";

const items = [
  { to: "/overview", key: "nav.overview" },
  { to: "/preferences", key: "nav.preferences" },
  { to: "/consents", key: "nav.consents" },
  { to: "/data", key: "nav.data" },
  { to: "/requests", key: "nav.requests" },
  { to: "/history", key: "nav.history" },
] as const;

const layouts = {
  /** Desktop: one row of tabs under the header, the current one underlined. */
  bar: {
    list: "mx-auto flex max-w-4xl flex-wrap gap-1 px-2",
    link: "inline-flex min-h-11 items-center border-b-4 border-transparent px-3 aria-[current=page]:border-brand-accent aria-[current=page]:font-semibold",
  },
  /** Phone menu: one full-width row per section, the current one marked on its left edge. */
  list: {
    list: "flex flex-col",
    link: "flex min-h-12 items-center border-l-4 border-transparent px-3 text-lg aria-[current=page]:border-brand-accent aria-[current=page]:font-semibold",
  },
} as const;

export function MainNav({ layout, onNavigate }: { layout: keyof typeof layouts; onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("nav.label")}>
      <ul className={layouts[layout].list}>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className={layouts[layout].link} onClick={onNavigate}>
              {t(item.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
