import { queryOptions, useQueries } from '@tanstack/react-query';
import { z } from 'zod';
import { REGIONS, type MemberStatus, type RegionId } from '../domain';
import { imsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';
import { imageKeys } from './images';

const pageTotalSchema = z.object({ total: z.number().int().nonnegative() });

/**
 * How many images other accounts shared with the viewer in a region still wait for an answer.
 * The key sits under `imageKeys.all` so accepting or rejecting a share (an image mutation) refreshes it.
 */
export function pendingSharesCountQuery(region: RegionId) {
  return queryOptions({
    queryKey: [...imageKeys.all, 'pending-shares-count', region] as const,
    queryFn: async ({ signal }) => {
      const params = new URLSearchParams({ __imagetype: 'shared', member_status: 'pending', limit: '1' });
      const body = await imsFetch(imsPaths.images.to({ region }, params), { signal });
      return pageTotalSchema.parse(body).total;
    },
    // A badge is a hint: a failed count stays quiet instead of toasting on every page.
    meta: { silent: true },
    staleTime: 30_000,
  });
}

/**
 * How many images shared with the viewer in a region have this share status (the tabs' counts).
 * Pending reads the badge's query, so both show the same number from one request.
 */
export function sharedStatusCountQuery(region: RegionId, status: MemberStatus) {
  if (status === 'pending') return pendingSharesCountQuery(region);
  return queryOptions({
    queryKey: [...imageKeys.all, 'shared-count', region, status] as const,
    queryFn: async ({ signal }) => {
      const params = new URLSearchParams({ __imagetype: 'shared', member_status: status, limit: '1' });
      const body = await imsFetch(imsPaths.images.to({ region }, params), { signal });
      return pageTotalSchema.parse(body).total;
    },
    meta: { silent: true },
    staleTime: 30_000,
  });
}

/**
 * The pending count of every region, keyed by region id; a region still loading is absent. Only
 * while `enabled` (the region menu is open) are other regions asked, so a page load stays light.
 */
export function usePendingSharesCounts(enabled: boolean): Partial<Record<RegionId, number>> {
  return useQueries({
    queries: REGIONS.map((r) => ({ ...pendingSharesCountQuery(r.id), enabled })),
    combine: (results) => {
      const counts: Partial<Record<RegionId, number>> = {};
      results.forEach((result, i) => {
        const region = REGIONS[i];
        if (region && result.data !== undefined) counts[region.id] = result.data;
      });
      return counts;
    },
  });
}
