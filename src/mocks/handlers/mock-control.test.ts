import { describe, expect, it } from 'vitest';
import { imsErrorBodySchema } from '../../domain/wire/error';
import { DEFAULT_SETTINGS, mockSettingsSchema } from '../settings';
import { addImage, api, errorOf, REGION, useBackend } from './test-kit';

const { backend } = useBackend();

describe('/mock/settings', () => {
  it('reads and patches the settings without a token', async () => {
    const read = await api(null, 'GET', '/mock/settings');
    expect(read.status).toBe(200);
    expect(mockSettingsSchema.parse(read.body).jobSpeed).toBe('instant');
    const put = await api(null, 'PUT', '/mock/settings', { jobSpeed: 'fast', latencyMs: 0 });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ ...DEFAULT_SETTINGS, jobSpeed: 'fast' });
    expect(backend().settings().jobSpeed).toBe('fast');
  });

  it('answers 400 for invalid settings and leaves them unchanged', async () => {
    const before = backend().settings();
    for (const body of [{ jobSpeed: 'warp' }, { latencyMs: -1 }, { failureRate: 2 }, [1], 'not json', 'null']) {
      const response = await api(null, 'PUT', '/mock/settings', body);
      expect(response.status).toBe(400);
      expect(imsErrorBodySchema.safeParse(response.body).success).toBe(true);
    }
    expect(errorOf(await api(null, 'PUT', '/mock/settings', { latencyMs: 'slow' })).field_errors).toEqual([
      expect.objectContaining({ field: 'body.latencyMs' }),
    ]);
    expect(backend().settings()).toEqual(before);
  });

  it('keeps working when fault injection fails every IMS request', async () => {
    expect((await api(null, 'PUT', '/mock/settings', { failureRate: 1 })).status).toBe(200);
    expect((await api('alice', 'GET', `/ims/${REGION}/v1/cloudimages/quota`)).status).toBe(500);
    expect((await api(null, 'GET', '/mock/settings')).status).toBe(200);
    expect((await api(null, 'PUT', '/mock/settings', { failureRate: 0 })).status).toBe(200);
    expect((await api('alice', 'GET', `/ims/${REGION}/v1/cloudimages/quota`)).status).toBe(200);
  });
});

describe('POST /mock/reset', () => {
  it("restores the current scenario's seed, with or without a body", async () => {
    const added = addImage(backend(), 'alice');
    const response = await api(null, 'POST', '/mock/reset');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ scenario: 'demo' });
    expect(
      backend()
        .db()
        .images.some((i) => i.id === added.id),
    ).toBe(false);
    expect((await api(null, 'POST', '/mock/reset', {})).status).toBe(200);
  });

  it('switches scenario', async () => {
    const response = await api(null, 'POST', '/mock/reset', { scenario: 'empty' });
    expect(response.body).toEqual({ scenario: 'empty' });
    expect(backend().db().scenario).toBe('empty');
  });

  it('answers 400 for an unknown scenario or bad JSON', async () => {
    for (const body of [{ scenario: 'chaos' }, '{', '[]']) {
      const response = await api(null, 'POST', '/mock/reset', body);
      expect(response.status).toBe(400);
      expect(errorOf(response).code).toBe('IMG.0001');
    }
  });
});

describe('GET /mock/notice', () => {
  it('answers the one-time notice, or null', async () => {
    const response = await api(null, 'GET', '/mock/notice');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ notice: null });
  });
});
