import type { Context, Hono } from "hono";
import type { z } from "zod/mini";
import { idSchema } from "../../src/api/contract/common.ts";
import { endpoints, type EndpointName } from "../../src/api/endpoints.ts";
import { accessDenial } from "../../src/api/rules/access.ts";
import { checkIdempotencyKey } from "../../src/api/rules/idempotency.ts";
import { fieldsOf } from "../../src/api/rules/parse.ts";
import { RuleError } from "../../src/api/rules/rule-error.ts";
import { withChangeReason } from "../../src/api/rules/support.ts";
import { currentSession, type CurrentSession } from "../auth/sessions.ts";
import type { Db } from "../db/schema.ts";
import type { SubjectRead } from "../db/subject-read.ts";
import type { AppDeps, AppEnv } from "../deps.ts";
import { HttpError, fromRuleError, validationError } from "./errors.ts";
import { readUtf8Body } from "./utf8-body.ts";
import { WriteCount } from "./write-limits.ts";
import { requestHash, runStagedWrite, type StagedWrite } from "./idempotency.ts";

type Ep<K extends EndpointName> = (typeof endpoints)[K];
type BodyOf<K extends EndpointName> = Ep<K> extends { body: infer S extends z.ZodMiniType } ? z.output<S> : undefined;
type QueryOf<K extends EndpointName> = Ep<K> extends { query: infer S extends z.ZodMiniType } ? z.output<S> : undefined;
type ResultOf<K extends EndpointName> = Ep<K>["status"] extends 204 ? void : z.input<Ep<K>["response"]>;
type SessionOf<K extends EndpointName> = Ep<K>["auth"] extends "none" ? CurrentSession | null : CurrentSession;

export interface HandlerContext<K extends EndpointName> {
  c: Context<AppEnv>;
  deps: AppDeps;
  /** For reads; a write on a subject's resources reads through it too, then stages its one write. */
  db: Db;
  now: Date;
  body: BodyOf<K>;
  /** The query string through the endpoint's `query` schema (undefined when it has none). */
  query: QueryOf<K>;
  params: Record<string, string>;
  current: SessionOf<K>;
  /** For writes on a subject's resources: declares the write, which commits after the handler returns. */
  stage: (write: StagedWrite) => void;
}

/**
 * An answer already serialised, for a handler that splices stored JSON in without parsing it again (a consent
 * record is written once and listed in every consents answer after). `T` is what the text holds.
 */
export class JsonAnswer<T> {
  declare readonly holds: T;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

export const jsonAnswer = <T>(text: string): JsonAnswer<T> => new JsonAnswer<T>(text);

type Answered<K extends EndpointName> = Promise<ResultOf<K> | JsonAnswer<ResultOf<K>>>;

export type Handler<K extends EndpointName> = ((ctx: HandlerContext<K>) => Answered<K>) & {
  /** Read with the request's session, in its statement (`withSubjectRead`). */
  subjectRead?: SubjectRead<unknown>;
};
export type Handlers = { [K in EndpointName]: Handler<K> };

/**
 * A signed-in handler that starts from a read of its subject: the read is joined to the session lookup, so that
 * the handler has its rows without a statement of its own (subject-read.ts).
 */
export function withSubjectRead<K extends EndpointName, Row>(
  read: SubjectRead<Row>,
  run: (ctx: HandlerContext<K>, rows: Row[]) => Answered<K>,
): Handler<K> {
  const handler = async (ctx: HandlerContext<K>) => {
    const current = ctx.current as CurrentSession | null;
    if (!current) throw new Error("A subject read needs a signed-in request");
    return run(ctx, await read.rows(ctx.db, current));
  };
  return Object.assign(handler, { subjectRead: read as SubjectRead<unknown> });
}

const notStaging = () => {
  throw new Error("Only a signed-in write can stage a write");
};

async function readBody(c: Context<AppEnv>, schema: z.ZodMiniType): Promise<{ value: unknown; raw: string }> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type))
    throw validationError([{ path: "", message: "Send JSON with Content-Type: application/json" }]);
  const raw = await readUtf8Body(c);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw validationError([{ path: "", message: "Malformed JSON" }], "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationError(fieldsOf(parsed.error));
  return { value: parsed.data, raw };
}

/** A read's query string through its schema; a refused value names its parameter, like a body's field. */
function readQuery(c: Context<AppEnv>, schema: z.ZodMiniType): unknown {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw validationError(fieldsOf(parsed.error));
  return parsed.data;
}

function readParams(c: Context<AppEnv>): Record<string, string> {
  const params = c.req.param() as Record<string, string>;
  for (const [name, value] of Object.entries(params))
    if (!idSchema.safeParse(value).success) throw validationError([{ path: name, message: "is not a valid id" }]);
  return params;
}

/** Percent-encoded, so a reason in any language fits in a header; undefined when absent or undecodable. */
function changeReasonHeader(c: Context<AppEnv>): string | undefined {
  const raw = c.req.header("x-candor-change-reason");
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Turns the shared rules' refusals into HTTP answers, in this one place. */
async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RuleError) throw fromRuleError(error);
    throw error;
  }
}

function respond(c: Context<AppEnv>, status: number, body: string, replayed = false): Response {
  if (replayed) c.header("Idempotent-Replayed", "true");
  if (status === 204) return c.body(null, 204);
  c.set("answerText", body);
  return c.body(body, status as 200, { "Content-Type": "application/json; charset=UTF-8" });
}

/** Everything about a request after who is asking: its input, the handler, and for a write its one commit. */
async function answer<K extends EndpointName>(
  c: Context<AppEnv>,
  endpoint: Ep<K>,
  handler: Handler<K>,
  asked: CurrentSession | null,
  count: WriteCount | null,
): Promise<Response> {
  const deps = c.get("deps");
  const current = asked && {
    ...asked,
    session: await guarded(async () => withChangeReason(asked.session, endpoint, changeReasonHeader(c))),
  };
  const params = readParams(c);
  const query = "query" in endpoint ? readQuery(c, endpoint.query) : undefined;
  const { value: body, raw } = "body" in endpoint ? await readBody(c, endpoint.body) : { value: undefined, raw: "" };
  const context = (db: Db, stage: HandlerContext<K>["stage"] = notStaging): HandlerContext<K> => ({
    c,
    deps,
    db,
    now: deps.now(),
    body: body as BodyOf<K>,
    query: query as QueryOf<K>,
    params,
    current: current as SessionOf<K>,
    stage,
  });
  const serialize = (result: unknown) =>
    endpoint.status === 204 ? "" : result instanceof JsonAnswer ? result.text : JSON.stringify(result);

  if (!current || !count) {
    const result = await guarded(() => handler(context(deps.db)));
    return respond(c, endpoint.status, serialize(result));
  }
  const options = {
    subjectId: current.session.subject.id,
    key: await guarded(async () => checkIdempotencyKey(c.req.header("idempotency-key"))),
    hash: requestHash(endpoint.method, c.req.path, raw),
    now: deps.now(),
  };
  const stored = await guarded(() =>
    runStagedWrite(deps.db, deps.dialect, options, count, async (stage) => ({
      status: endpoint.status,
      body: serialize(await handler(context(deps.db, stage))),
    })),
  );
  return respond(c, stored.status, stored.body, stored.replayed);
}

function route<K extends EndpointName>(name: K, handler: Handler<K>) {
  const endpoint: Ep<K> = endpoints[name];
  // Staff endpoints change no customer resource; they write sessions and history directly, like signing in.
  const writesSubject = endpoint.method !== "GET" && endpoint.auth !== "none" && endpoint.auth !== "staff";
  return async (c: Context<AppEnv>): Promise<Response> => {
    const deps = c.get("deps");
    // Who is asking comes first, so a stranger learns nothing about what a valid body would look like.
    const asked = await currentSession(c, endpoint.auth === "staff" ? "session" : undefined, {
      touch: !("touches" in endpoint) || endpoint.touches !== false,
      read: handler.subjectRead,
    });
    const denial = accessDenial(asked?.session ?? null, endpoint);
    if (denial) throw new HttpError(denial.code, denial.message);
    if (!asked) return answer(c, endpoint, handler, null, null);
    const count = new WriteCount(name, asked.session.subject.id, deps.limits.subjectWrites, deps.now());
    if (!writesSubject) {
      await count.alone(deps.db);
      return answer(c, endpoint, handler, asked, null);
    }
    try {
      return await answer(c, endpoint, handler, asked, count);
    } catch (error) {
      // A write refused before its commit counts as if the count had come first, and past a limit answers 429.
      await count.alone(deps.db);
      throw error;
    }
  };
}

/** Registers every endpoint of the table with its handler; the table, not this file, says what exists. */
export function registerEndpoints(app: Hono<AppEnv>, handlers: Handlers): void {
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const endpoint = endpoints[name];
    app.on(endpoint.method, endpoint.path, route(name, handlers[name] as Handler<typeof name>));
  }
}
