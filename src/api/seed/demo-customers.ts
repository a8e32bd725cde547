import { brazil } from "./customers/brazil.ts";
import { california } from "./customers/california.ts";
import { italy } from "./customers/italy.ts";
import { newcomer } from "./customers/newcomer.ts";
import { poland } from "./customers/poland.ts";
import { taiwan } from "./customers/taiwan.ts";
import type { SeedCustomer } from "./types.ts";

export { dataFieldKeys } from "./field-keys.ts";

/** One customer per market, each in their own language; dates are relative to `now` so open requests stay open. */
export function demoCustomers(now: Date): SeedCustomer[] {
  return [brazil(now), italy(now), poland(now), taiwan(now), california(now)];
}

/** Everyone both backends seed and the dev controls can copy: the market customers and a newcomer with nothing yet. */
export function demoSubjects(now: Date): SeedCustomer[] {
  return [...demoCustomers(now), newcomer()];
}
