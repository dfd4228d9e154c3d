import { describe, expect, it } from 'vitest';
import type { PublicImage } from '../../domain';
import { imsImagePageSchema } from '../../domain/wire/image-list';
import { fromImsPublicImage, imsPublicImagePageSchema, imsPublicImageSchema } from '../../domain/wire/public-image';
import { publicImagesIn } from '../seed/public-images';
import { dbState } from './image-test-kit';
import { api, errorOf, projectOf, REGION, useBackend, type UserName } from './test-kit';

const { backend } = useBackend();
const LIST = `/ims/${REGION}/v2/cloudimages`;
const CATALOGUE = publicImagesIn(REGION);

async function gold(query: string, user: UserName = 'alice') {
  const response = await api(user, 'GET', `${LIST}?__imagetype=gold&${query}`);
  expect(response.status).toBe(200);
  return imsPublicImagePageSchema.parse(response.body);
}

const named = (name: string): PublicImage => {
  const image = CATALOGUE.find((i) => i.name === name);
  if (!image) throw new Error(`no public image ${name}`);
  return image;
};

describe('the public image catalogue', () => {
  it('holds dozens of images of every family of 002 §6, on both architectures', () => {
    expect(CATALOGUE.length).toBeGreaterThan(60);
    const platforms = new Set(CATALOGUE.map((i) => i.platform));
    for (const p of ['CentOS', 'Ubuntu', 'EulerOS', 'RedHat', 'SUSE', 'Debian', 'OpenSUSE', 'Fedora', 'CoreOS'])
      expect(platforms).toContain(p);
    for (const p of ['FreeBSD', 'openEuler', 'Windows', 'Kylin', 'KylinSec', 'NeoKylin'])
      expect(platforms).toContain(p);
    expect(CATALOGUE.filter((i) => i.platform === 'Kylin').every((i) => i.architecture === 'arm')).toBe(true);
    expect(CATALOGUE.filter((i) => i.architecture === 'arm').every((i) => i.bootMode === 'uefi')).toBe(true);
  });

  it('boots in UEFI exactly the x86 versions Table 6-6 lists', () => {
    expect(named('CentOS 7.6 64bit').bootMode).toBe('uefi');
    expect(named('CentOS 7.9 64bit').bootMode).toBe('bios');
    expect(named('Windows Server 2019 Datacenter 64bit English').bootMode).toBe('uefi');
    expect(named('FreeBSD 12.1 64bit').bootMode).toBe('bios');
  });

  it('is the same in every region, with IDs of its own region, and the same on every call', () => {
    const other = publicImagesIn('cn-east-3');
    expect(other.map((i) => i.name)).toEqual(CATALOGUE.map((i) => i.name));
    expect(other.map((i) => i.id).filter((id) => CATALOGUE.some((i) => i.id === id))).toEqual([]);
    expect(new Set(CATALOGUE.map((i) => i.id)).size).toBe(CATALOGUE.length);
    expect(publicImagesIn(REGION)).toBe(CATALOGUE);
  });
});

describe('GET /v2/cloudimages?__imagetype=gold', () => {
  it('lists the public images of the region for any tenant, each a valid IMS public image', async () => {
    const first = await gold('limit=1000');
    expect(first.total).toBe(CATALOGUE.length);
    for (const wire of first.images) {
      expect(wire).toMatchObject({ __imagetype: 'gold', visibility: 'public', protected: true, status: 'active' });
      expect(imsPublicImageSchema.safeParse(wire).success).toBe(true);
    }
    const gina = await gold('limit=1000', 'gina');
    expect(gina.images.map((i) => i.id)).toEqual(first.images.map((i) => i.id));
  });

  it('never counts against the quota nor shows in the private list', async () => {
    const privateList = await api('alice', 'GET', `${LIST}?__imagetype=private&limit=1000`);
    const privateIds = new Set(imsImagePageSchema.parse(privateList.body).images.map((i) => i.id));
    expect(CATALOGUE.some((i) => privateIds.has(i.id))).toBe(false);
    const all = await api('alice', 'GET', `${LIST}?limit=1000`);
    expect(imsImagePageSchema.parse(all.body).images.some((i) => i.visibility === 'public')).toBe(false);
    const quota = await api('alice', 'GET', `/ims/${REGION}/v1/cloudimages/quota`);
    const used = (quota.body as { quotas: { resources: { type: string; used: number }[] } }).quotas.resources.find(
      (r) => r.type === 'image',
    )?.used;
    expect(used).toBe(
      backend()
        .db()
        .images.filter((i) => i.ownerProjectId === projectOf('alice')).length,
    );
  });

  it.each([
    ['__platform=Windows', (i: PublicImage) => i.platform === 'Windows'],
    ['__platform=KylinSec', (i: PublicImage) => i.platform === 'KylinSec'],
    ['architecture=arm', (i: PublicImage) => i.architecture === 'arm'],
    ['__support_arm=false', (i: PublicImage) => i.architecture === 'x86'],
    ['hw_firmware_type=uefi', (i: PublicImage) => i.bootMode === 'uefi'],
    ['__os_type=Other', (i: PublicImage) => i.osType === 'Other'],
    ['__os_bit=32', (i: PublicImage) => i.osBit === 32],
    ['__platform=CentOS&architecture=arm', (i: PublicImage) => i.platform === 'CentOS' && i.architecture === 'arm'],
    ['name=CentOS 7.9 64bit', (i: PublicImage) => i.name === 'CentOS 7.9 64bit'],
    ['name_like=server 2016', (i: PublicImage) => i.name.toLowerCase().includes('server 2016')],
  ])('filters by %s', async (query, keep) => {
    const page = await gold(`${query}&limit=1000`);
    const expected = CATALOGUE.filter(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(page.total).toBe(expected.length);
    expect(new Set(page.images.map((i) => i.id))).toEqual(new Set(expected.map((i) => i.id)));
  });

  it.each(['visibility=private', 'tag=env', '__whole_image=true', '__encrypted=true', 'member_status=accepted'])(
    'finds nothing a public image cannot be (%s)',
    async (query) => {
      expect((await gold(query)).total).toBe(0);
    },
  );

  it('searches by part of the name, by ID and by OS type', async () => {
    const byName = await gold('search=with arm&limit=1000');
    expect(byName.total).toBe(CATALOGUE.filter((i) => i.architecture === 'arm').length);

    const target = named('openEuler 20.03 64bit');
    const byId = await gold(`search=${target.id}`);
    expect(byId.images.map((i) => i.id)).toEqual([target.id]);

    const byOsType = await gold('search=windows&limit=1000');
    expect(byOsType.total).toBe(CATALOGUE.filter((i) => i.osType === 'Windows').length);

    const none = await gold('search=no-such-os');
    expect(none).toMatchObject({ total: 0, images: [] });
  });

  it('sorts by name, by system disk and by creation time, in both directions', async () => {
    const byName = await gold('sort_key=name&sort_dir=asc&limit=1000');
    const names = byName.images.map((i) => i.name);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(names).toEqual([...names].sort(collator.compare));

    const byDisk = await gold('sort_key=min_disk&sort_dir=desc&limit=1000');
    const disks = byDisk.images.map((i) => i.min_disk);
    expect(disks).toEqual([...disks].sort((a, b) => b - a));
    expect(disks[0]).toBeGreaterThan(disks.at(-1) ?? 0);

    const byCreated = await gold('sort_key=created_at&sort_dir=asc&limit=1000');
    const dates = byCreated.images.map((i) => i.created_at);
    expect(dates).toEqual([...dates].sort());
  });

  it('pages by marker through every matching image once, with total and next_marker', async () => {
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await gold(`sort_key=name&sort_dir=asc&limit=20${marker ? `&marker=${marker}` : ''}`);
      expect(page.total).toBe(CATALOGUE.length);
      expect(page.images.length).toBeLessThanOrEqual(20);
      seen.push(...page.images.map((i) => i.id));
      marker = page.next_marker;
      pages += 1;
    } while (marker);
    expect(pages).toBe(Math.ceil(CATALOGUE.length / 20));
    expect(new Set(seen).size).toBe(CATALOGUE.length);
  });

  it('refuses a marker that is no public image of the region, and a search too long', async () => {
    const response = await api('alice', 'GET', `${LIST}?__imagetype=gold&marker=nope`);
    expect(response.status).toBe(400);
    expect(errorOf(response).field_errors).toEqual([{ field: 'query.marker', message: 'No such image.' }]);
    const other = publicImagesIn('cn-east-3')[0];
    expect((await api('alice', 'GET', `${LIST}?__imagetype=gold&marker=${other?.id}`)).status).toBe(400);
    const long = await api('alice', 'GET', `${LIST}?__imagetype=gold&search=${'x'.repeat(129)}`);
    expect(long.status).toBe(400);
    expect(errorOf(long).field_errors?.[0]?.field).toBe('query.search');
  });
});

describe('GET /v2/cloudimages/{id} of a public image', () => {
  it('answers the public image, which maps back to the catalogue record', async () => {
    const image = named('Ubuntu 18.04 Server 64bit with ARM');
    const response = await api('ivan', 'GET', `${LIST}/${image.id}`);
    expect(response.status).toBe(200);
    expect(fromImsPublicImage(imsPublicImageSchema.parse(response.body), REGION)).toEqual(image);
  });

  it('is 404 in another region', async () => {
    const image = named('CentOS 7.9 64bit');
    expect((await api('alice', 'GET', `/ims/cn-east-3/v2/cloudimages/${image.id}`)).status).toBe(404);
  });
});

describe('writes to a public image', () => {
  const image = named('CentOS 7.9 64bit');
  const writes: [string, string, string, unknown, string][] = [
    ['modify', 'PATCH', `${LIST}/${image.id}`, [{ op: 'replace', path: '/name', value: 'mine' }], 'IMG.0105'],
    ['delete', 'DELETE', `/ims/${REGION}/v2/images/${image.id}`, undefined, 'IMG.0094'],
    [
      'share',
      'POST',
      `/ims/${REGION}/v1/cloudimages/members`,
      { images: [image.id], projects: [projectOf('gina')] },
      'IMG.0089',
    ],
    [
      'export',
      'POST',
      `/ims/${REGION}/v1/cloudimages/${image.id}/file`,
      { bucket_url: 'acme-images:centos.qcow2', file_format: 'qcow2' },
      'IMG.0077',
    ],
    ['replicate', 'POST', `/ims/${REGION}/v1/cloudimages/${image.id}/copy`, { name: 'my-centos' }, 'IMG.0105'],
    [
      'tag',
      'POST',
      `/ims/${REGION}/v2/${projectOf('alice')}/images/${image.id}/tags/action`,
      { action: 'create', tags: [{ key: 'env', value: 'prod' }] },
      'IMG.0105',
    ],
  ];

  it.each(writes)(
    'refuses to %s it with the IMS error body and changes nothing',
    async (_op, method, path, body, code) => {
      const before = dbState(backend());
      const response = await api('alice', method, path, body);
      expect(response.status).toBe(403);
      expect(errorOf(response).code).toBe(code);
      expect(errorOf(response).message).toMatch(/^CentOS 7\.9 64bit is a public image: it cannot be \w+\.$/);
      expect(dbState(backend())).toBe(before);
      const after = await api('alice', 'GET', `${LIST}/${image.id}`);
      expect(imsPublicImageSchema.parse(after.body).name).toBe('CentOS 7.9 64bit');
    },
  );
});
