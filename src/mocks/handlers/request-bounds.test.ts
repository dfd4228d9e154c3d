/*
 * Every request is bounded before anything is stored: strings no rule judges have the IMS length
 * and characters (wire/bounds.ts), bodies have a size and must be JSON. Each refusal is a 4xx with
 * the IMS error body and leaves the db as it was.
 */
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../http/pipeline';
import { IMPORT_FILES, imageIdOf, serverIdOf } from '../seed';
import { dbState, expectMalformed } from './image-test-kit';
import { api, BASE, errorOf, projectOf, REGION, TOKENS, useBackend } from './test-kit';

const { backend } = useBackend();

const QUICK_IMPORT = `/ims/${REGION}/v2/cloudimages/quickimport/action`;
const CREATE = `/ims/${REGION}/v2/cloudimages/action`;
const IMAGE = imageIdOf('acme', 'erp-app-rhel84');
const quickImport = (os_version: string) => ({
  name: 'analytics-node',
  image_url: `acme-image-files:${IMPORT_FILES.largeRaw.key}`,
  min_disk: 300,
  os_version,
});

describe('strings no rule judges are bounded at the door', () => {
  it.each<[string, string, string, unknown, string]>([
    ['os_version of a megabyte', 'POST', QUICK_IMPORT, quickImport('x'.repeat(300_000)), 'osVersion'],
    ['os_version with markup', 'POST', QUICK_IMPORT, quickImport('<img src=x onerror=alert(1)>'), 'osVersion'],
    ['os_version with control characters', 'POST', QUICK_IMPORT, quickImport('CentOS\u0000\u001b[2J'), 'osVersion'],
    ['an instance_id that is not an ID', 'POST', CREATE, { name: 'x', instance_id: '"><script>' }, 'serverId'],
    [
      'an enterprise project of 65 characters',
      'POST',
      CREATE,
      { name: 'x', instance_id: serverIdOf('web-prod-01'), enterprise_project_id: 'e'.repeat(65) },
      'body.enterprise_project_id',
    ],
    [
      'a project name with markup',
      'POST',
      `/ims/${REGION}/v1/cloudimages/${IMAGE}/cross_region_copy`,
      { name: 'x', region: 'ap-southeast-1', project_name: '<b>ap</b>', agency_name: 'ims_admin_agency' },
      'targetProjectName',
    ],
  ])('refuses %s with a 400 on its field; nothing stored', async (_, method, path, body, field) => {
    const before = dbState(backend());
    const response = await api('alice', method, path, body);
    expectMalformed(response);
    expect(errorOf(response).field_errors?.map((f) => f.field)).toContain(field);
    expect(dbState(backend())).toBe(before);
  });

  it('accepts os_version as 002 §6 writes it', async () => {
    const response = await api('alice', 'POST', QUICK_IMPORT, quickImport('Ubuntu 20.04 Server 64bit'));
    expect(response.status).toBe(200);
  });

  it.each([
    ['name', 'n'.repeat(256)],
    ['name_like', 'n'.repeat(256)],
    ['owner', '<script>'],
    ['marker', 'm'.repeat(65)],
  ])('refuses a list filter %s out of bounds with a 400', async (key, value) => {
    const query = new URLSearchParams({ __imagetype: 'private', [key]: value });
    expectMalformed(await api('alice', 'GET', `/ims/${REGION}/v2/cloudimages?${query.toString()}`));
  });
});

async function send(method: string, path: string, body: string, contentType?: string) {
  const headers: Record<string, string> = { 'X-Auth-Token': TOKENS.alice };
  if (contentType) headers['Content-Type'] = contentType;
  const response = await fetch(`${BASE}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

const TAGS = `/ims/${REGION}/v2/${projectOf('alice')}/images/${IMAGE}/tags/action`;
const tagBody = JSON.stringify({ action: 'create', tags: [{ key: 'env', value: 'prod' }] });

describe('a body is JSON and of a sane size', () => {
  it.each([
    ['text/plain', 'text/plain'],
    ['form data', 'application/x-www-form-urlencoded'],
    ['no Content-Type', undefined],
  ])('refuses %s with 415; nothing changed', async (_, contentType) => {
    const before = dbState(backend());
    const response = await send('POST', TAGS, tagBody, contentType);
    expect(response.status).toBe(415);
    expect(errorOf(response).code).toBe('APIGW.0415');
    expect(dbState(backend())).toBe(before);
  });

  it.each(['application/json', 'application/json; charset=utf-8'])('accepts %s', async (contentType) => {
    expect((await send('POST', TAGS, tagBody, contentType)).status).toBeLessThan(300);
  });

  it('accepts IMS’s own PATCH media type', async () => {
    const patch = JSON.stringify([{ op: 'replace', path: '/name', value: 'erp-app-rhel84-renamed' }]);
    const response = await send(
      'PATCH',
      `/ims/${REGION}/v2/cloudimages/${IMAGE}`,
      patch,
      'application/openstack-images-v2.1-json-patch',
    );
    expect(response.status).toBe(200);
  });

  it(`refuses a body over ${MAX_BODY_BYTES} bytes with 413; nothing changed`, async () => {
    const before = dbState(backend());
    const huge = JSON.stringify({ action: 'create', tags: [{ key: 'env', value: 'v'.repeat(MAX_BODY_BYTES) }] });
    const response = await send('POST', TAGS, huge, 'application/json');
    expect(response.status).toBe(413);
    expect(errorOf(response).code).toBe('APIGW.0413');
    expect(dbState(backend())).toBe(before);
  });
});

describe('every answer names its request', () => {
  it('has an X-Request-Id on successes, refusals and unauthenticated answers, one per request', async () => {
    const ids = [];
    for (const [path, token] of [
      [`/ims/${REGION}/v2/cloudimages?__imagetype=private`, TOKENS.alice],
      [`/ims/${REGION}/v2/cloudimages/not-an-image`, TOKENS.alice],
      [`/ims/${REGION}/v2/cloudimages?__imagetype=private`, ''],
    ] as const) {
      const response = await fetch(`${BASE}${path}`, { headers: { 'X-Auth-Token': token } });
      ids.push(response.headers.get('X-Request-Id'));
    }
    expect(ids.every((id) => typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(3);
  });
});
