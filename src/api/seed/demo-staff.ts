import { z } from "zod/mini";
import { staffRoleSchema } from "../contract/session.ts";
import { subjectSchema } from "../contract/subject.ts";

/** A staff account: signs in by magic link like a customer, lands on the support console, never has a history. */
export const staffMemberSchema = z.object({ subject: subjectSchema, role: staffRoleSchema });
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** One agent who may look, one lead who may also act; both backends seed them. */
export const demoStaff: readonly StaffMember[] = [
  {
    subject: {
      id: "staff-agent",
      email: "support.agent@example.com",
      name: "Sam Reyes",
      locale: "en",
      jurisdiction: "other",
    },
    role: "support",
  },
  {
    subject: {
      id: "staff-lead",
      email: "support.lead@example.com",
      name: "Priya Okafor",
      locale: "en",
      jurisdiction: "other",
    },
    role: "support_lead",
  },
];
