import type { DataItem } from "../../contract/data.ts";
import type { SeedKit } from "../kit.ts";

export function californiaData(k: SeedKit): DataItem[] {
  return [
    k.item("identity", "email", "ca.customer@example.com", {
      source: "signup_form",
      daysAgo: 300,
      purposeIds: ["ad_remarketing"],
    }),
    k.item("identity", "phone", "(415) 555-0147", {
      source: "signup_form",
      daysAgo: 300,
      purposeIds: ["ad_remarketing"],
    }),
    k.item("identity", "name", "Jordan Rivera", { source: "signup_form", daysAgo: 300 }),
    k.item("identity", "postal_address", "2150 Valencia St, Apt 3, San Francisco, CA 94110", {
      source: "purchase",
      daysAgo: 290,
      recipients: ["Northwind Outfitters", "UPS"],
    }),
    k.item("identity", "customer_number", "NW-208311", { source: "signup_form", daysAgo: 300, correctable: false }),
    k.item("demographic", "birth_year", "1990", { source: "signup_form", daysAgo: 300 }),
    k.item("demographic", "gender", "Non-binary", { source: "customer", daysAgo: 250 }),
    k.item("demographic", "household", "Estimated 2-person household", {
      source: "partner",
      daysAgo: 200,
      correctable: true,
    }),
    k.item("demographic", "clothing_size", "L (tops) · 10 (shoes)", { source: "customer", daysAgo: 250 }),
    k.item("engagement", "email_opens", "27 opens in the last 90 days", { source: "email_platform", daysAgo: 1 }),
    k.item("engagement", "email_clicks", "14 clicks in the last 90 days", { source: "email_platform", daysAgo: 1 }),
    k.item("engagement", "website_visits", "22 visits in the last 30 days", { source: "website", daysAgo: 1 }),
    k.item("engagement", "app_sessions", "3 app sessions in the last 30 days", { source: "app", daysAgo: 6 }),
    k.item("sentiment", "nps_score", "6 out of 10", { source: "survey", daysAgo: 50 }),
    k.item("sentiment", "survey_answer", "“Shipping to California takes too long.”", { source: "survey", daysAgo: 50 }),
    k.item("sentiment", "support_rating", "3 out of 5 — email support", { source: "support", daysAgo: 100 }),
    k.item("sentiment", "product_review", "★★★★★ Granite 40L pack — “Carried it up Half Dome, zero complaints.”", {
      source: "website",
      daysAgo: 140,
      correctable: true,
    }),
    // Free text that looks like a formula: the page shows it as text and the CSV export neutralises it.
    k.item("sentiment", "feedback_comment", '=HYPERLINK("http://evil.example","click")', {
      source: "support",
      daysAgo: 30,
    }),
    k.item("behavioural", "purchase_history", "5 orders in the last 12 months · $1,146.75", {
      source: "purchase",
      daysAgo: 25,
    }),
    k.item("behavioural", "average_order_value", "$229.35", { source: "purchase", daysAgo: 25 }),
    k.item("behavioural", "loyalty_tier", "Silver (1,920 points)", { source: "purchase", daysAgo: 25, purposeIds: [] }),
    k.item("behavioural", "cart_contents", "Ultralight rain shell ($189.00)", {
      source: "website",
      daysAgo: 1,
      keep: "months13",
    }),
    k.item("behavioural", "browsing_categories", "Climbing, cycling, rain gear", {
      source: "website",
      daysAgo: 1,
      legalBasis: "consent",
      purposeIds: ["personalised_offers", "analytics"],
      keep: "months13",
    }),
    // Free text that looks like markup: shown as text, never run.
    k.item("behavioural", "delivery_note", "<img src=x onerror=alert(1)>", {
      source: "customer",
      daysAgo: 25,
      correctable: true,
    }),
    // Retention that acts: one item just past its end (the job deletes it), one a few days before (shown as next).
    k.item("behavioural", "old_orders", "2 orders in 2021 · $310.20", { source: "purchase", daysAgo: 1827 }),
    k.item("engagement", "old_campaign_clicks", "9 clicks on the 2025 spring campaign", {
      source: "email_platform",
      daysAgo: 392,
    }),
    k.item("behavioural", "payment_card", "Amex •••• 1009", {
      source: "purchase",
      daysAgo: 25,
      masked: true,
      purposeIds: [],
    }),
  ];
}
