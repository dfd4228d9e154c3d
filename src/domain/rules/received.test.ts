import { describe, expect, it } from 'vitest';
import type { Image } from '../model/image';
import type { MemberStatus } from '../model/member';
import { bobsImage, makeContext, makeMember, makeViewer, outcome, projectIdOf, type Outcome } from '../test-fixtures';
import type { RuleContext } from './context';
import { canAccept, type AcceptInput } from './received';
import { canReplicate, type ReplicateInput } from './replicate';

/** Alice's view of Bob's image, shared with her cn-north-4 project with `status`. */
function sharedCtx(status: MemberStatus | null, overrides: Partial<RuleContext> = {}): RuleContext {
  return makeContext({ members: status ? [makeMember({ status })] : [], ...overrides });
}

interface AcceptRow {
  name: string;
  member: MemberStatus | null;
  image?: Partial<Image>;
  ctx?: Partial<RuleContext>;
  input?: AcceptInput;
}

function answer(row: AcceptRow) {
  return canAccept(bobsImage(row.image), makeViewer(), sharedCtx(row.member, row.ctx), row.input);
}

describe('canAccept allows', () => {
  it.each<AcceptRow & { guards: string }>([
    { guards: 'received.accept', name: 'a pending share (menu)', member: 'pending' },
    { guards: 'received.accept', name: 'accepting a pending share', member: 'pending', input: { status: 'accepted' } },
    { guards: 'received.accept', name: 'rejecting a pending share', member: 'pending', input: { status: 'rejected' } },
    {
      guards: 'received.accept',
      name: 'accepting a rejected share again',
      member: 'rejected',
      input: { status: 'accepted' },
    },
    {
      guards: 'received.accept',
      name: 'rejecting (removing) an accepted share',
      member: 'accepted',
      input: { status: 'rejected' },
    },
    {
      guards: 'received.accept',
      name: 'accepting a full-ECS image into a vault of the region',
      member: 'pending',
      image: { type: 'whole', source: { kind: 'cbr-backup', backupId: 'bk-1', backupName: 'cbr-1' } },
      input: { status: 'accepted', vaultId: 'vault-bj4' },
    },
    {
      guards: 'received.region',
      name: 'answering from the project in the image region',
      member: 'pending',
      input: { status: 'accepted', projectId: projectIdOf('alice', 'cn-north-4') },
    },
    {
      guards: 'received.no-quota',
      name: 'accepting with room in the quota gives no warning',
      member: 'pending',
      ctx: { quota: { 'cn-north-4': { used: 12, limit: 50 } } },
      input: { status: 'accepted' },
    },
    {
      guards: 'received.no-quota',
      name: 'rejecting with a full quota gives no warning',
      member: 'accepted',
      ctx: { quota: { 'cn-north-4': { used: 50, limit: 50 } } },
      input: { status: 'rejected' },
    },
  ])('$guards: $name', (row) => {
    expect(answer(row)).toEqual({ allowed: true });
  });
});

describe('canAccept denies', () => {
  it.each<AcceptRow & { expected: Outcome }>([
    {
      name: 'an image not shared with me',
      member: null,
      expected: {
        allowed: false,
        rule: 'received.accept',
        reason: 'This image has not been shared with your project.',
      },
    },
    {
      name: 'accepting an accepted share',
      member: 'accepted',
      input: { status: 'accepted' },
      expected: { allowed: false, rule: 'received.accept', reason: 'This share is already accepted.' },
    },
    {
      name: 'rejecting a rejected share',
      member: 'rejected',
      input: { status: 'rejected' },
      expected: { allowed: false, rule: 'received.accept', reason: 'This share is already rejected.' },
    },
    {
      name: 'accepting a full-ECS image without a vault',
      member: 'pending',
      image: { type: 'whole', source: { kind: 'cbr-backup', backupId: 'bk-1', backupName: 'cbr-1' } },
      input: { status: 'accepted', vaultId: 'vault-sh1' },
      expected: {
        allowed: false,
        rule: 'received.accept',
        reason: 'Accepting a full-ECS image needs a CBR vault of yours in CN North-Beijing4.',
        field: 'vaultId',
      },
    },
    {
      name: 'answering from a project in another region',
      member: 'pending',
      input: { status: 'accepted', projectId: projectIdOf('alice', 'cn-east-3') },
      expected: {
        allowed: false,
        rule: 'received.region',
        reason: 'This image is shared in CN North-Beijing4; it cannot be answered or used from CN East-Shanghai1.',
        field: 'projectId',
      },
    },
    {
      name: 'answering from an unknown project',
      member: 'pending',
      input: { status: 'rejected', projectId: 'p-unknown' },
      expected: {
        allowed: false,
        rule: 'received.region',
        reason: 'This image is shared in CN North-Beijing4; it cannot be answered or used from project p-unknown.',
        field: 'projectId',
      },
    },
  ])('$expected.rule: $name', (row) => {
    expect(outcome(answer(row))).toEqual(row.expected);
  });
});

describe('received.no-quota is advisory', () => {
  it('warns, but allows, accepting when the private quota is full', () => {
    const decision = answer({
      name: 'full quota',
      member: 'pending',
      ctx: { quota: { 'cn-north-4': { used: 50, limit: 50 } } },
      input: { status: 'accepted' },
    });
    expect(decision.allowed).toBe(true);
    if (!decision.allowed) return;
    expect(decision.warnings).toHaveLength(1);
    expect(decision.warnings?.[0]).toMatchObject({
      rule: 'received.no-quota',
      reason: 'Accepting never counts against the private image quota (50 of 50 in CN North-Beijing4).',
    });
  });
});

interface ReplicateRow {
  name: string;
  member: MemberStatus | null;
  image?: Partial<Image>;
  input?: ReplicateInput;
}

function replicateShared(row: ReplicateRow) {
  return canReplicate(bobsImage(row.image), makeViewer(), sharedCtx(row.member), row.input);
}

describe('replicating an image shared with me', () => {
  it.each<ReplicateRow & { guards: string }>([
    { guards: 'received.replicate-accepted', name: 'accepted (menu)', member: 'accepted' },
    {
      guards: 'received.replicate-accepted',
      name: 'accepted, in region',
      member: 'accepted',
      input: { mode: 'in-region' },
    },
    {
      guards: 'received.replicate-encrypted',
      name: 'accepted and unencrypted, copied with my own key',
      member: 'accepted',
      input: { mode: 'in-region', kmsKeyId: 'key-app-bj4' },
    },
  ])('allows $guards: $name', (row) => {
    expect(replicateShared(row)).toEqual({ allowed: true });
  });

  it.each<ReplicateRow & { expected: Outcome }>([
    {
      name: 'pending',
      member: 'pending',
      expected: {
        allowed: false,
        rule: 'received.replicate-accepted',
        reason: 'This shared image is pending; accept it before replicating it.',
      },
    },
    {
      name: 'rejected, in region',
      member: 'rejected',
      input: { mode: 'in-region' },
      expected: {
        allowed: false,
        rule: 'received.replicate-accepted',
        reason: 'This shared image is rejected; accept it before replicating it.',
      },
    },
    {
      name: 'accepted, across regions',
      member: 'accepted',
      input: { mode: 'cross-region', targetRegionId: 'cn-east-3', targetProjectName: 'cn-east-3' },
      expected: {
        allowed: false,
        rule: 'received.replicate-accepted',
        reason: 'An image shared with you can be replicated only within its region.',
        field: 'mode',
      },
    },
    {
      // The owner's key is not among the viewer's keys, so its id is what can be named.
      name: 'accepted but encrypted',
      member: 'accepted',
      image: { kmsKeyId: 'bob-key-7f3a' },
      expected: {
        allowed: false,
        rule: 'received.replicate-encrypted',
        reason: 'This shared image is encrypted with KMS key bob-key-7f3a; it cannot be replicated.',
      },
    },
    {
      name: 'not shared with me at all',
      member: null,
      expected: {
        allowed: false,
        rule: 'access.owner',
        reason: 'This image belongs to another project; only its owner can change it.',
      },
    },
  ])('denies $expected.rule: $name', (row) => {
    expect(outcome(replicateShared(row))).toEqual(row.expected);
  });
});
