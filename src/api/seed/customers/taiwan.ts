import type { SeedCustomer } from "../types.ts";
import { customer, footerLink, support } from "../actors.ts";
import { seedKit } from "../kit.ts";
import { taiwanData } from "./taiwan-data.ts";

export function taiwan(now: Date): SeedCustomer {
  const k = seedKit(now, "tw", "TW", {
    account: "帳號有效期間",
    months13: "蒐集後 13 個月",
    years2: "蒐集後 2 年",
    years5: "依稅法規定保存 5 年",
  });
  const agent = support("陳建宏", "客戶來電要求停止將資料提供給合作夥伴", "CS-55102");

  const preferences = k.preferences([
    {
      daysAgo: 400,
      actor: customer,
      changes: [
        { kind: "topic", topicId: "newsletter", channelId: "push", subscribed: true },
        { kind: "topic", topicId: "offers", channelId: "push", subscribed: true },
        { kind: "topic", topicId: "offers", channelId: "email", subscribed: true },
      ],
    },
    { daysAgo: 100, actor: customer, changes: [{ kind: "channel", channelId: "post", on: false }] },
    {
      daysAgo: 50,
      actor: footerLink,
      changes: [{ kind: "topic", topicId: "offers", channelId: "email", subscribed: false }],
    },
    {
      daysAgo: 20,
      actor: customer,
      changes: [
        { kind: "frequency", topicId: "offers", frequency: "weekly" },
        { kind: "topic", topicId: "surveys", channelId: "phone_call", subscribed: true },
      ],
    },
  ]);

  k.consent("personalised_offers", "granted", 400, "signup_form", "2025-01");
  k.consent("analytics", "granted", 400, "signup_form", "2025-01");
  k.consent("ad_remarketing", "granted", 400, "signup_form", "2025-01");
  k.consent("partner_sharing", "granted", 400, "signup_form", "2024-11");
  k.consent("ad_remarketing", "withdrawn", 150, "privacy_center", "2025-09");
  k.consent("partner_sharing", "withdrawn", 70, "support", "2025-06", agent);

  const requests = [
    k.request({
      type: "access",
      daysAgo: 120,
      details: "請提供你們保存的我的所有個人資料副本。",
      steps: [
        { daysAgo: 119, status: "verifying" },
        { daysAgo: 117, status: "in_progress" },
        { daysAgo: 110, status: "completed", note: "已將資料副本寄至您的電子郵件信箱。" },
      ],
    }),
    k.request({
      type: "restriction",
      daysAgo: 6,
      scope: ["browsing_categories", "app_sessions"],
      details: "在我確認資料正確之前，請暫停使用我的瀏覽與 App 使用紀錄。",
    }),
  ];

  k.event(k.ago(120, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(70, 1), agent, "support_access", "privacy_center", null, "act");
  k.event(k.ago(20, 1), customer, "signed_in", "session", null, "full");
  k.event(k.ago(20, -1), customer, "signed_out", "session");
  k.event(k.ago(6, 1), customer, "signed_in", "session", null, "full");

  return {
    subject: {
      id: "subj-tw",
      email: "tw.customer@example.com",
      phone: "0912-345-678",
      name: "林怡君",
      locale: "zh-TW",
      jurisdiction: "TW",
    },
    preferences,
    consentRecords: k.consentRecords,
    dataItems: taiwanData(k),
    requests,
    activity: k.history(),
  };
}
