import { describe, expect, it } from 'vitest';
import { canShare, type Image, type Member, type Project, type RuleContext } from '../../domain';
import { makeContext, makeImage, makeMember, makeViewer, TENANTS } from '../../domain/test-fixtures';
import { ApiError, describeApiError } from '../../api/client';
import { placeDenials } from '../../components/form/use-rule-form';
import { checkRecipients, memberCount, preflightSummary, shareDenials, shareShape } from './share-form';

// IAM project ids are 32 hex characters; the dialog checks that form before the rules.
const hex = (n: number) => n.toString(16).padStart(32, '0');
const ALICE_BJ = hex(1);
const BOB_BJ = hex(2);
const BOB_SH = hex(3);
const CAROL_BJ = hex(4);
const PROJECTS: Project[] = [
  { id: ALICE_BJ, name: 'cn-north-4', accountId: TENANTS.alice, regionId: 'cn-north-4' },
  { id: BOB_BJ, name: 'cn-north-4', accountId: TENANTS.bob, regionId: 'cn-north-4' },
  { id: BOB_SH, name: 'cn-east-3', accountId: TENANTS.bob, regionId: 'cn-east-3' },
  { id: CAROL_BJ, name: 'cn-north-4', accountId: 'acc-carol', regionId: 'cn-north-4' },
];
const WHOLE_FROM_CBR: Partial<Image> = {
  type: 'whole',
  source: { kind: 'cbr-backup', backupId: 'bk-1', backupName: 'cbr-1' },
};
const members = (count: number): Member[] =>
  Array.from({ length: count }, (_, i) =>
    makeMember({ imageId: 'img-0001', projectId: hex(100 + i), status: 'accepted' }),
  );

interface Row {
  name: string;
  image?: Partial<Image>;
  ctx?: Partial<RuleContext>;
  recipients: string;
  /** Where the first refusal lands, and the rule the engine refuses with; both undefined when allowed. */
  field?: 'projectIds' | 'root';
  rule?: string;
}

const ROWS: Row[] = [
  { name: 'one project of the region', recipients: BOB_BJ },
  { name: 'several pasted at once', recipients: `${BOB_BJ}, ${CAROL_BJ}\n` },
  {
    name: 'an existing member again',
    ctx: { members: [makeMember({ imageId: 'img-0001', projectId: BOB_BJ })] },
    recipients: BOB_BJ,
  },
  { name: 'own project', recipients: ALICE_BJ, field: 'projectIds', rule: 'share.not-self' },
  { name: 'a project of another region', recipients: BOB_SH, field: 'projectIds', rule: 'share.same-region' },
  { name: 'a project that does not exist', recipients: hex(999), field: 'projectIds', rule: 'share.same-region' },
  { name: 'the 128th member of a system disk image', ctx: { members: members(127) }, recipients: BOB_BJ },
  {
    name: 'the 129th member of a system disk image',
    ctx: { members: members(128) },
    recipients: BOB_BJ,
    field: 'projectIds',
    rule: 'share.member-limit',
  },
  {
    name: 'the 10th member of a full-ECS image',
    image: WHOLE_FROM_CBR,
    ctx: { members: members(9) },
    recipients: BOB_BJ,
  },
  {
    name: 'the 11th member of a full-ECS image',
    image: WHOLE_FROM_CBR,
    ctx: { members: members(10) },
    recipients: BOB_BJ,
    field: 'projectIds',
    rule: 'share.member-limit',
  },
  {
    name: 'an encrypted image',
    image: { kmsKeyId: 'key-app-bj4' },
    recipients: BOB_BJ,
    field: 'root',
    rule: 'share.encrypted',
  },
  { name: 'an abnormal image', image: { status: 'killed' }, recipients: BOB_BJ, field: 'root', rule: 'share.status' },
  {
    name: 'an ISO image',
    image: { type: 'iso', diskFormat: 'iso' },
    recipients: BOB_BJ,
    field: 'root',
    rule: 'share.iso',
  },
  {
    name: 'a KooGallery-published image',
    image: { publishedInKooGallery: true },
    recipients: BOB_BJ,
    field: 'root',
    rule: 'share.koogallery',
  },
  {
    name: 'a full-ECS image from a CSBS backup',
    image: { type: 'whole', source: { kind: 'csbs-backup', backupId: 'b', backupName: 'csbs-1' } },
    recipients: BOB_BJ,
    field: 'root',
    rule: 'share.whole-image-origin',
  },
  {
    name: 'an image shared with me',
    image: { ownerProjectId: BOB_BJ },
    ctx: { members: [makeMember({ imageId: 'img-0001', projectId: ALICE_BJ })] },
    recipients: CAROL_BJ,
    field: 'root',
    rule: 'share.received',
  },
];

function setup(row: Pick<Row, 'image' | 'ctx'>) {
  const image = makeImage({ ownerProjectId: ALICE_BJ, ...row.image });
  const viewer = makeViewer({ projectIds: [ALICE_BJ] });
  const ctx = makeContext({ projects: PROJECTS, ...row.ctx });
  return { image, viewer, ctx };
}

describe('the Share form refuses exactly what canShare decides, on the field it names', () => {
  it.each(ROWS)('$name', (row) => {
    const { image, viewer, ctx } = setup(row);
    const values = { projectIds: row.recipients };
    const placed = [...placeDenials(values, shareDenials(image, viewer, ctx, values))];
    const ids = row.recipients.split(/[\s,]+/).filter(Boolean);
    const decision = canShare(image, viewer, ctx, { projectIds: ids });

    expect(shareShape(values)).toEqual([]);
    expect(placed.length === 0).toBe(decision.allowed);
    expect(placed.length === 0).toBe(row.field === undefined);
    if (!decision.allowed) {
      const [place, denial] = placed[0] ?? [];
      expect(decision.rule).toBe(row.rule);
      expect(place).toBe(row.field);
      expect(denial?.rule).toBe(decision.rule);
      expect(denial?.reason).toBe(decision.reason);
    }
  });

  it('refuses a malformed id by its form, before the rules (which refuse it too, as no such project)', () => {
    const { image, viewer, ctx } = setup({});
    const values = { projectIds: 'globex' };
    expect(shareShape(values)).toEqual([
      {
        field: 'projectIds',
        message: '"globex" is not a project ID: a project ID is 32 hexadecimal characters (0-9, a-f).',
      },
    ]);
    const [place, denial] = [...placeDenials(values, shareDenials(image, viewer, ctx, values))][0] ?? [];
    expect(place).toBe('projectIds');
    expect(denial?.rule).toBe('share.same-region');
    expect(canShare(image, viewer, ctx, { projectIds: ['globex'] })).toMatchObject({ rule: 'share.same-region' });
  });

  it('refuses an empty list', () => {
    expect(shareShape({ projectIds: ' \n' })).toEqual([
      { field: 'projectIds', message: 'Enter at least one project ID.' },
    ]);
  });
});

describe('checkRecipients', () => {
  it('says of each entered id, in order, what the dialog shows', () => {
    const { image, ctx } = setup({
      ctx: { members: [makeMember({ imageId: 'img-0001', projectId: CAROL_BJ, status: 'pending' })] },
    });
    const checks = checkRecipients(image, ctx, `${BOB_BJ} nope ${ALICE_BJ}, ${BOB_SH};${CAROL_BJ} ${BOB_BJ}`);
    expect(checks.map((c) => [c.projectId, c.state, c.state === 'denied' ? c.denial.rule : undefined])).toEqual([
      [BOB_BJ, 'ok', undefined],
      ['nope', 'malformed', undefined],
      [ALICE_BJ, 'denied', 'share.not-self'],
      [BOB_SH, 'denied', 'share.same-region'],
      [CAROL_BJ, 'member', undefined],
    ]);
  });
});

describe('memberCount', () => {
  it.each<[string, Partial<Image>, number, string, { current: number; adding: number; limit: number }]>([
    ['system disk, nothing typed', {}, 3, '', { current: 3, adding: 0, limit: 128 }],
    ['system disk, two new', {}, 3, `${BOB_BJ} ${CAROL_BJ}`, { current: 3, adding: 2, limit: 128 }],
    ['full-ECS, one new', WHOLE_FROM_CBR, 10, BOB_BJ, { current: 10, adding: 1, limit: 10 }],
    ['an existing member is not new', {}, 1, hex(100), { current: 1, adding: 0, limit: 128 }],
    ['a malformed id is not new', {}, 1, '123', { current: 1, adding: 0, limit: 128 }],
    ['an unknown project is not new', {}, 1, hex(999), { current: 1, adding: 0, limit: 128 }],
    ["the owner's project is not new", {}, 1, ALICE_BJ, { current: 1, adding: 0, limit: 128 }],
    ['a project of another region is not new', {}, 1, BOB_SH, { current: 1, adding: 0, limit: 128 }],
    ['only the valid one of three is new', {}, 1, `123 ${BOB_BJ} ${hex(999)}`, { current: 1, adding: 1, limit: 128 }],
  ])('%s', (_, image, count, text, expected) => {
    const { image: img, ctx } = setup({ image, ctx: { members: members(count) } });
    expect(memberCount(img, ctx, text)).toEqual(expected);
  });
});

describe('batch share wording', () => {
  it.each([
    [3, 2, '5 selected: 3 will be shared, 2 skipped'],
    [2, 0, '2 selected: all 2 will be shared'],
    [0, 2, '2 selected: none can be shared, 2 skipped'],
  ])('%i eligible, %i skipped', (eligible, skipped, text) => {
    expect(preflightSummary(eligible, skipped)).toBe(text);
  });

  it('puts a refusal in one sentence with its hint', () => {
    const error = new ApiError({ status: 400, code: 'IMG.0098', message: 'Encrypted.', hint: 'Replicate it.' });
    expect(describeApiError(error)).toBe('Encrypted. Replicate it.');
  });
});
