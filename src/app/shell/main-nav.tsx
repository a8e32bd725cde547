import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

const items = [
  { to: "/overview", key: "nav.overview" },
  { to: "/preferences", key: "nav.preferences" },
  { to: "/consents", key: "nav.consents" },
  { to: "/data", key: "nav.data" },
  { to: "/requests", key: "nav.requests" },
  { to: "/history", key: "nav.history" },
] as const;

export function MainNav() {
  const { t } = useTranslation();
  return (
    <nav
      aria-label={t("nav.label")}
      className="border-b border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-900"
    >
      <ul className="mx-auto flex max-w-4xl flex-wrap gap-1 px-2">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              className="inline-flex min-h-11 items-center border-b-4 border-transparent px-3 aria-[current=page]:border-brand aria-[current=page]:font-semibold dark:aria-[current=page]:border-amber-400"
            >
              {t(item.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
