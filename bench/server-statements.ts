import { StatementSync } from "node:sqlite";
import pg from "pg";

export interface StatementCount {
  statements: number;
  /** Commits: explicit ones, and each writing statement run outside a transaction (autocommit). */
  commits: number;
}

const count: StatementCount = { statements: 0, commits: 0 };
let inTransaction = false;

function counted(text: string): void {
  const verb = /^\s*(\w+)/.exec(text)?.[1]?.toLowerCase() ?? "";
  count.statements += 1;
  if (verb === "begin") inTransaction = true;
  else if (verb === "commit" || verb === "rollback") {
    inTransaction = false;
    if (verb === "commit") count.commits += 1;
  } else if (!inTransaction && verb !== "select" && verb !== "pragma") count.commits += 1;
}

/**
 * Counts the statements the bench server runs, on either database, by wrapping the drivers' execute methods: how
 * many statements and commits a request makes is the first thing to know about its cost, and a driver-level count
 * needs no change to the server. Statements of PostgreSQL transactions on several pooled connections interleave,
 * so there the commit count is only as good as the server's use of transactions (one statement per write, 0057).
 */
export function countStatements(): () => StatementCount {
  for (const method of ["all", "run", "get"] as const) {
    const original = StatementSync.prototype[method] as (...args: unknown[]) => unknown;
    (StatementSync.prototype as unknown as Record<string, unknown>)[method] = function (
      this: StatementSync,
      ...args: unknown[]
    ) {
      counted(this.sourceSQL);
      return original.apply(this, args);
    };
  }
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as Record<string, unknown>).query = function (this: pg.Client, ...args: unknown[]) {
    const [config] = args;
    counted(typeof config === "string" ? config : ((config as { text?: string } | undefined)?.text ?? ""));
    return query.apply(this, args);
  };
  return () => ({ ...count });
}
