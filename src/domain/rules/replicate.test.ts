import { describe, expect, it } from 'vitest';
import type { Image } from '../model/image';
import { makeContext, makeImage, makeJob, makeJobs, makeViewer, outcome, type Outcome } from '../test-fixtures';
import type { RuleContext } from './context';
import {
  canReplicate,
  canReplicateMode,
  defaultCopyName,
  proposeCopyName,
  replicateViolations,
  type ReplicateInput,
  type ReplicationMode,
} from './replicate';

interface Row {
  name: string;
  image?: Partial<Image>;
  ctx?: Partial<RuleContext>;
  input?: ReplicateInput;
}

const IN_REGION: ReplicateInput = { mode: 'in-region' };
const CROSS: ReplicateInput = { mode: 'cross-region', targetRegionId: 'cn-east-3', targetProjectName: 'cn-east-3' };
const fullQuota = (used = 50) => ({ used, limit: 50 });

function decide(row: Row) {
  return canReplicate(makeImage(row.image), makeViewer(), makeContext(row.ctx), row.input);
}

describe('canReplicate allows', () => {
  it.each<Row & { guards: string }>([
    { guards: 'replicate.status', name: 'an active image (menu)' },
    { guards: 'replicate.status', name: 'an active image in region', input: IN_REGION },
    { guards: 'replicate.concurrent', name: '4 replications running', ctx: { jobs: makeJobs(4) }, input: IN_REGION },
    {
      guards: 'replicate.concurrent',
      name: 'finished replications do not count',
      ctx: { jobs: makeJobs(5, { status: 'SUCCESS' }) },
      input: IN_REGION,
    },
    {
      guards: 'replicate.quota',
      name: '49 of 50 images in the region',
      ctx: { quota: { 'cn-north-4': fullQuota(49) } },
      input: IN_REGION,
    },
    {
      guards: 'replicate.quota',
      name: 'a full source region does not block a cross-region copy',
      ctx: { quota: { 'cn-north-4': fullQuota() } },
      input: CROSS,
    },
    {
      guards: 'replicate.in-region.whole-image',
      name: 'a full-ECS image across regions',
      image: { type: 'whole' },
      input: { ...CROSS, vaultId: 'vault-sh1' },
    },
    {
      guards: 'replicate.iso',
      name: 'a system disk image (not ISO) in region',
      image: { type: 'system' },
      input: IN_REGION,
    },
    { guards: 'replicate.in-region.size', name: 'exactly 128 GB in region', image: { sizeGb: 128 }, input: IN_REGION },
    {
      guards: 'replicate.cross-region.size',
      name: '300 GB from CN North-Beijing4',
      image: { sizeGb: 300 },
      input: CROSS,
    },
    {
      guards: 'replicate.cross-region.size',
      name: '128 GB from CN-Hong Kong',
      image: { sizeGb: 128, regionId: 'ap-southeast-1' },
      input: { ...CROSS, targetRegionId: 'ap-southeast-3', targetProjectName: 'ap-southeast-3' },
    },
    {
      guards: 'replicate.cross-region.encrypted',
      name: 'an encrypted image in region (the way to change its key)',
      image: { kmsKeyId: 'key-app-bj4' },
      input: { ...IN_REGION, kmsKeyId: 'key-default-bj4' },
    },
    {
      guards: 'replicate.cross-region.sequential',
      name: 'a cross-region replication of another image is running',
      ctx: { jobs: [makeJob({ kind: 'replicate-cross-region', sourceImageId: 'img-other' })] },
      input: CROSS,
    },
    {
      guards: 'replicate.cross-region.sequential',
      name: "this image's previous cross-region replication has finished",
      ctx: { jobs: [makeJob({ kind: 'replicate-cross-region', sourceImageId: 'img-0001', status: 'FAIL' })] },
      input: CROSS,
    },
    { guards: 'replicate.cross-region.target', name: 'another region and a project of mine in it', input: CROSS },
    { guards: 'replicate.key', name: 'an enabled key of the region', input: { ...IN_REGION, kmsKeyId: 'key-app-bj4' } },
    {
      guards: 'replicate.key',
      name: 'an unencrypted copy (null key)',
      image: { kmsKeyId: 'key-app-bj4' },
      input: { ...IN_REGION, kmsKeyId: null },
    },
    {
      guards: 'replicate.name',
      name: 'the default copy name',
      input: { ...IN_REGION, name: 'copy_cn-north-4_centos-7-web' },
    },
    {
      guards: 'replicate.name',
      name: 'a 128-character Chinese/ASCII name',
      input: { ...IN_REGION, name: `镜像 ${'a'.repeat(125)}` },
    },
  ])('$guards: $name', (row) => {
    expect(decide(row)).toEqual({ allowed: true });
  });
});

describe('canReplicate denies', () => {
  it.each<Row & { expected: Outcome }>([
    {
      name: 'an image being created',
      image: { status: 'saving' },
      expected: {
        allowed: false,
        rule: 'replicate.status',
        reason: 'This image is Creating; only Normal images can be replicated.',
      },
    },
    {
      name: 'an abnormal image',
      image: { status: 'killed' },
      input: IN_REGION,
      expected: {
        allowed: false,
        rule: 'replicate.status',
        reason: 'This image is Abnormal; only Normal images can be replicated.',
      },
    },
    {
      name: '5 replications running',
      ctx: { jobs: [...makeJobs(3), ...makeJobs(2, { kind: 'replicate-cross-region', status: 'INIT' })] },
      expected: {
        allowed: false,
        rule: 'replicate.concurrent',
        reason: '5 replication tasks are running; at most 5 may run at once per tenant.',
      },
    },
    {
      name: 'the region is at its quota (in region)',
      ctx: { quota: { 'cn-north-4': fullQuota() } },
      input: IN_REGION,
      expected: {
        allowed: false,
        rule: 'replicate.quota',
        reason: 'CN North-Beijing4 already has 50 of 50 private images.',
      },
    },
    {
      name: 'the target region is at its quota',
      ctx: { quota: { 'cn-east-3': fullQuota() } },
      input: CROSS,
      expected: {
        allowed: false,
        rule: 'replicate.quota',
        reason: 'CN East-Shanghai1 already has 50 of 50 private images.',
        field: 'targetRegionId',
      },
    },
    {
      name: 'a full-ECS image in region',
      image: { type: 'whole' },
      input: IN_REGION,
      expected: {
        allowed: false,
        rule: 'replicate.in-region.whole-image',
        reason: 'This is a full-ECS image; full-ECS images cannot be replicated within a region.',
        field: 'mode',
      },
    },
    {
      name: 'an ISO image (menu)',
      image: { type: 'iso', diskFormat: 'iso' },
      expected: {
        allowed: false,
        rule: 'replicate.iso',
        reason: 'This is an ISO image; ISO images cannot be replicated.',
      },
    },
    {
      name: 'an ISO image across regions',
      image: { type: 'iso', diskFormat: 'iso' },
      input: CROSS,
      expected: {
        allowed: false,
        rule: 'replicate.iso',
        reason: 'This is an ISO image; ISO images cannot be replicated.',
      },
    },
    {
      name: '200 GB in region',
      image: { sizeGb: 200 },
      input: IN_REGION,
      expected: {
        allowed: false,
        rule: 'replicate.in-region.size',
        reason: 'This image is 200 GB; in-region replication allows at most 128 GB.',
        field: 'mode',
      },
    },
    {
      name: '301 GB from CN North-Beijing4',
      image: { sizeGb: 301 },
      input: CROSS,
      expected: {
        allowed: false,
        rule: 'replicate.cross-region.size',
        reason: 'This image is 301 GB; replication across regions from CN North-Beijing4 allows at most 300 GB.',
        field: 'mode',
      },
    },
    {
      name: '129 GB from EU-Dublin',
      image: { sizeGb: 129, regionId: 'eu-west-101' },
      input: CROSS,
      expected: {
        allowed: false,
        rule: 'replicate.cross-region.size',
        reason: 'This image is 129 GB; replication across regions from EU-Dublin allows at most 128 GB.',
        field: 'mode',
      },
    },
    {
      name: 'an encrypted image across regions',
      image: { kmsKeyId: 'key-app-bj4' },
      input: CROSS,
      expected: {
        allowed: false,
        rule: 'replicate.cross-region.encrypted',
        reason: 'This image is encrypted with KMS key app-data; encrypted images cannot be replicated across regions.',
        field: 'mode',
      },
    },
    {
      name: "this image's cross-region replication is still running",
      ctx: { jobs: [makeJob({ kind: 'replicate-cross-region', sourceImageId: 'img-0001' })] },
      input: { ...CROSS, targetRegionId: 'cn-south-1', targetProjectName: 'cn-south-1' },
      expected: {
        allowed: false,
        rule: 'replicate.cross-region.sequential',
        reason: 'A cross-region replication of this image is still running.',
        field: 'mode',
      },
    },
    {
      name: 'no destination region',
      input: { mode: 'cross-region' },
      expected: {
        allowed: false,
        rule: 'replicate.cross-region.target',
        reason: 'Choose a destination region.',
        field: 'targetRegionId',
      },
    },
    {
      name: 'the source region as destination',
      input: { ...CROSS, targetRegionId: 'cn-north-4', targetProjectName: 'cn-north-4' },
      expected: {
        allowed: false,
        rule: 'replicate.cross-region.target',
        reason: 'The destination region must differ from the source region CN North-Beijing4.',
        field: 'targetRegionId',
      },
    },
    {
      name: 'no destination project',
      input: { mode: 'cross-region', targetRegionId: 'cn-east-3' },
      expected: {
        allowed: false,
        rule: 'replicate.cross-region.target',
        reason: 'Choose a destination project of yours in CN East-Shanghai1.',
        field: 'targetProjectName',
      },
    },
    {
      name: 'a project that is not in the destination region',
      input: { ...CROSS, targetProjectName: 'cn-south-1' },
      expected: {
        allowed: false,
        rule: 'replicate.cross-region.target',
        reason: 'Choose a destination project of yours in CN East-Shanghai1; cn-south-1 is not one.',
        field: 'targetProjectName',
      },
    },
    {
      name: 'a full-ECS image without a vault in the destination',
      image: { type: 'whole' },
      input: { ...CROSS, vaultId: 'vault-bj4' },
      expected: {
        allowed: false,
        rule: 'replicate.cross-region.target',
        reason: 'A full-ECS image needs a CBR vault in CN East-Shanghai1.',
        field: 'vaultId',
      },
    },
    {
      name: 'a key that does not exist',
      input: { ...IN_REGION, kmsKeyId: 'key-gone' },
      expected: {
        allowed: false,
        rule: 'replicate.key',
        reason: 'KMS key key-gone does not exist.',
        field: 'kmsKeyId',
      },
    },
    {
      name: 'a key of another region',
      input: { ...IN_REGION, kmsKeyId: 'key-app-sg' },
      expected: {
        allowed: false,
        rule: 'replicate.key',
        reason: "KMS key app-data-sg is in AP-Singapore, not in the image's region.",
        field: 'kmsKeyId',
      },
    },
    {
      name: 'a disabled key',
      input: { ...IN_REGION, kmsKeyId: 'key-old-bj4' },
      expected: {
        allowed: false,
        rule: 'replicate.key',
        reason: 'KMS key old-data is disabled; only enabled keys can encrypt.',
        field: 'kmsKeyId',
      },
    },
    {
      name: 'an empty name',
      input: { ...IN_REGION, name: '' },
      expected: { allowed: false, rule: 'replicate.name', reason: 'The name is empty.', field: 'name' },
    },
    {
      name: 'a name with a slash',
      input: { ...CROSS, name: 'web/01' },
      expected: {
        allowed: false,
        rule: 'replicate.name',
        reason: 'The name contains "/", which is not allowed.',
        field: 'name',
      },
    },
    {
      name: 'a name with a trailing space',
      input: { ...IN_REGION, name: 'web ' },
      expected: {
        allowed: false,
        rule: 'replicate.name',
        reason: 'The name starts or ends with a space.',
        field: 'name',
      },
    },
    {
      name: 'a 129-character name',
      input: { ...IN_REGION, name: 'a'.repeat(129) },
      expected: {
        allowed: false,
        rule: 'replicate.name',
        reason: 'The name is 129 characters long; at most 128 are allowed.',
        field: 'name',
      },
    },
  ])('$expected.rule: $name', (row) => {
    expect(outcome(decide(row))).toEqual(row.expected);
  });
});

describe('replicate.cross-region.target tells a choice still to make from a forbidden one', () => {
  const CROSS_BJ = CROSS;
  it.each<{ name: string; image?: Partial<Image>; input: ReplicateInput; reason: string; kind?: 'requirement' }>([
    {
      name: 'no region chosen yet',
      input: { mode: 'cross-region' },
      reason: 'Choose a destination region.',
      kind: 'requirement',
    },
    {
      name: 'no project chosen yet',
      input: { mode: 'cross-region', targetRegionId: 'cn-east-3', targetProjectName: '' },
      reason: 'Choose a destination project of yours in CN East-Shanghai1.',
      kind: 'requirement',
    },
    {
      name: 'no vault chosen yet for a full-ECS image',
      image: { type: 'whole' },
      input: CROSS_BJ,
      reason: 'A full-ECS image needs a CBR vault in CN East-Shanghai1.',
      kind: 'requirement',
    },
    {
      name: 'a project that is not one of yours there',
      input: { ...CROSS_BJ, targetProjectName: 'cn-south-1' },
      reason: 'Choose a destination project of yours in CN East-Shanghai1; cn-south-1 is not one.',
    },
    {
      name: 'a vault of another region',
      image: { type: 'whole' },
      input: { ...CROSS_BJ, vaultId: 'vault-bj4' },
      reason: 'A full-ECS image needs a CBR vault in CN East-Shanghai1.',
    },
    {
      name: 'the source region as destination',
      input: { ...CROSS_BJ, targetRegionId: 'cn-north-4', targetProjectName: 'cn-north-4' },
      reason: 'The destination region must differ from the source region CN North-Beijing4.',
    },
  ])('$name', ({ image, input, reason, kind }) => {
    const decision = canReplicate(makeImage(image), makeViewer(), makeContext(), input);
    expect(decision).toMatchObject({ allowed: false, rule: 'replicate.cross-region.target', reason });
    expect(decision.allowed ? undefined : decision.kind).toBe(kind);
  });

  it('allows once everything is chosen', () => {
    const input: ReplicateInput = { ...CROSS_BJ, agencyName: 'ims_admin_agency' };
    expect(canReplicate(makeImage(), makeViewer(), makeContext(), input)).toEqual({ allowed: true });
  });
});

describe('canReplicate without input asks whether any mode is open', () => {
  it.each<Row & { allowed: boolean; rule?: string }>([
    { name: 'full-ECS image: cross-region stays open', image: { type: 'whole' }, allowed: true },
    { name: '200 GB in CN North-Beijing4: cross-region stays open', image: { sizeGb: 200 }, allowed: true },
    { name: 'encrypted 40 GB: in-region stays open', image: { kmsKeyId: 'key-app-bj4' }, allowed: true },
    {
      name: 'full-ECS 200 GB in CN-Hong Kong: both closed, the cross-region reason (in-region points there)',
      image: { type: 'whole', sizeGb: 200, regionId: 'ap-southeast-1' },
      allowed: false,
      rule: 'replicate.cross-region.size',
    },
    {
      name: '200 GB in AP-Singapore: both closed, the cross-region size reason',
      image: { sizeGb: 200, regionId: 'ap-southeast-3' },
      allowed: false,
      rule: 'replicate.cross-region.size',
    },
    {
      name: 'encrypted 200 GB: both closed, the cross-region reason',
      image: { kmsKeyId: 'key-app-bj4', sizeGb: 200 },
      allowed: false,
      rule: 'replicate.cross-region.encrypted',
    },
    {
      name: 'encrypted in a full region: both closed, the in-region quota reason first',
      image: { kmsKeyId: 'key-app-bj4' },
      ctx: { quota: { 'cn-north-4': fullQuota() } },
      allowed: false,
      rule: 'replicate.quota',
    },
  ])('$name', (row) => {
    const decision = decide(row);
    expect(decision.allowed).toBe(row.allowed);
    if (!decision.allowed) expect(decision.rule).toBe(row.rule);
  });
});

describe('canReplicateMode', () => {
  it.each<{ name: string; image: Partial<Image>; mode: ReplicationMode; expected: Outcome }>([
    { name: 'system disk, in region', image: {}, mode: 'in-region', expected: { allowed: true } },
    { name: 'system disk, cross region', image: {}, mode: 'cross-region', expected: { allowed: true } },
    {
      name: 'full-ECS, in region',
      image: { type: 'whole' },
      mode: 'in-region',
      expected: {
        allowed: false,
        rule: 'replicate.in-region.whole-image',
        reason: 'This is a full-ECS image; full-ECS images cannot be replicated within a region.',
        field: 'mode',
      },
    },
    { name: 'full-ECS, cross region', image: { type: 'whole' }, mode: 'cross-region', expected: { allowed: true } },
    {
      name: 'encrypted, cross region',
      image: { kmsKeyId: 'key-default-bj4' },
      mode: 'cross-region',
      expected: {
        allowed: false,
        rule: 'replicate.cross-region.encrypted',
        reason:
          'This image is encrypted with KMS key ims/default; encrypted images cannot be replicated across regions.',
        field: 'mode',
      },
    },
    {
      name: 'encrypted, in region',
      image: { kmsKeyId: 'key-default-bj4' },
      mode: 'in-region',
      expected: { allowed: true },
    },
  ])('$name', ({ image, mode, expected }) => {
    expect(outcome(canReplicateMode(makeImage(image), makeViewer(), makeContext(), mode))).toEqual(expected);
  });
});

describe('replicateViolations', () => {
  it('lists every refusal of the chosen mode in order', () => {
    const image = makeImage({ type: 'whole', sizeGb: 200, status: 'killed' });
    const ctx = makeContext({ jobs: makeJobs(5), quota: { 'cn-north-4': fullQuota() } });
    const rules = replicateViolations(image, makeViewer(), ctx, { ...IN_REGION, name: '' }).map((d) => d.rule);
    expect(rules).toEqual([
      'replicate.status',
      'replicate.concurrent',
      'replicate.in-region.whole-image',
      'replicate.in-region.size',
      'replicate.quota',
      'replicate.name',
    ]);
  });
});

describe('proposeCopyName offers the default name, or the first free one in the destination', () => {
  const image = makeImage({ name: 'web' });
  it.each<[string, string[], string]>([
    ['no images there', [], 'copy_cn-north-4_web'],
    ['other names there', ['web', 'copy_cn-north-4_db'], 'copy_cn-north-4_web'],
    ['the default taken', ['copy_cn-north-4_web'], 'copy_cn-north-4_web-1'],
    ['the default and -1 taken', ['copy_cn-north-4_web', 'copy_cn-north-4_web-1'], 'copy_cn-north-4_web-2'],
  ])('%s', (_, taken, expected) => {
    expect(proposeCopyName(image, taken)).toBe(expected);
  });

  it('keeps a long name within 128 characters and valid for replicate.name', () => {
    const long = makeImage({ name: 'x'.repeat(128) });
    const name = proposeCopyName(long, [defaultCopyName(long)]);
    expect(name).toHaveLength(128);
    expect(name.endsWith('-1')).toBe(true);
    expect(canReplicate(long, makeViewer(), makeContext(), { mode: 'in-region', name })).toEqual({ allowed: true });
  });
});

describe('defaultCopyName', () => {
  it.each([
    { name: 'centos-7-web', regionId: 'cn-north-4', expected: 'copy_cn-north-4_centos-7-web' },
    { name: 'win 2019', regionId: 'ap-southeast-3', expected: 'copy_ap-southeast-3_win 2019' },
  ] as const)('$name in $regionId → $expected', ({ name, regionId, expected }) => {
    expect(defaultCopyName({ name, regionId })).toBe(expected);
  });

  it('cuts a long name to 128 characters, keeping the prefix', () => {
    const copy = defaultCopyName({ name: 'a'.repeat(128), regionId: 'cn-north-4' });
    expect(copy).toHaveLength(128);
    expect(copy.startsWith('copy_cn-north-4_aaa')).toBe(true);
  });

  it.each([
    { label: 'short name', name: 'centos-7-web' },
    { label: 'long name', name: 'b'.repeat(128) },
    // The cut lands right after this space: the default must not end with it.
    { label: 'cut at a space', name: `${'a'.repeat(111)} ${'b'.repeat(16)}` },
  ])('passes the image-name rule ($label)', ({ name }) => {
    const image = makeImage({ name });
    const input: ReplicateInput = { mode: 'in-region', name: defaultCopyName(image) };
    expect(canReplicate(image, makeViewer(), makeContext(), input)).toEqual({ allowed: true });
  });
});
