import { describe, expect, it } from 'vitest';
import type { Viewer } from '../model/account';
import type { Image } from '../model/image';
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
import { canCreate } from './create';
import type { Decision } from './decision';
import { canDelete } from './delete';
import { canChangeImages } from './engine';
import { canExport } from './export';
import { canLaunch } from './launch';
import { canModify } from './modify';
import { canPublish } from './publish';
import { canAccept } from './received';
import { canReplicate } from './replicate';
import { canShare, canStopSharing } from './share';
import { canEditTags } from './tags';

const READ_ONLY = 'Your role is IMS ReadOnlyAccess; it can view images but not change them.';
const NOT_OWNER = 'This image belongs to another project; only its owner can change it.';

/** Every write, each with input a full-access owner would be allowed to send. */
const WRITES: { op: string; run: (viewer: Viewer, image?: Image, ctx?: RuleContext) => Decision }[] = [
  { op: 'replicate (menu)', run: (v, i = makeImage(), c = makeContext()) => canReplicate(i, v, c) },
  {
    op: 'replicate (dialog)',
    run: (v, i = makeImage(), c = makeContext()) => canReplicate(i, v, c, { mode: 'in-region' }),
  },
  {
    op: 'export',
    run: (v, i = makeImage(), c = makeContext()) =>
      canExport(i, v, c, { bucket: 'ims-export-bj4', fileName: 'web.vmdk', format: 'vmdk', fastExport: false }),
  },
  {
    op: 'share',
    run: (v, i = makeImage(), c = makeContext()) => canShare(i, v, c, { projectIds: [projectIdOf('bob')] }),
  },
  { op: 'stop sharing', run: (v, i = makeImage()) => canStopSharing(i, v) },
  {
    op: 'tags',
    run: (v, i = makeImage(), c = makeContext()) => canEditTags(i, v, c, { tags: [{ key: 'env', value: 'dev' }] }),
  },
  { op: 'delete', run: (v, i = makeImage(), c = makeContext()) => canDelete(i, v, c) },
  { op: 'modify', run: (v, i = makeImage(), c = makeContext()) => canModify(i, v, c, { name: 'renamed' }) },
  {
    op: 'launch',
    run: (v, i = makeImage(), c = makeContext()) =>
      canLaunch(i, v, c, {
        target: 'ecs',
        regionId: 'cn-north-4',
        architecture: 'x86',
        memoryGb: 4,
        flavorName: 's6.medium.2',
        heterogeneous: false,
        count: 2,
      }),
  },
  { op: 'publish', run: (v, i = makeImage(), c = makeContext()) => canPublish(i, v, c) },
  { op: 'create', run: (v) => canCreate(v, makeContext(), 'cn-north-4', { source: 'iso', fileFormat: 'iso' }) },
  {
    op: 'accept a share',
    run: (v) => canAccept(bobsImage(), v, makeContext({ members: [makeMember()] }), { status: 'accepted' }),
  },
];

describe('access.read-only', () => {
  it.each(WRITES.map((w) => ({ ...w, guards: 'access.read-only' })))('$guards allows full access to $op', ({ run }) => {
    expect(run(makeViewer({ role: 'full-access' }))).toEqual({ allowed: true });
  });

  it.each(WRITES)('denies a read-only viewer $op', ({ run }) => {
    expect(outcome(run(makeViewer({ role: 'read-only' })))).toEqual({
      allowed: false,
      rule: 'access.read-only',
      reason: READ_ONLY,
    });
  });

  it('comes before every other refusal', () => {
    const decision = canExport(
      makeImage({ type: 'whole', status: 'saving' }),
      makeViewer({ role: 'read-only' }),
      makeContext(),
    );
    expect(outcome(decision)).toMatchObject({ rule: 'access.read-only' });
  });
});

describe('access.owner and its relatives', () => {
  const ownedElsewhere = makeImage({ regionId: 'cn-east-3' });
  const notShared = 'not shared' as const;
  const shared = 'accepted share' as const;
  const contexts = {
    [notShared]: makeContext(),
    [shared]: makeContext({ members: [makeMember({ status: 'accepted' })] }),
  };
  const byOp = (op: string) => {
    const write = WRITES.find((w) => w.op === op);
    if (!write) throw new Error(`no write named ${op}`);
    return write.run;
  };

  it.each(
    ['replicate (menu)', 'stop sharing', 'tags', 'delete', 'modify', 'publish'].map((op) => ({
      op,
      guards: 'access.owner',
    })),
  )('$guards allows the owner $op on an image of another of their projects', ({ op }) => {
    expect(byOp(op)(makeViewer(), ownedElsewhere, makeContext())).toEqual({ allowed: true });
  });

  it.each<{ op: string; ctx: keyof typeof contexts; expected: Outcome }>([
    { op: 'replicate (menu)', ctx: notShared, expected: { allowed: false, rule: 'access.owner', reason: NOT_OWNER } },
    { op: 'export', ctx: notShared, expected: { allowed: false, rule: 'access.owner', reason: NOT_OWNER } },
    { op: 'export', ctx: shared, expected: { allowed: false, rule: 'access.owner', reason: NOT_OWNER } },
    { op: 'share', ctx: notShared, expected: { allowed: false, rule: 'access.owner', reason: NOT_OWNER } },
    {
      op: 'share',
      ctx: shared,
      expected: {
        allowed: false,
        rule: 'share.received',
        reason: 'This image was shared with you by another tenant; it cannot be shared on.',
      },
    },
    { op: 'stop sharing', ctx: shared, expected: { allowed: false, rule: 'access.owner', reason: NOT_OWNER } },
    { op: 'tags', ctx: shared, expected: { allowed: false, rule: 'access.owner', reason: NOT_OWNER } },
    { op: 'modify', ctx: shared, expected: { allowed: false, rule: 'access.owner', reason: NOT_OWNER } },
    { op: 'publish', ctx: shared, expected: { allowed: false, rule: 'access.owner', reason: NOT_OWNER } },
    { op: 'launch', ctx: notShared, expected: { allowed: false, rule: 'access.owner', reason: NOT_OWNER } },
    {
      op: 'delete',
      ctx: shared,
      expected: {
        allowed: false,
        rule: 'delete.owner',
        reason: 'This image belongs to another tenant; only its owner can delete it.',
      },
    },
    // What a recipient may do with an accepted share.
    { op: 'replicate (dialog)', ctx: shared, expected: { allowed: true } },
    { op: 'launch', ctx: shared, expected: { allowed: true } },
  ])('$op of a stranger’s image ($ctx)', ({ op, ctx, expected }) => {
    expect(outcome(byOp(op)(makeViewer(), bobsImage(), contexts[ctx]))).toEqual(expected);
  });
});

describe('canChangeImages: the role, before any image is judged', () => {
  it.each<[string, Viewer, Outcome]>([
    ['full access', makeViewer(), { allowed: true }],
    [
      'read-only',
      makeViewer({ role: 'read-only' }),
      { allowed: false, rule: 'access.read-only', reason: READ_ONLY, field: undefined },
    ],
  ])('%s', (_, viewer, expected) => {
    expect(outcome(canChangeImages(viewer))).toEqual(expected);
  });
});
