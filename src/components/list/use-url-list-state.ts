import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../api/session-store';
import type { RegionId } from '../../domain';

/** What a list keeps in the URL at the least: its region and the trail of markers to its page. */
export interface UrlListState {
  /** Undefined when the URL names no (valid) region: the session's region applies. */
  region: RegionId | undefined;
  markers: string[];
}

export type UrlListView<S extends UrlListState> = Omit<S, 'region'> & { region: RegionId };

export interface UrlListStateApi<S extends UrlListState> {
  view: UrlListView<S>;
  /**
   * Applies a change. A change of anything but the page itself starts again from the first page.
   * `replace` rewrites the current history entry (typing in the search field) instead of adding one.
   */
  update: (change: Partial<S>, options?: { replace?: boolean }) => void;
}

/**
 * A list's view state, read from and written to the URL by the list's own `parse` and `serialize`
 * (module-level functions: they must not change between renders). The region is shared with the
 * session (the top bar's selector): a region in the URL wins and becomes the session's region; a
 * region picked in the session afterwards is written to the URL. `synced` remembers the region
 * both last agreed on, so each side's change is told apart from the other's echo.
 */
export function useUrlListState<S extends UrlListState>(
  parse: (params: URLSearchParams) => S,
  serialize: (state: S, base: URLSearchParams) => URLSearchParams,
): UrlListStateApi<S> {
  const [params, setParams] = useSearchParams();
  const sessionRegion = useSession((s) => s.regionId);
  const setSessionRegion = useSession((s) => s.setRegion);
  const parsed = useMemo(() => parse(params), [parse, params]);
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
          const state = parse(current);
          // Another region's pages have other markers: its list starts from the first page.
          return serialize({ ...state, region: session, markers: first ? state.markers : [] }, current);
        },
        { replace: true },
      );
    }
  }, [parsed.region, sessionRegion, setSessionRegion, setParams, parse, serialize]);

  const view = useMemo<UrlListView<S>>(
    () => ({ ...parsed, region: parsed.region ?? sessionRegion }),
    [parsed, sessionRegion],
  );

  const update = useCallback<UrlListStateApi<S>['update']>(
    (change, options) => {
      setParams(
        (current) => {
          const state = parse(current);
          const resetsPaging = Object.keys(change).some((k) => k !== 'markers');
          return serialize(
            { ...state, region: state.region ?? sessionRegion, ...(resetsPaging ? { markers: [] } : {}), ...change },
            current,
          );
        },
        { replace: options?.replace ?? false },
      );
    },
    [setParams, sessionRegion, parse, serialize],
  );

  return { view, update };
}
