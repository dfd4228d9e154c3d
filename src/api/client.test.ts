import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, describeApiError, imsFetch, refusedField } from './client';

const refusal = (init: Partial<ConstructorParameters<typeof ApiError>[0]>) =>
  new ApiError({ status: 400, code: 'IMG.0001', message: 'The request is not valid.', ...init });

describe('describeApiError', () => {
  it.each([
    { name: 'a reason alone', error: refusal({ message: 'Name is empty.' }), text: 'Name is empty.' },
    {
      name: 'a reason and its hint',
      error: refusal({ message: 'The image is being exported.', hint: 'Wait for the export to finish.' }),
      text: 'The image is being exported. Wait for the export to finish.',
    },
    {
      name: 'field problems the reason does not name',
      error: refusal({ fieldErrors: [{ field: 'tags.0.value', message: 'Expected a string' }] }),
      text: 'The request is not valid. tags.0.value: Expected a string',
    },
    {
      name: 'no field problem twice',
      error: refusal({
        message: 'Invalid request: name: Too long.',
        fieldErrors: [
          { field: 'name', message: 'Too long.' },
          { field: 'description', message: 'Has <.' },
        ],
      }),
      text: 'Invalid request: name: Too long. description: Has <.',
    },
    { name: 'a network failure', error: new TypeError('Failed to fetch'), text: 'Failed to fetch' },
    { name: 'anything thrown', error: 'boom', text: 'boom' },
  ])('$name', ({ error, text }) => {
    expect(describeApiError(error)).toBe(text);
  });
});

describe('refusedField', () => {
  const formField = (field: string): field is 'name' | 'fileName' => field === 'name' || field === 'fileName';

  it.each([
    { name: "the rule's field", error: refusal({ field: 'name' }), field: 'name' },
    {
      name: "the first field error the form has, when the rule's is not one",
      error: refusal({
        field: 'kmsKeyId',
        fieldErrors: [
          { field: 'x', message: '' },
          { field: 'fileName', message: '' },
        ],
      }),
      field: 'fileName',
    },
    { name: 'none the form has', error: refusal({ field: 'kmsKeyId' }), field: undefined },
    { name: 'not an ApiError', error: new Error('name'), field: undefined },
  ])('$name', ({ error, field }) => {
    expect(refusedField(error, formField)).toBe(field);
  });
});

describe('imsFetch reads both IMS error shapes', () => {
  const answer = (status: number, body: unknown) =>
    vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(new Response(JSON.stringify(body), { status }));
  afterEach(() => vi.restoreAllMocks());

  it.each<[string, unknown]>([
    ['nested', { error: { code: 'IMG.0027', message: 'The image does not exist.' } }],
    ['flat', { error_code: 'IMG.0027', error_msg: 'The image does not exist.' }],
  ])('%s', async (_, body) => {
    answer(404, body);
    const error = await imsFetch('/ims/cn-north-4/v2/images/x', { token: 't' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 'IMG.0027', message: 'The image does not exist.' });
  });

  it('falls back to the HTTP status for an unknown body', async () => {
    answer(502, { oops: true });
    await expect(imsFetch('/x', { token: 't' })).rejects.toMatchObject({ status: 502, code: 'HTTP.502' });
  });
});
