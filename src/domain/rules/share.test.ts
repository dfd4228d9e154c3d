import { describe, expect, it } from 'vitest';
import type { Image } from '../model/image';
import type { Member } from '../model/member';
import {
  bobsImage,
  makeContext,
  makeImage,
  makeMember,
  makeViewer,
  outcome,
  projectIdOf,
  type Outcome,
} from '../test-fixtures';
import type { RuleContext } from './context';
import { canShare, canStopSharing, memberLimit, newMembers, shareViolations, type ShareInput } from './share';

const BOB_BJ4 = projectIdOf('bob');
const FROM_CBR: Partial<Image> = {
  type: 'whole',
  source: { kind: 'cbr-backup', backupId: 'bk-web-01', backupName: 'cbr-web-0101' },
};

/** `count` existing recipients of Alice's image (ids that are not Bob's). */
function members(count: number, imageId = 'img-0001'): Member[] {
  return Array.from({ length: count }, (_, i) =>
    makeMember({ imageId, projectId: `p-member-${String(i).padStart(3, '0')}`, status: 'accepted' }),
  );
}

interface Row {
  name: string;
  image?: Partial<Image>;
  ctx?: Partial<RuleContext>;
  input?: ShareInput;
}

function decide(row: Row) {
  return canShare(makeImage(row.image), makeViewer(), makeContext(row.ctx), row.input);
}

describe('canShare allows', () => {
  it.each<Row & { guards: string }>([
    { guards: 'share.status', name: 'an active image (menu)' },
    { guards: 'share.iso', name: 'a data disk image', image: { type: 'data' } },
    { guards: 'share.encrypted', name: 'an unencrypted image', input: { projectIds: [BOB_BJ4] } },
    {
      guards: 'share.koogallery',
      name: 'an image not published in KooGallery',
      image: { publishedInKooGallery: false },
    },
    { guards: 'share.whole-image-origin', name: 'a full-ECS image from a CBR backup', image: FROM_CBR },
    {
      guards: 'share.whole-image-origin',
      name: 'a full-ECS image from an ECS that never had a CSBS backup',
      image: { type: 'whole', sourceServerHadCsbsBackup: false },
    },
    // An answer without the mock's lineage attributes (SDK-only): the fact is unknown, the server decides.
    {
      guards: 'share.koogallery',
      name: 'an image whose answer does not say whether it is published in KooGallery',
      image: { publishedInKooGallery: null },
    },
    {
      guards: 'share.whole-image-origin',
      name: 'a full-ECS image from an ECS whose CSBS backups the answer does not name',
      image: { type: 'whole', sourceServerHadCsbsBackup: null },
    },
    {
      guards: 'share.whole-image-origin',
      name: 'a full-ECS image whose origin the answer does not name',
      image: { type: 'whole', source: { kind: 'unknown', origin: '' } },
    },
    { guards: 'share.same-region', name: 'a project of the image region', input: { projectIds: [BOB_BJ4] } },
    { guards: 'share.not-self', name: "another tenant's project", input: { projectIds: [BOB_BJ4] } },
    {
      guards: 'share.member-limit',
      name: 'the 128th project of a system disk image',
      ctx: { members: members(127) },
      input: { projectIds: [BOB_BJ4] },
    },
    {
      guards: 'share.member-limit',
      name: 'an existing recipient again at the limit',
      ctx: { members: [...members(127), makeMember({ imageId: 'img-0001', projectId: BOB_BJ4 })] },
      input: { projectIds: [BOB_BJ4] },
    },
    {
      guards: 'share.member-limit',
      name: 'the 10th project of a full-ECS image',
      image: FROM_CBR,
      ctx: { members: members(9) },
      input: { projectIds: [BOB_BJ4] },
    },
    {
      guards: 'share.received',
      name: 'my own image that I already share',
      ctx: { members: [makeMember({ imageId: 'img-0001', projectId: BOB_BJ4 })] },
    },
  ])('$guards: $name', (row) => {
    expect(decide(row)).toEqual({ allowed: true });
  });
});

describe('canShare denies', () => {
  it.each<Row & { expected: Outcome }>([
    {
      name: 'an image being created',
      image: { status: 'queued' },
      expected: {
        allowed: false,
        rule: 'share.status',
        reason: 'This image is Creating; only Normal images can be shared.',
      },
    },
    {
      name: 'an ISO image',
      image: { type: 'iso', diskFormat: 'iso' },
      expected: { allowed: false, rule: 'share.iso', reason: 'This is an ISO image; ISO images cannot be shared.' },
    },
    {
      name: 'an image on a custom key',
      image: { kmsKeyId: 'key-app-bj4' },
      expected: {
        allowed: false,
        rule: 'share.encrypted',
        reason: 'This image is encrypted with KMS key app-data; encrypted images cannot be shared.',
      },
    },
    {
      name: 'an image on the default key',
      image: { kmsKeyId: 'key-default-bj4' },
      expected: {
        allowed: false,
        rule: 'share.encrypted',
        reason: 'This image is encrypted with KMS key ims/default; encrypted images cannot be shared.',
      },
    },
    {
      name: 'an image published in KooGallery',
      image: { publishedInKooGallery: true },
      expected: {
        allowed: false,
        rule: 'share.koogallery',
        reason: 'This image is published in KooGallery; published images cannot be shared.',
      },
    },
    {
      name: 'a full-ECS image from a CSBS backup',
      image: { type: 'whole', source: { kind: 'csbs-backup', backupId: 'bk-9', backupName: 'csbs-web-0101' } },
      expected: {
        allowed: false,
        rule: 'share.whole-image-origin',
        reason: 'This full-ECS image was created from the CSBS backup csbs-web-0101; it cannot be shared.',
      },
    },
    {
      name: 'a full-ECS image from an ECS that had a CSBS backup',
      image: { type: 'whole', sourceServerHadCsbsBackup: true },
      expected: {
        allowed: false,
        rule: 'share.whole-image-origin',
        reason:
          'This full-ECS image was created from ECS ecs-web-01, which has had a CSBS backup; it cannot be shared.',
      },
    },
    {
      name: 'my own project',
      input: { projectIds: [projectIdOf('alice')] },
      expected: {
        allowed: false,
        rule: 'share.not-self',
        reason: 'Project p-alice-cn-north-4 owns this image; an image cannot be shared with its own project.',
        field: 'projectIds',
      },
    },
    {
      name: 'a project in another region',
      input: { projectIds: [BOB_BJ4, projectIdOf('bob', 'cn-east-3')] },
      expected: {
        allowed: false,
        rule: 'share.same-region',
        reason: 'Project p-bob-cn-east-3 is in CN East-Shanghai1; this image can be shared only in CN North-Beijing4.',
        field: 'projectIds',
      },
    },
    {
      name: 'a project that does not exist',
      input: { projectIds: ['p-nobody'] },
      expected: {
        allowed: false,
        rule: 'share.same-region',
        reason: 'Project p-nobody does not exist.',
        field: 'projectIds',
      },
    },
    {
      name: 'a 129th project of a system disk image',
      ctx: { members: members(128) },
      input: { projectIds: [BOB_BJ4] },
      expected: {
        allowed: false,
        rule: 'share.member-limit',
        reason: 'This system disk image is shared with 128 projects; adding 1 would exceed its limit of 128.',
        field: 'projectIds',
      },
    },
    {
      name: 'an 11th project of a full-ECS image',
      image: FROM_CBR,
      ctx: { members: members(10) },
      input: { projectIds: [BOB_BJ4] },
      expected: {
        allowed: false,
        rule: 'share.member-limit',
        reason: 'This full-ECS image is shared with 10 projects; adding 1 would exceed its limit of 10.',
        field: 'projectIds',
      },
    },
  ])('$expected.rule: $name', (row) => {
    expect(outcome(decide(row))).toEqual(row.expected);
  });

  it('share.received: an image shared with me cannot be shared on', () => {
    const ctx = makeContext({ members: [makeMember({ status: 'accepted' })] });
    expect(outcome(canShare(bobsImage(), makeViewer(), ctx))).toEqual({
      allowed: false,
      rule: 'share.received',
      reason: 'This image was shared with you by another tenant; it cannot be shared on.',
    });
  });

  it('members of other images do not count towards the limit', () => {
    const ctx = makeContext({ members: members(128, 'img-other') });
    expect(canShare(makeImage(), makeViewer(), ctx, { projectIds: [BOB_BJ4] })).toEqual({ allowed: true });
  });
});

describe('share.member-limit counts only the members sharing would add', () => {
  const rulesOf = (ctx: Partial<RuleContext>, projectIds: string[]) =>
    shareViolations(makeImage(), makeViewer(), makeContext(ctx), { projectIds });

  it.each<{ name: string; projectIds: string[] }>([
    { name: 'an unknown id beside the 128th project', projectIds: [BOB_BJ4, 'p-nobody'] },
    { name: "the owner's own project beside the 128th", projectIds: [BOB_BJ4, projectIdOf('alice')] },
    { name: 'a project of another region beside the 128th', projectIds: [BOB_BJ4, projectIdOf('bob', 'cn-east-3')] },
    { name: 'the 128th project entered twice', projectIds: [BOB_BJ4, BOB_BJ4] },
  ])('allows $name (the refused id is refused on its own)', ({ projectIds }) => {
    const rules = rulesOf({ members: members(127) }, projectIds).map((d) => d.rule);
    expect(rules).not.toContain('share.member-limit');
  });

  it('denies the 129th project and names only the valid new ones in its sentence', () => {
    const limit = rulesOf({ members: members(128) }, [BOB_BJ4, 'p-nobody', projectIdOf('alice')]).find(
      (d) => d.rule === 'share.member-limit',
    );
    expect(limit).toMatchObject({
      rule: 'share.member-limit',
      reason: 'This system disk image is shared with 128 projects; adding 1 would exceed its limit of 128.',
      field: 'projectIds',
    });
  });
});

describe('newMembers', () => {
  it.each<[string, string[], string[]]>([
    ['a valid project of the region', [BOB_BJ4], [BOB_BJ4]],
    ['an unknown id', ['123'], []],
    ["the owner's project", [projectIdOf('alice')], []],
    ['a project of another region', [projectIdOf('bob', 'cn-east-3')], []],
    ['a current member', ['p-member-000'], []],
    ['a valid one twice and an unknown one', [BOB_BJ4, '123', BOB_BJ4], [BOB_BJ4]],
  ])('%s', (_, projectIds, expected) => {
    expect(newMembers(makeImage(), makeContext({ members: members(1) }), projectIds)).toEqual(expected);
  });
});

describe('shareViolations', () => {
  it('lists every refusal in order', () => {
    const image = makeImage({ status: 'saving', kmsKeyId: 'key-app-bj4', publishedInKooGallery: true });
    const rules = shareViolations(image, makeViewer(), makeContext(), {
      projectIds: [projectIdOf('alice'), 'p-x'],
    }).map((d) => d.rule);
    expect(rules).toEqual([
      'share.status',
      'share.encrypted',
      'share.koogallery',
      'share.not-self',
      'share.same-region',
    ]);
  });
});

describe('memberLimit', () => {
  it.each([
    { type: 'system', limit: 128 },
    { type: 'data', limit: 128 },
    { type: 'whole', limit: 10 },
  ] as const)('$type → $limit', ({ type, limit }) => {
    expect(memberLimit({ type })).toBe(limit);
  });
});

describe('canStopSharing', () => {
  it.each<{ name: string; image: Image; role?: 'read-only'; expected: Outcome }>([
    { name: 'the owner', image: makeImage(), expected: { allowed: true } },
    {
      name: 'a read-only owner',
      image: makeImage(),
      role: 'read-only',
      expected: {
        allowed: false,
        rule: 'access.read-only',
        reason: 'Your role is IMS ReadOnlyAccess; it can view images but not change them.',
      },
    },
    {
      name: 'a non-owner',
      image: bobsImage(),
      expected: {
        allowed: false,
        rule: 'access.owner',
        reason: 'This image belongs to another project; only its owner can change it.',
      },
    },
  ])('$name', ({ image, role, expected }) => {
    expect(outcome(canStopSharing(image, makeViewer(role ? { role } : {})))).toEqual(expected);
  });
});
