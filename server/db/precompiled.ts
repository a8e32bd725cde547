import type { CompiledQuery, Compilable, DialectAdapter } from "kysely";
import type { Db } from "./schema.ts";

/** Stands for the n-th value while the query is compiled; no real value starts with a NUL. */
const placeholder = (index: number) => `\u0000value ${index}`;

/** A compiled query and, for each of its parameters, which call value it takes (null: a constant it was built with). */
export interface QueryTemplate<Row = unknown> {
  query: CompiledQuery<Row>;
  slots: (number | null)[];
}

/**
 * Compiles `build`'s query with one placeholder per value. Each must have become a bound parameter as it was (a
 * value inlined into the SQL, or one worked out from a placeholder, would be reused for every later call), else
 * this throws: a builder passes its values to Kysely untouched and works nothing out from them.
 */
export function templateOf<Row>(
  valueCount: number,
  build: (placeholders: string[]) => Compilable<Row>,
): QueryTemplate<Row> {
  const markers = Array.from({ length: valueCount }, (_, index) => placeholder(index));
  const query = build(markers).compile();
  const slots = query.parameters.map((parameter) => {
    const index = markers.indexOf(parameter as string);
    if (
      index === -1 &&
      (Number.isNaN(parameter) || (typeof parameter === "string" && parameter.includes("\u0000value")))
    )
      throw new Error("A parameter of a precompiled query was worked out from a placeholder");
    return index === -1 ? null : index;
  });
  for (let index = 0; index < valueCount; index += 1)
    if (!slots.includes(index)) throw new Error(`Value ${index} of a precompiled query is not a bound parameter`);
  return { query, slots };
}

/** The template's query with this call's values bound in. */
export function bound<Row>({ query, slots }: QueryTemplate<Row>, values: readonly unknown[]): CompiledQuery<Row> {
  const parameters = query.parameters.map((constant, position) => {
    const slot = slots[position];
    return slot === null || slot === undefined ? constant : values[slot];
  });
  return { ...query, parameters };
}

/**
 * Templates kept per database by its dialect adapter, which its transactions share: a query compiled once runs
 * inside them as well. `key` names the query's shape.
 */
export function templateCache<Row = unknown>() {
  const byAdapter = new WeakMap<DialectAdapter, Map<string, QueryTemplate<Row>>>();
  return (db: Db, key: string, compile: () => QueryTemplate<Row>): QueryTemplate<Row> => {
    const { adapter } = db.getExecutor();
    let templates = byAdapter.get(adapter);
    if (!templates) byAdapter.set(adapter, (templates = new Map()));
    let template = templates.get(key);
    if (!template) {
      // A bound in case a caller ever makes shapes without end; the set of builders is fixed.
      if (templates.size >= 500) templates.clear();
      templates.set(key, (template = compile()));
    }
    return template;
  };
}

/**
 * A query built and compiled once per database, then run with each call's values bound in. Building and compiling
 * costs about 20 µs of CPU per statement (decision 0062), which the statements every request or every write runs
 * would otherwise pay each time. `build` gets one placeholder per value and must pass each to Kysely as a value
 * (where, values), so that it becomes a bound parameter; one that does not is refused on the first run.
 */
export function precompiled<Row, Values extends readonly (string | number)[]>(
  build: (db: Db, ...values: { [K in keyof Values]: string }) => Compilable<Row>,
  valueCount: Values["length"],
): (db: Db, ...values: Values) => Promise<Row[]> {
  const templates = templateCache<Row>();
  return async (db, ...values) => {
    const template = templates(db, "", () =>
      templateOf(valueCount, (markers) => build(db, ...(markers as { [K in keyof Values]: string }))),
    );
    return (await db.executeQuery<Row>(bound(template, values))).rows;
  };
}
