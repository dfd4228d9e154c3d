const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** Console times are UTC so a screenshot and the audit trail agree. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

/** A size in GB, grouped, with at most two decimals: `1,024 GB`, `9.8 GB`. */
export function formatGb(gb: number): string {
  return `${gb.toLocaleString('en-US', { maximumFractionDigits: 2 })} GB`;
}
