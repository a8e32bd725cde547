import type { DataItem } from "../../contract/data.ts";
import type { SeedKit } from "../kit.ts";

export function taiwanData(k: SeedKit): DataItem[] {
  return [
    k.item("identity", "email", "tw.customer@example.com", { source: "signup_form", daysAgo: 400 }),
    k.item("identity", "phone", "0912-345-678", { source: "signup_form", daysAgo: 400 }),
    k.item("identity", "name", "林怡君", { source: "signup_form", daysAgo: 400 }),
    k.item("identity", "postal_address", "106台北市大安區復興南路一段390號5樓", {
      source: "purchase",
      daysAgo: 380,
      recipients: ["Northwind Outfitters", "中華郵政"],
    }),
    k.item("identity", "tax_id", "A2••••••89", {
      source: "purchase",
      daysAgo: 380,
      masked: true,
      legalBasis: "legal_obligation",
      keep: "years5",
      correctable: false,
    }),
    k.item("demographic", "birth_year", "1988", { source: "signup_form", daysAgo: 400 }),
    k.item("demographic", "gender", "女性", { source: "signup_form", daysAgo: 400 }),
    k.item("demographic", "household", "已婚，育有兩名子女", { source: "survey", daysAgo: 260 }),
    k.item("demographic", "preferred_store", "Northwind 台北信義店", { source: "purchase", daysAgo: 30 }),
    k.item("engagement", "email_opens", "過去 90 天開啟 12 次", { source: "email_platform", daysAgo: 1 }),
    k.item("engagement", "app_sessions", "過去 30 天使用 App 58 次", { source: "app", daysAgo: 1 }),
    k.item("engagement", "push_opens", "過去 30 天開啟 21 則通知", { source: "app", daysAgo: 1 }),
    k.item("engagement", "website_visits", "過去 30 天造訪網站 5 次", { source: "website", daysAgo: 4 }),
    k.item("sentiment", "nps_score", "8 / 10", { source: "survey", daysAgo: 35 }),
    k.item("sentiment", "survey_answer", "「希望有更多兒童尺寸的登山裝備。」", { source: "survey", daysAgo: 35 }),
    k.item("sentiment", "product_review", "★★★★☆ 輕量雙人帳篷 —「搭設簡單，但收納袋有點小。」", {
      source: "app",
      daysAgo: 90,
      correctable: true,
    }),
    k.item("behavioural", "purchase_history", "過去 12 個月共 6 筆訂單 · NT$18,760", {
      source: "purchase",
      daysAgo: 30,
    }),
    k.item("behavioural", "average_order_value", "NT$3,127", { source: "purchase", daysAgo: 30 }),
    k.item("behavioural", "loyalty_tier", "白金會員（6,840 點）", { source: "purchase", daysAgo: 30, purposeIds: [] }),
    k.item("behavioural", "cart_contents", "兒童登山鞋（NT$1,980）", { source: "app", daysAgo: 1, keep: "months13" }),
    k.item("behavioural", "browsing_categories", "親子露營、登山鞋、保暖衣物", {
      source: "app",
      daysAgo: 1,
      legalBasis: "consent",
      purposeIds: ["personalised_offers", "analytics"],
      keep: "months13",
    }),
    k.item("behavioural", "payment_card", "JCB •••• 3365", {
      source: "purchase",
      daysAgo: 30,
      masked: true,
      purposeIds: [],
    }),
  ];
}
