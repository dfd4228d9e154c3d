import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../api/session-store';
import type { RegionId } from '../../domain';
import { parseListState, serializeListState, type ListState } from './list-state';

export interface ListView extends Omit<ListState, 'region'> {
  region: RegionId;
}

export interface ListStateApi {
  view: ListView;
  /**
   * Applies a change. A change of anything but the page itself starts again from the first page.
   * `replace` rewrites the current history entry (typing in the search field) instead of adding one.
   */
  update: (change: Partial<ListState>, options?: { replace?: boolean }) => void;
}

const PAGING_KEYS: readonly (keyof ListState)[] = ['markers'];

/**
 * The list's view state, read from and written to the URL. The region is shared with the session
 * (the top bar's selector): a region in the URL wins and becomes the session's region; a region
 * picked in the session afterwards is written to the URL. `synced` remembers the region both last
 * agreed on, so each side's change is told apart from the other's echo.
 */
export function useListState(): ListStateApi {
  const [params, setParams] = useSearchParams();
  const sessionRegion = useSession((s) => s.regionId);
  const setSessionRegion = useSession((s) => s.setRegion);
  const parsed = useMemo(() => parseListState(params), [params]);
  const synced = useRef<RegionId | undefined>(undefined);

  useEffect(() => {
    // The store's live value, not this render's: a region just set here must not read as a change.
    const session = useSession.getState().regionId;
    if (parsed.region !== undefined && parsed.region !== synced.current) {
      synced.current = parsed.region;
      if (parsed.region !== session) setSessionRegion(parsed.region);
    } else if (session !== synced.current) {
      const first = synced.current === undefined;
      synced.current = session;
      setParams(
        (current) => {
          const state = parseListState(current);
          // Another region's pages have other markers: its list starts from the first page.
          return serializeListState({ ...state, region: session, markers: first ? state.markers : [] }, current);
        },
        { replace: true },
      );
    }
  }, [parsed.region, sessionRegion, setSessionRegion, setParams]);

  const view = useMemo<ListView>(
    () => ({ ...parsed, region: parsed.region ?? sessionRegion }),
    [parsed, sessionRegion],
  );

  const update = useCallback<ListStateApi['update']>(
    (change, options) => {
      setParams(
        (current) => {
          const state = parseListState(current);
          const resetsPaging = (Object.keys(change) as (keyof ListState)[]).some((k) => !PAGING_KEYS.includes(k));
          return serializeListState(
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
