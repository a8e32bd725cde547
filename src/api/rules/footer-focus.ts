import type { FooterTarget } from "../contract/footer-links.ts";
import { isChannelId, isId } from "../contract/id-shapes.ts";

/**
 * What a footer link was about travels to the preferences page in its query string (not the token: that is
 * spent and gone from the address bar): `from=footer`, and the topic and channel when the link names them.
 */
export function footerFocusSearch(target: FooterTarget): string {
  return new URLSearchParams({
    from: "footer",
    ...(target.topicId ? { topic: target.topicId } : {}),
    ...(target.channelId ? { channel: target.channelId } : {}),
  }).toString();
}

/** The link's target, or null when the page was not opened from a footer link. */
export function footerFocusOf(search: URLSearchParams): FooterTarget | null {
  if (search.get("from") !== "footer") return null;
  const topic = search.get("topic");
  const channel = search.get("channel");
  return {
    ...(topic !== null && isId(topic) ? { topicId: topic } : {}),
    ...(channel !== null && isChannelId(channel) ? { channelId: channel } : {}),
  };
}
