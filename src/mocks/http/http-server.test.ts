import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordTokenRequest, DEMO_PASSWORD } from '../../domain/wire/iam';
import { imsImageListSchema } from '../../domain/wire/image';
import { startMockHttpServer, type MockHttpServer } from './http-server';

// Real HTTP over a real socket: no MSW interception in this file, only the server's own handlers.
let server: MockHttpServer;
beforeAll(async () => {
  server = await startMockHttpServer({ scenario: 'demo', settings: { jobSpeed: 'instant' } });
});
afterAll(() => server.close());

const ALICE = { 'X-Auth-Token': 'demo-token-alice' };
const PRIVATE = '/ims/cn-north-4/v2/cloudimages?__imagetype=private&limit=100';

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${server.url}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
  };
}

describe('npm run mock:serve: the mock backend over HTTP', () => {
  it('answers the IMS list with the demo scenario for a demo token', async () => {
    const { status, body } = await call(PRIVATE, { headers: ALICE });
    expect(status).toBe(200);
    expect(imsImageListSchema.parse(body).images).toHaveLength(23);
  });

  it('issues tokens like the browser mock, and refuses a wrong password', async () => {
    const post = (password: string) =>
      call('/iam/v3/auth/tokens', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(passwordTokenRequest('gina', 'globex', password)),
      });
    const signedIn = await post(DEMO_PASSWORD);
    expect([signedIn.status, signedIn.headers.get('X-Subject-Token')]).toEqual([201, 'demo-token-gina']);
    expect((await post('wrong')).status).toBe(401);
  });

  it('writes, and POST /mock/reset reseeds', async () => {
    const { body } = await call(PRIVATE, { headers: ALICE });
    const image = imsImageListSchema.parse(body).images.find((i) => i.status === 'active');
    if (!image) throw new Error('no active image in the demo seed');
    const renamed = await call(`/ims/cn-north-4/v2/cloudimages/${image.id}`, {
      method: 'PATCH',
      headers: { ...ALICE, 'Content-Type': 'application/openstack-images-v2.1-json-patch' },
      body: JSON.stringify([{ op: 'replace', path: '/name', value: 'renamed-over-http' }]),
    });
    expect(renamed.status).toBe(200);
    expect(server.backend.db().images.find((i) => i.id === image.id)?.name).toBe('renamed-over-http');

    const reset = await call('/mock/reset', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(reset.status).toBeLessThan(300);
    expect(server.backend.db().images.find((i) => i.id === image.id)?.name).toBe(image.name);
  });

  it('answers an unknown path, a missing token and an oversized body with IMS error bodies', async () => {
    const unknown = await call('/ims/cn-north-4/v2/nothing-here', { headers: ALICE });
    expect([unknown.status, (unknown.body as { error: { code: string } }).error.code]).toEqual([404, 'APIGW.0101']);
    expect((await call(PRIVATE)).status).toBe(401);
    const huge = await call('/mock/reset', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenario: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
  });
});
