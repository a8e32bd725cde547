import { sql, type CompiledQuery, type Expression, type Insertable, type QueryCreator } from "kysely";
import { builderId, takesCondition, type Conditional, type Guard } from "./guard.ts";
import { countHitQuery } from "../auth/rate-limit.ts";
import { bound, templateCache, templateOf } from "./precompiled.ts";
import type { Database, Db, DialectName } from "./schema.ts";

/**
 * A row appended only if the guard matched: a history event, the idempotency record. With `newest`, a row that
 * keeps the latest of something (a purpose's newest consent record): one with the same key is replaced, unless
 * its `order` column is later than the new row's.
 */
export type Append = {
  [T in keyof Database]: {
    into: T;
    values: Insertable<Database[T]>;
    newest?: { key: readonly (keyof Database[T] & string)[]; order: keyof Database[T] & string };
  };
}[keyof Database];

type AnyInsert = {
  onConflict(build: (oc: never) => unknown): AnyInsert;
};

/** The ON CONFLICT clause of a `newest` append, the same on both databases. */
function replacingOlder<Q>(query: Q, append: Append): Q {
  const { newest } = append;
  if (!newest) return query;
  const columns = Object.keys(append.values).filter((column) => !(newest.key as readonly string[]).includes(column));
  type Ref = { ref(name: string): unknown };
  type Conflict = {
    columns(key: readonly string[]): {
      doUpdateSet(set: Record<string, (eb: Ref) => unknown>): {
        where(left: string, op: string, right: (eb: Ref) => unknown): unknown;
      };
    };
  };
  return (query as unknown as AnyInsert).onConflict(((oc: Conflict) =>
    oc
      .columns(newest.key)
      .doUpdateSet(Object.fromEntries(columns.map((column) => [column, (eb: Ref) => eb.ref(`excluded.${column}`)])))
      .where(`${append.into}.${newest.order}`, "<=", (eb: Ref) => eb.ref(`excluded.${newest.order}`))) as never) as Q;
}

/**
 * A write as one versioned statement (an UPDATE … WHERE version = base, or an INSERT that may find its row taken)
 * plus the rows that go with it. It is all or nothing: when the guard matches no row nothing is written, and when
 * an append fails (a unique key already taken) the guard's change is undone as well.
 */
export interface GuardedWrite {
  /** Must return a row (any column) when it wrote. */
  guard: Guard;
  appends: Append[];
  /**
   * SQLite only: runs first in the write's transaction (counting the write against its limits); false stops the
   * write, and what it wrote commits alone. PostgreSQL writes in one statement, with no transaction to run it in.
   */
  before?: (trx: Db) => Promise<boolean>;
}

const appendShape = (append: Append, columns: readonly string[]) =>
  `${append.into}(${columns.join(",")})${append.newest ? ` newest ${append.newest.key.join(",")} by ${append.newest.order}` : ""}`;

const templates = templateCache();

/** The guard's and each append's statement, compiled once per shape (SQLite runs them one by one). */
function sqliteStatements(trx: Db, write: GuardedWrite): CompiledQuery[] {
  const { build, values } = write.guard;
  const guard = templates(trx, `guard ${builderId(build)}`, () =>
    templateOf(values.length, (markers) => build(trx, ...(markers as never[]))),
  );
  return [
    bound(guard, values),
    ...write.appends.map((append) => {
      const row = append.values as Record<string, unknown>;
      // As Kysely's own insert does, a column whose value is undefined is left out.
      const columns = Object.keys(row).filter((column) => row[column] !== undefined);
      const template = templates(trx, appendShape(append, columns), () =>
        templateOf(columns.length, (markers) =>
          replacingOlder(
            trx.insertInto(append.into).values(Object.fromEntries(columns.map((column, i) => [column, markers[i]]))),
            append,
          ),
        ),
      );
      return bound(
        template,
        columns.map((column) => row[column]),
      );
    }),
  ];
}

/** A count against a write limit that runs first in a PostgreSQL write's statement (rate_limits, as `hit` counts). */
export interface StatementCount {
  key: string;
  windowStart: string;
  max: number;
}

/**
 * The whole write as one statement, compiled once per shape. PostgreSQL runs sibling CTEs in an order of its own
 * choosing (it wrote several history rows in reverse), so each append selects from the previous one's RETURNING:
 * it cannot insert, and take its sequence number, before the one before it has. With a count, the count runs
 * first and the guard writes only within its limit, and the statement answers the count and whether it wrote.
 */
function postgresStatement(db: Db, write: GuardedWrite, count?: StatementCount): CompiledQuery {
  const { build, values: guardValues } = write.guard;
  const rows = write.appends.map((append) => append.values as Record<string, unknown>);
  const columnsOf = rows.map((row) => Object.keys(row));
  const counted = count ? [count.key, count.windowStart, count.max] : [];
  const values = [
    ...counted,
    ...guardValues,
    ...columnsOf.flatMap((columns, index) => columns.map((column) => rows[index]![column])),
  ];
  const key = [
    ...(count ? ["count"] : []),
    `guard ${builderId(build)}`,
    ...write.appends.map((append, i) => appendShape(append, columnsOf[i]!)),
  ];
  const template = templates(db, key.join(" + "), () =>
    templateOf(values.length, (markers) => {
      // The appends' tables and columns vary, so they are built on an untyped view of the schema; Append types their values.
      type Row = Record<string, unknown>;
      const [countKey, windowStart, max] = markers;
      let next = counted.length;
      const guardMarkers = markers.slice(next, (next += guardValues.length)) as never[];
      const guard = (qc: QueryCreator<Database>) =>
        count
          ? (build(qc, ...guardMarkers) as unknown as Conditional).where(
              sql<boolean>`(select "count" from "hit") <= ${max}`,
            )
          : build(qc, ...guardMarkers);
      const untyped = db as unknown as QueryCreator<Record<string, Row>>;
      let query = (
        count ? untyped.with("hit", (qc) => countHitQuery(qc as never, countKey!, windowStart!) as never) : untyped
      ).with("guard", (qc) => guard(qc as never) as unknown as Expression<Row>) as QueryCreator<Record<string, Row>>;
      write.appends.forEach((append, index) => {
        const columns = columnsOf[index]!;
        const placeholders = markers.slice(next, (next += columns.length));
        const previous = index === 0 ? "guard" : `append_${index - 1}`;
        query = query.with(`append_${index}`, (qc) =>
          replacingOlder(
            qc
              .insertInto(append.into)
              .columns(columns)
              .expression(
                qc.selectFrom(previous).select((eb) => columns.map((column, i) => eb.val(placeholders[i]).as(column))),
              ),
            append,
          ).returning(sql<number>`1`.as("written")),
        ) as unknown as typeof query;
      });
      if (!count) return query.selectFrom("guard").selectAll();
      return query
        .selectFrom("hit")
        .select([sql<number>`"hit"."count"`.as("count"), sql<boolean>`exists (select 1 from "guard")`.as("wrote")]);
    }),
  );
  return bound(template, values);
}

/**
 * PostgreSQL: commits the write and its count in one statement, as SQLite commits them in one transaction: the
 * count always, the write only within the limit. Null, having run nothing, when the guard cannot take the limit's
 * condition; the caller then counts on its own first.
 */
export async function commitCounted(
  db: Db,
  write: GuardedWrite,
  count: StatementCount,
): Promise<{ count: number; wrote: boolean } | null> {
  if (!takesCondition(db, write.guard)) return null;
  const [row] = (await db.executeQuery(postgresStatement(db, write, count))).rows as {
    count: number;
    wrote: boolean;
  }[];
  return { count: Number(row!.count), wrote: row!.wrote };
}

/**
 * Commits the write; false when the guard matched nothing (nothing was written).
 *
 * Why two ways: on PostgreSQL every statement is a round trip to the server, and a BEGIN, guard, appends, COMMIT
 * sequence was most of a write's time under load. Data-modifying CTEs put it all in one statement, which is atomic
 * by itself; each append selects from the guard's RETURNING, so it only happens when the guard wrote. SQLite has no
 * DML in CTEs, and runs in-process with no round trips, so it keeps a plain transaction.
 */
export async function commitGuarded(db: Db, dialect: DialectName, write: GuardedWrite): Promise<boolean> {
  if (dialect === "sqlite")
    return db.transaction().execute(async (trx) => {
      if (write.before && !(await write.before(trx))) return false;
      const [guard, ...appends] = sqliteStatements(trx, write);
      if ((await trx.executeQuery(guard!)).rows.length === 0) return false;
      for (const append of appends) await trx.executeQuery(append);
      return true;
    });
  if (write.before) throw new Error("A PostgreSQL write has no transaction to run `before` in");
  return (await db.executeQuery(postgresStatement(db, write))).rows.length > 0;
}
