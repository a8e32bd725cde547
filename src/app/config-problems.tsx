import { useTranslation } from "../i18n/use-translation.ts";
import type { ConfigProblem } from "../api/contract/operator-config.ts";
import { PageHeading } from "../ui/page-heading.tsx";

/** An operator's mistake in the config file, named precisely, instead of a blank page. */
export function ConfigProblems({ problems }: { problems: ConfigProblem[] }) {
  const { t } = useTranslation();
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-4 p-6">
      <PageHeading title={t("configProblems.title")} />
      <p>{t("configProblems.body", { count: problems.length })}</p>
      <ul className="flex flex-col gap-2">
        {problems.map((problem) => (
          <li
            key={`${problem.path}:${problem.message}`}
            className="rounded border border-red-700 p-3 dark:border-red-400"
          >
            <code className="font-mono font-semibold">{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </main>
  );
}
