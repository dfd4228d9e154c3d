import { afterEach, describe, expect, it } from 'vitest';
import { canLaunch, FLAVORS, type Image, type LaunchInput } from '../../domain';
import { flavorListSchema, fromWireFlavor, toServersBody, toVolumesBody } from '../../domain/wire/launch';
import { jobAcceptedSchema } from '../../domain/wire/job';
import { serverListSchema } from '../../domain/wire/ecs';
import { ecsPaths, evsPaths } from '../../domain/wire/paths';
import { ACME_IMAGES, GLOBEX_IMAGES, INITECH_IMAGES } from '../seed';
import { publicImagesIn } from '../seed/public-images';
import { dbState, expectFieldError, expectRefusal, imageNamed, lastAudit } from './image-test-kit';
import { api, projectOf, REGION, rulesOf, useBackend, viewerOf, type UserName } from './test-kit';

const { backend } = useBackend();
afterEach(() => backend().reset('demo'));

const A = ACME_IMAGES;
const serversPath = (user: UserName = 'alice', region = REGION) =>
  ecsPaths.createServers.to({ region, projectId: projectOf(user, region) });
const volumesPath = (user: UserName = 'alice') =>
  evsPaths.createVolumes.to({ region: REGION, projectId: projectOf(user) });

const s6 = FLAVORS.find((f) => f.name === 's6.large.2');
const ECS: LaunchInput = {
  target: 'ecs',
  regionId: REGION,
  architecture: 'x86',
  memoryGb: 4,
  flavorName: 's6.large.2',
  heterogeneous: false,
  count: 1,
  name: 'web',
  diskSizeGb: 40,
};
const withFlavor = (name: string): Partial<LaunchInput> => {
  const f = FLAVORS.find((x) => x.name === name);
  if (!f) throw new Error(`test: no flavor ${name}`);
  return { flavorName: f.name, architecture: f.architecture, memoryGb: f.memoryGb, heterogeneous: f.heterogeneous };
};

interface Row {
  name: string;
  image: string;
  /** Image owner's region, when not cn-north-4; an image shared with alice lives in globex's. */
  input?: Partial<LaunchInput>;
  user?: UserName;
  /** The refusing rule; undefined when allowed. */
  rule?: string;
}

const ROWS: Row[] = [
  { name: 'an ECS from a system disk image', image: A.golden },
  { name: 'an ECS from an accepted shared image', image: GLOBEX_IMAGES.accepted },
  { name: 'a read-only user', image: A.golden, user: 'oliver', rule: 'access.read-only' },
  { name: 'an abnormal image', image: A.killed, rule: 'launch.status' },
  { name: 'an ECS from a data disk image', image: A.data350, rule: 'launch.image-type' },
  { name: 'a lasting ECS from an ISO image', image: A.iso, rule: 'launch.image-type' },
  { name: 'a temporary ECS from an ISO image', image: A.iso, input: { target: 'temporary-ecs' } },
  { name: 'another region', image: A.golden, input: { regionId: 'cn-east-3' }, rule: 'launch.region' },
  { name: '501 ECSs', image: A.golden, input: { count: 501 }, rule: 'launch.count' },
  { name: 'an ECS name with a space', image: A.golden, input: { name: 'web 01' }, rule: 'launch.name' },
  { name: 'a 2 TB system disk', image: A.golden, input: { diskSizeGb: 2048 }, rule: 'launch.disk-size' },
  { name: 'a Kunpeng ECS from x86', image: A.golden, input: withFlavor('kc1.large.2'), rule: 'launch.architecture' },
  {
    name: 'a Kunpeng ECS from an Arm shared image',
    image: INITECH_IMAGES.acceptedArm,
    input: withFlavor('kc1.large.2'),
  },
  { name: '32-bit on 8 GB', image: A.bit32, input: withFlavor('s6.large.4'), rule: 'launch.os-bit-memory' },
  { name: '32-bit on 4 GB', image: A.bit32, input: withFlavor('s7.medium.4') },
  { name: 'UEFI on a GPU', image: A.uefi, input: withFlavor('p2s.2xlarge.8'), rule: 'launch.uefi-heterogeneous' },
  { name: 'UEFI on an NPU', image: A.uefi, input: withFlavor('ai1s.large.4'), rule: 'launch.uefi-heterogeneous' },
  { name: 'UEFI on a general flavor', image: A.uefi },
  { name: '150 ECSs (advisory only)', image: A.golden, input: { count: 150 } },
];

function imageOf(name: string): Image {
  const image = backend()
    .db()
    .images.find((i) => i.name === name);
  if (!image) throw new Error(`test: no image ${name}`);
  return image;
}

describe('POST cloudservers refuses exactly what canLaunch decides, and creates nothing then', () => {
  it.each(ROWS)('$name', async (row) => {
    const user = row.user ?? 'alice';
    const image = imageOf(row.image);
    const input = { ...ECS, diskSizeGb: Math.max(40, image.minDiskGb), ...row.input };
    const decision = canLaunch(image, viewerOf(backend(), user), rulesOf(backend(), user), input);
    const before = dbState(backend());
    const response = await api(user, 'POST', serversPath(user, input.regionId), toServersBody(image.id, input, 'SSD'));
    if (row.rule) {
      expectRefusal(response, decision, row.rule);
      expect(dbState(backend())).toBe(before);
      expect(lastAudit(backend())).toMatchObject({ operation: 'launch', result: 'refused', rule: row.rule });
      return;
    }
    expect(decision.allowed).toBe(true);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const { job_id } = jobAcceptedSchema.parse(response.body);
    const job = backend()
      .db()
      .jobs.find((j) => j.id === job_id);
    expect(job).toMatchObject({ kind: 'launch-ecs', sourceImageId: image.id, detail: { count: input.count } });
  });
});

describe('the servers an image makes', () => {
  it('are Creating, then Running with the image OS, and listed as sources for Create Image', async () => {
    backend().updateSettings({ jobSpeed: 'real' });
    const iso = imageNamed(backend(), A.iso);
    const input: LaunchInput = { ...ECS, target: 'temporary-ecs', name: 'install-euler', diskSizeGb: 40 };
    const response = await api('alice', 'POST', serversPath(), toServersBody(iso.id, input, 'SSD'));
    expect(response.status).toBe(200);
    const job = backend()
      .db()
      .jobs.find((j) => j.id === jobAcceptedSchema.parse(response.body).job_id);
    if (!job) throw new Error('test: no job');
    const list = async () =>
      serverListSchema
        .parse((await api('alice', 'GET', ecsPaths.servers.to({ region: REGION, projectId: projectOf('alice') }))).body)
        .servers.find((s) => s.name === 'install-euler');
    expect(await list()).toMatchObject({ status: 'BUILD', os_version: iso.osVersion, platform: iso.platform });
    // The job's time has passed: it started one duration ago.
    job.beginAt = backend().clock.now() - job.durationMs - 1;
    expect(await list()).toMatchObject({ status: 'ACTIVE', os_version: iso.osVersion, system_disk: { size: 40 } });
    expect(lastAudit(backend())).toMatchObject({ operation: 'launch', imageId: iso.id });
  });

  it('a batch is named web-0001, web-0002, ...', async () => {
    const golden = imageNamed(backend(), A.golden);
    const response = await api('alice', 'POST', serversPath(), toServersBody(golden.id, { ...ECS, count: 3 }, 'SSD'));
    expect(response.status).toBe(200);
    const names = backend()
      .db()
      .servers.filter((s) => s.name.startsWith('web-000'))
      .map((s) => s.name);
    expect(names).toEqual(['web-0001', 'web-0002', 'web-0003']);
  });

  it('an unknown flavor is a 400 on flavorName', async () => {
    const golden = imageNamed(backend(), A.golden);
    const response = await api(
      'alice',
      'POST',
      serversPath(),
      toServersBody(golden.id, { ...ECS, flavorName: 'x9' }, 'SSD'),
    );
    expectFieldError(response, 'flavorName');
  });

  it('a malformed body names the launch field', async () => {
    const golden = imageNamed(backend(), A.golden);
    const body = toServersBody(golden.id, ECS, 'SSD');
    const response = await api('alice', 'POST', serversPath(), { server: { ...body.server, name: 7 } });
    expectFieldError(response, 'name');
  });

  it('an image of another tenant, not shared, is not found', async () => {
    const response = await api(
      'gina',
      'POST',
      serversPath('gina'),
      toServersBody(imageNamed(backend(), A.bit32).id, ECS, 'SSD'),
    );
    expect(response.status).toBe(404);
  });
});

describe('POST cloudvolumes from a data disk image', () => {
  const EVS: LaunchInput = { target: 'evs', regionId: REGION, count: 1, name: 'genomics-01', diskSizeGb: 500 };

  it('creates the disks as a Create disk job', async () => {
    const data = imageNamed(backend(), A.data350);
    const response = await api('alice', 'POST', volumesPath(), toVolumesBody(data.id, { ...EVS, count: 2 }, 'SSD'));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const job = backend()
      .db()
      .jobs.find((j) => j.id === jobAcceptedSchema.parse(response.body).job_id);
    expect(job).toMatchObject({ kind: 'launch-evs', sourceImageId: data.id, detail: { count: 2 } });
  });

  it.each([
    { name: 'a disk below the image size', input: { diskSizeGb: 100 }, rule: 'launch.disk-size', image: A.data350 },
    { name: 'a disk from a system disk image', input: {}, rule: 'launch.image-type', image: A.golden },
    { name: 'a disk name with a slash', input: { name: 'a/b' }, rule: 'launch.name', image: A.data350 },
  ])('refuses $name as canLaunch does', async ({ input, rule, image: name }) => {
    const image = imageNamed(backend(), name);
    const full = { ...EVS, ...input };
    const decision = canLaunch(image, viewerOf(backend(), 'alice'), rulesOf(backend(), 'alice'), full);
    const before = dbState(backend());
    const response = await api('alice', 'POST', volumesPath(), toVolumesBody(image.id, full, 'SSD'));
    expectRefusal(response, decision, rule);
    expect(dbState(backend())).toBe(before);
  });
});

describe('GET flavors', () => {
  it('lists the catalogue with vCPUs, memory, architecture and accelerators', async () => {
    const response = await api('alice', 'GET', ecsPaths.flavors.to({ region: REGION, projectId: projectOf('alice') }));
    const flavors = flavorListSchema.parse(response.body).flavors.map(fromWireFlavor);
    expect(flavors).toEqual(FLAVORS);
    expect(s6).toMatchObject({ vcpus: 2, memoryGb: 4 });
  });
});

describe('POST cloudservers from a public image', () => {
  const ubuntu = () => {
    const image = publicImagesIn(REGION).find((i) => i.architecture === 'x86' && i.bootMode === 'bios');
    if (!image) throw new Error('test: no x86 BIOS public image');
    return image;
  };

  it.each<{ name: string; user: UserName; input?: Partial<LaunchInput>; rule?: string }>([
    { name: 'any tenant in its region', user: 'alice' },
    { name: 'another tenant in its region', user: 'gina' },
    { name: 'a read-only user', user: 'oliver', rule: 'access.read-only' },
    { name: 'another region', user: 'alice', input: { regionId: 'cn-east-3' }, rule: 'launch.region' },
  ])('$name', async ({ user, input: extra, rule }) => {
    const image = ubuntu();
    const input = { ...ECS, ...extra };
    const decision = canLaunch(image, viewerOf(backend(), user), rulesOf(backend(), user), input);
    const before = dbState(backend());
    const response = await api(user, 'POST', serversPath(user, input.regionId), toServersBody(image.id, input, 'SSD'));
    if (rule) {
      expectRefusal(response, decision, rule);
      expect(dbState(backend())).toBe(before);
      return;
    }
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const server = backend()
      .db()
      .servers.find((s) => s.name === 'web' && s.projectId === projectOf(user));
    expect(server).toMatchObject({ publicImageId: image.id, osVersion: image.osVersion });
    const job = backend()
      .db()
      .jobs.find((j) => j.id === jobAcceptedSchema.parse(response.body).job_id);
    expect(job).toMatchObject({ kind: 'launch-ecs', sourceImageId: image.id, detail: { sourcePublic: true } });
  });
});
