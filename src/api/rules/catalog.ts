import type { OperatorConfig } from "../contract/operator-config.ts";
import type { PreferenceCatalog } from "./preferences.ts";

/** What preferences can name: a disabled channel is neither offered nor switchable, so it is left out everywhere. */
export function preferenceCatalog(config: Pick<OperatorConfig, "channels" | "topics">): PreferenceCatalog {
  const channelIds = config.channels.filter((channel) => channel.enabled).map((channel) => channel.id);
  return {
    channelIds,
    topics: config.topics.map((topic) => ({
      ...topic,
      channels: topic.channels.filter((id) => channelIds.includes(id)),
    })),
  };
}
