import {
  DeleteQueryNode,
  UpdateQueryNode,
  type Compilable,
  type Expression,
  type OperationNodeSource,
  type QueryCreator,
} from "kysely";
import type { Database } from "./schema.ts";

/** What a guard's values may be: bound parameters, on both databases. */
export type GuardValue = string | number | null;

/**
 * A write's versioned statement, built by a function defined once (not per request) from one placeholder per
 * value, so that the write is compiled once per shape and only bound afterwards (precompiled.ts).
 */
export interface Guard {
  build: (qc: QueryCreator<Database>, ...values: never[]) => GuardQuery;
  values: readonly GuardValue[];
}

export function guardOf<Values extends GuardValue[]>(
  build: (qc: QueryCreator<Database>, ...values: Values) => GuardQuery,
  ...values: Values
): Guard {
  return { build: build as unknown as Guard["build"], values };
}

/** An UPDATE or INSERT with a RETURNING clause. */
export type GuardQuery = Compilable & OperationNodeSource & { execute(): Promise<unknown[]> };

const builderIds = new WeakMap<Guard["build"], number>();
let builders = 0;
export const builderId = (build: Guard["build"]) => {
  let id = builderIds.get(build);
  if (id === undefined) builderIds.set(build, (id = builders += 1));
  return id;
};

/** An UPDATE or DELETE guard, which takes one more condition. */
export type Conditional = { where(condition: Expression<boolean>): GuardQuery };

const conditional = new WeakMap<Guard["build"], boolean>();

/** Whether the guard takes a condition: an INSERT has no WHERE (decided once per builder, on what it builds). */
export function takesCondition(db: QueryCreator<Database>, { build, values }: Guard): boolean {
  let takes = conditional.get(build);
  if (takes === undefined) {
    const node = build(db, ...(values as never[])).toOperationNode();
    conditional.set(build, (takes = UpdateQueryNode.is(node) || DeleteQueryNode.is(node)));
  }
  return takes;
}
