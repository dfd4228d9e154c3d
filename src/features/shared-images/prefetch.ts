import type { QueryClient } from '@tanstack/react-query';
import { useSession } from '../../api/session-store';
import { sharedImagesQuery } from '../../api/shared-images';
import { parseSharedListState, sharedPageParams } from './shared-list-state';

/**
 * Starts reading the page the URL shows (the same query, so the same cache entry the page reads),
 * from the route's loader: while the page's chunk loads, not after its first render.
 */
export function prefetchSharedImages(client: QueryClient, url: URL): void {
  const state = parseSharedListState(url.searchParams);
  const region = state.region ?? useSession.getState().regionId;
  void client.prefetchQuery(sharedImagesQuery(region, sharedPageParams(state)));
}
