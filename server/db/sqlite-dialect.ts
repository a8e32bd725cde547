import type BetterSqlite3 from "better-sqlite3";
import { CompiledQuery, SqliteDialect, type DatabaseConnection, type Driver, type QueryResult } from "kysely";

/**
 * Kysely's SQLite driver prepares every statement anew, which was a fifth of the server's time under load.
 * Queries come from a fixed set of builders, so their SQL texts repeat: preparing each text once and reusing
 * the statement is safe (better-sqlite3 statements are reusable). Handing the one connection to one holder at a time is Kysely's
 * job: its runtime driver locks it for adapters without multiple connections (sqlite-dialect.test.ts proves it).
 */
class CachingConnection implements DatabaseConnection {
  readonly #db: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
  }

  #prepare(sql: string): BetterSqlite3.Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      // A bound on the cache in case something ever builds SQL with inlined values.
      if (this.#statements.size >= 500) this.#statements.clear();
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.#prepare(query.sql);
    const parameters = query.parameters as unknown[];
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { insertId: BigInt(lastInsertRowid), numAffectedRows: BigInt(changes), rows: [] };
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Streaming is not used by Candor");
  }
}

class CachingDriver implements Driver {
  readonly #db: BetterSqlite3.Database;
  readonly #connection: CachingConnection;

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
    this.#connection = new CachingConnection(db);
  }

  async init() {}
  async acquireConnection() {
    return this.#connection;
  }
  async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw("begin"));
  }
  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }
  async releaseConnection() {}
  async destroy() {
    this.#db.close();
  }
}

export class CachingSqliteDialect extends SqliteDialect {
  readonly #db: BetterSqlite3.Database;

  constructor(db: BetterSqlite3.Database) {
    super({ database: db });
    this.#db = db;
  }

  override createDriver(): Driver {
    return new CachingDriver(this.#db);
  }
}
