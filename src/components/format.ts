/**
 * The zone a time is shown in: `UTC` (the console's default, so a screenshot, a test run on any
 * machine and the audit trail agree) or an IANA zone such as `Asia/Shanghai` (the user's own, for a
 * "local time" preference).
 */
export type DisplayTimeZone = string;

export const DEFAULT_TIME_ZONE: DisplayTimeZone = 'UTC';

const formatters = new Map<DisplayTimeZone, Intl.DateTimeFormat>();

/** One formatter per zone: building an `Intl.DateTimeFormat` per cell is costly in long lists. */
function formatterFor(timeZone: DisplayTimeZone): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
      timeZoneName: 'shortOffset',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Every date the console shows: `2026-10-24 00:00 UTC`, or `2026-10-24 08:00 GMT+8` in another
 * zone. Year first so times sort at a glance; the zone always named so no reader guesses it.
 */
export function formatDateTime(iso: string, timeZone: DisplayTimeZone = DEFAULT_TIME_ZONE): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value;
  // `shortOffset` names a zero offset "GMT" (or "GMT+0", by ICU version); the console says UTC.
  const zone = /^GMT(\+0)?$/.test(parts.timeZoneName ?? '') ? 'UTC' : parts.timeZoneName;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${zone}`;
}

/** A size in GB, grouped, with at most two decimals: `1,024 GB`, `9.8 GB`. */
export function formatGb(gb: number): string {
  return `${gb.toLocaleString('en-US', { maximumFractionDigits: 2 })} GB`;
}
