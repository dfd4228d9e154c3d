import { describe, expect, it } from 'vitest';
import {
  canReplicate,
  replicateInputOf,
  type Decision,
  type Image,
  type RegionId,
  type RuleContext,
  type Viewer,
} from '../../domain';
import { makeContext, makeImage, makeViewer } from '../../domain/test-fixtures';
import {
  defaultsOf,
  fieldPathOf,
  replicateFormSchema,
  requestOf,
  type ReplicateFormValues,
  type TargetValues,
} from './replicate-form';

interface Row {
  name: string;
  image?: Partial<Image>;
  ctx?: Partial<RuleContext>;
  values: Partial<ReplicateFormValues>;
  /** The field the first refusal lands on; undefined when the rules allow it. */
  field?: string;
  rule?: string;
}

const ENCRYPTED: Partial<Image> = { kmsKeyId: 'key-app-bj4' };
const cross = (region: RegionId, target: Partial<TargetValues> = {}): Partial<ReplicateFormValues> => ({
  mode: 'cross-region',
  agencyName: 'ims_admin_agency',
  targets: [{ regionId: region, projectName: region, vaultId: '', ...target }],
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
    field: 'targets.0.regionId',
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
    values: cross('cn-east-3', { projectName: 'cn-north-4' }),
    field: 'targets.0.projectName',
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

describe('replicateFormSchema accepts and refuses exactly what canReplicate decides', () => {
  it.each(ROWS)('$name', (row) => {
    const image = makeImage(row.image);
    const viewer = makeViewer();
    const ctx = makeContext(row.ctx);
    const values = { ...defaultsOf([image], viewer, 'in-region'), ...row.values };

    const parsed = replicateFormSchema([image], viewer, ctx).safeParse(values);
    const decision = engineDecision(image, viewer, ctx, values);

    expect(parsed.success).toBe(decision.allowed);
    expect(parsed.success).toBe(row.field === undefined);
    if (!parsed.success && !decision.allowed) {
      expect(decision.rule).toBe(row.rule);
      const first = parsed.error.issues[0];
      expect(first?.path.join('.')).toBe(row.field);
      expect(first?.message).toBe(decision.reason);
    }
  });
});

describe('replicateFormSchema for several destinations and several images', () => {
  const viewer = makeViewer();

  it('puts a refusal on the destination row it concerns', () => {
    const image = makeImage({ type: 'whole' });
    const values: ReplicateFormValues = {
      ...defaultsOf([image], viewer, 'cross-region'),
      agencyName: 'ims_admin_agency',
      targets: [
        { regionId: 'cn-east-3', projectName: 'cn-east-3', vaultId: 'vault-sh1' },
        { regionId: 'ap-southeast-3', projectName: 'ap-southeast-3', vaultId: '' },
      ],
    };
    const parsed = replicateFormSchema([image], viewer, makeContext()).safeParse(values);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['targets.1.vaultId']);
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
    const parsed = replicateFormSchema(images, viewer, makeContext()).safeParse(
      defaultsOf(images, viewer, 'in-region'),
    );
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual(rule ? [['root', rule]] : undefined);
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

  it.each([
    { field: 'targetRegionId', index: 0, path: 'targets.0.regionId' },
    { field: 'body.vault_id', index: 1, path: 'targets.1.vaultId' },
    { field: 'body.region', index: undefined, path: 'targets' },
    { field: 'body.agency_name', index: 0, path: 'agencyName' },
    { field: 'kmsKeyId', index: undefined, path: 'kmsKeyId' },
    { field: 'body.unknown', index: undefined, path: 'root' },
    { field: undefined, index: undefined, path: 'root' },
  ])('a refusal naming $field lands on $path', ({ field, index, path }) => {
    expect(fieldPathOf(field, index)).toBe(path);
  });
});
