import type { SeedCustomer } from "../types.ts";
import { customer, footerLink, support } from "../actors.ts";
import { seedKit } from "../kit.ts";
import { brazilData } from "./brazil-data.ts";

export function brazil(now: Date): SeedCustomer {
  const k = seedKit(now, "br", "BR", {
    account: "Enquanto sua conta estiver ativa",
    months13: "13 meses após a coleta",
    years2: "2 anos após a coleta",
    years5: "5 anos, por obrigação fiscal",
  });
  const agent = support("Mariana Costa", "Cliente ligou para saber quais dados temos sobre ela", "SUP-48213");

  const preferences = k.preferences([
    {
      daysAgo: 820,
      actor: customer,
      changes: [
        { kind: "topic", topicId: "newsletter", channelId: "email", subscribed: true },
        { kind: "topic", topicId: "offers", channelId: "email", subscribed: true },
        { kind: "topic", topicId: "offers", channelId: "whatsapp", subscribed: true },
      ],
    },
    {
      daysAgo: 200,
      actor: footerLink,
      changes: [{ kind: "topic", topicId: "offers", channelId: "email", subscribed: false }],
    },
    {
      daysAgo: 30,
      actor: customer,
      changes: [
        { kind: "frequency", topicId: "newsletter", frequency: "monthly" },
        { kind: "topic", topicId: "surveys", channelId: "email", subscribed: true },
        { kind: "channel", channelId: "sms", on: false },
      ],
    },
  ]);

  k.consent("personalised_offers", "granted", 820, "signup_form", "2024-03");
  k.consent("analytics", "granted", 820, "signup_form", "2024-03");
  k.consent("ad_remarketing", "granted", 300, "privacy_center", "2025-01");
  k.consent("personalised_offers", "granted", 60, "privacy_center", "2026-01");

  const requests = [
    k.request({
      type: "access",
      daysAgo: 200,
      scope: ["identity", "behavioural"],
      details: "Quero uma cópia de todos os meus dados, incluindo o histórico de compras.",
      steps: [
        { daysAgo: 199.9, status: "verifying", note: "Confirmação simplificada enviada por e-mail." },
        { daysAgo: 198, status: "in_progress" },
        { daysAgo: 190, status: "completed", note: "Relatório completo enviado para br.customer@example.com." },
      ],
    }),
    k.request({
      type: "deletion",
      daysAgo: 95,
      scope: ["engagement"],
      details: "Apaguem meu histórico de aberturas de e-mail.",
      steps: [{ daysAgo: 94, status: "cancelled", note: "Cancelado pela cliente." }],
    }),
    k.request({
      type: "correction",
      daysAgo: 4,
      scope: ["postal_address"],
      details: "Mudei de apartamento: o correto é apto 53, não 35.",
      steps: [{ daysAgo: 3, status: "in_progress", note: "Conferindo o novo endereço com a transportadora." }],
    }),
  ];

  k.event(k.ago(200, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(150), agent, "support_access", "privacy_center", null, "read_only");
  k.event(k.ago(60, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(30, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(4, 1), customer, "signed_in", "session", null, "full");

  return {
    subject: {
      id: "subj-br",
      email: "br.customer@example.com",
      phone: "+55 11 98765-4321",
      name: "Ana Luiza Ferreira",
      locale: "pt-BR",
      jurisdiction: "BR",
    },
    preferences,
    consentRecords: k.consentRecords,
    dataItems: brazilData(k),
    requests,
    activity: k.history(),
  };
}
