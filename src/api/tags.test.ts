// @vitest-environment happy-dom
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Tag } from '../domain';
import { makeImage } from '../domain/test-fixtures';
import { toImsImage } from '../domain/wire/image';
import { ApiError } from './client';
import { imageKeys, type ImagePage, type ImageRow } from './images';
import { describeApiError } from './client';
import { PartialTagWriteError, tagWriteFailure, tagWriteOptions, type TagWrite } from './tags';

const image = makeImage({ id: 'img-1', name: 'web', tags: [{ key: 'env', value: 'prod' }] });
const other = makeImage({ id: 'img-2', name: 'db', tags: [{ key: 'env', value: 'dev' }] });
const rowOf = (i: typeof image): ImageRow => ({ image: i, wire: toImsImage(i) });
const listKey = imageKeys.list('cn-north-4', { __imagetype: 'private' });
const detailKey = imageKeys.detail('cn-north-4', image.id);
const write: TagWrite = { image, requests: [{ action: 'create', tags: [{ key: 'team', value: 'web' }] }] };
const added: Tag[] = [
  { key: 'env', value: 'prod' },
  { key: 'team', value: 'web' },
];

function seeded() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData<ImagePage>(listKey, { rows: [rowOf(image), rowOf(other)], total: 2, nextMarker: undefined });
  client.setQueryData<ImageRow>(detailKey, rowOf(image));
  return client;
}

/** A fetch that answers only when told, so the test can look at the caches in between. */
function pendingFetch() {
  let answer: (response: Response) => void = () => undefined;
  const fetch = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
  vi.stubGlobal('fetch', fetch);
  return { fetch, answer: (response: Response) => answer(response) };
}

const tagsInList = (client: QueryClient, id: string) =>
  client.getQueryData<ImagePage>(listKey)?.rows.find((r) => r.image.id === id);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('tag writes update the caches optimistically', () => {
  it('shows the new tags in the list and the detail while the request runs, and keeps them on success', async () => {
    const client = seeded();
    const server = pendingFetch();
    const done = new MutationObserver(client, tagWriteOptions(client)).mutate(write);

    await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(1));
    expect(tagsInList(client, image.id)?.image.tags).toEqual(added);
    expect(tagsInList(client, image.id)?.wire.tags).toEqual(['env=prod', 'team=web']);
    expect(client.getQueryData<ImageRow>(detailKey)?.image.tags).toEqual(added);
    // Other images are left alone.
    expect(tagsInList(client, other.id)?.image).toBe(other);

    server.answer(new Response(null, { status: 204 }));
    await done;
    expect(client.getQueryData<ImageRow>(detailKey)?.image.tags).toEqual(added);
    expect(client.getQueryState(listKey)?.isInvalidated).toBe(true);
  });

  it('rolls back both caches and reports the backend reason when the request fails', async () => {
    const client = seeded();
    const server = pendingFetch();
    const done = new MutationObserver(client, tagWriteOptions(client)).mutate(write);

    await vi.waitFor(() => expect(server.fetch).toHaveBeenCalledTimes(1));
    expect(client.getQueryData<ImageRow>(detailKey)?.image.tags).toEqual(added);

    const body = {
      error: { code: 'IMG.0500', message: 'The service is temporarily unavailable (injected fault). Try again.' },
    };
    server.answer(Response.json(body, { status: 500 }));
    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(body.error.message);
    expect(tagsInList(client, image.id)?.image.tags).toEqual(image.tags);
    expect(tagsInList(client, image.id)?.wire.tags).toEqual(['env=prod']);
    expect(client.getQueryData<ImageRow>(detailKey)?.image.tags).toEqual(image.tags);
    expect(client.getQueryState(detailKey)?.isInvalidated).toBe(true);
  });

  it('sends each request of a write in order to the batch endpoint', async () => {
    const client = seeded();
    const fetch = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', fetch);
    const requests: TagWrite['requests'] = [
      { action: 'delete', tags: [{ key: 'env', value: 'prod' }] },
      { action: 'create', tags: [{ key: 'tier', value: 'db' }] },
    ];
    await new MutationObserver(client, tagWriteOptions(client)).mutate({ image, requests });
    const calls = fetch.mock.calls as unknown as [string, RequestInit][];
    expect(calls.map(([path, init]) => [path, init.method, init.body])).toEqual(
      requests.map((body) => [
        `/ims/cn-north-4/v2/${image.ownerProjectId}/images/img-1/tags/action`,
        'POST',
        JSON.stringify(body),
      ]),
    );
    expect(client.getQueryData<ImageRow>(detailKey)?.image.tags).toEqual([{ key: 'tier', value: 'db' }]);
  });

  it('tells a write applied only in part as such, shows what the backend holds and asks nothing again', async () => {
    const client = seeded();
    const fault = { error: { code: 'IMG.0500', message: 'The service is temporarily unavailable (injected fault).' } };
    const answers = [new Response(null, { status: 204 }), Response.json(fault, { status: 500 })];
    const fetch = vi.fn(() => Promise.resolve(answers.shift() ?? new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', fetch);
    const requests: TagWrite['requests'] = [
      { action: 'delete', tags: [{ key: 'env', value: 'prod' }] },
      { action: 'create', tags: [{ key: 'tier', value: 'db' }] },
    ];
    const error = await new MutationObserver(client, tagWriteOptions(client))
      .mutate({ image, requests })
      .catch((e: unknown) => e);

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(error).toBeInstanceOf(PartialTagWriteError);
    expect((error as PartialTagWriteError).applied).toEqual([requests[0]]);
    // The removal went through: neither the old tags nor the new ones.
    expect(tagsInList(client, image.id)?.image.tags).toEqual([]);
    expect(client.getQueryData<ImageRow>(detailKey)?.image.tags).toEqual([]);
    expect(tagWriteFailure(image, error, describeApiError)).toBe(
      'Tags of web were saved only in part (removed env); the rest was not saved: The service is temporarily unavailable (injected fault).',
    );
  });

  it('tells a write that failed on its first request as not saved', () => {
    const cause = new ApiError({ status: 500, code: 'IMG.0500', message: 'Try again.' });
    expect(tagWriteFailure(image, cause, describeApiError)).toBe(
      'Tags of web were not saved and are back as they were: Try again.',
    );
  });
});
