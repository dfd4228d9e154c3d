import { describe, expect, it } from 'vitest';
import { canDelete, canModify, canPublish, type Image } from '../../domain';
import { imsImageSchema } from '../../domain/wire/image';
import { imsImagePageSchema } from '../../domain/wire/image-list';
import { imagePatchSchema, toModifyInput } from '../../domain/wire/modify';
import { ACME_IMAGES, BACKUPS, backupIdOf, enterpriseProjectIdOf, GLOBEX_IMAGES, LARGE_SHARED_IMAGES } from '../seed';
import { dbState, expectMalformed, expectRefusal, imageNamed, lastAudit } from './image-test-kit';
import { api, errorOf, projectOf, REGION, rulesOf, useBackend, viewerOf, type UserName } from './test-kit';

const { backend } = useBackend();
const A = ACME_IMAGES;
const G = GLOBEX_IMAGES;
const LIST = `/ims/${REGION}/v2/cloudimages`;
const imagePath = (image: Pick<Image, 'id'>) => `${LIST}/${image.id}`;
const deletePath = (image: Pick<Image, 'id'>) => `/ims/${REGION}/v2/images/${image.id}`;

async function list(user: UserName, query: string) {
  const response = await api(user, 'GET', `${LIST}?${query}`);
  expect(response.status).toBe(200);
  return imsImagePageSchema.parse(response.body);
}

const ownedIn = (region = REGION) =>
  backend()
    .db()
    .images.filter((i) => i.ownerProjectId === projectOf('alice', region));

describe('GET /v2/cloudimages', () => {
  it('lists the private images of the viewer in the region, every one a valid IMS image', async () => {
    const page = await list('alice', '__imagetype=private');
    expect(page.total).toBe(ownedIn().length);
    expect(new Set(page.images.map((i) => i.id))).toEqual(new Set(ownedIn().map((i) => i.id)));
    for (const image of page.images) expect(imsImageSchema.safeParse(image).success).toBe(true);
    expect(page.next_marker).toBeUndefined();
  });

  it('lists the images shared with the viewer, by member status, and adds own shared images with visibility=shared', async () => {
    const shared = await list('alice', '__imagetype=shared');
    const names = shared.images.map((i) => i.name).sort();
    expect(names).toEqual(
      [
        G.pending,
        G.accepted,
        G.acceptedEncrypted,
        G.pendingWhole,
        'ml-notebook-ubuntu22',
        'iot-hub-openeuler-arm',
      ].sort(),
    );
    expect(shared.images.every((i) => i.__imagetype === 'shared' && i.__member_status !== undefined)).toBe(true);

    const accepted = await list('alice', '__imagetype=shared&member_status=accepted&visibility=shared');
    expect(accepted.images.map((i) => i.name).sort()).toEqual(
      [G.accepted, G.acceptedEncrypted, 'iot-hub-openeuler-arm'].sort(),
    );

    const withOwn = await list('alice', '__imagetype=shared&visibility=shared');
    const own = withOwn.images.filter((i) => i.owner === projectOf('alice'));
    expect(own.map((i) => i.name).sort()).toEqual([A.golden, A.ubuntu, A.wholeFromCbr].sort());
    expect(withOwn.total).toBe(shared.total + 3);
  });

  it('separates private images shared out from those kept private with visibility', async () => {
    const kept = await list('alice', '__imagetype=private&visibility=private');
    expect(kept.images.some((i) => i.name === A.golden)).toBe(false);
    expect(kept.total).toBe(ownedIn().length - 3);
  });

  it('serves no public or marketplace images', async () => {
    expect((await list('alice', '__imagetype=gold')).total).toBe(0);
  });

  it.each([
    ['name (exact)', `name=${A.golden}`, (i: Image) => i.name === A.golden],
    ['name_like (substring, any case)', 'name_like=CENTOS7', (i: Image) => i.name.toLowerCase().includes('centos7')],
    ['id', `id=PLACEHOLDER`, (i: Image) => i.name === A.sles],
    ['status', 'status=killed', (i: Image) => i.status === 'killed'],
    ['__os_type', '__os_type=Windows', (i: Image) => i.osType === 'Windows'],
    ['__platform', '__platform=SUSE', (i: Image) => i.platform === 'SUSE'],
    ['__whole_image', '__whole_image=true', (i: Image) => i.type === 'whole'],
    ['disk_format', 'disk_format=iso', (i: Image) => i.diskFormat === 'iso'],
    ['virtual_env_type', 'virtual_env_type=DataImage', (i: Image) => i.type === 'data'],
    [
      'enterprise_project_id',
      `enterprise_project_id=${enterpriseProjectIdOf('acme', 'production')}`,
      (i: Image) => i.enterpriseProjectId === enterpriseProjectIdOf('acme', 'production'),
    ],
    ['tag key', 'tag=team', (i: Image) => i.tags.some((t) => t.key === 'team')],
    ['tag key=value', 'tag=env=prod', (i: Image) => i.tags.some((t) => t.key === 'env' && t.value === 'prod')],
    [
      'several tags, all must match',
      'tag=env=prod&tag=app=web-frontend',
      (i: Image) =>
        i.tags.some((t) => t.key === 'env' && t.value === 'prod') &&
        i.tags.some((t) => t.key === 'app' && t.value === 'web-frontend'),
    ],
    ['__encrypted (extension)', '__encrypted=true', (i: Image) => i.kmsKeyId !== null],
  ])('filters private images by %s', async (_label, query, expected) => {
    const q = query.replace('PLACEHOLDER', imageNamed(backend(), A.sles).id);
    const page = await list('alice', `__imagetype=private&${q}`);
    const want = ownedIn().filter(expected);
    expect(want.length).toBeGreaterThan(0);
    expect(page.images.map((i) => i.id).sort()).toEqual(want.map((i) => i.id).sort());
    expect(page.total).toBe(want.length);
  });

  it('filters by __system__cmkid and owner', async () => {
    const encrypted = imageNamed(backend(), A.encrypted);
    const byKey = await list('alice', `__imagetype=private&__system__cmkid=${encrypted.kmsKeyId ?? ''}`);
    expect(byKey.images.map((i) => i.name)).toEqual([A.encrypted]);
    const byOwner = await list('alice', `__imagetype=shared&owner=${projectOf('globex')}`);
    expect(byOwner.images.every((i) => i.owner === projectOf('globex'))).toBe(true);
    expect(byOwner.total).toBe(4);
  });

  it('sorts images shared with the viewer by when they were shared (shared_at), and pages in that order', async () => {
    const newest = await list('alice', '__imagetype=shared&sort_key=shared_at&sort_dir=desc');
    const times = newest.images.map((i) => i.__shared_at ?? '');
    expect(times).toEqual([...times].sort().reverse());
    const first = await list('alice', '__imagetype=shared&sort_key=shared_at&sort_dir=asc&limit=2');
    const rest = await list(
      'alice',
      `__imagetype=shared&sort_key=shared_at&sort_dir=asc&marker=${first.next_marker ?? ''}`,
    );
    expect([...first.images, ...rest.images].map((i) => i.id)).toEqual([...newest.images].reverse().map((i) => i.id));
  });

  it.each([
    ['name', 'asc', (a: Image, b: Image) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true })],
    ['size', 'desc', (a: Image, b: Image) => b.sizeGb - a.sizeGb],
    ['created_at', 'asc', (a: Image, b: Image) => a.createdAt.localeCompare(b.createdAt)],
    ['status', 'asc', (a: Image, b: Image) => a.status.localeCompare(b.status)],
  ] as const)('sorts by %s %s, id breaking ties', async (key, dir, order) => {
    const page = await list('alice', `__imagetype=private&sort_key=${key}&sort_dir=${dir}`);
    const tie = (a: Image, b: Image) => (dir === 'asc' ? 1 : -1) * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const want = [...ownedIn()].sort((a, b) => order(a, b) || tie(a, b));
    expect(page.images.map((i) => i.id)).toEqual(want.map((i) => i.id));
  });

  it('pages with limit and marker: every image once, in order, total on every page', async () => {
    const all = await list('alice', '__imagetype=private&sort_key=name&sort_dir=asc');
    const seen: string[] = [];
    let marker: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const page = await list(
        'alice',
        `__imagetype=private&sort_key=name&sort_dir=asc&limit=7${marker ? `&marker=${marker}` : ''}`,
      );
      expect(page.total).toBe(all.total);
      seen.push(...page.images.map((i) => i.id));
      marker = page.next_marker;
      if (!marker) break;
      expect(marker).toBe(page.images.at(-1)?.id);
    }
    expect(seen).toEqual(all.images.map((i) => i.id));
  });

  it('keeps its place when the marker image no longer matches the filter', async () => {
    const first = await list('alice', '__imagetype=private&sort_key=name&sort_dir=asc&limit=3');
    const marker = first.images[2] as { id: string };
    const image = backend()
      .db()
      .images.find((i) => i.id === marker.id) as Image;
    image.status = 'killed';
    const next = await list(
      'alice',
      `__imagetype=private&status=active&sort_key=name&sort_dir=asc&limit=3&marker=${marker.id}`,
    );
    const all = await list('alice', '__imagetype=private&status=active&sort_key=name&sort_dir=asc');
    const after = all.images.filter(
      (i) => i.name.localeCompare(image.name, 'en', { sensitivity: 'base', numeric: true }) > 0,
    );
    expect(next.images[0]?.id).toBe(after[0]?.id);
  });

  it.each([
    ['limit=0'],
    ['limit=1001'],
    ['limit=abc'],
    ['limit=1&limit=2'],
    ['sort_key=owner'],
    ['sort_dir=up'],
    ['__imagetype=public'],
    ['status=deleting'],
    ['member_status=maybe'],
    ['__whole_image=yes'],
    ['tag=%3Dvalue'],
    ['marker=no-such-image'],
  ])('refuses the malformed query %s with 400 and field errors', async (query) => {
    const response = await api('alice', 'GET', `${LIST}?${query}`);
    expectMalformed(response);
    expect(errorOf(response).code).toBe('IMG.0001');
    expect(errorOf(response).field_errors?.length).toBeGreaterThan(0);
  });

  it('answers 401 without a token and 400 for an unknown region', async () => {
    expectMalformed(await api(null, 'GET', LIST), 401);
    expectMalformed(await api('alice', 'GET', '/ims/mars-1/v2/cloudimages'));
  });

  it('does not reveal a marker image of another tenant', async () => {
    const other = imageNamed(backend(), G.notShared);
    expectMalformed(await api('alice', 'GET', `${LIST}?marker=${other.id}`));
  });

  it('filters, sorts and pages the 10,000 shared images of the large scenario', async () => {
    backend().reset('large');
    try {
      const page = await list('alice', '__imagetype=shared&sort_key=name&sort_dir=asc&limit=50');
      const pending = await list('alice', '__imagetype=shared&member_status=pending&name_like=etl&limit=20');
      const deep = await list(
        'alice',
        `__imagetype=shared&sort_key=name&sort_dir=asc&limit=50&marker=${page.next_marker ?? ''}`,
      );
      expect(page.total).toBe(LARGE_SHARED_IMAGES);
      expect(page.images).toHaveLength(50);
      expect(pending.images.every((i) => i.__member_status === 'pending' && i.name.includes('etl'))).toBe(true);
      expect(deep.images[0]?.name.localeCompare(page.images[49]?.name ?? '')).toBeGreaterThanOrEqual(0);
    } finally {
      backend().reset('demo');
    }
  });
});

describe('GET image detail', () => {
  it('shows an own image and a share received, on both paths', async () => {
    const golden = imageNamed(backend(), A.golden);
    const own = await api('alice', 'GET', imagePath(golden));
    expect(own.status).toBe(200);
    expect(imsImageSchema.parse(own.body).__imagetype).toBe('shared');
    const native = await api('alice', 'GET', `/ims/${REGION}/v2/images/${golden.id}`);
    expect(native.body).toEqual(own.body);
    const received = await api('alice', 'GET', imagePath(imageNamed(backend(), G.pending)));
    expect(imsImageSchema.parse(received.body).__member_status).toBe('pending');
  });

  it('answers 404 for an unknown image, another tenant’s unshared image, and an image of another region', async () => {
    expectMalformed(await api('alice', 'GET', `${LIST}/no-such-image`), 404);
    expectMalformed(await api('alice', 'GET', imagePath(imageNamed(backend(), G.notShared))), 404);
    expectMalformed(await api('gina', 'GET', imagePath(imageNamed(backend(), A.sles))), 404);
    const singapore = imageNamed(backend(), A.singapore, 'ap-southeast-3');
    expectMalformed(await api('alice', 'GET', imagePath(singapore)), 404);
  });
});

describe('PATCH /v2/cloudimages/{id}', () => {
  const patch = (user: UserName, image: Image, body: unknown) => api(user, 'PATCH', imagePath(image), body);

  it('updates the fields the console edits and answers the updated image', async () => {
    const image = imageNamed(backend(), A.ubuntu);
    const response = await patch('alice', image, [
      { op: 'replace', path: '/name', value: 'ubuntu22-k8s-node-v2' },
      { op: 'replace', path: '/__description', value: 'Kubernetes 1.30 node' },
      { op: 'replace', path: '/min_ram', value: '2048' },
      { op: 'add', path: '/max_ram', value: 65536 },
      { op: 'replace', path: '/hw_firmware_type', value: 'uefi' },
      { op: 'replace', path: '/hw_vif_multiqueue_enabled', value: 'false' },
      { op: 'replace', path: '/enterprise_project_id', value: enterpriseProjectIdOf('acme', 'production') },
    ]);
    expect(response.status).toBe(200);
    const wire = imsImageSchema.parse(response.body);
    expect(wire).toMatchObject({
      name: 'ubuntu22-k8s-node-v2',
      __description: 'Kubernetes 1.30 node',
      min_ram: 2048,
      max_ram: '65536',
      hw_firmware_type: 'uefi',
      hw_vif_multiqueue_enabled: 'false',
      enterprise_project_id: enterpriseProjectIdOf('acme', 'production'),
    });
    const stored = backend()
      .db()
      .images.find((i) => i.id === image.id);
    expect(stored).toMatchObject({
      name: 'ubuntu22-k8s-node-v2',
      minRamMb: 2048,
      maxRamMb: 65536,
      bootMode: 'uefi',
      nicMultiQueue: false,
    });
    expect(lastAudit(backend())).toMatchObject({
      operation: 'update',
      result: 'success',
      imageId: image.id,
      rule: null,
    });
  });

  it('removes max_ram and the description', async () => {
    const image = imageNamed(backend(), A.bit32);
    const response = await patch('alice', image, [
      { op: 'remove', path: '/max_ram' },
      { op: 'remove', path: '/__description' },
    ]);
    expect(response.status).toBe(200);
    expect(imsImageSchema.parse(response.body).max_ram).toBeUndefined();
  });

  it.each([
    ['modify.status', 'alice', A.killed, [{ op: 'replace', path: '/name', value: 'x' }]],
    ['modify.fields', 'alice', A.golden, [{ op: 'replace', path: '/name', value: 'bad<name>' }]],
    ['modify.fields', 'alice', A.golden, [{ op: 'replace', path: '/__description', value: 'a <script>' }]],
    [
      'modify.fields',
      'alice',
      A.golden,
      [
        { op: 'replace', path: '/min_ram', value: 8192 },
        { op: 'replace', path: '/max_ram', value: 4096 },
      ],
    ],
    ['modify.fields', 'alice', A.golden, [{ op: 'replace', path: '/min_ram', value: -1 }]],
    ['modify.fields', 'alice', A.data350, [{ op: 'replace', path: '/hw_firmware_type', value: 'uefi' }]],
    ['encrypt.key-fixed', 'alice', A.encrypted, [{ op: 'replace', path: '/__system__cmkid', value: 'another-key' }]],
    ['encrypt.key-fixed', 'alice', A.encrypted, [{ op: 'remove', path: '/__system__cmkid' }]],
    ['access.read-only', 'oliver', A.golden, [{ op: 'replace', path: '/name', value: 'renamed' }]],
    ['access.owner', 'gina', A.golden, [{ op: 'replace', path: '/name', value: 'renamed' }]],
  ] as const)('refuses with %s exactly as canModify decides', async (rule, user, name, body) => {
    const image = imageNamed(backend(), name);
    const before = dbState(backend());
    const expected = canModify(
      image,
      viewerOf(backend(), user),
      rulesOf(backend(), user),
      toModifyInput(imagePatchSchema.parse(body)),
    );
    const response = await patch(user, image, body);
    expectRefusal(response, expected, rule);
    expect(dbState(backend())).toBe(before);
    expect(lastAudit(backend())).toMatchObject({ operation: 'update', result: 'refused', rule, imageId: image.id });
  });

  it.each([
    ['not an array', { op: 'replace', path: '/name', value: 'x' }],
    ['an empty patch', []],
    ['a path the console does not edit', [{ op: 'replace', path: '/owner', value: 'x' }]],
    ['no value', [{ op: 'replace', path: '/name' }]],
    ['removing the name', [{ op: 'remove', path: '/name' }]],
    ['an unknown op', [{ op: 'move', path: '/name', value: 'x' }]],
    ['min_ram not a number', [{ op: 'replace', path: '/min_ram', value: 'lots' }]],
    ['a boot mode IMS does not know', [{ op: 'replace', path: '/hw_firmware_type', value: 'legacy' }]],
    ['multi-queue not a flag', [{ op: 'replace', path: '/hw_vif_multiqueue_enabled', value: 'yes' }]],
    ['invalid JSON', '[{"op":'],
  ])('refuses %s with 400', async (_label, body) => {
    const image = imageNamed(backend(), A.golden);
    const before = dbState(backend());
    expectMalformed(await patch('alice', image, body));
    expect(dbState(backend())).toBe(before);
  });

  it('refuses an empty body, an unknown enterprise project, unknown and foreign images', async () => {
    const image = imageNamed(backend(), A.golden);
    expectMalformed(await api('alice', 'PATCH', imagePath(image)));
    expectMalformed(await patch('alice', image, [{ op: 'replace', path: '/enterprise_project_id', value: 'nope' }]));
    expectMalformed(
      await patch('alice', { ...image, id: 'no-such-image' }, [{ op: 'replace', path: '/name', value: 'x' }]),
      404,
    );
    expectMalformed(
      await patch('gina', imageNamed(backend(), A.sles), [{ op: 'replace', path: '/name', value: 'x' }]),
      404,
    );
    expectMalformed(await api(null, 'PATCH', imagePath(image), [{ op: 'replace', path: '/name', value: 'x' }]), 401);
  });
});

describe('DELETE /v2/images/{id}', () => {
  it('deletes an image with its members and tags, 204', async () => {
    const golden = imageNamed(backend(), A.golden);
    expect(
      backend()
        .db()
        .members.some((m) => m.imageId === golden.id),
    ).toBe(true);
    const response = await api('alice', 'DELETE', deletePath(golden));
    expect(response.status).toBe(204);
    expect(response.body).toBeUndefined();
    expect(
      backend()
        .db()
        .images.some((i) => i.id === golden.id),
    ).toBe(false);
    expect(
      backend()
        .db()
        .members.some((m) => m.imageId === golden.id),
    ).toBe(false);
    expect(lastAudit(backend())).toMatchObject({
      operation: 'delete',
      result: 'success',
      imageId: golden.id,
      imageName: golden.name,
    });
    expectMalformed(await api('alice', 'GET', imagePath(golden)), 404);
  });

  it('removes the backup of a full-ECS image only when delete_backup is true', async () => {
    const csbs = backupIdOf(BACKUPS.erpDbCsbs);
    const cbr = backupIdOf(BACKUPS.erpAppCbr);
    expect((await api('alice', 'DELETE', deletePath(imageNamed(backend(), A.wholeFromCbr)), {})).status).toBe(204);
    expect(
      backend()
        .db()
        .backups.some((b) => b.id === cbr),
    ).toBe(true);
    expect(
      (await api('alice', 'DELETE', deletePath(imageNamed(backend(), A.wholeFromCsbs)), { delete_backup: true }))
        .status,
    ).toBe(204);
    expect(
      backend()
        .db()
        .backups.some((b) => b.id === csbs),
    ).toBe(false);
  });

  it.each([
    ['delete.koogallery', 'alice', A.publishedInKooGallery],
    ['delete.in-progress', 'alice', A.creating],
    ['delete.owner', 'gina', A.golden],
    ['access.read-only', 'oliver', A.ubuntu],
  ] as const)('refuses with %s exactly as canDelete decides', async (rule, user, name) => {
    const image = imageNamed(backend(), name);
    const before = dbState(backend());
    const expected = canDelete(image, viewerOf(backend(), user), rulesOf(backend(), user));
    const response = await api(user, 'DELETE', deletePath(image));
    expectRefusal(response, expected, rule);
    expect(dbState(backend())).toBe(before);
    expect(lastAudit(backend())).toMatchObject({ operation: 'delete', result: 'refused', rule });
  });

  it.each([
    ['invalid JSON', '{"delete_backup":'],
    ['a flag that is not a boolean', { delete_backup: 'yes' }],
    ['not an object', [true]],
  ])('refuses %s with 400', async (_label, body) => {
    const before = dbState(backend());
    expectMalformed(await api('alice', 'DELETE', deletePath(imageNamed(backend(), A.ubuntu)), body));
    expect(dbState(backend())).toBe(before);
  });

  it('answers 404 for unknown and foreign images', async () => {
    expectMalformed(await api('alice', 'DELETE', `/ims/${REGION}/v2/images/no-such-image`), 404);
    expectMalformed(await api('alice', 'DELETE', deletePath(imageNamed(backend(), G.notShared))), 404);
  });
});

describe('POST /v1/cloudimages/{id}/publish (mock extension)', () => {
  const publish = (user: UserName, image: Image) =>
    api(user, 'POST', `/ims/${REGION}/v1/cloudimages/${image.id}/publish`);

  it('publishes in KooGallery, after which the image can no longer be deleted', async () => {
    const image = imageNamed(backend(), A.ubuntu);
    const response = await publish('alice', image);
    expect(response.status).toBe(200);
    expect(imsImageSchema.parse(response.body).__koogallery_published).toBe('true');
    const refused = await api('alice', 'DELETE', deletePath(image));
    expect(errorOf(refused).rule).toBe('delete.koogallery');
  });

  it.each([
    ['encrypt.koogallery', 'alice', A.encrypted],
    ['access.read-only', 'oliver', A.ubuntu],
    ['access.owner', 'gina', A.golden],
  ] as const)('refuses with %s exactly as canPublish decides', async (rule, user, name) => {
    const image = imageNamed(backend(), name);
    const before = dbState(backend());
    const expected = canPublish(image, viewerOf(backend(), user), rulesOf(backend(), user));
    expectRefusal(await publish(user, image), expected, rule);
    expect(dbState(backend())).toBe(before);
    expect(lastAudit(backend())).toMatchObject({ operation: 'publish', result: 'refused', rule });
  });

  it('answers 404 for an unknown image', async () => {
    expectMalformed(await publish('alice', { id: 'no-such-image' } as Image), 404);
  });
});
