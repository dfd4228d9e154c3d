import { useUrlListState, type UrlListStateApi } from '../../components/list/use-url-list-state';
import { parsePublicListState, serializePublicListState, type PublicListState } from './public-list-state';

/** The view in the URL; as on the other lists, its region follows the session's (see `useUrlListState`). */
export function usePublicListState(): UrlListStateApi<PublicListState> {
  return useUrlListState(parsePublicListState, serializePublicListState);
}
