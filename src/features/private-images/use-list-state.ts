import { useUrlListState, type UrlListStateApi, type UrlListView } from '../../components/list/use-url-list-state';
import { parseListState, serializeListState, type ListState } from './list-state';

export type ListView = UrlListView<ListState>;
export type ListStateApi = UrlListStateApi<ListState>;

/** The list's view state in the URL; its region follows the session's (see `useUrlListState`). */
export function useListState(): ListStateApi {
  return useUrlListState(parseListState, serializeListState);
}
