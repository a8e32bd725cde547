import { newId } from "../rules/ids.ts";
import type { SeedCustomer } from "./types.ts";

/** An address of its own for the copy: the template's local part, tagged, on the template's domain. */
export function cloneAddress(template: string): string {
  const [local, domain] = template.split("@");
  return `${local}+${newId("subj")
    .slice(5)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")}@${domain}`;
}

/**
 * A demo customer's whole story under a new subject, every globally unique id renewed, so tests can each own
 * a customer and never see another test's writes.
 */
export function cloneCustomer(template: SeedCustomer, email: string): SeedCustomer {
  const requestIds = new Map(template.requests.map((request) => [request.id, newId("req")]));
  return {
    ...structuredClone(template),
    subject: { ...template.subject, id: newId("subj"), email },
    consentRecords: template.consentRecords.map((record) => ({ ...record, id: newId("consent") })),
    requests: template.requests.map((request) => ({ ...request, id: requestIds.get(request.id)! })),
    activity: template.activity.map((event) => ({
      ...event,
      id: newId("act"),
      target: event.target.replace(/^request:(.+)$/, (whole, id: string) =>
        requestIds.has(id) ? `request:${requestIds.get(id)}` : whole,
      ),
    })),
  };
}
