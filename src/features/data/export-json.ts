import type { DataItem } from "../../api/contract/data.ts";
import type { Subject } from "../../api/contract/subject.ts";

/** Raised when the file's shape changes, so whoever reads an export knows which shape they hold. */
export const dataExportSchemaVersion = 1;

export interface DataExport {
  schemaVersion: typeof dataExportSchemaVersion;
  exportedAt: string;
  subject: Pick<Subject, "id" | "email" | "name" | "jurisdiction">;
  items: DataItem[];
}

/** The items exactly as the page shows them, with who they are about and when the copy was made. */
export function dataItemsJson(subject: DataExport["subject"], items: readonly DataItem[], now: Date): string {
  const file: DataExport = {
    schemaVersion: dataExportSchemaVersion,
    exportedAt: now.toISOString(),
    subject: { id: subject.id, email: subject.email, name: subject.name, jurisdiction: subject.jurisdiction },
    items: [...items],
  };
  return JSON.stringify(file, null, 2);
}
