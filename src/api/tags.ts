import {
  mutationOptions,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type { Image, RegionId, Tag } from '../domain';
import { tagsAfter, tenantTagsSchema, type TagActionBody, type TenantTags } from '../domain/wire/tags';
import { imsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';
import { imageKeys, type ImagePage, type ImageRow } from './images';
import { useViewer } from './viewer';

export const tagKeys = {
  all: ['tags'] as const,
  tenant: (region: RegionId, projectId: string) => [...tagKeys.all, 'tenant', region, projectId] as const,
};

/** Every key the project uses in `region`, with its values: the editor's and the filter's suggestions. */
export function tenantTagsQuery(region: RegionId, projectId: string) {
  return queryOptions({
    queryKey: tagKeys.tenant(region, projectId),
    queryFn: async ({ signal }): Promise<TenantTags['tags']> =>
      tenantTagsSchema.parse(await imsFetch(imsPaths.projectTags.to({ region, projectId }), { signal })).tags,
    enabled: projectId !== '',
    // Suggestions only: a failure leaves free typing, no toast.
    meta: { silent: true },
  });
}

/** One image's tag write: the batch requests to send, in order (usually one). */
export interface TagWrite {
  image: Image;
  requests: readonly TagActionBody[];
}

interface Rollback {
  snapshot: [QueryKey, unknown][];
}

/**
 * A tag write of several requests that failed after some were applied (a removal went through,
 * the addition did not): the image's tags are neither the old ones nor the new ones, and saying
 * "back as they were" would be untrue. `applied` are the requests the backend took.
 */
export class PartialTagWriteError extends Error {
  readonly applied: readonly TagActionBody[];
  override readonly cause: unknown;

  constructor(applied: readonly TagActionBody[], cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'PartialTagWriteError';
    this.applied = applied;
    this.cause = cause;
  }
}

const tagText = (t: Tag) => `${t.key}=${t.value}`;

/** The row with the image's tags replaced (domain and wire), any other row as it was. */
export function withTags(row: ImageRow, imageId: string, tags: readonly Tag[]): ImageRow {
  if (row.image.id !== imageId) return row;
  return { image: { ...row.image, tags: [...tags] }, wire: { ...row.wire, tags: tags.map(tagText) } };
}

/** Every cached list page and the image's detail with the image's tags replaced. */
function showTags(client: QueryClient, image: Image, tags: readonly Tag[]) {
  client.setQueriesData<ImagePage>(
    { queryKey: imageKeys.lists() },
    (page) => page && { ...page, rows: page.rows.map((r) => withTags(r, image.id, tags)) },
  );
  client.setQueryData<ImageRow>(
    imageKeys.detail(image.regionId, image.id),
    (row) => row && withTags(row, image.id, tags),
  );
}

/** The sentence a failed tag save of one image is told in: what came back, or what was applied. */
export function tagWriteFailure(image: Pick<Image, 'name'>, error: unknown, describe: (e: unknown) => string): string {
  if (!(error instanceof PartialTagWriteError))
    return `Tags of ${image.name} were not saved and are back as they were: ${describe(error)}`;
  const done = error.applied.map((body) =>
    body.action === 'delete'
      ? `removed ${body.tags.map((t) => t.key).join(', ')}`
      : `set ${body.tags.map((t) => `${t.key}=${t.value ?? ''}`).join(', ')}`,
  );
  return `Tags of ${image.name} were saved only in part (${done.join('; ')}); the rest was not saved: ${describe(error.cause)}`;
}

/**
 * Tag writes update every cached list page and the image's detail at once (TanStack Query's
 * optimistic update), put the snapshot back when the backend refuses, and refetch either way so
 * the caches end on the backend's truth.
 */
export function tagWriteOptions(client: QueryClient) {
  return mutationOptions<void, Error, TagWrite, Rollback>({
    mutationFn: async ({ image, requests }) => {
      const path = imsPaths.tagAction.to({
        region: image.regionId,
        projectId: image.ownerProjectId,
        imageId: image.id,
      });
      for (const [index, body] of requests.entries()) {
        try {
          await imsFetch(path, { method: 'POST', body: JSON.stringify(body) });
        } catch (error) {
          if (index === 0) throw error;
          throw new PartialTagWriteError(requests.slice(0, index), error);
        }
      }
    },
    onMutate: async ({ image, requests }) => {
      const next = tagsAfter(image.tags, requests);
      const detailKey = imageKeys.detail(image.regionId, image.id);
      // A refetch landing after the optimistic write would overwrite it with the old tags.
      await client.cancelQueries({ queryKey: imageKeys.lists() });
      await client.cancelQueries({ queryKey: detailKey });
      const snapshot = [
        ...client.getQueriesData({ queryKey: imageKeys.lists() }),
        ...client.getQueriesData({ queryKey: detailKey }),
      ];
      showTags(client, image, next);
      return { snapshot };
    },
    // The rollback toast says what failed and that the tags are back; a second, generic one would not help.
    meta: { silent: true },
    onError: (error, { image }, rollback) => {
      for (const [key, data] of rollback?.snapshot ?? []) client.setQueryData(key, data);
      // Part of it was applied: show what the backend now holds, not the old tags, until the refetch.
      if (error instanceof PartialTagWriteError) showTags(client, image, tagsAfter(image.tags, error.applied));
    },
    // Not awaited: a batch writes one image after another and must not wait for every refetch.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: imageKeys.all });
      void client.invalidateQueries({ queryKey: tagKeys.all });
    },
  });
}

export interface TagWriteHandlers {
  onSaved?: (write: TagWrite) => void;
  /** Called after the rollback, with the backend's refusal or the failure. */
  onFailed?: (write: TagWrite, error: Error) => void;
}

/**
 * A tag write. The handlers are the mutation's own, not `mutate`'s: they still run when the dialog
 * that started the write has closed, which an optimistic save does at once.
 */
export function useTagWrite(handlers: TagWriteHandlers = {}) {
  const client = useQueryClient();
  const options = tagWriteOptions(client);
  return useMutation({
    ...options,
    onSuccess: (_data, write) => handlers.onSaved?.(write),
    onError: (error, write, rollback, context) => {
      options.onError?.(error, write, rollback, context);
      handlers.onFailed?.(write, error);
    },
  });
}

/** The project's tags in `region` (empty while loading or on failure: suggestions are optional). */
export function useTenantTags(region: RegionId): TenantTags['tags'] {
  const session = useViewer();
  const projectId = session?.projectIn(region)?.id ?? '';
  return useQuery(tenantTagsQuery(region, projectId)).data ?? NO_TAGS;
}

const NO_TAGS: TenantTags['tags'] = [];
