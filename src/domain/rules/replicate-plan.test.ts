import { describe, expect, it } from 'vitest';
import { makeContext, makeImage, makeJob, makeJobs, makeViewer } from '../test-fixtures';
import { planReplications, replicateInputOf, replicationWait, type ReplicationRequest } from './replicate-plan';

const viewer = makeViewer();
const SH1 = { regionId: 'cn-east-3', projectName: 'cn-east-3' } as const;
const SG = { regionId: 'ap-southeast-3', projectName: 'ap-southeast-3' } as const;
const GZ = { regionId: 'cn-south-1', projectName: 'cn-south-1' } as const;
const ACROSS: ReplicationRequest = { mode: 'cross-region', agencyName: 'ims_admin_trust', targets: [SH1, SG, GZ] };
const WITHIN: ReplicationRequest = { mode: 'in-region', targets: [] };

const outcomes = (plan: ReturnType<typeof planReplications>) =>
  plan.map((p) => ({
    image: p.image.id,
    region: p.target?.regionId ?? p.image.regionId,
    rule: p.decision.allowed ? 'allowed' : p.decision.rule,
  }));

describe('planReplications', () => {
  it('fans one image out to every destination, one copy each', () => {
    const plan = planReplications([makeImage()], viewer, makeContext(), ACROSS);
    expect(outcomes(plan)).toEqual([
      { image: 'img-0001', region: 'cn-east-3', rule: 'allowed' },
      { image: 'img-0001', region: 'ap-southeast-3', rule: 'allowed' },
      { image: 'img-0001', region: 'cn-south-1', rule: 'allowed' },
    ]);
    expect(plan.map((p) => p.input.name)).toEqual(Array(3).fill('copy_cn-north-4_centos-7-web'));
  });

  it.each([
    {
      name: 'a destination at its quota is refused with the region and the count',
      ctx: { quota: { 'ap-southeast-3': { used: 50, limit: 50 } } },
      image: {},
      request: ACROSS,
      expected: ['allowed', 'replicate.quota', 'allowed'],
      reason: 'AP-Singapore already has 50 of 50 private images.',
    },
    {
      name: 'copies the plan already makes fill the quota',
      ctx: { quota: { 'cn-north-4': { used: 49, limit: 50 } } },
      image: {},
      request: WITHIN,
      images: 2,
      expected: ['allowed', 'replicate.quota'],
      reason: 'CN North-Beijing4 already has 50 of 50 private images.',
    },
    {
      name: 'an encrypted image is refused at every destination',
      ctx: {},
      image: { kmsKeyId: 'key-default-bj4' },
      request: { ...ACROSS, targets: [SH1] },
      expected: ['replicate.cross-region.encrypted'],
      reason: undefined,
    },
  ])('$name', ({ ctx, image, request, images = 1, expected, reason }) => {
    const sources = Array.from({ length: images }, (_, i) => makeImage({ ...image, id: `img-000${i + 1}` }));
    const plan = planReplications(sources, viewer, makeContext(ctx), request);
    expect(outcomes(plan).map((o) => o.rule)).toEqual(expected);
    const refused = plan.find((p) => !p.decision.allowed)?.decision;
    if (reason && refused && !refused.allowed) expect(refused.reason).toBe(reason);
  });

  it('names a batch copy by its source and a single copy as asked', () => {
    expect(replicateInputOf(makeImage(), { ...WITHIN, name: 'golden' }).name).toBe('golden');
    expect(replicateInputOf(makeImage({ name: 'web' }), WITHIN).name).toBe('copy_cn-north-4_web');
  });
});

describe('replicationWait', () => {
  const image = makeImage();
  const input = replicateInputOf(image, ACROSS, SH1);

  it.each([
    { name: 'nothing running', jobs: [], rule: undefined },
    { name: '4 replications running', jobs: makeJobs(4), rule: undefined },
    { name: '5 replications running', jobs: makeJobs(5), rule: 'replicate.concurrent' },
    {
      name: 'this image crossing regions already',
      jobs: [makeJob({ kind: 'replicate-cross-region', sourceImageId: image.id, targetRegionId: 'cn-south-1' })],
      rule: 'replicate.cross-region.sequential',
    },
  ])('$name → $rule', ({ jobs, rule }) => {
    expect(replicationWait(image, viewer, makeContext({ jobs }), input)?.rule).toBe(rule);
  });

  it('never waits on a rule that does not clear by itself', () => {
    const encrypted = makeImage({ kmsKeyId: 'key-default-bj4' });
    expect(replicationWait(encrypted, viewer, makeContext(), replicateInputOf(encrypted, ACROSS, SH1))).toBeUndefined();
  });
});
