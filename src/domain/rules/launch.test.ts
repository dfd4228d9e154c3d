import { describe, expect, it } from 'vitest';
import type { Image } from '../model/image';
import type { MemberStatus } from '../model/member';
import { bobsImage, makeContext, makeImage, makeMember, makeViewer, outcome, type Outcome } from '../test-fixtures';
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
  ])('$guards: $name', (row) => {
    expect(decide(row)).toEqual({ allowed: true });
  });
});

describe('canLaunch denies', () => {
  it.each<Row & { expected: Outcome }>([
    {
      name: 'an ECS from a data disk image (menu)',
      image: { type: 'data' },
      menu: true,
      expected: {
        allowed: false,
        rule: 'launch.image-type',
        reason: 'A data disk image cannot create ECSs.',
        field: 'target',
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
