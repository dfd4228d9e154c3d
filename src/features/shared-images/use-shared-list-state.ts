import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../api/session-store';
import type { RegionId } from '../../domain';
import { parseSharedListState, serializeSharedListState, type SharedListState } from './shared-list-state';

export interface SharedListView extends Omit<SharedListState, 'region'> {
  region: RegionId;
}

/**
 * The view read from and written to the URL. As on Private Images, a region in the URL wins and
 * becomes the session's; a region picked in the top bar afterwards is written back to the URL.
 * `synced` remembers the region both last agreed on, to tell a change from its echo.
 */
export function useSharedListState() {
  const [params, setParams] = useSearchParams();
  const sessionRegion = useSession((s) => s.regionId);
  const setSessionRegion = useSession((s) => s.setRegion);
  const parsed = useMemo(() => parseSharedListState(params), [params]);
  const synced = useRef<RegionId | undefined>(undefined);

  useEffect(() => {
    const session = useSession.getState().regionId;
    if (parsed.region !== undefined && parsed.region !== synced.current) {
      synced.current = parsed.region;
      if (parsed.region !== session) setSessionRegion(parsed.region);
    } else if (session !== synced.current) {
      const first = synced.current === undefined;
      synced.current = session;
      setParams(
        (current) => {
          const state = parseSharedListState(current);
          return serializeSharedListState({ ...state, region: session, markers: first ? state.markers : [] }, current);
        },
        { replace: true },
      );
    }
  }, [parsed.region, sessionRegion, setSessionRegion, setParams]);

  const view = useMemo<SharedListView>(
    () => ({ ...parsed, region: parsed.region ?? sessionRegion }),
    [parsed, sessionRegion],
  );

  /** A change of anything but the page starts again from the first page. */
  const update = useCallback(
    (change: Partial<SharedListState>, options?: { replace?: boolean }) => {
      setParams(
        (current) => {
          const state = parseSharedListState(current);
          const resetsPaging = Object.keys(change).some((k) => k !== 'markers');
          return serializeSharedListState(
            { ...state, region: state.region ?? sessionRegion, ...(resetsPaging ? { markers: [] } : {}), ...change },
            current,
          );
        },
        { replace: options?.replace ?? false },
      );
    },
    [setParams, sessionRegion],
  );

  return { view, update };
}
