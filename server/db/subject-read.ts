import type { SelectQueryBuilder } from "kysely";
import type { CurrentSession } from "../auth/sessions.ts";
import { precompiled } from "./precompiled.ts";
import type { Database, Db } from "./schema.ts";

/** A query that starts from one row of `subjects`: the session lookup's, or the subject's own by its id. */
export type FromSubjects = SelectQueryBuilder<Database, "subjects", object>;

/**
 * A read of one subject's rows that starts from its `subjects` row, joining and selecting on top of it. So it can
 * be joined to the session lookup every signed-in request makes, and a write's read comes in the same statement
 * as the session: on PostgreSQL every statement is a round trip, with a wake-up of each side (decision 0077).
 */
export interface SubjectRead<Row> {
  /** Names the read's shape: the session lookup joined with it is compiled once per name. */
  readonly name: string;
  /**
   * Adds the read's joins, columns and order. It keeps one row at least (it starts from the subject's), and its
   * column names differ from those the session lookup selects beside them (sessions.ts).
   */
  extend(query: FromSubjects): SelectQueryBuilder<Database, keyof Database, Row>;
  /** The rows for the request's subject: those read with its session if they were, else read now. */
  rows(db: Db, current: CurrentSession): Promise<Row[]>;
  /** The read on its own, for one subject. */
  bySubjectId(db: Db, subjectId: string): Promise<Row[]>;
}

export function subjectRead<Row>(name: string, extend: SubjectRead<Row>["extend"]): SubjectRead<Row> {
  const bySubjectId = precompiled(
    (db, subjectId: string) =>
      extend(db.selectFrom("subjects") as FromSubjects).where("subjects.id", "=", subjectId) as SelectQueryBuilder<
        Database,
        keyof Database,
        Row
      >,
    1,
  );
  const read: SubjectRead<Row> = {
    name,
    extend,
    bySubjectId,
    async rows(db, current) {
      const { prefetched } = current;
      if (prefetched?.read === read) return prefetched.rows as Row[];
      return bySubjectId(db, current.session.subject.id);
    },
  };
  return read;
}
