import type { QueryClient } from '@tanstack/react-query';
import { imageListQuery } from '../../api/images';
import { useSession } from '../../api/session-store';
import { pageQuery, parseListState } from './list-state';

/**
 * Starts reading the page the URL shows (the same query, so the same cache entry the page reads),
 * from the route's loader: while the page's chunk loads, not after its first render.
 */
export function prefetchPrivateImages(client: QueryClient, url: URL): void {
  const state = parseListState(url.searchParams);
  const region = state.region ?? useSession.getState().regionId;
  void client.prefetchQuery(imageListQuery(region, pageQuery({ ...state, region })));
}
