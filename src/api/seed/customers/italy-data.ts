import type { DataItem } from "../../contract/data.ts";
import type { SeedKit } from "../kit.ts";

export function italyData(k: SeedKit): DataItem[] {
  return [
    k.item("identity", "email", "it.customer@example.com", {
      source: "signup_form",
      daysAgo: 600,
      purposeIds: ["ad_remarketing"],
    }),
    k.item("identity", "phone", "+39 347 812 4590", { source: "signup_form", daysAgo: 600 }),
    k.item("identity", "name", "Giulia Romano", { source: "signup_form", daysAgo: 600 }),
    k.item("identity", "postal_address", "Via dei Mille 24, 20129 Milano MI", {
      source: "customer",
      daysAgo: 197,
      recipients: ["Northwind Outfitters", "Poste Italiane"],
    }),
    k.item("identity", "tax_id", "RMNGLI••••••••••", {
      source: "purchase",
      daysAgo: 540,
      masked: true,
      legalBasis: "legal_obligation",
      keep: "years5",
      correctable: false,
    }),
    k.item("demographic", "birth_year", "1985", { source: "signup_form", daysAgo: 600 }),
    k.item("demographic", "gender", "Donna", { source: "signup_form", daysAgo: 600 }),
    k.item("demographic", "household", "Coppia, senza figli", { source: "survey", daysAgo: 330 }),
    k.item("demographic", "preferred_store", "Northwind Milano – Corso Buenos Aires", {
      source: "purchase",
      daysAgo: 60,
    }),
    k.item("engagement", "email_opens", "24 aperture negli ultimi 90 giorni", { source: "email_platform", daysAgo: 1 }),
    k.item("engagement", "email_clicks", "11 clic negli ultimi 90 giorni", { source: "email_platform", daysAgo: 1 }),
    k.item("engagement", "website_visits", "15 visite al sito nell’ultimo mese", { source: "website", daysAgo: 3 }),
    k.item("sentiment", "nps_score", "7 su 10", { source: "survey", daysAgo: 70 }),
    k.item("sentiment", "survey_answer", "“Vorrei più taglie disponibili in negozio.”", {
      source: "survey",
      daysAgo: 70,
    }),
    k.item(
      "sentiment",
      "product_review",
      "★★★★★ Giacca impermeabile Dolomiti — “Perfetta sotto la pioggia, leggera e calda.”",
      {
        source: "website",
        daysAgo: 210,
        correctable: true,
      },
    ),
    k.item("behavioural", "purchase_history", "4 ordini negli ultimi 12 mesi · 612,40 €", {
      source: "purchase",
      daysAgo: 20,
    }),
    k.item("behavioural", "average_order_value", "153,10 €", { source: "purchase", daysAgo: 20 }),
    k.item("behavioural", "loyalty_tier", "Argento (1.480 punti)", { source: "purchase", daysAgo: 20, purposeIds: [] }),
    k.item("behavioural", "browsing_categories", "Alpinismo, abbigliamento tecnico, sci", {
      source: "website",
      daysAgo: 3,
      legalBasis: "consent",
      purposeIds: ["personalised_offers"],
      keep: "months13",
    }),
    k.item("behavioural", "payment_card", "Mastercard •••• 7730", {
      source: "purchase",
      daysAgo: 20,
      masked: true,
      purposeIds: [],
    }),
  ];
}
