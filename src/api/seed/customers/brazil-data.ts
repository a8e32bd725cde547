import type { DataItem } from "../../contract/data.ts";
import type { SeedKit } from "../kit.ts";

export function brazilData(k: SeedKit): DataItem[] {
  const marketing = ["ad_remarketing"];
  return [
    k.item("identity", "email", "br.customer@example.com", {
      source: "signup_form",
      daysAgo: 820,
      purposeIds: marketing,
    }),
    k.item("identity", "phone", "+55 11 98765-4321", { source: "signup_form", daysAgo: 820, purposeIds: marketing }),
    k.item("identity", "name", "Ana Luiza Ferreira", { source: "signup_form", daysAgo: 820 }),
    k.item("identity", "social_handle", "@analu.ferreira", {
      source: "customer",
      daysAgo: 300,
      recipients: ["Northwind Outfitters", "Meta (Instagram messages)"],
    }),
    k.item("identity", "postal_address", "Rua Harmonia, 412, apto 35 – Vila Madalena, São Paulo – SP, 05435-000", {
      source: "purchase",
      daysAgo: 610,
      recipients: ["Northwind Outfitters", "Correios"],
    }),
    k.item("identity", "tax_id", "•••.•••.•••-21", {
      source: "purchase",
      daysAgo: 610,
      masked: true,
      legalBasis: "legal_obligation",
      keep: "years5",
      correctable: false,
    }),
    k.item("demographic", "birth_year", "1991", { source: "signup_form", daysAgo: 820 }),
    k.item("demographic", "gender", "Feminino", { source: "customer", daysAgo: 400 }),
    k.item("demographic", "household", "2 adultos e 1 criança", { source: "survey", daysAgo: 380 }),
    k.item("demographic", "clothing_size", "M (camiseta) · 37 (calçado)", { source: "customer", daysAgo: 250 }),
    k.item("engagement", "email_opens", "18 aberturas nos últimos 90 dias", { source: "email_platform", daysAgo: 1 }),
    k.item("engagement", "email_clicks", "6 cliques nos últimos 90 dias", { source: "email_platform", daysAgo: 1 }),
    k.item("engagement", "app_sessions", "42 sessões no app (Android) nos últimos 30 dias", {
      source: "app",
      daysAgo: 0.5,
    }),
    k.item("engagement", "push_opens", "9 notificações abertas nos últimos 30 dias", { source: "app", daysAgo: 0.5 }),
    k.item("sentiment", "nps_score", "9 de 10", { source: "survey", daysAgo: 45 }),
    k.item("sentiment", "survey_answer", "“A entrega foi rápida, mas a embalagem chegou amassada.”", {
      source: "survey",
      daysAgo: 45,
    }),
    k.item(
      "sentiment",
      "product_review",
      "★★★★☆ Mochila Trilha 30L — “Confortável em trilhas longas; falta um bolso lateral maior.”",
      {
        source: "website",
        daysAgo: 120,
        correctable: true,
      },
    ),
    k.item("sentiment", "support_rating", "5 de 5 — atendimento por chat", { source: "support", daysAgo: 150 }),
    k.item("behavioural", "purchase_history", "7 pedidos nos últimos 12 meses · R$ 2.384,90", {
      source: "purchase",
      daysAgo: 12,
    }),
    k.item("behavioural", "loyalty_tier", "Ouro (3.120 pontos)", { source: "purchase", daysAgo: 12, purposeIds: [] }),
    k.item(
      "behavioural",
      "cart_contents",
      "Saco de dormir Serra 5 °C (R$ 489,00), lanterna de cabeça 300 lm (R$ 129,90)",
      {
        source: "website",
        daysAgo: 2,
        keep: "months13",
      },
    ),
    k.item("behavioural", "browsing_categories", "Camping, trilhas, calçados de aventura", {
      source: "website",
      daysAgo: 2,
      legalBasis: "consent",
      purposeIds: ["personalised_offers", "analytics"],
      keep: "months13",
    }),
    k.item("behavioural", "payment_card", "Visa •••• 4821", {
      source: "purchase",
      daysAgo: 12,
      masked: true,
      purposeIds: [],
    }),
  ];
}
