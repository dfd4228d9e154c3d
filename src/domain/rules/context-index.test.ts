import { describe, expect, it } from 'vitest';
import type { Image } from '../model/image';
import type { JobSummary } from '../model/job';
import type { Member } from '../model/member';
import {
  bobsImage,
  makeContext,
  makeImage,
  makeJob,
  makeMember,
  makeViewer,
  outcome,
  projectIdOf,
  type Outcome,
} from '../test-fixtures';
import type { RuleContext } from './context';
import { membersOfImage } from './context-index';
import { can, type ImageOperation, type ImageOperations } from './operations';

/*
 * The rules look members and jobs up through an index of the context (context-index.ts). Each row
 * decides in a crowded context, where the one record that matters sits among thousands that do
 * not (other images' members, other images' finished and running jobs), and must decide exactly
 * as with that record alone.
 */

const CROWD = 2_000;
const otherMembers: Member[] = Array.from({ length: CROWD }, (_, i) =>
  makeMember({ imageId: `img-crowd-${i}`, status: i % 2 ? 'accepted' : 'pending' }),
);
const otherJobs: JobSummary[] = Array.from({ length: CROWD }, (_, i) =>
  makeJob({ kind: i % 2 ? 'export' : 'replicate-cross-region', sourceImageId: `img-crowd-${i}`, status: 'SUCCESS' }),
);

function crowded(members: Member[], jobs: JobSummary[]): RuleContext {
  return makeContext({ members: [...otherMembers, ...members], jobs: [...otherJobs, ...jobs] });
}

interface Row {
  name: string;
  op: ImageOperation;
  image: Image;
  members?: Member[];
  jobs?: JobSummary[];
  input?: ImageOperations[ImageOperation];
  expected: Outcome;
}

const CROSS = { mode: 'cross-region', targetRegionId: 'cn-south-1', targetProjectName: 'cn-south-1' } as const;
const NOT_OWNER = 'This image belongs to another project; only its owner can change it.';

const ROWS: Row[] = [
  {
    name: 'received.accept allows a pending share found among other images’ members',
    op: 'accept',
    image: bobsImage(),
    members: [makeMember({ status: 'pending' })],
    expected: { allowed: true },
  },
  {
    name: 'received.accept denies when only other images are shared with me',
    op: 'accept',
    image: bobsImage(),
    expected: { allowed: false, rule: 'received.accept', reason: 'This image has not been shared with your project.' },
  },
  {
    name: 'share.received denies sharing on an image shared with me',
    op: 'share',
    image: bobsImage(),
    members: [makeMember({ status: 'accepted' })],
    expected: {
      allowed: false,
      rule: 'share.received',
      reason: 'This image was shared with you by another tenant; it cannot be shared on.',
    },
  },
  {
    name: 'access.owner denies sharing an image neither mine nor shared with me',
    op: 'share',
    image: bobsImage(),
    members: [makeMember({ status: 'accepted', projectId: projectIdOf('bob', 'cn-east-3') })],
    expected: { allowed: false, rule: 'access.owner', reason: NOT_OWNER },
  },
  {
    name: 'delete.in-progress allows deleting once the image’s export has finished',
    op: 'delete',
    image: makeImage(),
    jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001', status: 'SUCCESS' })],
    expected: { allowed: true },
  },
  {
    name: 'delete.in-progress denies deleting an image being exported',
    op: 'delete',
    image: makeImage(),
    jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001', status: 'RUNNING' })],
    expected: {
      allowed: false,
      rule: 'delete.in-progress',
      reason: 'This image is being exported; it cannot be deleted until that finishes.',
    },
  },
  {
    name: 'replicate.cross-region.sequential allows when only other images’ copies run',
    op: 'replicate',
    image: makeImage(),
    jobs: [makeJob({ kind: 'replicate-cross-region', sourceImageId: 'img-other', status: 'RUNNING' })],
    input: CROSS,
    expected: { allowed: true },
  },
  {
    name: 'replicate.cross-region.sequential denies while this image’s copy runs',
    op: 'replicate',
    image: makeImage(),
    jobs: [makeJob({ kind: 'replicate-cross-region', sourceImageId: 'img-0001', status: 'RUNNING' })],
    input: CROSS,
    expected: {
      allowed: false,
      rule: 'replicate.cross-region.sequential',
      reason: 'A cross-region replication of this image is still running.',
      field: 'mode',
    },
  },
];

describe('decisions through the context index', () => {
  it.each(ROWS)('$name', (row) => {
    const members = row.members ?? [];
    const jobs = row.jobs ?? [];
    const alone = makeContext({ members, jobs });
    const decide = (ctx: RuleContext) => outcome(can(row.op, row.image, makeViewer(), ctx, row.input as never));
    expect(decide(crowded(members, jobs))).toEqual(row.expected);
    expect(decide(alone)).toEqual(row.expected);
  });
});

describe('membersOfImage', () => {
  it('lists an image’s members in the context’s order, and none for an image nobody shares', () => {
    const first = makeMember({ imageId: 'img-a', projectId: 'p-1' });
    const second = makeMember({ imageId: 'img-a', projectId: 'p-2' });
    const ctx = makeContext({ members: [first, makeMember({ imageId: 'img-b' }), second] });
    expect(membersOfImage(ctx, 'img-a')).toEqual([first, second]);
    expect(membersOfImage(ctx, 'img-none')).toEqual([]);
  });

  it('sees a member added to a new context built after the first was indexed', () => {
    const before = makeContext({ members: [...otherMembers] });
    expect(membersOfImage(before, 'img-bob-01')).toEqual([]);
    const added = makeMember();
    const after = makeContext({ members: [...before.members, added] });
    expect(membersOfImage(after, 'img-bob-01')).toEqual([added]);
  });
});
