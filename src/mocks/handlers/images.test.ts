import { describe, expect, it } from 'vitest';
import type { Image } from '../../domain';
import { imsImageSchema } from '../../domain/wire/image';
import { imsImagePageSchema } from '../../domain/wire/image-list';
import { ACME_IMAGES, enterpriseProjectIdOf, GLOBEX_IMAGES, LARGE_SHARED_IMAGES } from '../seed';
import { expectMalformed, imageNamed } from './image-test-kit';
import { api, errorOf, projectOf, REGION, useBackend, type UserName } from './test-kit';

const { backend } = useBackend();
const A = ACME_IMAGES;
const G = GLOBEX_IMAGES;
const LIST = `/ims/${REGION}/v2/cloudimages`;
const imagePath = (image: Pick<Image, 'id'>) => `${LIST}/${image.id}`;

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
    expect(withOwn.total).toBe((shared.total ?? 0) + 3);
  });

  it('separates private images shared out from those kept private with visibility', async () => {
    const kept = await list('alice', '__imagetype=private&visibility=private');
    expect(kept.images.some((i) => i.name === A.golden)).toBe(false);
    expect(kept.total).toBe(ownedIn().length - 3);
  });

  it('serves no marketplace images, and public images only on __imagetype=gold (public-images.test.ts)', async () => {
    expect((await list('alice', '__imagetype=market')).total).toBe(0);
    expect((await list('alice', 'visibility=public')).total).toBe(0);
  });

  it.each([
    ['name (exact)', `name=${A.golden}`, (i: Image) => i.name === A.golden],
    ['name_like (substring, any case)', 'name_like=CENTOS7', (i: Image) => i.name.toLowerCase().includes('centos7')],
    ['id', `id=PLACEHOLDER`, (i: Image) => i.name === A.sles],
    ['status', 'status=killed', (i: Image) => i.status === 'killed'],
    ['__os_type', '__os_type=Windows', (i: Image) => i.osType === 'Windows'],
    ['__platform', '__platform=SUSE', (i: Image) => i.platform === 'SUSE'],
    ['__whole_image', '__whole_image=true', (i: Image) => i.type === 'whole'],
    ['architecture', 'architecture=arm', (i: Image) => i.architecture === 'arm'],
    ['__support_arm', '__support_arm=false', (i: Image) => i.architecture === 'x86'],
    ['hw_firmware_type (extension)', 'hw_firmware_type=uefi', (i: Image) => i.bootMode === 'uefi'],
    ['__os_bit', '__os_bit=32', (i: Image) => i.osBit === 32],
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
