import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { useNotifications } from '../components/notifications';
import { createQueryClient } from './query-client';

const api = (status: number) => new ApiError({ status, code: `IMS.${status}`, message: 'went wrong' });
const messages = () => useNotifications.getState().queue.map((n) => `${n.severity}: ${n.message}`);

afterEach(() => useNotifications.setState({ queue: [] }));

async function failQuery(error: unknown, meta?: Record<string, unknown>) {
  const client = createQueryClient();
  await client
    .fetchQuery({
      queryKey: ['test', Math.random()],
      queryFn: () => Promise.reject(error instanceof Error ? error : new Error(String(error))),
      retry: false,
      ...(meta ? { meta } : {}),
    })
    .catch(() => undefined);
}

async function failMutation(error: Error, meta?: Record<string, unknown>) {
  const client = createQueryClient();
  await client
    .getMutationCache()
    .build(client, { mutationFn: () => Promise.reject(error), ...(meta ? { meta } : {}) })
    .execute(undefined)
    .catch(() => undefined);
}

describe('createQueryClient error handling', () => {
  it('toasts a failed read once, however many reads fail the same way', async () => {
    await failQuery(api(503));
    await failQuery(api(503));
    expect(messages()).toEqual([
      'error: Could not refresh (the service answered 503): what the page shows may be out of date.',
    ]);
  });

  it('leaves a 404 read to its page', async () => {
    await failQuery(api(404));
    expect(messages()).toEqual([]);
  });

  it('keeps quiet for reads marked silent', async () => {
    await failQuery(api(500), { silent: true });
    expect(messages()).toEqual([]);
  });

  it('toasts a refused write (403) but leaves a 400 rule error to the dialog', async () => {
    await failMutation(api(400));
    expect(messages()).toEqual([]);
    await failMutation(api(403));
    expect(messages()).toEqual(['error: Not allowed: went wrong']);
  });

  it('keeps quiet for writes that report their own failure', async () => {
    await failMutation(api(503), { silent: true });
    expect(messages()).toEqual([]);
  });
});
