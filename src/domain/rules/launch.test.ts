import { describe, expect, it } from 'vitest';
import type { Viewer } from '../model/account';
import type { Image } from '../model/image';
import type { PublicImage } from '../model/public-image';
import type { MemberStatus } from '../model/member';
import {
  bobsImage,
  makeContext,
  makeImage,
  makeMember,
  makeViewer,
  outcome,
  tenantViewer,
  type Outcome,
} from '../test-fixtures';
import { canLaunch, launchViolations, type LaunchInput } from './launch';

const ECS: LaunchInput = {
  target: 'ecs',
  regionId: 'cn-north-4',
  architecture: 'x86',
  memoryGb: 8,
  flavorName: 's6.large.4',
  heterogeneous: false,
  count: 1,
};

interface Row {
  name: string;
  image?: Partial<Image>;
  input?: Partial<LaunchInput>;
  /** Launch without input (the menu). */
  menu?: boolean;
}

function decide(row: Row) {
  const input = row.menu ? undefined : { ...ECS, ...row.input };
  return canLaunch(makeImage(row.image), makeViewer(), makeContext(), input);
}

describe('canLaunch allows', () => {
  it.each<Row & { guards: string }>([
    { guards: 'launch.image-type', name: 'an ECS from a system disk image', input: {} },
    { guards: 'launch.image-type', name: 'an ECS from a full-ECS image', image: { type: 'whole' }, input: {} },
    {
      guards: 'launch.image-type',
      name: 'an EVS disk from a data disk image',
      image: { type: 'data' },
      input: { target: 'evs' },
    },
    {
      guards: 'launch.image-type',
      name: 'a temporary ECS from an ISO image',
      image: { type: 'iso', diskFormat: 'iso' },
      input: { target: 'temporary-ecs' },
    },
    {
      guards: 'launch.image-type',
      name: 'the menu of an ISO image (temporary ECS)',
      image: { type: 'iso', diskFormat: 'iso' },
      menu: true,
    },
    { guards: 'launch.architecture', name: 'an x86 image on x86', input: { architecture: 'x86' } },
    {
      guards: 'launch.architecture',
      name: 'an Arm image on Kunpeng',
      image: { architecture: 'arm' },
      input: { architecture: 'arm' },
    },
    { guards: 'launch.os-bit-memory', name: 'a 32-bit image with 4 GB', image: { osBit: 32 }, input: { memoryGb: 4 } },
    { guards: 'launch.os-bit-memory', name: 'a 64-bit image with 64 GB', input: { memoryGb: 64 } },
    {
      guards: 'launch.uefi-heterogeneous',
      name: 'a BIOS image on a GPU flavor',
      input: { heterogeneous: true, flavorName: 'p2s.2xlarge.8' },
    },
    {
      guards: 'launch.uefi-heterogeneous',
      name: 'a UEFI image on a general flavor',
      image: { bootMode: 'uefi' },
      input: {},
    },
    { guards: 'launch.region', name: 'the image region', input: { regionId: 'cn-north-4' } },
    { guards: 'launch.batch-size', name: '100 ECSs at once', input: { count: 100 } },
    {
      guards: 'launch.image-type',
      name: 'the menu of a data disk image (it makes EVS disks)',
      image: { type: 'data' },
      menu: true,
    },
    { guards: 'launch.status', name: 'a Normal image', input: {} },
    { guards: 'launch.count', name: 'one ECS', input: { count: 1 } },
    {
      guards: 'launch.count',
      name: '500 EVS disks from a data disk image',
      image: { type: 'data' },
      input: { target: 'evs', count: 500 },
    },
    { guards: 'launch.name', name: 'an ECS name of letters, digits, _ - .', input: { name: 'web_01.prod-a' } },
    { guards: 'launch.name', name: 'a 64-character ECS name', input: { name: 'n'.repeat(64) } },
    { guards: 'launch.disk-size', name: 'a system disk of the image minimum', input: { diskSizeGb: 40 } },
    { guards: 'launch.disk-size', name: 'a 1024 GB system disk', input: { diskSizeGb: 1024 } },
    {
      guards: 'launch.disk-size',
      name: 'an EVS disk as large as the data disk image',
      image: { type: 'data', sizeGb: 350, minDiskGb: 100 },
      input: { target: 'evs', diskSizeGb: 350, name: 'genomics-01' },
    },
  ])('$guards: $name', (row) => {
    expect(decide(row)).toEqual({ allowed: true });
  });
});

describe('canLaunch denies', () => {
  it.each<Row & { expected: Outcome }>([
    {
      name: 'an ECS from a data disk image',
      image: { type: 'data' },
      input: {},
      expected: {
        allowed: false,
        rule: 'launch.image-type',
        reason: 'A data disk image cannot create ECSs.',
        field: 'target',
      },
    },
    {
      name: 'the menu of an image being created',
      image: { status: 'saving' },
      menu: true,
      expected: {
        allowed: false,
        rule: 'launch.status',
        reason: 'This image is Creating; only a Normal image can create ECSs or EVS disks.',
      },
    },
    {
      name: 'an ECS from an abnormal image',
      image: { status: 'killed' },
      input: {},
      expected: {
        allowed: false,
        rule: 'launch.status',
        reason: 'This image is Abnormal; only a Normal image can create ECSs or EVS disks.',
      },
    },
    {
      name: 'no ECS at all',
      input: { count: 0 },
      expected: {
        allowed: false,
        rule: 'launch.count',
        reason: '0 is not a whole number from 1 to 500.',
        field: 'count',
      },
    },
    {
      name: '501 ECSs at once',
      input: { count: 501 },
      expected: {
        allowed: false,
        rule: 'launch.count',
        reason: '501 is not a whole number from 1 to 500.',
        field: 'count',
      },
    },
    {
      name: 'a count that is not a number',
      input: { count: Number.NaN },
      expected: {
        allowed: false,
        rule: 'launch.count',
        reason: 'That is not a whole number from 1 to 500.',
        field: 'count',
      },
    },
    {
      name: 'an empty ECS name',
      input: { name: '' },
      expected: { allowed: false, rule: 'launch.name', reason: 'The ECS name is empty.', field: 'name' },
    },
    {
      name: 'a 65-character ECS name',
      input: { name: 'n'.repeat(65) },
      expected: {
        allowed: false,
        rule: 'launch.name',
        reason: 'The ECS name has 65 characters; at most 64 are allowed.',
        field: 'name',
      },
    },
    {
      name: 'an ECS name with a space',
      input: { name: 'web server' },
      expected: {
        allowed: false,
        rule: 'launch.name',
        reason: 'The ECS name contains " "; only letters, digits, _, - and . are allowed.',
        field: 'name',
      },
    },
    {
      name: 'a disk name with a slash',
      image: { type: 'data', sizeGb: 100, minDiskGb: 100 },
      input: { target: 'evs', name: 'data/01', diskSizeGb: 100 },
      expected: {
        allowed: false,
        rule: 'launch.name',
        reason: 'The disk name contains "/"; only letters, digits, _, - and . are allowed.',
        field: 'name',
      },
    },
    {
      name: 'a system disk below the image minimum',
      image: { minDiskGb: 40 },
      input: { diskSizeGb: 20 },
      expected: {
        allowed: false,
        rule: 'launch.disk-size',
        reason: 'A 20 GB system disk is smaller than the 40 GB this image needs.',
        field: 'diskSizeGb',
      },
    },
    {
      name: 'a system disk above 1 TB',
      input: { diskSizeGb: 1025 },
      expected: {
        allowed: false,
        rule: 'launch.disk-size',
        reason: 'A 1025 GB system disk is larger than the 1024 GB maximum.',
        field: 'diskSizeGb',
      },
    },
    {
      name: 'a system disk size that is not a whole number',
      input: { diskSizeGb: 40.5 },
      expected: {
        allowed: false,
        rule: 'launch.disk-size',
        reason: 'The system disk size must be a whole number of GB from 40 to 1024.',
        field: 'diskSizeGb',
      },
    },
    {
      name: 'an EVS disk smaller than the data disk image',
      image: { type: 'data', sizeGb: 350, minDiskGb: 100 },
      input: { target: 'evs', diskSizeGb: 200 },
      expected: {
        allowed: false,
        rule: 'launch.disk-size',
        reason: 'A 200 GB EVS disk is smaller than the 350 GB this image needs.',
        field: 'diskSizeGb',
      },
    },
    {
      name: 'an EVS disk from a full-ECS image',
      image: { type: 'whole' },
      input: { target: 'evs' },
      expected: {
        allowed: false,
        rule: 'launch.image-type',
        reason: 'A full-ECS image cannot create EVS disks.',
        field: 'target',
      },
    },
    {
      name: 'a lasting ECS from an ISO image',
      image: { type: 'iso', diskFormat: 'iso' },
      input: { target: 'ecs' },
      expected: {
        allowed: false,
        rule: 'launch.image-type',
        reason: 'An ISO image cannot create ECSs.',
        field: 'target',
      },
    },
    {
      name: 'a temporary ECS from a system disk image',
      input: { target: 'temporary-ecs' },
      expected: {
        allowed: false,
        rule: 'launch.image-type',
        reason: 'A system disk image cannot create temporary ECSs.',
        field: 'target',
      },
    },
    {
      name: 'a Kunpeng ECS from an x86 image',
      input: { architecture: 'arm' },
      expected: {
        allowed: false,
        rule: 'launch.architecture',
        reason: 'This image is x86; it cannot create a Kunpeng (Arm) ECS.',
        field: 'flavorName',
      },
    },
    {
      name: 'a 32-bit image with 8 GB',
      image: { osBit: 32 },
      input: { memoryGb: 8 },
      expected: {
        allowed: false,
        rule: 'launch.os-bit-memory',
        reason: 'This image has a 32-bit OS; a flavor with 8 GB of memory exceeds the 4 GB it can address.',
        field: 'flavorName',
      },
    },
    {
      name: 'a UEFI image on a GPU flavor',
      image: { bootMode: 'uefi' },
      input: { heterogeneous: true, flavorName: 'p2s.2xlarge.8' },
      expected: {
        allowed: false,
        rule: 'launch.uefi-heterogeneous',
        reason:
          'This image boots in UEFI mode; p2s.2xlarge.8 flavors with GPUs, NPUs or encoding cards do not support UEFI private images.',
        field: 'flavorName',
      },
    },
    {
      name: 'another region',
      input: { regionId: 'cn-east-3' },
      expected: {
        allowed: false,
        rule: 'launch.region',
        reason: 'This image is in CN North-Beijing4; it cannot create ECSs in CN East-Shanghai1.',
        field: 'regionId',
      },
    },
  ])('$expected.rule: $name', (row) => {
    expect(outcome(decide(row))).toEqual(row.expected);
  });
});

describe('launch.batch-size is advisory', () => {
  it('warns, but allows, 101 ECSs at once', () => {
    const decision = decide({ name: 'batch', input: { count: 101 } });
    expect(decision.allowed).toBe(true);
    if (!decision.allowed) return;
    expect(decision.warnings).toHaveLength(1);
    expect(decision.warnings?.[0]).toMatchObject({
      rule: 'launch.batch-size',
      reason: 'Creating 101 ECSs at once from one image is above the recommended 100.',
    });
  });

  it('a refusal still wins over the warning', () => {
    const decision = decide({ name: 'both', input: { count: 500, regionId: 'cn-east-3' } });
    expect(outcome(decision)).toMatchObject({ allowed: false, rule: 'launch.region' });
  });

  it('a data disk batch of 500 EVS disks has no ECS advisory', () => {
    const decision = decide({ name: 'evs', image: { type: 'data' }, input: { target: 'evs', count: 500 } });
    expect(decision).toEqual({ allowed: true });
  });

  it('violations leave the warning out', () => {
    const image = makeImage({ osBit: 32 });
    const rules = launchViolations(image, makeViewer(), makeContext(), { ...ECS, count: 500 }).map((d) => d.rule);
    expect(rules).toEqual(['launch.os-bit-memory']);
  });
});

describe('launching from an image shared with me', () => {
  it.each<{ status: MemberStatus | null; expected: Outcome }>([
    { status: 'accepted', expected: { allowed: true } },
    {
      status: 'pending',
      expected: {
        allowed: false,
        rule: 'access.owner',
        reason: 'This image belongs to another project; only its owner can change it.',
      },
    },
    {
      status: 'rejected',
      expected: {
        allowed: false,
        rule: 'access.owner',
        reason: 'This image belongs to another project; only its owner can change it.',
      },
    },
    {
      status: null,
      expected: {
        allowed: false,
        rule: 'access.owner',
        reason: 'This image belongs to another project; only its owner can change it.',
      },
    },
  ])('share $status', ({ status, expected }) => {
    const ctx = makeContext({ members: status ? [makeMember({ status })] : [] });
    expect(outcome(canLaunch(bobsImage(), makeViewer(), ctx, ECS))).toEqual(expected);
  });

  it('launch.region: a shared image creates ECSs only in its region', () => {
    const ctx = makeContext({ members: [makeMember({ status: 'accepted' })] });
    expect(outcome(canLaunch(bobsImage(), makeViewer(), ctx, { ...ECS, regionId: 'ap-southeast-3' }))).toEqual({
      allowed: false,
      rule: 'launch.region',
      reason: 'This image is in CN North-Beijing4; it cannot create ECSs in AP-Singapore.',
      field: 'regionId',
    });
  });
});

describe('launching from a public image', () => {
  const publicImage = (overrides: Partial<PublicImage> = {}): PublicImage => ({
    id: 'pub-ubuntu-2204',
    name: 'Ubuntu 22.04 server 64bit',
    visibility: 'public',
    type: 'system',
    status: 'active',
    regionId: 'cn-north-4',
    osType: 'Linux',
    platform: 'Ubuntu',
    osVersion: 'Ubuntu 22.04 server 64bit',
    osBit: 64,
    architecture: 'x86',
    bootMode: 'bios',
    minDiskGb: 40,
    minRamMb: 0,
    sizeGb: 3,
    features: { userDataInjection: true, diskHotSwap: true, nicMultiQueue: true },
    createdAt: '2025-01-01T00:00:00Z',
    ...overrides,
  });

  it.each<{
    name: string;
    image?: Partial<PublicImage>;
    viewer?: Partial<Viewer>;
    input?: Partial<LaunchInput>;
    expected: Outcome;
  }>([
    { name: 'any tenant, in its region', expected: { allowed: true } },
    {
      name: 'another tenant, in its region',
      viewer: tenantViewer('bob'),
      expected: { allowed: true },
    },
    {
      name: 'a read-only user',
      viewer: { role: 'read-only' },
      expected: {
        allowed: false,
        rule: 'access.read-only',
        reason: 'Your role is IMS ReadOnlyAccess; it can view images but not change them.',
      },
    },
    {
      name: 'another region',
      input: { regionId: 'cn-east-3' },
      expected: {
        allowed: false,
        rule: 'launch.region',
        reason: 'This image is in CN North-Beijing4; it cannot create ECSs in CN East-Shanghai1.',
        field: 'regionId',
      },
    },
    {
      name: 'a Kunpeng ECS from an x86 public image',
      input: { architecture: 'arm', flavorName: 'kc1.large.2' },
      expected: {
        allowed: false,
        rule: 'launch.architecture',
        reason: 'This image is x86; it cannot create a Kunpeng (Arm) ECS.',
        field: 'flavorName',
      },
    },
    {
      name: 'a Kunpeng ECS from an Arm public image',
      image: { architecture: 'arm' },
      input: { architecture: 'arm', flavorName: 'kc1.large.2' },
      expected: { allowed: true },
    },
  ])('$name', (row) => {
    const viewer = row.viewer && 'accountId' in row.viewer ? (row.viewer as Viewer) : makeViewer(row.viewer);
    const decision = canLaunch(publicImage(row.image), viewer, makeContext(), { ...ECS, ...row.input });
    expect(outcome(decision)).toEqual(row.expected);
  });
});
