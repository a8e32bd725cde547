import { useTranslation } from "../../i18n/use-translation.ts";
import { Link } from "react-router";
import type { DataItem } from "../../api/contract/data.ts";
import type { Subject } from "../../api/contract/subject.ts";
import { useDateFormat } from "../../i18n/format.ts";
import { Alert } from "../../ui/alert.tsx";
import { Button } from "../../ui/button.tsx";
import { downloadFile } from "./download-file.ts";
import { dataItemsCsv } from "./export-csv.ts";
import { dataItemsJson } from "./export-json.ts";
import { useRequestFullExport } from "./use-request-full-export.ts";

/** Excel reads a CSV as UTF-8 only when it starts with a byte-order mark. */
const utf8Bom = "\uFEFF";
const stamp = () => new Date().toISOString().slice(0, 10);

/** A copy at once, made in the browser from what the page holds; a copy from every other system is a request. */
export function ExportActions({ subject, items }: { subject: Subject; items: DataItem[] }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const fullExport = useRequestFullExport();

  return (
    <section
      aria-labelledby="data-export"
      className="flex flex-col gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-700"
    >
      <h2 id="data-export" className="text-xl font-semibold">
        {t("data.export.title")}
      </h2>
      <p>{t("data.export.intro", { count: items.length })}</p>
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() =>
            downloadFile(`data-${stamp()}.json`, "application/json", dataItemsJson(subject, items, new Date()))
          }
        >
          {t("data.export.json")}
        </Button>
        <Button
          onClick={() => downloadFile(`data-${stamp()}.csv`, "text/csv;charset=utf-8", utf8Bom + dataItemsCsv(items))}
        >
          {t("data.export.csv")}
        </Button>
      </div>
      <p>{t("data.export.fullIntro")}</p>
      <Button
        variant="secondary"
        className="self-start"
        disabled={fullExport.isPending || fullExport.isSuccess}
        onClick={() => fullExport.mutate()}
      >
        {t("data.export.full")}
      </Button>
      {fullExport.isSuccess && (
        <Alert>
          {t("data.export.filed", { date: format.day(fullExport.data.dueAt) })}{" "}
          <Link className="underline" to={`/requests/${fullExport.data.id}`}>
            {t("data.export.follow")}
          </Link>
        </Alert>
      )}
      {fullExport.isError && <Alert tone="error">{t("data.export.failed")}</Alert>}
    </section>
  );
}
