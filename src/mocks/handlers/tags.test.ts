import { describe, expect, it } from 'vitest';
import { applyTagAction, canEditTags, LIMITS, type Decision, type Image, type RuleId, type Tag } from '../../domain';
import { imsErrorBodySchema } from '../../domain/wire/error';
import { imageTagsSchema, tagsInputOf, tenantTagsSchema } from '../../domain/wire/tags';
import {
  addImage,
  addMember,
  api,
  errorOf,
  projectOf,
  REGION,
  rulesOf,
  snapshot,
  useBackend,
  viewerOf,
  type ApiResponse,
  type UserName,
} from './test-kit';

const { backend } = useBackend();
const tagsPath = (user: UserName, imageId: string) => `/ims/${REGION}/v2/${projectOf(user)}/images/${imageId}/tags`;
const tagged = (count: number): Tag[] => Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: `v${i}` }));

function expectRefusal(response: ApiResponse, decision: Decision, rule: RuleId) {
  expect(decision.allowed).toBe(false);
  if (decision.allowed) return;
  expect(decision.rule).toBe(rule);
  expect(imsErrorBodySchema.safeParse(response.body).success).toBe(true);
  const error = errorOf(response);
  expect(response.status).toBe(rule.startsWith('access.') ? 403 : 400);
  expect(error).toMatchObject({ rule, message: decision.reason, code: decision.code });
  expect(error.field).toBe(decision.field);
}

/** The tag editor's decision for the set the request would leave. */
function editorDecision(image: Image, next: readonly Tag[], user: UserName = 'alice') {
  return canEditTags(image, viewerOf(backend(), user), rulesOf(backend(), user), { tags: next });
}

async function tagsOf(user: UserName, image: Image) {
  return imageTagsSchema.parse((await api(user, 'GET', tagsPath(user, image.id))).body).tags;
}

describe('POST .../tags: add one tag', () => {
  it("adds, overwrites a key's value, and is idempotent", async () => {
    const image = addImage(backend(), 'alice', { tags: [{ key: 'env', value: 'prod' }] });
    const add = (tag: Tag) => api('alice', 'POST', tagsPath('alice', image.id), { tag });
    const created = await add({ key: 'team', value: '' });
    expect(created.status).toBe(204);
    expect(created.body).toBeUndefined();
    expect((await add({ key: 'env', value: 'staging' })).status).toBe(204);
    expect((await add({ key: 'env', value: 'staging' })).status).toBe(204);
    expect((await add({ key: '部门', value: '研发' })).status).toBe(204);
    expect(await tagsOf('alice', image)).toEqual([
      { key: 'env', value: 'staging' },
      { key: 'team', value: '' },
      { key: '部门', value: '研发' },
    ]);
  });

  const cases: { rule: RuleId; existing: Tag[]; tag: Tag }[] = [
    { rule: 'tags.limit', existing: tagged(LIMITS.tagsPerImage), tag: { key: 'one-more', value: 'x' } },
    { rule: 'tags.key', existing: [], tag: { key: 'bad key', value: 'x' } },
    { rule: 'tags.key', existing: [], tag: { key: 'k'.repeat(LIMITS.tagKeyMaxLength + 1), value: 'x' } },
    { rule: 'tags.key', existing: [], tag: { key: '', value: 'x' } },
    { rule: 'tags.value', existing: [], tag: { key: 'path', value: '/srv/app' } },
    { rule: 'tags.value', existing: [], tag: { key: 'note', value: ' padded' } },
    { rule: 'tags.value', existing: [], tag: { key: 'long', value: 'v'.repeat(LIMITS.tagValueMaxLength + 1) } },
  ];

  it.each(cases)("refuses $rule with the editor's reason and field", async ({ rule, existing, tag }) => {
    const image = addImage(backend(), 'alice', { tags: existing });
    const decision = editorDecision(image, applyTagAction(existing, 'create', [tag]));
    const before = snapshot(backend());
    expectRefusal(await api('alice', 'POST', tagsPath('alice', image.id), { tag }), decision, rule);
    expect(snapshot(backend())).toEqual(before);
  });

  it('allows overwriting a tag of a full image (the count does not grow)', async () => {
    const image = addImage(backend(), 'alice', { tags: tagged(LIMITS.tagsPerImage) });
    expect((await api('alice', 'POST', tagsPath('alice', image.id), { tag: { key: 'k0', value: 'new' } })).status).toBe(
      204,
    );
  });

  it('answers 400 IMG.0001 for a tag without a value', async () => {
    const image = addImage(backend(), 'alice');
    const response = await api('alice', 'POST', tagsPath('alice', image.id), { tag: { key: 'env' } });
    expect(response.status).toBe(400);
    expect(errorOf(response)).toMatchObject({
      code: 'IMG.0001',
      field_errors: [expect.objectContaining({ field: 'body.tag.value' })],
    });
  });
});

describe('POST .../tags/action: batch', () => {
  const action = (image: Image, body: unknown, user: UserName = 'alice') =>
    api(user, 'POST', `${tagsPath(user, image.id)}/action`, body);

  it('creates and deletes; deleting an unknown key is silent', async () => {
    const image = addImage(backend(), 'alice', { tags: [{ key: 'env', value: 'prod' }] });
    const tags = [
      { key: 'env', value: 'dev' },
      { key: 'owner', value: 'ops' },
    ];
    expect((await action(image, { action: 'create', tags })).status).toBe(204);
    expect(await tagsOf('alice', image)).toEqual(tags);
    expect(
      (await action(image, { action: 'delete', tags: [{ key: 'env' }, { key: 'missing', value: 'x' }] })).status,
    ).toBe(204);
    expect(await tagsOf('alice', image)).toEqual([{ key: 'owner', value: 'ops' }]);
  });

  it('refuses tags.limit for the resulting set', async () => {
    const existing = tagged(8);
    const image = addImage(backend(), 'alice', { tags: existing });
    const adding = [
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
      { key: 'c', value: '3' },
    ];
    const decision = editorDecision(image, applyTagAction(existing, 'create', adding));
    expectRefusal(await action(image, { action: 'create', tags: adding }), decision, 'tags.limit');
  });

  it('refuses tags.key and tags.value with the field of the resulting set', async () => {
    const existing = [{ key: 'env', value: 'prod' }];
    const image = addImage(backend(), 'alice', { tags: existing });
    const badKey = [
      { key: 'ok', value: '1' },
      { key: 'no*stars', value: '2' },
    ];
    expectRefusal(
      await action(image, { action: 'create', tags: badKey }),
      editorDecision(image, applyTagAction(existing, 'create', badKey)),
      'tags.key',
    );
    const badValue = [{ key: 'ok', value: 'a,b' }];
    expectRefusal(
      await action(image, { action: 'create', tags: badValue }),
      editorDecision(image, applyTagAction(existing, 'create', badValue)),
      'tags.value',
    );
  });

  it('refuses a create naming one key twice with tags.key, changing nothing', async () => {
    const existing = [{ key: 'env', value: 'prod' }];
    const image = addImage(backend(), 'alice', { tags: existing });
    const twice = [
      { key: 'team', value: 'a' },
      { key: 'team', value: 'b' },
    ];
    const decision = editorDecision(image, tagsInputOf(existing, 'create', twice).tags);
    const before = snapshot(backend());
    const response = await action(image, { action: 'create', tags: twice });
    expectRefusal(response, decision, 'tags.key');
    expect(errorOf(response).message).toBe('Tag key "team" is used twice; keys must be unique.');
    expect(snapshot(backend())).toEqual(before);
  });

  it('answers 400 IMG.0001 for an unknown action (case-sensitive) or an empty list', async () => {
    const image = addImage(backend(), 'alice');
    for (const body of [
      { action: 'Create', tags: [{ key: 'a', value: 'b' }] },
      { action: 'create', tags: [] },
      { action: 'delete', tags: [{ key: '' }] },
    ]) {
      const response = await action(image, body);
      expect(response.status).toBe(400);
      expect(errorOf(response).code).toBe('IMG.0001');
    }
  });
});

describe('DELETE .../tags/{key}', () => {
  it('deletes a key, and answers 404 for an unknown one', async () => {
    const image = addImage(backend(), 'alice', {
      tags: [
        { key: 'env', value: 'prod' },
        { key: '部门', value: '' },
      ],
    });
    expect((await api('alice', 'DELETE', `${tagsPath('alice', image.id)}/${encodeURIComponent('部门')}`)).status).toBe(
      204,
    );
    expect(await tagsOf('alice', image)).toEqual([{ key: 'env', value: 'prod' }]);
    const unknown = await api('alice', 'DELETE', `${tagsPath('alice', image.id)}/nope`);
    expect(unknown.status).toBe(404);
    expect(imsErrorBodySchema.safeParse(unknown.body).success).toBe(true);
  });
});

describe('access on every tag write', () => {
  const writes = (image: Image, user: UserName) => [
    () => api(user, 'POST', tagsPath(user, image.id), { tag: { key: 'a', value: 'b' } }),
    () =>
      api(user, 'POST', `${tagsPath(user, image.id)}/action`, { action: 'create', tags: [{ key: 'a', value: 'b' }] }),
    () => api(user, 'POST', `${tagsPath(user, image.id)}/action`, { action: 'delete', tags: [{ key: 'env' }] }),
    () => api(user, 'DELETE', `${tagsPath(user, image.id)}/env`),
  ];

  it('refuses access.read-only for a read-only user', async () => {
    const image = addImage(backend(), 'alice', { tags: [{ key: 'env', value: 'prod' }] });
    const decision = canEditTags(image, viewerOf(backend(), 'oliver'), rulesOf(backend(), 'oliver'));
    const before = snapshot(backend());
    for (const write of writes(image, 'oliver')) expectRefusal(await write(), decision, 'access.read-only');
    expect(snapshot(backend())).toEqual(before);
  });

  it('refuses access.owner for a recipient of a shared image', async () => {
    const image = addImage(backend(), 'alice', { tags: [{ key: 'env', value: 'prod' }] });
    addMember(backend(), image, projectOf('gina'), 'accepted');
    const decision = canEditTags(image, viewerOf(backend(), 'gina'), rulesOf(backend(), 'gina'));
    for (const write of writes(image, 'gina')) expectRefusal(await write(), decision, 'access.owner');
    // a recipient may still read the tags
    expect(await tagsOf('gina', image)).toEqual([{ key: 'env', value: 'prod' }]);
  });

  it("answers 404 for unknown images, other tenants' images and other projects", async () => {
    const ivans = addImage(backend(), 'ivan');
    for (const write of [...writes(ivans, 'alice'), () => api('alice', 'GET', tagsPath('alice', ivans.id))])
      expect((await write()).status).toBe(404);
    expect((await api('alice', 'GET', tagsPath('alice', 'no-such-image'))).status).toBe(404);
    const own = addImage(backend(), 'alice');
    expect((await api('alice', 'GET', `/ims/${REGION}/v2/${projectOf('gina')}/images/${own.id}/tags`)).status).toBe(
      404,
    );
  });

  it('answers 401 without a token', async () => {
    const image = addImage(backend(), 'alice');
    expect((await api(null, 'POST', tagsPath('alice', image.id), { tag: { key: 'a', value: 'b' } })).status).toBe(401);
  });
});

describe("GET .../images/tags: the tenant's tags", () => {
  it("lists each key of the viewer's images in the region with its values", async () => {
    for (const image of backend().db().images) if (image.ownerProjectId === projectOf('ivan')) image.tags = [];
    addImage(backend(), 'ivan', {
      tags: [
        { key: 'env', value: 'prod' },
        { key: 'flag', value: '' },
      ],
    });
    addImage(backend(), 'ivan', {
      tags: [
        { key: 'env', value: 'dev' },
        { key: 'env2', value: 'x' },
      ],
    });
    addImage(backend(), 'ivan', { regionId: 'cn-east-3', tags: [{ key: 'elsewhere', value: 'x' }] });
    addImage(backend(), 'alice', { tags: [{ key: 'not-ivans', value: 'x' }] });
    const response = await api('ivan', 'GET', `/ims/${REGION}/v2/${projectOf('ivan')}/images/tags`);
    expect(response.status).toBe(200);
    expect(tenantTagsSchema.parse(response.body).tags).toEqual([
      { key: 'env', values: ['dev', 'prod'] },
      { key: 'env2', values: ['x'] },
      { key: 'flag', values: [''] },
    ]);
  });
});

describe('field names of a refused batch', () => {
  it('names the tag row of a malformed batch as the tag rules do', async () => {
    const image = addImage(backend(), 'alice');
    const response = await api('alice', 'POST', `${tagsPath('alice', image.id)}/action`, {
      action: 'delete',
      tags: [{ key: 'env' }, { key: 'x'.repeat(128) }],
    });
    expect(response.status).toBe(400);
    expect(errorOf(response).field_errors?.[0]?.field).toBe('tags.1.key');
    expect(errorOf(response).field).toBe('tags.1.key');
  });
});
