import type { SeedCustomer } from "../types.ts";
import { customer, footerLink, support } from "../actors.ts";
import { seedKit } from "../kit.ts";
import { polandData } from "./poland-data.ts";

export function poland(now: Date): SeedCustomer {
  const k = seedKit(now, "pl", "EU", {
    account: "Dopóki Twoje konto jest aktywne",
    months13: "13 miesięcy od zebrania",
    years2: "2 lata od zebrania",
    years5: "5 lat, zgodnie z przepisami podatkowymi",
  });
  const agent = support(
    "Piotr Wiśniewski",
    "Klientka poprosiła telefonicznie o wycofanie zgody na udostępnianie danych partnerom",
    "ZGL-7710",
  );

  const preferences = k.preferences([
    {
      daysAgo: 500,
      actor: customer,
      changes: [
        { kind: "topic", topicId: "newsletter", channelId: "email", subscribed: true },
        { kind: "topic", topicId: "offers", channelId: "email", subscribed: true },
        { kind: "topic", topicId: "offers", channelId: "sms", subscribed: true },
        { kind: "topic", topicId: "product_updates", channelId: "email", subscribed: true },
      ],
    },
    {
      daysAgo: 60,
      actor: footerLink,
      changes: [{ kind: "topic", topicId: "offers", channelId: "sms", subscribed: false }],
    },
    { daysAgo: 5, actor: customer, changes: [{ kind: "pause", until: k.ago(-10) }] },
  ]);

  k.consent("personalised_offers", "granted", 500, "signup_form", "2024-12");
  k.consent("partner_sharing", "granted", 500, "signup_form", "2024-12");
  k.consent("ad_remarketing", "granted", 400, "privacy_center", "2025-01");
  k.consent("partner_sharing", "withdrawn", 40, "support", "2025-06", agent);
  k.consent("analytics", "granted", 30, "privacy_center", "2026-03");

  const requests = [
    k.request({
      type: "deletion",
      daysAgo: 250,
      scope: ["behavioural"],
      details: "Proszę usunąć moją historię zakupów.",
      steps: [
        { daysAgo: 249, status: "verifying" },
        {
          daysAgo: 240,
          status: "rejected",
          note: "Dane o zakupach musimy przechowywać 5 lat ze względu na przepisy podatkowe. Usunęliśmy je z profilu marketingowego.",
        },
      ],
    }),
    k.request({
      type: "access",
      daysAgo: 10,
      scope: [],
      details: "Proszę o eksport wszystkich moich danych w formacie CSV.",
      steps: [{ daysAgo: 9, status: "verifying", note: "Potwierdzamy Twoją tożsamość." }],
    }),
  ];

  k.event(k.ago(250, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(40, 1), agent, "support_access", "privacy_center", null, "act");
  k.event(k.ago(30, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(10, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(5, 1), customer, "signed_in", "session", null, "full");

  return {
    subject: {
      id: "subj-pl",
      email: "pl.customer@example.com",
      phone: "+48 601 234 567",
      name: "Katarzyna Nowak",
      locale: "pl",
      jurisdiction: "EU",
    },
    preferences,
    consentRecords: k.consentRecords,
    dataItems: polandData(k),
    requests,
    activity: k.history(),
  };
}
