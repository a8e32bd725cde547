import { pastSignIns } from "../commands/session-events.ts";
import {
  devHistoryRequestSchema,
  devSubjectRequestSchema,
  type DevHistoryRequest,
  type DevSubject,
} from "../contract/dev.ts";
import { endpoints } from "../endpoints.ts";
import { cloneAddress, cloneCustomer } from "../seed/clone-customer.ts";
import { demoSubjects } from "../seed/demo-customers.ts";
import type { MockContext } from "./context.ts";
import { apiError, parseInput, parseOutput } from "./errors.ts";

/** Test control: a fresh copy of a demo customer, seeded as of now, under an address of its own. */
export async function devCreateSubject(ctx: MockContext, template: string): Promise<DevSubject> {
  const input = parseInput(devSubjectRequestSchema, { template });
  const now = ctx.now();
  const source = demoSubjects(now).find((customer) => customer.subject.email === input.template.toLowerCase());
  if (!source) throw apiError("not_found", "No demo customer has this address.");
  const state = ctx.store.read();
  const copy = cloneCustomer(source, cloneAddress(source.subject.email));
  state.subjects.push(copy);
  ctx.store.write(state);
  return parseOutput(endpoints.devCreateSubject.response, { email: copy.subject.email });
}

/** Test control: sign-ins at one instant at the top of a customer's history, for a history of several pages. */
export async function devAddHistory(ctx: MockContext, request: DevHistoryRequest): Promise<void> {
  const input = parseInput(devHistoryRequestSchema, request);
  const state = ctx.store.read();
  const customer = state.subjects.find((subject) => subject.subject.email === input.email.toLowerCase());
  if (!customer) throw apiError("not_found", "No customer has this address.");
  customer.activity.push(...pastSignIns(ctx.now(), input.count));
  ctx.store.write(state);
}
