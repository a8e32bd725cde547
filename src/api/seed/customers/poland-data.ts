import type { DataItem } from "../../contract/data.ts";
import type { SeedKit } from "../kit.ts";

export function polandData(k: SeedKit): DataItem[] {
  return [
    k.item("identity", "email", "pl.customer@example.com", {
      source: "signup_form",
      daysAgo: 500,
      purposeIds: ["ad_remarketing"],
    }),
    k.item("identity", "phone", "+48 601 234 567", {
      source: "signup_form",
      daysAgo: 500,
      purposeIds: ["ad_remarketing"],
    }),
    k.item("identity", "name", "Katarzyna Nowak", { source: "signup_form", daysAgo: 500 }),
    k.item("identity", "postal_address", "ul. Długa 17/4, 31-147 Kraków", {
      source: "purchase",
      daysAgo: 480,
      recipients: ["Northwind Outfitters", "InPost"],
    }),
    k.item("identity", "tax_id", "•••••••••37", {
      source: "purchase",
      daysAgo: 480,
      masked: true,
      legalBasis: "legal_obligation",
      keep: "years5",
      correctable: false,
    }),
    k.item("demographic", "birth_year", "1994", { source: "signup_form", daysAgo: 500 }),
    k.item("demographic", "gender", "Kobieta", { source: "signup_form", daysAgo: 500 }),
    k.item("demographic", "household", "Gospodarstwo jednoosobowe (szacunek partnera)", {
      source: "partner",
      daysAgo: 300,
      correctable: true,
    }),
    k.item("demographic", "clothing_size", "S (odzież) · 38 (obuwie)", { source: "customer", daysAgo: 200 }),
    k.item("engagement", "email_opens", "31 otwarć w ostatnich 90 dniach", { source: "email_platform", daysAgo: 1 }),
    k.item("engagement", "email_clicks", "9 kliknięć w ostatnich 90 dniach", { source: "email_platform", daysAgo: 1 }),
    k.item("engagement", "app_sessions", "12 sesji w aplikacji (iOS) w ostatnich 30 dniach", {
      source: "app",
      daysAgo: 2,
    }),
    k.item("engagement", "push_opens", "4 otwarte powiadomienia w ostatnich 30 dniach", { source: "app", daysAgo: 2 }),
    k.item("sentiment", "nps_score", "10 na 10", { source: "survey", daysAgo: 90 }),
    k.item("sentiment", "survey_answer", "„Najbardziej cenię szybki zwrot pieniędzy.”", {
      source: "survey",
      daysAgo: 90,
    }),
    k.item("sentiment", "support_rating", "4 na 5 — rozmowa telefoniczna", { source: "support", daysAgo: 40 }),
    k.item("behavioural", "purchase_history", "9 zamówień w ostatnich 12 miesiącach · 3 482,50 zł", {
      source: "purchase",
      daysAgo: 15,
    }),
    k.item("behavioural", "loyalty_tier", "Złoty (4 210 punktów)", { source: "purchase", daysAgo: 15, purposeIds: [] }),
    k.item("behavioural", "cart_contents", "Kijki trekkingowe Tatra (329,00 zł)", {
      source: "app",
      daysAgo: 2,
      keep: "months13",
    }),
    k.item("behavioural", "browsing_categories", "Trekking, biegi górskie, namioty", {
      source: "app",
      daysAgo: 2,
      legalBasis: "consent",
      purposeIds: ["personalised_offers", "analytics"],
      keep: "months13",
    }),
    k.item("behavioural", "payment_card", "Visa •••• 1904", {
      source: "purchase",
      daysAgo: 15,
      masked: true,
      purposeIds: [],
    }),
  ];
}
