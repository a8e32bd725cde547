import type { ChannelId } from "../contract/common.ts";
import type { DataItem } from "../contract/data.ts";
import type { Preferences } from "../contract/preferences.ts";
import type { Subject } from "../contract/subject.ts";

export type Contacts = Preferences["contacts"];

const dot = "•";

function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}${dot.repeat(3)}@${domain}`;
}

function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  return `${dot.repeat(4)} ${digits.slice(-4)}`;
}

const maskStart = (text: string) => `${text.slice(0, 3)}${dot.repeat(3)}`;

/** Where the data holds a contact point for a channel, by the field that names it. */
const fieldsFor: Partial<Record<ChannelId, readonly string[]>> = {
  post: ["postal_address"],
  push: ["app_sessions", "push_opens"],
  social_dm: ["social_handle"],
};

/** Every field that can hold a contact point: a backend need read no other item to work contacts out. */
export const contactFields: readonly string[] = Object.values(fieldsFor).flat();

/**
 * How each channel can reach this customer, masked: email by their address, SMS, WhatsApp and calls by their
 * phone, post by an address on file, push by the app they use, social messages by a handle on file. A channel
 * with no contact point is absent, and cannot be switched on. `push` says "app" (the page names it).
 */
export function contactsOf(subject: Pick<Subject, "email" | "phone">, items: readonly DataItem[]): Contacts {
  const field = (names: readonly string[] | undefined) => items.find((item) => names?.includes(item.field));
  const contacts: Contacts = { email: maskEmail(subject.email) };
  if (subject.phone)
    for (const id of ["sms", "whatsapp", "phone_call"] as const) contacts[id] = maskPhone(subject.phone);
  const address = field(fieldsFor.post);
  if (address) contacts.post = maskStart(address.value);
  if (field(fieldsFor.push)) contacts.push = "app";
  const handle = field(fieldsFor.social_dm);
  if (handle) contacts.social_dm = maskStart(handle.value);
  return contacts;
}

/** The stored part of preferences: contact points are worked out on every read, never kept. */
export function storedPreferences(preferences: Preferences): Preferences {
  return { ...preferences, contacts: {} };
}
