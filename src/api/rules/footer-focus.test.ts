import { describe, expect, it } from "vitest";
import { channelIdSchema, idSchema } from "../contract/common.ts";
import { isChannelId, isId } from "../contract/id-shapes.ts";
import { footerFocusOf, footerFocusSearch } from "./footer-focus.ts";

const focusOf = (query: string) => footerFocusOf(new URLSearchParams(query));

describe("a footer link's focus on the preferences page", () => {
  it("reads back what the link named", () => {
    expect(focusOf(footerFocusSearch({ topicId: "offers", channelId: "sms" }))).toEqual({
      topicId: "offers",
      channelId: "sms",
    });
    expect(focusOf(footerFocusSearch({}))).toEqual({});
  });

  it("is none when the page was not opened from a footer link", () => {
    expect(focusOf("topic=offers&channel=sms")).toBeNull();
  });

  it("drops a topic or channel no link could have named, and keeps the rest", () => {
    expect(focusOf("from=footer&topic=offers&channel=fax")).toEqual({ topicId: "offers" });
    expect(focusOf("from=footer&topic=off%00ers&channel=email")).toEqual({ channelId: "email" });
    expect(focusOf(`from=footer&topic=${"x".repeat(101)}`)).toEqual({});
    expect(focusOf("from=footer&topic=")).toEqual({});
  });

  it("judges ids and channels exactly as the contract's schemas do", () => {
    const samples = [
      "offers",
      "",
      "x".repeat(100),
      "x".repeat(101),
      "a\u0000b",
      "a\ud800b",
      "tab\there",
      "ünïcode",
      "sms",
      "fax",
      "email",
    ];
    const judged = (judge: (value: string) => boolean) => samples.map((sample) => [sample, judge(sample)]);
    expect(judged(isId)).toEqual(judged((sample) => idSchema.safeParse(sample).success));
    expect(judged(isChannelId)).toEqual(judged((sample) => channelIdSchema.safeParse(sample).success));
  });
});
