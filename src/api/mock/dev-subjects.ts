import { devSubjectRequestSchema, type DevSubject } from "../contract/dev.ts";
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
