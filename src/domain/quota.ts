import type { QuotaUsage } from './rules/context';

/** From this share of the quota on, a quota bar warns that the region is filling up. */
export const QUOTA_WARNING_SHARE = 0.8;

/**
 * How full a quota is, for the colour of its bar: `full` once nothing more fits (create.quota and
 * replicate.quota refuse from there), `warning` from 80 %, else `ok`.
 */
export type QuotaLevel = 'ok' | 'warning' | 'full';

export function quotaLevel({ used, limit }: QuotaUsage): QuotaLevel {
  if (used >= limit) return 'full';
  if (used >= limit * QUOTA_WARNING_SHARE) return 'warning';
  return 'ok';
}

/** The share of the quota used, 0 to 100, for a progress bar. */
export function quotaPercent({ used, limit }: QuotaUsage): number {
  if (limit <= 0) return 100;
  return Math.min(100, Math.max(0, (used / limit) * 100));
}
