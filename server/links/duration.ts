const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** "90d", "12h", "30m", "3600s" or plain seconds → seconds; null when it is none of those. */
export function parseDuration(text: string): number | null {
  const match = /^(\d+)\s*([smhdw]?)$/i.exec(text.trim());
  if (!match) return null;
  const seconds = Number(match[1]) * units[(match[2] || "s").toLowerCase()]!;
  return seconds > 0 ? seconds : null;
}
