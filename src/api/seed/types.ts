import { z } from "zod/mini";
import { activityEventSchema } from "../contract/activity.ts";
import { consentRecordSchema } from "../contract/consents.ts";
import { dataItemSchema } from "../contract/data.ts";
import { preferencesSchema } from "../contract/preferences.ts";
import { privacyRequestSchema } from "../contract/requests.ts";
import { subjectSchema } from "../contract/subject.ts";

/** One demo customer, everything both backends load on first start. */
export const seedCustomerSchema = z.object({
  subject: subjectSchema,
  preferences: preferencesSchema,
  consentRecords: z.array(consentRecordSchema),
  dataItems: z.array(dataItemSchema),
  requests: z.array(privacyRequestSchema),
  activity: z.array(activityEventSchema),
});
export type SeedCustomer = z.infer<typeof seedCustomerSchema>;
