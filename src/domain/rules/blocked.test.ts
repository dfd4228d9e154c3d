import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits';
import type { Viewer } from '../model/account';
import type { Image } from '../model/image';
import type { Member } from '../model/member';
import { bobsImage, makeContext, makeImage, makeJob, makeJobs, makeMember, makeViewer } from '../test-fixtures';
import { blockedByRule, CHECKED_OPERATIONS, creationBlockers, operationsOn, RULE_REACH } from './blocked';
import { RULE_IDS, type RuleId } from './catalogue';
import type { RuleContext } from './context';

const KEY = 'key-app-bj4';
const FULL_QUOTA = { 'cn-north-4': { used: LIMITS.privateImagesPerRegion, limit: LIMITS.privateImagesPerRegion } };

interface Row {
  rule: RuleId;
  name: string;
  image: Image;
  viewer?: Viewer;
  members?: Member[];
  ctx?: Partial<RuleContext>;
  /** The operations the rule refuses on the image. */
  operations: string[];
}

const shared = (status: Member['status'] = 'accepted') => [makeMember({ status })];

/** One image per `image` rule that the rule blocks before any input, and what it blocks. */
const BLOCKING: Row[] = [
  { rule: 'share.status', name: 'an abnormal image', image: makeImage({ status: 'killed' }), operations: ['share'] },
  {
    rule: 'share.koogallery',
    name: 'an image published in KooGallery',
    image: makeImage({ publishedInKooGallery: true }),
    operations: ['share'],
  },
  { rule: 'share.encrypted', name: 'an encrypted image', image: makeImage({ kmsKeyId: KEY }), operations: ['share'] },
  {
    rule: 'share.whole-image-origin',
    name: 'a full-ECS image from a CSBS backup',
    image: makeImage({ type: 'whole', source: { kind: 'csbs-backup', backupId: 'bk-1', backupName: 'csbs-1' } }),
    operations: ['share'],
  },
  {
    rule: 'share.received',
    name: 'an image shared with me',
    image: bobsImage(),
    members: shared(),
    operations: ['share'],
  },
  {
    rule: 'share.iso',
    name: 'an ISO image',
    image: makeImage({ type: 'iso', diskFormat: 'iso' }),
    operations: ['share'],
  },
  {
    rule: 'received.replicate-accepted',
    name: 'a pending share',
    image: bobsImage(),
    members: shared('pending'),
    operations: ['replicate'],
  },
  {
    rule: 'received.replicate-encrypted',
    name: 'an encrypted accepted share',
    image: bobsImage({ kmsKeyId: 'key-bob' }),
    members: shared(),
    operations: ['replicate'],
  },
  {
    rule: 'replicate.status',
    name: 'an abnormal image',
    image: makeImage({ status: 'killed' }),
    operations: ['replicate'],
  },
  {
    rule: 'replicate.concurrent',
    name: 'any image while 5 replications run',
    image: makeImage(),
    ctx: { jobs: makeJobs(LIMITS.concurrentReplications) },
    operations: ['replicate'],
  },
  {
    rule: 'replicate.quota',
    name: 'an accepted share (in-region only) in a full region',
    image: bobsImage(),
    members: shared(),
    ctx: { quota: FULL_QUOTA },
    operations: ['replicate'],
  },
  {
    rule: 'replicate.in-region.whole-image',
    name: 'an accepted full-ECS share (it may only be copied within its region)',
    image: bobsImage({ type: 'whole' }),
    members: shared(),
    operations: ['replicate'],
  },
  {
    rule: 'replicate.cross-region.encrypted',
    name: 'an encrypted full-ECS image (no mode open)',
    image: makeImage({ type: 'whole', kmsKeyId: KEY }),
    operations: ['replicate'],
  },
  {
    rule: 'replicate.iso',
    name: 'an ISO image',
    image: makeImage({ type: 'iso', diskFormat: 'iso' }),
    operations: ['replicate'],
  },
  {
    rule: 'replicate.cross-region.size',
    name: 'a 400 GB image (over both modes)',
    image: makeImage({ sizeGb: 400 }),
    operations: ['replicate'],
  },
  { rule: 'export.status', name: 'an abnormal image', image: makeImage({ status: 'killed' }), operations: ['export'] },
  { rule: 'export.max-size', name: 'a 1 TB image', image: makeImage({ sizeGb: 1024 }), operations: ['export'] },
  {
    rule: 'export.fast-encrypted',
    name: 'an encrypted 200 GB image where only fast export takes it',
    image: makeImage({ regionId: 'cn-east-3', sizeGb: 200, kmsKeyId: 'key-app-sh1' }),
    viewer: makeViewer(),
    operations: ['export'],
  },
  { rule: 'export.whole-image', name: 'a full-ECS image', image: makeImage({ type: 'whole' }), operations: ['export'] },
  {
    rule: 'export.iso',
    name: 'an ISO image',
    image: makeImage({ type: 'iso', diskFormat: 'iso' }),
    operations: ['export'],
  },
  {
    rule: 'export.licensed-os',
    name: 'an image from a Windows public image',
    image: makeImage({ publicImage: { id: 'pub-win', name: 'Windows Server 2019', platform: 'Windows' } }),
    operations: ['export'],
  },
  {
    rule: 'export.koogallery',
    name: 'an image from a KooGallery image',
    image: makeImage({ fromKooGallery: true }),
    operations: ['export'],
  },
  {
    rule: 'encrypt.koogallery',
    name: 'an encrypted image',
    image: makeImage({ kmsKeyId: KEY }),
    operations: ['publish'],
  },
  {
    rule: 'delete.koogallery',
    name: 'an image published in KooGallery',
    image: makeImage({ publishedInKooGallery: true }),
    operations: ['delete'],
  },
  {
    rule: 'delete.owner',
    name: 'an image shared with me',
    image: bobsImage(),
    members: shared(),
    operations: ['delete'],
  },
  {
    rule: 'delete.in-progress',
    name: 'an image being exported',
    image: makeImage(),
    ctx: { jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001' })] },
    operations: ['delete'],
  },
  { rule: 'modify.status', name: 'an abnormal image', image: makeImage({ status: 'killed' }), operations: ['modify'] },
  {
    rule: 'launch.status',
    name: 'an image being created',
    image: makeImage({ status: 'saving' }),
    operations: ['launch'],
  },
  {
    rule: 'access.read-only',
    name: 'my image, for a read-only user',
    image: makeImage(),
    viewer: makeViewer({ role: 'read-only' }),
    operations: ['replicate', 'export', 'share', 'tags', 'delete', 'modify', 'launch', 'publish'],
  },
  {
    rule: 'access.owner',
    name: 'a pending share',
    image: bobsImage(),
    members: shared('pending'),
    operations: ['export', 'tags', 'modify', 'launch', 'publish'],
  },
];

function blockedIn(row: Pick<Row, 'image' | 'viewer' | 'members' | 'ctx'>) {
  const ctx = makeContext({ ...row.ctx, members: row.members ?? [] });
  return blockedByRule([row.image], row.viewer ?? makeViewer(), ctx);
}

describe('blockedByRule', () => {
  it.each(BLOCKING)('$rule blocks $name', (row) => {
    const entries = blockedIn(row).get(row.rule);
    expect(entries?.map((e) => e.image.id)).toEqual([row.image.id]);
    expect(entries?.[0]?.refusals.map((r) => r.operation)).toEqual(row.operations);
    for (const refusal of entries?.[0]?.refusals ?? []) expect(refusal.reason).not.toBe('');
  });

  it('has a blocking case for exactly the rules whose reach is image', () => {
    const imageRules = RULE_IDS.filter((id) => RULE_REACH[id] === 'image').sort();
    expect([...new Set(BLOCKING.map((r) => r.rule))].sort()).toEqual(imageRules);
  });

  it.each([
    { name: 'a clean image of mine', image: makeImage() },
    { name: 'a 200 GB image (cross-region still open)', image: makeImage({ sizeGb: 200 }) },
  ])('blocks nothing on $name', (row) => {
    expect([...blockedIn(row).keys()]).toEqual([]);
  });

  it('blocks an accepted share only for what belongs to its owner', () => {
    const result = blockedIn({ image: bobsImage(), members: shared() });
    expect([...result.keys()].sort()).toEqual(['access.owner', 'delete.owner', 'share.received']);
    expect(result.get('access.owner')?.[0]?.refusals.map((r) => r.operation)).toEqual([
      'export',
      'tags',
      'modify',
      'publish',
    ]);
  });

  it('groups every blocked image under each rule, in the given order, with the reason', () => {
    const published = makeImage({ id: 'img-pub', name: 'published', publishedInKooGallery: true });
    const killed = makeImage({ id: 'img-killed', name: 'killed', status: 'killed' });
    const publishedToo = makeImage({ id: 'img-pub-2', name: 'published-2', publishedInKooGallery: true });
    const result = blockedByRule([published, killed, publishedToo], makeViewer(), makeContext());
    expect(result.get('delete.koogallery')?.map((e) => e.image.id)).toEqual(['img-pub', 'img-pub-2']);
    expect(result.get('delete.koogallery')?.[0]?.refusals).toEqual([
      { operation: 'delete', reason: 'This image is published in KooGallery; published images cannot be deleted.' },
    ]);
    expect(result.get('modify.status')?.map((e) => e.image.id)).toEqual(['img-killed']);
    expect(result.get('modify.status')?.[0]?.refusals).toEqual([
      { operation: 'modify', reason: 'This image is Abnormal; only Normal images can be modified.' },
    ]);
    expect(result.has('export.whole-image')).toBe(false);
  });
});

describe('operationsOn', () => {
  it('answers a share only on images shared with the viewer', () => {
    const ctx = makeContext({ members: shared('pending') });
    expect(operationsOn(makeImage(), makeViewer(), ctx)).not.toContain('accept');
    expect(operationsOn(bobsImage({ id: 'img-bob-02' }), makeViewer(), ctx)).not.toContain('accept');
    expect(operationsOn(bobsImage(), makeViewer(), ctx)).toEqual(CHECKED_OPERATIONS);
  });
});

describe('rules checked only on input, on creation, or as warnings', () => {
  // Many kinds of image, viewer and context at once: whatever blocks them must be an image rule.
  const images: Image[] = [
    makeImage(),
    makeImage({ id: 'i-killed', status: 'killed' }),
    makeImage({ id: 'i-saving', status: 'saving' }),
    makeImage({ id: 'i-queued', status: 'queued' }),
    makeImage({ id: 'i-data', type: 'data', sizeGb: 350 }),
    makeImage({ id: 'i-data-1t', type: 'data', sizeGb: 1024 }),
    makeImage({ id: 'i-whole', type: 'whole', source: { kind: 'cbr-backup', backupId: 'b', backupName: 'b' } }),
    makeImage({ id: 'i-whole-enc', type: 'whole', kmsKeyId: KEY }),
    makeImage({ id: 'i-iso', type: 'iso', diskFormat: 'iso', kmsKeyId: KEY }),
    makeImage({ id: 'i-enc-200', sizeGb: 200, kmsKeyId: KEY }),
    makeImage({ id: 'i-400', sizeGb: 400, osBit: 32, bootMode: 'uefi' }),
    makeImage({ id: 'i-sh-200', regionId: 'cn-east-3', sizeGb: 200 }),
    makeImage({
      id: 'i-gz-ubuntu',
      regionId: 'cn-south-1',
      publicImage: { id: 'u', name: 'Ubuntu 22.04', platform: 'Ubuntu' },
    }),
    makeImage({ id: 'i-kg', fromKooGallery: true, publishedInKooGallery: true, tags: [] }),
    bobsImage({ id: 'b-pending' }),
    bobsImage({ id: 'b-accepted', type: 'whole' }),
    bobsImage({ id: 'b-rejected', kmsKeyId: 'key-bob' }),
    bobsImage({ id: 'b-unshared' }),
  ];
  const members = [
    makeMember({ imageId: 'b-pending', status: 'pending' }),
    makeMember({ imageId: 'b-accepted', status: 'accepted' }),
    makeMember({ imageId: 'b-rejected', status: 'rejected' }),
  ];
  const manyTags = Array.from({ length: LIMITS.tagsPerImage }, (_, i) => ({ key: `k${i}`, value: 'v' }));
  const contexts: Partial<RuleContext>[] = [
    {},
    { quota: FULL_QUOTA },
    {
      jobs: [
        ...makeJobs(LIMITS.concurrentReplications, { kind: 'replicate-cross-region', sourceImageId: 'img-0001' }),
        ...makeJobs(LIMITS.concurrentCreateTasks, { kind: 'create' }),
        makeJob({ kind: 'export', sourceImageId: 'i-enc-200' }),
      ],
    },
    {
      members: [
        ...Array.from({ length: LIMITS.shareMembersWholeImage }, (_, i) =>
          makeMember({ imageId: 'i-whole', projectId: `p-other-${i}`, status: 'accepted' }),
        ),
      ],
    },
  ];
  const viewers = [makeViewer(), makeViewer({ role: 'read-only' })];

  it('never block an image, whatever its kind, before anything is entered', () => {
    const seen = new Set<RuleId>();
    for (const viewer of viewers)
      for (const extra of contexts) {
        const ctx = makeContext({ ...extra, members: [...members, ...(extra.members ?? [])] });
        const imgs = images.map((i) => (i.id === 'img-0001' ? makeImage({ tags: manyTags }) : i));
        for (const rule of blockedByRule(imgs, viewer, ctx).keys()) seen.add(rule);
      }
    const notImage = [...seen].filter((rule) => RULE_REACH[rule] !== 'image');
    expect(notImage).toEqual([]);
    // The sweep is broad: it meets most of the image rules too.
    expect(seen.size).toBeGreaterThan(20);
  });

  it('leave creation open before a source is chosen, except the region rules', () => {
    const ctx = makeContext({
      quota: FULL_QUOTA,
      jobs: makeJobs(LIMITS.concurrentCreateTasks, { kind: 'create' }),
    });
    expect(creationBlockers(makeViewer(), ctx, 'cn-north-4').map((d) => d.rule)).toEqual([
      'create.quota',
      'create.concurrent-tasks',
    ]);
    expect(creationBlockers(makeViewer(), makeContext(), 'cn-north-4')).toEqual([]);
    // Read-only refuses everything, but it is an image rule: the region rules alone are listed.
    expect(creationBlockers(makeViewer({ role: 'read-only' }), makeContext(), 'cn-north-4')).toEqual([]);
  });

  it('creationBlockers names the region and its count', () => {
    const [quota] = creationBlockers(makeViewer(), makeContext({ quota: FULL_QUOTA }), 'cn-north-4');
    expect(quota).toMatchObject({
      rule: 'create.quota',
      reason: `CN North-Beijing4 already has ${LIMITS.privateImagesPerRegion} of ${LIMITS.privateImagesPerRegion} private images.`,
    });
  });

  it('the region, create and advisory reaches hold only rules of those kinds', () => {
    const byReach = (reach: string) => RULE_IDS.filter((id) => RULE_REACH[id] === reach).sort();
    expect(byReach('region')).toEqual(['create.concurrent-tasks', 'create.quota']);
    expect(byReach('advisory')).toEqual(['launch.batch-size', 'received.no-quota']);
    for (const id of byReach('create')) expect(id).toMatch(/^(create|import|encrypt)\./);
  });
});
