// Relays quote the recipient ("550 <ana@example.com>: no such user") and database errors quote the row ("Key
// (email)=(ana@example.com) already exists"); logs never hold an address.
const address = /[^\s<>"'()@]+@[^\s<>"'()]+/g;

/** The text with anything shaped like an email address replaced by [address]. */
export function withoutAddresses(text: string): string {
  return text.replace(address, "[address]");
}
