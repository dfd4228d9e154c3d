/*
 * Every endpoint of the mock backend, fed generated malformed input: whatever arrives, the answer
 * is a 4xx with an IMS error body (or a 2xx when the input happens to be valid), never a 5xx and
 * never an unhandled exception. Fixed seed, so a failure replays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imsErrorBodySchema } from '../../domain/wire/error';
import { DEMO_PASSWORD, passwordTokenRequest } from '../../domain/wire/iam';
import type { Backend } from '../backend';
import { BASE, projectOf, REGION, TOKENS, useBackend, type UserName } from './test-kit';

const { backend } = useBackend();
const SEED = 20_260_101;
const RUNS = 50;
const SAFE_SETTINGS = { jobSpeed: 'instant', failureRate: 0, jobFailureRate: 0, latencyMs: 0 } as const;

/** Real ids of the seed, so part of the generated requests reach the rules and the writes. */
interface Ids {
  image: string;
  project: string;
  gina: string;
  job: string;
  server: string;
  backup: string;
  bucket: string;
}

function seedIds(b: Backend): Ids {
  const db = b.db();
  const project = projectOf('alice');
  const image = db.images.find((i) => i.ownerProjectId === project && i.status === 'active' && i.type === 'system');
  const server = db.servers.find((s) => s.projectId === project && s.kind === 'ecs');
  const backup = db.backups.find((s) => s.projectId === project && s.kind === 'cbr');
  const bucket = db.buckets.find((s) => s.accountId === 'acme' && s.regionId === REGION && s.objects.length > 0);
  const job = db.jobs.find((j) => j.accountId === 'acme');
  return {
    image: image?.id ?? 'no-image',
    project,
    gina: projectOf('gina'),
    job: job?.id ?? 'no-job',
    server: server?.id ?? 'no-server',
    backup: backup?.id ?? 'no-backup',
    bucket: bucket?.name ?? 'no-bucket',
  };
}

type Json = unknown;

interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** `{region}`, `{project}`, `{image}`, ... are filled with real or generated ids. */
  path: string;
  /** Valid bodies the generator starts from; a write without one still gets random bodies. */
  bodies?: (ids: Ids) => Json[];
  /** Query keys the endpoint reads, so generated queries hit them. */
  queryKeys?: string[];
}

const members = (ids: Ids) => [{ images: [ids.image], projects: [ids.gina] }];

const ENDPOINTS: Endpoint[] = [
  // ---- images (colleague) ----
  {
    method: 'GET',
    path: '/ims/{region}/v2/cloudimages',
    queryKeys: [
      '__imagetype',
      'visibility',
      'member_status',
      'status',
      'name',
      'id',
      'owner',
      'tag',
      'limit',
      'marker',
      'sort_key',
      'sort_dir',
    ],
  },
  { method: 'GET', path: '/ims/{region}/v2/cloudimages/{image}' },
  { method: 'GET', path: '/ims/{region}/v2/images/{image}' },
  {
    method: 'PATCH',
    path: '/ims/{region}/v2/cloudimages/{image}',
    bodies: () => [
      [{ op: 'replace', path: '/name', value: 'renamed-image' }],
      [{ op: 'replace', path: '/min_ram', value: 1024 }],
    ],
  },
  { method: 'DELETE', path: '/ims/{region}/v2/images/{image}', bodies: () => [{ delete_backup: false }, {}] },
  { method: 'POST', path: '/ims/{region}/v1/cloudimages/{image}/publish' },
  // ---- create (colleague) ----
  ...['/ims/{region}/v2/cloudimages/action', '/ims/{region}/v2.1/cloudimages/action'].map((path): Endpoint => ({
    method: 'POST',
    path,
    bodies: (ids) => [
      { name: 'fuzz-from-ecs', instance_id: ids.server },
      {
        name: 'fuzz-from-file',
        image_url: `${ids.bucket}:centos79-golden.qcow2`,
        os_version: 'CentOS 7.9 64bit',
        min_disk: 40,
      },
      {
        name: 'fuzz-iso',
        image_url: `${ids.bucket}:ubuntu-22.04-live-server-amd64.iso`,
        type: 'IsoImage',
        os_version: 'Ubuntu 20.04 Server 64bit',
        min_disk: 40,
      },
      { data_images: [{ name: 'fuzz-data', volume_id: 'vol-1' }] },
    ],
  })),
  ...['/ims/{region}/v1/cloudimages/dataimages/action', '/ims/{region}/v2.1/cloudimages/dataimages/action'].map(
    (path): Endpoint => ({
      method: 'POST',
      path,
      bodies: (ids) => [{ name: 'fuzz-data-file', image_url: `${ids.bucket}:fileserver-data.vhd`, min_disk: 60 }],
    }),
  ),
  ...['/ims/{region}/v2/cloudimages/quickimport/action', '/ims/{region}/v2.1/cloudimages/quickimport/action'].map(
    (path): Endpoint => ({
      method: 'POST',
      path,
      bodies: (ids) => [
        {
          name: 'fuzz-quick',
          image_url: `${ids.bucket}:analytics-node-disk.raw`,
          os_version: 'Ubuntu 20.04 Server 64bit',
          min_disk: 300,
        },
      ],
    }),
  ),
  {
    method: 'POST',
    path: '/ims/{region}/v1/cloudimages/wholeimages/action',
    bodies: (ids) => [{ name: 'fuzz-whole', backup_id: ids.backup }],
  },
  // ---- replicate, export (colleague) ----
  ...['/ims/{region}/v1/cloudimages/{image}/copy', '/ims/{region}/v2.1/cloudimages/{image}/copy'].map(
    (path): Endpoint => ({ method: 'POST', path, bodies: () => [{ name: 'fuzz-copy', description: 'copy' }] }),
  ),
  {
    method: 'POST',
    path: '/ims/{region}/v1/cloudimages/{image}/cross_region_copy',
    bodies: () => [
      { name: 'fuzz-copy', region: 'cn-east-3', project_name: 'cn-east-3', agency_name: 'ims_admin_trust' },
    ],
  },
  ...['/ims/{region}/v1/cloudimages/{image}/file', '/ims/{region}/v2.1/cloudimages/{image}/file'].map(
    (path): Endpoint => ({
      method: 'POST',
      path,
      bodies: () => [
        { bucket_url: 'acme-image-exports:fuzz.qcow2', file_format: 'qcow2' },
        { bucket_url: 'acme-image-exports:fuzz.zvhd2', is_quick_export: true },
      ],
    }),
  ),
  // ---- jobs, quota (colleague) ----
  { method: 'GET', path: '/ims/{region}/v1/{project}/jobs/{job}' },
  { method: 'GET', path: '/ims/{region}/v1/{project}/jobs' },
  { method: 'GET', path: '/ims/{region}/v1/cloudimages/quota' },
  // ---- sharing ----
  { method: 'POST', path: '/ims/{region}/v1/cloudimages/members', bodies: members },
  { method: 'DELETE', path: '/ims/{region}/v1/cloudimages/members', bodies: members },
  {
    method: 'PUT',
    path: '/ims/{region}/v1/cloudimages/members',
    bodies: (ids) => [{ images: [ids.image], project_id: ids.project, status: 'accepted' }],
  },
  { method: 'GET', path: '/ims/{region}/v1/{project}/cloudimages/{image}/members', queryKeys: ['limit', 'marker'] },
  { method: 'GET', path: '/ims/{region}/v1/{project}/cloudimages/{image}/members/{member}' },
  // ---- tags ----
  {
    method: 'POST',
    path: '/ims/{region}/v2/{project}/images/{image}/tags',
    bodies: () => [{ tag: { key: 'env', value: 'prod' } }],
  },
  {
    method: 'POST',
    path: '/ims/{region}/v2/{project}/images/{image}/tags/action',
    bodies: () => [
      { action: 'create', tags: [{ key: 'env', value: 'prod' }] },
      { action: 'delete', tags: [{ key: 'env' }] },
    ],
  },
  { method: 'DELETE', path: '/ims/{region}/v2/{project}/images/{image}/tags/{key}' },
  { method: 'GET', path: '/ims/{region}/v2/{project}/images/{image}/tags' },
  { method: 'GET', path: '/ims/{region}/v2/{project}/images/tags' },
  // ---- supporting services ----
  { method: 'GET', path: '/ecs/{region}/v1/{project}/cloudservers/detail' },
  { method: 'GET', path: '/bms/{region}/v1/{project}/baremetalservers/detail' },
  { method: 'GET', path: '/cbr/{region}/v3/{project}/vaults' },
  { method: 'GET', path: '/cbr/{region}/v3/{project}/backups' },
  { method: 'GET', path: '/obs/{region}/buckets' },
  { method: 'GET', path: '/obs/{region}/buckets/{bucket}/objects' },
  { method: 'GET', path: '/kms/{region}/v1.0/{project}/kms/list-keys' },
  { method: 'GET', path: '/iam/v3/regions' },
  { method: 'GET', path: '/iam/v3/projects' },
  { method: 'GET', path: '/iam/v3/auth/identities' },
  { method: 'GET', path: '/iam/v3/auth/tokens' },
  {
    method: 'POST',
    path: '/iam/v3/auth/tokens',
    bodies: () => [passwordTokenRequest('alice', 'Acme Retail', DEMO_PASSWORD)],
  },
  { method: 'GET', path: '/iam/v3/enterprise-projects' },
  { method: 'GET', path: '/iam/v3/agencies' },
  {
    method: 'GET',
    path: '/audit/v1/traces',
    queryKeys: ['operation', 'result', 'image_id', 'user', 'limit', 'marker'],
  },
  // ---- the mock's own ----
  { method: 'GET', path: '/mock/settings' },
  { method: 'PUT', path: '/mock/settings', bodies: () => [{ jobSpeed: 'fast' }, { latencyMs: 0, failureRate: 0 }] },
  { method: 'POST', path: '/mock/reset', bodies: () => [{}, { scenario: 'demo' }] },
  { method: 'GET', path: '/mock/notice' },
];

// ---- generators -------------------------------------------------------------------------

const HUGE = 'x'.repeat(100_000);

const anyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 8 }),
  fc.constant(HUGE),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 3 }),
  fc.constant(Array.from({ length: 2000 }, (_, i) => `item-${i}`)),
);

type Path = (string | number)[];

function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => pathsOf(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object')
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  return [prefix];
}

/** `value` with the node at `path` replaced (or removed, for `undefined`). */
function setAt(value: Json, path: Path, next: Json): Json {
  if (path.length === 0) return next;
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy: Json[] = (value as Json[]).slice();
    if (rest.length === 0 && next === undefined) copy.splice(Number(head), 1);
    else copy[Number(head)] = setAt(copy[Number(head)], rest, next);
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  if (rest.length === 0 && next === undefined) delete copy[head];
  else copy[head] = setAt(copy[head], rest, next);
  return copy;
}

/** A valid body, or one broken at one place: a field dropped, retyped, nulled or added. */
function mutated(template: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(template);
  const at = fc.constantFrom(...paths);
  return fc.oneof(
    fc.constant(template),
    at.map((p) => setAt(template, p, undefined)),
    fc.tuple(at, anyValue).map(([p, v]) => setAt(template, p, v)),
    fc
      .tuple(fc.string({ maxLength: 12 }), anyValue)
      .map(([k, v]) =>
        template !== null && typeof template === 'object' && !Array.isArray(template)
          ? { ...template, [k]: v }
          : [template, v],
      ),
    fc.constant([template]),
  );
}

/** Raw request text: JSON of a generated value, or text that is not JSON at all. */
function bodyText(templates: Json[]): fc.Arbitrary<string> {
  const values = templates.length > 0 ? fc.oneof(...templates.map(mutated)) : anyValue;
  return fc.oneof(
    { weight: 6, arbitrary: values.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 2, arbitrary: anyValue.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        '{',
        '{"images":',
        'null',
        '[]',
        '"text"',
        '1e999',
        '{"a":1}}',
        '\u0000',
        HUGE,
      ),
    },
  );
}

/** A path segment: the real id most of the time, otherwise anything (never a dot segment). */
function segment(real: string): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 4, arbitrary: fc.constant(real) },
      { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
      { weight: 1, arbitrary: fc.constant('y'.repeat(3000)) },
      { weight: 1, arbitrary: fc.constantFrom('tags', 'action', 'members', '%', ' ', '中文', 'null', '-1') },
    )
    .filter((s) => s !== '.' && s !== '..')
    .map(encodeURIComponent);
}

function query(keys: string[]): fc.Arbitrary<string> {
  const key = fc.oneof(fc.constantFrom(...keys, 'limit', 'marker'), fc.string({ minLength: 1, maxLength: 10 }));
  const value = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('0', '-1', '1', '1001', '1e3', 'abc', 'true', 'private', 'shared', 'accepted', 'refused', ''),
    fc.constant(HUGE.slice(0, 5000)),
  );
  return fc.array(fc.tuple(key, value), { maxLength: 5 }).map((pairs) => {
    const params = new URLSearchParams();
    for (const [k, v] of pairs) params.append(k, v);
    const text = params.toString();
    return text === '' ? '' : `?${text}`;
  });
}

interface Generated {
  method: Endpoint['method'];
  user: UserName | null;
  path: string;
  query: string;
  body: string | undefined;
}

function request(endpoint: Endpoint, ids: Ids): fc.Arbitrary<Generated> {
  const fill = fc.record({
    region: fc.oneof({ weight: 5, arbitrary: fc.constant(REGION) }, { weight: 1, arbitrary: segment('cn-east-3') }),
    project: segment(ids.project),
    image: segment(ids.image),
    job: segment(ids.job),
    member: segment(ids.gina),
    key: segment('env'),
    bucket: segment(ids.bucket),
  });
  const path = fill.map((f) => endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => f[name as keyof typeof f]));
  const user = fc.oneof(
    { weight: 5, arbitrary: fc.constant<UserName | null>('alice') },
    { weight: 1, arbitrary: fc.constantFrom<UserName | null>('oliver', 'gina', null) },
  );
  const body = endpoint.method === 'GET' ? fc.constant(undefined) : bodyText(endpoint.bodies?.(ids) ?? []);
  return fc.record({ method: fc.constant(endpoint.method), user, path, query: query(endpoint.queryKeys ?? []), body });
}

async function send(r: Generated): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (r.user) headers['X-Auth-Token'] = TOKENS[r.user];
  const response = await fetch(`${BASE}${r.path}${r.query}`, {
    method: r.method,
    headers,
    ...(r.body === undefined ? {} : { body: r.body }),
  });
  return { status: response.status, text: await response.text() };
}

describe('every endpoint answers malformed input with a 4xx IMS error, never a 5xx', () => {
  it.each(ENDPOINTS)('$method $path', async (endpoint) => {
    backend().updateSettings(SAFE_SETTINGS);
    const ids = seedIds(backend());
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request(endpoint, ids), async (generated) => {
        const { status, text } = await send(generated);
        // A valid PUT /mock/settings may have turned on faults or latency; later runs must not see them.
        backend().updateSettings(SAFE_SETTINGS);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const ok = status >= 200 && status < 300;
        const refused = status >= 400 && status < 500;
        if (!ok && !refused) throw new Error(`answered ${status}: ${text.slice(0, 300)}`);
        if (refused) {
          const parsed = imsErrorBodySchema.safeParse(JSON.parse(text));
          if (!parsed.success) throw new Error(`4xx body is not an IMS error: ${text.slice(0, 300)}`);
        } else if (text !== '') JSON.parse(text);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  });
});
