import type { PreferenceChange, Preferences } from "../contract/preferences.ts";
import { signFooterToken, type FooterLinkTarget } from "./footer-token.ts";
import type { PreferenceCatalog } from "./preferences.ts";
import { invalidField, notFound } from "./rule-error.ts";

/** The part of a footer link that says what "unsubscribe from this" stops; the subject is whoever it names. */
export type UnsubscribeTarget = Omit<FooterLinkTarget, "subjectId">;

function topicOf(catalog: PreferenceCatalog, topicId: string) {
  const topic = catalog.topics.find((candidate) => candidate.id === topicId && !candidate.required);
  // A link outlives config edits; one naming a topic that is gone (or became a service topic) cannot act.
  if (!topic) throw notFound(`This link names a topic that is no longer offered ("${topicId}").`);
  return topic;
}

/**
 * The preference changes that unsubscribe what a footer link names, leaving out what is already off, so that
 * acting on the same link twice changes nothing and writes no second line of history: a topic on one channel, a
 * topic on all its channels, a whole channel, or (naming neither) all marketing.
 */
export function unsubscribeChanges(
  state: Preferences,
  target: UnsubscribeTarget,
  catalog: PreferenceCatalog,
): PreferenceChange[] {
  const { topicId, channelId } = target;
  if (topicId !== undefined) {
    const topic = topicOf(catalog, topicId);
    const subscribed = state.topics.find((pref) => pref.topicId === topicId)?.channels ?? {};
    const channels = channelId === undefined ? topic.channels : topic.channels.filter((id) => id === channelId);
    if (channelId !== undefined && channels.length === 0)
      throw notFound(`This link names a channel "${topicId}" is no longer sent by ("${channelId}").`);
    return channels
      .filter((id) => subscribed[id] === true)
      .map((id) => ({ kind: "topic", topicId, channelId: id, subscribed: false }));
  }
  if (channelId !== undefined) {
    if (!catalog.channelIds.includes(channelId))
      throw notFound(`This link names a channel that is no longer offered ("${channelId}").`);
    return state.channels[channelId] === false ? [] : [{ kind: "channel", channelId, on: false }];
  }
  const anyMarketingOn = catalog.topics
    .filter((topic) => topic.marketing && !topic.required)
    .some((topic) =>
      Object.values(state.topics.find((pref) => pref.topicId === topic.id)?.channels ?? {}).some(Boolean),
    );
  return anyMarketingOn ? [{ kind: "stop_all_marketing" }] : [];
}

/** Where a footer link's token goes: the preferences page (a person) and the RFC 8058 endpoint (a mail app). */
export function footerLinkUrls(origin: string, token: string) {
  const unsubscribeUrl = `${origin}/u/${token}`;
  return {
    preferencesUrl: `${origin}/p/${token}`,
    unsubscribeUrl,
    listUnsubscribeHeaders: {
      "List-Unsubscribe": `<${unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" as const,
    },
  };
}

/** Why a footer link cannot be used, in the words both backends answer with. */
export const footerLinkRefusals = {
  malformed: "This link is not complete or was changed. Open it again from the message.",
  bad_signature: "This link is not complete or was changed. Open it again from the message.",
  expired: "This link has expired. Open the privacy center from a newer message, or sign in with your email.",
  unknown: "This link no longer works. Sign in with your email address instead.",
} as const;
export type FooterLinkRefusal = keyof typeof footerLinkRefusals;

/** Signs a link for a subject and says where it goes; the expiry is counted from now. */
export async function mintFooterLink(
  origin: string,
  secret: string,
  link: FooterLinkTarget & { expiresInSeconds?: number | undefined },
  now: Date,
) {
  const { expiresInSeconds, ...target } = link;
  const token = await signFooterToken(
    {
      ...target,
      ...(expiresInSeconds !== undefined ? { expiresAt: new Date(now.getTime() + expiresInSeconds * 1000) } : {}),
    },
    secret,
  );
  return { token, ...footerLinkUrls(origin, token) };
}

/** What a link may name, checked when it is minted so an integrator hears about a typo at once, not from a customer. */
export function checkFooterTarget(target: UnsubscribeTarget, catalog: PreferenceCatalog): void {
  const { topicId, channelId } = target;
  if (channelId !== undefined && !catalog.channelIds.includes(channelId))
    throw invalidField("channel", `"${channelId}" is not a channel this privacy center offers`);
  if (topicId === undefined) return;
  const topic = catalog.topics.find((candidate) => candidate.id === topicId);
  if (!topic) throw invalidField("topic", `"${topicId}" is not a topic in the config`);
  if (topic.required)
    throw invalidField("topic", `"${topicId}" carries service messages; nobody can unsubscribe from it`);
  if (channelId !== undefined && !topic.channels.includes(channelId))
    throw invalidField("channel", `"${topicId}" is not sent by ${channelId}`);
}
