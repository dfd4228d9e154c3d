import { describe, expect, it } from 'vitest';
import type { RunCopy } from '../../api/replication-queue';
import { placeDenials } from '../../components/form/use-rule-form';
import {
  canReplicate,
  replicateInputOf,
  type Decision,
  type Denial,
  type Image,
  type RegionId,
  type RuleContext,
  type Viewer,
} from '../../domain';
import { makeContext, makeImage, makeViewer } from '../../domain/test-fixtures';
import {
  defaultsOf,
  refusedFieldOf,
  replicateDenials,
  requestOf,
  targetOf,
  type ReplicateFormValues,
  type TargetValues,
} from './replicate-form';

interface Row {
  name: string;
  image?: Partial<Image>;
  ctx?: Partial<RuleContext>;
  values: Partial<ReplicateFormValues>;
  /** The place the first refusal lands on; undefined when the rules allow it. */
  field?: string;
  rule?: string;
}

const ENCRYPTED: Partial<Image> = { kmsKeyId: 'key-app-bj4' };
/** The default name of a copy of the default test image. */
const COPY = 'copy_cn-north-4_centos-7-web';
const cross = (region: RegionId, target: Partial<TargetValues> = {}): Partial<ReplicateFormValues> => ({
  mode: 'cross-region',
  agencyName: 'ims_admin_agency',
  targets: [{ ...targetOf(region, region, COPY), ...target }],
});

/** What the engine decides of the values: every destination must be allowed. */
function engineDecision(image: Image, viewer: Viewer, ctx: RuleContext, values: ReplicateFormValues): Decision {
  const request = requestOf(values, 1);
  const inputs =
    request.mode === 'cross-region' && request.targets.length > 0
      ? request.targets.map((t) => replicateInputOf(image, request, t))
      : [replicateInputOf(image, request)];
  return inputs.map((input) => canReplicate(image, viewer, ctx, input)).find((d) => !d.allowed) ?? { allowed: true };
}

/** Each place the form shows a refusal on, with its reason. */
function placed(images: readonly Image[], ctx: RuleContext, values: ReplicateFormValues) {
  return [...placeDenials(values, replicateDenials(images, makeViewer(), ctx, values))];
}

const ROWS: Row[] = [
  { name: 'in-region with the default name', values: { mode: 'in-region' } },
  { name: 'in-region to the default key', values: { mode: 'in-region', kmsKeyId: 'key-default-bj4' } },
  {
    name: 'full-ECS in-region',
    image: { type: 'whole' },
    values: { mode: 'in-region' },
    field: 'mode',
    rule: 'replicate.in-region.whole-image',
  },
  {
    name: 'full-ECS across regions with a vault',
    image: { type: 'whole' },
    values: cross('cn-east-3', { vaultId: 'vault-sh1' }),
  },
  {
    name: 'full-ECS across regions without a vault',
    image: { type: 'whole' },
    values: cross('cn-east-3'),
    field: 'targets.0.vaultId',
    rule: 'replicate.cross-region.target',
  },
  {
    name: '200 GB in-region',
    image: { sizeGb: 200, minDiskGb: 200 },
    values: { mode: 'in-region' },
    field: 'mode',
    rule: 'replicate.in-region.size',
  },
  {
    name: '200 GB across regions from cn-north-4 (300 GB)',
    image: { sizeGb: 200, minDiskGb: 200 },
    values: cross('cn-east-3'),
  },
  {
    name: '200 GB across regions from ap-southeast-1 (128 GB)',
    image: { sizeGb: 200, minDiskGb: 200, regionId: 'ap-southeast-1' },
    values: cross('cn-east-3'),
    field: 'mode',
    rule: 'replicate.cross-region.size',
  },
  {
    name: 'encrypted across regions',
    image: ENCRYPTED,
    values: cross('cn-east-3'),
    field: 'mode',
    rule: 'replicate.cross-region.encrypted',
  },
  { name: 'encrypted in-region to an unencrypted copy', image: ENCRYPTED, values: { mode: 'in-region' } },
  {
    name: 'a disabled key',
    values: { mode: 'in-region', kmsKeyId: 'key-old-bj4' },
    field: 'kmsKeyId',
    rule: 'replicate.key',
  },
  {
    name: 'a key of another region',
    values: { mode: 'in-region', kmsKeyId: 'key-app-sh1' },
    field: 'kmsKeyId',
    rule: 'replicate.key',
  },
  {
    name: 'a destination at quota',
    ctx: { quota: { 'cn-east-3': { used: 50, limit: 50 } } },
    values: cross('cn-east-3'),
    field: 'targets.0.targetRegionId',
    rule: 'replicate.quota',
  },
  {
    name: 'a destination under quota',
    ctx: { quota: { 'cn-east-3': { used: 49, limit: 50 } } },
    values: cross('cn-east-3'),
  },
  {
    name: 'no destination chosen',
    values: { mode: 'cross-region', agencyName: 'ims_admin_agency' },
    field: 'targets',
    rule: 'replicate.cross-region.target',
  },
  {
    name: 'a project that is not in the destination',
    values: cross('cn-east-3', { targetProjectName: 'cn-north-4' }),
    field: 'targets.0.targetProjectName',
    rule: 'replicate.cross-region.target',
  },
  { name: 'a 128-character name', values: { mode: 'in-region', name: 'n'.repeat(128) } },
  {
    name: 'a 129-character name',
    values: { mode: 'in-region', name: 'n'.repeat(129) },
    field: 'name',
    rule: 'replicate.name',
  },
  { name: 'an empty name', values: { mode: 'in-region', name: '' }, field: 'name', rule: 'replicate.name' },
  { name: 'a name with /', values: { mode: 'in-region', name: 'web/copy' }, field: 'name', rule: 'replicate.name' },
  {
    name: 'an abnormal image',
    image: { status: 'killed' },
    values: { mode: 'in-region' },
    field: 'root',
    rule: 'replicate.status',
  },
];

describe('the Replicate form refuses exactly what canReplicate decides, on the field it names', () => {
  it.each(ROWS)('$name', (row) => {
    const image = makeImage(row.image);
    const viewer = makeViewer();
    const ctx = makeContext(row.ctx);
    const values = { ...defaultsOf([image], viewer, 'in-region'), ...row.values };

    const refusals = placed([image], ctx, values);
    const decision = engineDecision(image, viewer, ctx, values);

    expect(refusals.length === 0).toBe(decision.allowed);
    expect(refusals.length === 0).toBe(row.field === undefined);
    if (!decision.allowed) {
      expect(decision.rule).toBe(row.rule);
      const [place, denial] = refusals[0] ?? [];
      expect(place).toBe(row.field);
      expect(denial?.rule).toBe(decision.rule);
      expect(denial?.reason).toBe(decision.reason);
    }
  });
});

describe('the Replicate form for several destinations and several images', () => {
  const viewer = makeViewer();

  it('puts a refusal on the destination row it concerns', () => {
    const image = makeImage({ type: 'whole' });
    const values: ReplicateFormValues = {
      ...defaultsOf([image], viewer, 'cross-region'),
      agencyName: 'ims_admin_agency',
      targets: [
        { ...targetOf('cn-east-3', 'cn-east-3', COPY), vaultId: 'vault-sh1' },
        targetOf('ap-southeast-3', 'ap-southeast-3', COPY),
      ],
    };
    expect(placed([image], makeContext(), values).map(([place]) => place)).toEqual(['targets.1.vaultId']);
  });

  it.each([
    { name: 'one eligible image is enough for a batch', types: ['system', 'whole'] as const, rule: undefined },
    {
      name: 'a batch none of which may be copied is refused with the first reason',
      types: ['whole', 'whole'] as const,
      rule: 'This is a full-ECS image; full-ECS images cannot be replicated within a region.',
    },
  ])('$name', ({ types, rule }) => {
    const images = types.map((type, i) => makeImage({ id: `img-${i}`, type }));
    const refusals = placed(images, makeContext(), defaultsOf(images, viewer, 'in-region'));
    expect(refusals.map(([place, denial]) => [place, denial.reason])).toEqual(rule ? [['root', rule]] : []);
  });
});

describe("each destination's copy has its own name", () => {
  const viewer = makeViewer();
  const image = makeImage();
  const values = (...names: string[]): ReplicateFormValues => ({
    ...defaultsOf([image], viewer, 'cross-region'),
    agencyName: 'ims_admin_agency',
    targets: names.map((name, i) => {
      const region = (['cn-east-3', 'ap-southeast-3'] as const)[i] ?? 'cn-east-3';
      return targetOf(region, region, name);
    }),
  });

  it('sends each row its own name', () => {
    const request = requestOf(values(COPY, `${COPY}-1`), 1);
    expect(request.targets.map((t) => replicateInputOf(image, request, t).name)).toEqual([COPY, `${COPY}-1`]);
  });

  it.each([
    { name: 'valid names', names: [COPY, 'web-sg'], place: undefined, reason: undefined },
    {
      name: 'a name with a slash in the second row',
      names: [COPY, 'web/sg'],
      place: 'targets.1.name',
      reason: 'The name contains "/", which is not allowed.',
    },
    { name: 'an emptied first row', names: ['', 'web-sg'], place: 'targets.0.name', reason: 'The name is empty.' },
  ])('$name', ({ names, place, reason }) => {
    const [first] = placed([image], makeContext(), values(...names));
    expect(first?.[0]).toBe(place);
    expect(first?.[1].rule).toBe(place ? 'replicate.name' : undefined);
    expect(first?.[1].reason).toBe(reason);
  });

  it('a batch names no row: each copy takes its default', () => {
    const images = [image, makeImage({ id: 'img-2', name: 'db' })];
    const request = requestOf({ ...values(''), targets: [targetOf('cn-east-3', 'cn-east-3', '')] }, 2);
    expect(images.map((i) => replicateInputOf(i, request, request.targets[0]).name)).toEqual([
      COPY,
      'copy_cn-north-4_db',
    ]);
  });
});

describe('replicate form', () => {
  const viewer = makeViewer();

  it('defaults one copy to copy_<source region>_<source name> in its enterprise project; a batch names none', () => {
    const image = makeImage({ enterpriseProjectId: 'ep-retail' });
    expect(defaultsOf([image], viewer, 'in-region')).toMatchObject({
      name: 'copy_cn-north-4_centos-7-web',
      enterpriseProjectId: 'ep-retail',
    });
    expect(defaultsOf([image, makeImage({ id: 'img-2' })], viewer, 'in-region')).toMatchObject({
      name: '',
      enterpriseProjectId: '0',
    });
  });

  it('asks one name of a single image and leaves a batch to the default names', () => {
    const image = makeImage();
    const values = { ...defaultsOf([image], viewer, 'in-region'), name: 'golden', kmsKeyId: 'key-default-bj4' };
    expect(requestOf(values, 1)).toEqual({
      mode: 'in-region',
      name: 'golden',
      kmsKeyId: 'key-default-bj4',
      enterpriseProjectId: '0',
      targets: [],
    });
    expect(requestOf(values, 2)).not.toHaveProperty('name');
  });
});

describe('a run refused as a whole goes back to the form', () => {
  const viewer = makeViewer();
  const image = makeImage();
  const values: ReplicateFormValues = {
    ...defaultsOf([image], viewer, 'cross-region'),
    targets: [targetOf('cn-east-3', 'cn-east-3', COPY), targetOf('ap-southeast-3', 'ap-southeast-3', COPY)],
  };
  const copyTo = (regionId: RegionId, refusedField: string | undefined, i: number): RunCopy => ({
    id: `c${i}`,
    image,
    input: { mode: 'cross-region', targetRegionId: regionId },
    regionId,
    state: 'refused',
    ...(refusedField ? { refusedField } : {}),
  });
  const denialOn = (field: string | undefined): Denial => ({
    allowed: false,
    rule: 'replicate.cross-region.target',
    reason: 'Refused.',
    code: 'IMG.0400',
    field,
  });

  it.each([
    { field: 'targetRegionId', to: ['cn-east-3'], path: 'targets.0.targetRegionId' },
    { field: 'vaultId', to: ['ap-southeast-3'], path: 'targets.1.vaultId' },
    { field: 'targetRegionId', to: ['cn-east-3', 'ap-southeast-3'], path: 'root' },
    { field: 'agencyName', to: ['cn-east-3'], path: 'agencyName' },
    { field: 'kmsKeyId', to: ['cn-north-4', 'cn-north-4'], path: 'kmsKeyId' },
    { field: 'unknown', to: ['cn-east-3', 'ap-southeast-3'], path: 'root' },
    { field: undefined, to: ['cn-east-3', 'ap-southeast-3'], path: 'root' },
  ] as const)('a refusal naming $field of a run to $to lands on $path', ({ field, to, path }) => {
    const copies = to.map((region, i) => copyTo(region, field, i));
    const [[place] = []] = placeDenials(values, [denialOn(refusedFieldOf(values, copies))]);
    expect(place).toBe(path);
  });
});
