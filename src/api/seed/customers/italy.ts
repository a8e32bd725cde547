import type { SeedCustomer } from "../types.ts";
import { customer, footerLink, support, system } from "../actors.ts";
import { seedKit } from "../kit.ts";
import { italyData } from "./italy-data.ts";

export function italy(now: Date): SeedCustomer {
  const k = seedKit(now, "it", "EU", {
    account: "Finché il tuo account è attivo",
    months13: "13 mesi dalla raccolta",
    years2: "2 anni dalla raccolta",
    years5: "5 anni, per obblighi fiscali",
  });
  const agent = support(
    "Luca Bianchi",
    "La cliente ha chiesto al telefono di non ricevere più SMS promozionali",
    "TCK-20931",
  );

  const preferences = k.preferences([
    {
      daysAgo: 600,
      actor: customer,
      changes: [
        { kind: "topic", topicId: "newsletter", channelId: "email", subscribed: true },
        { kind: "topic", topicId: "offers", channelId: "email", subscribed: true },
        { kind: "topic", topicId: "offers", channelId: "sms", subscribed: true },
      ],
    },
    { daysAgo: 90, actor: agent, changes: [{ kind: "topic", topicId: "offers", channelId: "sms", subscribed: false }] },
    {
      daysAgo: 40,
      actor: footerLink,
      changes: [{ kind: "topic", topicId: "offers", channelId: "email", subscribed: false }],
    },
    {
      daysAgo: 12,
      actor: customer,
      changes: [
        { kind: "frequency", topicId: "newsletter", frequency: "monthly" },
        { kind: "topic", topicId: "product_updates", channelId: "push", subscribed: true },
      ],
    },
  ]);

  k.consent("personalised_offers", "granted", 600, "signup_form", "2024-09");
  k.consent("ad_remarketing", "granted", 600, "signup_form", "2024-09");
  k.consent("analytics", "granted", 600, "signup_form", "2024-09");
  k.consent("analytics", "withdrawn", 100, "footer_link", "2025-09");
  k.consent("partner_sharing", "withdrawn", 12, "privacy_center", "2025-06");

  const requests = [
    k.request({
      type: "objection",
      daysAgo: 300,
      scope: ["analytics"],
      details: "Mi oppongo alla profilazione a fini di marketing.",
      steps: [
        { daysAgo: 298, status: "in_progress" },
        { daysAgo: 285, status: "completed", note: "Profilazione disattivata su tutti i sistemi." },
      ],
    }),
    k.request({
      type: "correction",
      daysAgo: 200,
      scope: ["postal_address"],
      details: "Il numero civico corretto è 24, non 42.",
      steps: [
        { daysAgo: 199, status: "verifying" },
        { daysAgo: 197, status: "completed", note: "Indirizzo corretto." },
      ],
    }),
    k.request({
      type: "access",
      daysAgo: 150,
      details: "Vorrei sapere quali dati avete su di me.",
      steps: [
        { daysAgo: 149, status: "cancelled", note: "Annullata dalla cliente: ha trovato tutto nel centro privacy." },
      ],
    }),
    k.request({
      type: "deletion",
      daysAgo: 25,
      scope: ["engagement", "behavioural"],
      details: "Cancellate lo storico di navigazione e delle aperture delle email.",
      steps: [{ daysAgo: 23, status: "in_progress", note: "Richiesta inoltrata ai fornitori di email e analisi." }],
      extension: {
        reason:
          "I dati si trovano negli archivi di backup di tre fornitori: servono fino a due mesi in più per cancellarli ovunque.",
        notifiedDaysAgo: 5,
      },
    }),
  ];

  k.event(
    k.ago(197),
    system,
    "data_corrected",
    "data:postal_address",
    "Via dei Mille 42, 20129 Milano MI",
    "Via dei Mille 24, 20129 Milano MI",
  );
  k.event(k.ago(91), agent, "support_access", "privacy_center", null, "act");
  k.event(k.ago(150, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(25, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(12, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(12, -1), customer, "signed_out", "session");

  return {
    subject: {
      id: "subj-it",
      email: "it.customer@example.com",
      phone: "+39 347 812 4590",
      name: "Giulia Romano",
      locale: "it",
      jurisdiction: "EU",
    },
    preferences,
    consentRecords: k.consentRecords,
    dataItems: italyData(k),
    requests,
    activity: k.history(),
  };
}
