import { describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  identityOfToken,
  passwordTokenRequest,
  wireTokenSchema,
  type TokenRequest,
} from '../../domain/wire/iam';
import { api, BASE, errorOf, projectOf, REGION, snapshot, TOKENS, useBackend, type UserName } from './test-kit';

const { backend } = useBackend();
const USERS = Object.keys(TOKENS) as UserName[];
const ACCOUNT_NAMES: Record<UserName, string> = {
  alice: 'Acme Retail',
  oliver: 'Acme Retail',
  gina: 'Globex Logistics',
  ivan: 'Initech Labs',
};

async function signIn(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${BASE}/iam/v3/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, token: response.headers.get('X-Subject-Token'), text };
}

describe('POST /iam/v3/auth/tokens issues a token only to the user who signs in', () => {
  it.each(USERS)('%s signs in with the demo password and gets its own token, user, account and role', async (user) => {
    const { status, token, text } = await signIn(passwordTokenRequest(user, ACCOUNT_NAMES[user], DEMO_PASSWORD));
    expect(status).toBe(201);
    expect(token).toBe(TOKENS[user]);
    const identity = identityOfToken(wireTokenSchema.parse(JSON.parse(text)));
    expect(identity).toMatchObject({
      user_name: user,
      domain_name: ACCOUNT_NAMES[user],
      role: user === 'oliver' ? 'read-only' : 'full-access',
    });
  });

  it('takes the account by its login name as well as its display name', async () => {
    expect((await signIn(passwordTokenRequest('gina', 'globex', DEMO_PASSWORD))).token).toBe(TOKENS.gina);
  });

  it.each<[string, TokenRequest]>([
    ['a wrong password', passwordTokenRequest('alice', 'Acme Retail', 'guess')],
    ['another account', passwordTokenRequest('alice', 'Globex Logistics', DEMO_PASSWORD)],
    ['an unknown user', passwordTokenRequest('mallory', 'Acme Retail', DEMO_PASSWORD)],
  ])('refuses %s with 401 and the same sentence, and issues nothing', async (_, body) => {
    const before = snapshot(backend());
    const { status, token, text } = await signIn(body);
    expect(status).toBe(401);
    expect(token).toBeNull();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'IAM.0004', message: 'The user name, account name or password is incorrect.' },
    });
    expect(snapshot(backend())).toEqual(before);
  });

  it('a signed-in user cannot get another user’s token by presenting its own', async () => {
    const { status, token } = await signIn(passwordTokenRequest('alice', 'Acme Retail', 'x'), {
      'X-Auth-Token': TOKENS.gina,
    });
    expect([status, token]).toEqual([401, null]);
  });

  it.each<[string, unknown]>([
    ['no identity', { auth: {} }],
    ['a method other than password', { auth: { identity: { methods: ['token'], token: { id: TOKENS.alice } } } }],
    ['an unbounded user name', passwordTokenRequest('a'.repeat(65), 'Acme Retail', DEMO_PASSWORD)],
  ])('answers %s with a 400 naming the field', async (_, body) => {
    const { status, text } = await signIn(body);
    expect(status).toBe(400);
    expect((JSON.parse(text) as { error: { field_errors: unknown[] } }).error.field_errors.length).toBeGreaterThan(0);
  });
});

describe('GET /iam/v3/auth/tokens reads back only the holder’s own token', () => {
  it('names the holder', async () => {
    const response = await api('oliver', 'GET', '/iam/v3/auth/tokens');
    expect(response.status).toBe(200);
    expect(identityOfToken(wireTokenSchema.parse(response.body))).toMatchObject({
      user_name: 'oliver',
      role: 'read-only',
    });
  });

  it('refuses to validate another user’s token', async () => {
    const response = await fetch(`${BASE}/iam/v3/auth/tokens`, {
      headers: { 'X-Auth-Token': TOKENS.gina, 'X-Subject-Token': TOKENS.alice },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('X-Subject-Token')).toBeNull();
  });

  it('answers 401 without a token', async () => {
    const response = await api(null, 'GET', '/iam/v3/auth/tokens');
    expect([response.status, errorOf(response).code]).toEqual([401, 'APIGW.0301']);
  });
});

/** Every read of the mock, with real ids of the seed so the answers are full, not 404s. */
function reads(): string[] {
  const db = backend().db();
  const project = projectOf('alice');
  const image = db.images.find((i) => i.ownerProjectId === project)?.id ?? 'none';
  const job = db.jobs.find((j) => j.accountId === 'acme')?.id ?? 'none';
  const bucket = db.buckets.find((b) => b.accountId === 'acme' && b.regionId === REGION)?.name ?? 'none';
  const ims = `/ims/${REGION}`;
  return [
    `${ims}/v2/cloudimages?__imagetype=private`,
    `${ims}/v2/cloudimages?__imagetype=shared`,
    `${ims}/v2/cloudimages?__imagetype=gold`,
    `${ims}/v2/cloudimages/${image}`,
    `${ims}/v2/images/${image}`,
    `${ims}/v1/${project}/jobs`,
    `${ims}/v1/${project}/jobs/${job}`,
    `${ims}/v1/cloudimages/quota`,
    `${ims}/v1/${project}/cloudimages/${image}/members`,
    `${ims}/v2/${project}/images/${image}/tags`,
    `${ims}/v2/${project}/images/tags`,
    `/ecs/${REGION}/v1/${project}/cloudservers/detail`,
    `/bms/${REGION}/v1/${project}/baremetalservers/detail`,
    `/cbr/${REGION}/v3/${project}/vaults`,
    `/cbr/${REGION}/v3/${project}/backups`,
    `/obs/${REGION}/buckets`,
    `/obs/${REGION}/buckets/${bucket}/objects`,
    `/kms/${REGION}/v1.0/${project}/kms/list-keys`,
    '/iam/v3/regions',
    '/iam/v3/projects',
    '/iam/v3/auth/identities',
    '/iam/v3/auth/tokens',
    '/iam/v3/enterprise-projects',
    '/iam/v3/agencies',
    '/audit/v1/traces',
    '/mock/settings',
    '/mock/notice',
  ];
}

describe('no answer carries another identity’s token', () => {
  it.each(USERS)('every read %s makes, headers and body', async (user) => {
    const others = USERS.filter((u) => u !== user).map((u) => TOKENS[u]);
    for (const path of reads()) {
      const response = await fetch(`${BASE}${path}`, { headers: { 'X-Auth-Token': TOKENS[user] } });
      const seen = `${[...response.headers.entries()].join(';')}\n${await response.text()}`;
      for (const token of others) expect(seen, `${path} as ${user}`).not.toContain(token);
    }
  });
});
