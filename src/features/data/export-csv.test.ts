import { describe, expect, it } from "vitest";
import type { DataItem } from "../../api/contract/data.ts";
import { dataItemsCsv, neutralisedCell } from "./export-csv.ts";

const item = (value: string): DataItem => ({
  id: "data-1",
  family: "sentiment",
  field: "feedback_comment",
  value,
  masked: false,
  source: "survey",
  collectedAt: "2026-01-02T03:04:05.000Z",
  purposeIds: ["analytics", "personalised_offers"],
  legalBasis: "legitimate_interest",
  retention: { rule: "2 years", endsAt: "2028-01-02T03:04:05.000Z" },
  recipients: ["Northwind", "Survey Co"],
  correctable: false,
});

/** Splits a CSV written by dataItemsCsv back into cells, honouring RFC 4180 quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let inQuotes = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') inQuotes = false;
      else cell += char;
    } else if (char === '"') inQuotes = true;
    else if (char === ",") endCell();
    else if (char === "\r" && text[i + 1] === "\n") {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += char;
  }
  return rows;
}

describe("neutralisedCell", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd", '=HYPERLINK("http://evil.example","click")'])(
    "prefixes %j with a single quote",
    (value) => {
      expect(neutralisedCell(value)).toBe(`'${value}`);
    },
  );

  it.each(["plain", "1=1", "a-b", "", "'already quoted", "<img src=x onerror=alert(1)>"])(
    "leaves %j as it is",
    (value) => {
      expect(neutralisedCell(value)).toBe(value);
    },
  );
});

describe("dataItemsCsv", () => {
  it("writes a header and one row per item, every value in its column", () => {
    const rows = parseCsv(dataItemsCsv([item("Nice shop"), item("Too slow")]));
    expect(rows[0]).toEqual([
      "family",
      "field",
      "value",
      "source",
      "collectedAt",
      "purposes",
      "legalBasis",
      "retention",
      "retentionEndsAt",
      "recipients",
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      "sentiment",
      "feedback_comment",
      "Nice shop",
      "survey",
      "2026-01-02T03:04:05.000Z",
      "analytics; personalised_offers",
      "legitimate_interest",
      "2 years",
      "2028-01-02T03:04:05.000Z",
      "Northwind; Survey Co",
    ]);
  });

  it("neutralises a formula and keeps its quotes and commas inside the one cell", () => {
    const formula = '=HYPERLINK("http://evil.example","click")';
    const [, row] = parseCsv(dataItemsCsv([item(formula)]));
    expect(row?.[2]).toBe(`'${formula}`);
    expect(row).toHaveLength(10);
  });

  it("keeps line breaks inside a quoted cell and leaves no cell able to start a formula", () => {
    const rows = parseCsv(dataItemsCsv([item("line one\r\nline two"), item("-5"), item("@me")]));
    expect(rows[1]?.[2]).toBe("line one\r\nline two");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("writes an empty end date for data kept as long as the account", () => {
    const [, row] = parseCsv(dataItemsCsv([{ ...item("x"), retention: { rule: "account", endsAt: null } }]));
    expect(row?.[8]).toBe("");
  });
});
