import type { SeedCustomer } from "../types.ts";
import { customer, footerLink, support } from "../actors.ts";
import { seedKit } from "../kit.ts";
import { californiaData } from "./california-data.ts";

export function california(now: Date): SeedCustomer {
  const k = seedKit(now, "ca", "US-CA", {
    account: "While your account is open",
    months13: "13 months after collection",
    years2: "2 years after collection",
    years5: "5 years, for tax records",
  });
  const agent = support(
    "Dana Whitfield",
    "Customer emailed asking why texts kept coming after replying STOP",
    "ZD-90412",
  );

  const preferences = k.preferences([
    {
      daysAgo: 300,
      actor: customer,
      changes: [
        { kind: "topic", topicId: "newsletter", channelId: "email", subscribed: true },
        { kind: "topic", topicId: "product_updates", channelId: "email", subscribed: true },
        { kind: "topic", topicId: "offers", channelId: "email", subscribed: true },
        { kind: "topic", topicId: "offers", channelId: "sms", subscribed: true },
      ],
    },
    { daysAgo: 45, actor: customer, changes: [{ kind: "channel", channelId: "sms", on: false }] },
    { daysAgo: 8, actor: footerLink, changes: [{ kind: "stop_all_marketing" }] },
    {
      daysAgo: 2,
      actor: customer,
      changes: [{ kind: "topic", topicId: "newsletter", channelId: "email", subscribed: true }],
    },
  ]);

  k.consent("personalised_offers", "granted", 300, "signup_form", "2025-06");
  k.consent("ad_remarketing", "granted", 300, "signup_form", "2025-06");
  k.consent("partner_sharing", "granted", 300, "signup_form", "2025-06");
  k.consent("analytics", "granted", 300, "privacy_center", "2025-06");
  k.consent("ad_remarketing", "withdrawn", 20, "gpc", "2026-01");
  k.consent("partner_sharing", "withdrawn", 20, "gpc", "2025-06");

  const requests = [
    k.request({
      type: "deletion",
      daysAgo: 180,
      details: "Please delete my account and everything tied to it.",
      steps: [
        { daysAgo: 179, status: "verifying", note: "We emailed you to confirm it was really you." },
        { daysAgo: 175, status: "cancelled", note: "Cancelled by the customer." },
      ],
    }),
    k.request({
      type: "objection",
      daysAgo: 20,
      scope: ["ad_remarketing", "partner_sharing"],
      details: "Do not sell or share my personal information.",
      steps: [
        { daysAgo: 19, status: "completed", note: "We stopped sharing your data with ad networks and partners." },
      ],
    }),
    k.request({
      type: "access",
      daysAgo: 12,
      details: "Send me the categories and the specific pieces of personal information you hold about me.",
      steps: [
        { daysAgo: 11, status: "verifying", note: "Received and acknowledged; we are confirming your identity." },
        { daysAgo: 9, status: "in_progress" },
      ],
    }),
  ];

  k.event(k.ago(180, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(100), agent, "support_access", "privacy_center", null, "read_only");
  k.event(k.ago(20, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(12, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(2, 1), customer, "signed_in", "session", null, "full");

  return {
    subject: {
      id: "subj-ca",
      email: "ca.customer@example.com",
      phone: "(415) 555-0147",
      name: "Jordan Rivera",
      locale: "en",
      jurisdiction: "US-CA",
    },
    preferences,
    consentRecords: k.consentRecords,
    dataItems: californiaData(k),
    requests,
    activity: k.history(),
  };
}
