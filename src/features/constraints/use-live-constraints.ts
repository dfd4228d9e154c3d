import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { allImagesQuery } from '../../api/all-images';
import { useRuleContext } from '../../api/rule-context';
import { blockedByRule, creationBlockers, type RegionId } from '../../domain';
import type { LiveFacts } from './constraint-rows';

export interface LiveConstraints {
  live: LiveFacts | undefined;
  /** How many images were checked (private and shared with me). */
  checked: number;
  error: unknown;
  retry: () => void;
}

/**
 * Runs every image operation on every private and shared-with-me image of the region through the
 * rules engine, with the same context the menus use, so the page says what the menus would.
 */
export function useLiveConstraints(region: RegionId): LiveConstraints {
  const privateImages = useQuery(allImagesQuery(region, { __imagetype: 'private' }));
  const sharedImages = useQuery(allImagesQuery(region, { __imagetype: 'shared' }));
  const rows = useMemo(
    () => [...(privateImages.data ?? []), ...(sharedImages.data ?? [])],
    [privateImages.data, sharedImages.data],
  );
  const { ctx, viewer, ready } = useRuleContext(region, rows);

  // The context and viewer are rebuilt on every render (jobs refresh each second while one runs);
  // their content decides whether the whole region has to be checked again.
  const factsKey = JSON.stringify({ ctx, viewer });
  const loaded = ready && viewer !== undefined && privateImages.isSuccess && sharedImages.isSuccess;
  const live = useMemo(
    () =>
      loaded && viewer
        ? {
            blocked: blockedByRule(
              rows.map((r) => r.image),
              viewer,
              ctx,
            ),
            creation: creationBlockers(viewer, ctx, region),
          }
        : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- factsKey stands for ctx and viewer (see above)
    [loaded, rows, region, factsKey],
  );

  return {
    live,
    checked: rows.length,
    error: privateImages.error ?? sharedImages.error ?? undefined,
    retry: () => {
      void privateImages.refetch();
      void sharedImages.refetch();
    },
  };
}
