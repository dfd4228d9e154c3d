import { useUrlListState, type UrlListStateApi, type UrlListView } from '../../components/list/use-url-list-state';
import { parseSharedListState, serializeSharedListState, type SharedListState } from './shared-list-state';

export type SharedListView = UrlListView<SharedListState>;

/** The view in the URL; as on Private Images, its region follows the session's (see `useUrlListState`). */
export function useSharedListState(): UrlListStateApi<SharedListState> {
  return useUrlListState(parseSharedListState, serializeSharedListState);
}
