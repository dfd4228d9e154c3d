import { describe, expect, it } from 'vitest';
import { canReplicate, type Image, type RuleContext } from '../../domain';
import { makeContext, makeImage, makeViewer } from '../../domain/test-fixtures';
import { ApiError } from '../../api/client';
import {
  defaultsOf,
  inputOf,
  replicateFormSchema,
  requestOf,
  serverProblem,
  type ReplicateFormValues,
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
const cross = (region: string, extra: Partial<ReplicateFormValues> = {}): Partial<ReplicateFormValues> => ({
  mode: 'cross-region',
  targetRegionId: region,
  targetProjectName: region,
  agencyName: 'ims_admin_agency',
  ...extra,
});

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
    field: 'vaultId',
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
    field: 'targetRegionId',
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
    field: 'targetRegionId',
    rule: 'replicate.cross-region.target',
  },
  {
    name: 'a project that is not in the destination',
    values: cross('cn-east-3', { targetProjectName: 'cn-north-4' }),
    field: 'targetProjectName',
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
    const values = { ...defaultsOf(image, 'in-region'), ...row.values };

    const parsed = replicateFormSchema(image, viewer, ctx).safeParse(values);
    const decision = canReplicate(image, viewer, ctx, inputOf(values));

    expect(parsed.success).toBe(decision.allowed);
    expect(parsed.success).toBe(row.field === undefined);
    if (!parsed.success && !decision.allowed) {
      expect(decision.rule).toBe(row.rule);
      const first = parsed.error.issues[0];
      expect(first?.path).toEqual([row.field]);
      expect(first?.message).toBe(decision.reason);
    }
  });
});

describe('replicate form', () => {
  it('defaults the name to copy_<source region>_<source name>', () => {
    expect(defaultsOf(makeImage(), 'in-region').name).toBe('copy_cn-north-4_centos-7-web');
  });

  it('sends an in-region copy with its key, and a cross-region copy with the vault only for full-ECS', () => {
    const image = makeImage();
    expect(requestOf(image, { ...defaultsOf(image, 'in-region'), kmsKeyId: 'key-default-bj4' })).toEqual({
      image,
      mode: 'in-region',
      body: { name: 'copy_cn-north-4_centos-7-web', cmk_id: 'key-default-bj4' },
    });
    const values = { ...defaultsOf(image, 'cross-region'), ...cross('cn-east-3', { vaultId: 'vault-sh1' }) };
    expect(requestOf(image, values).body).toEqual({
      name: 'copy_cn-north-4_centos-7-web',
      region: 'cn-east-3',
      project_name: 'cn-east-3',
      agency_name: 'ims_admin_agency',
    });
    const whole = makeImage({ type: 'whole' });
    expect(requestOf(whole, values).body).toMatchObject({ vault_id: 'vault-sh1' });
  });

  it('puts a backend refusal on its field, or above the form', () => {
    const onField = new ApiError({ status: 400, code: 'IMG.0015', message: 'Full.', field: 'targetRegionId' });
    expect(serverProblem(onField)).toEqual({ field: 'targetRegionId', message: 'Full.' });
    const agency = new ApiError({
      status: 400,
      code: 'IMG.0001',
      message: 'No agency.',
      fieldErrors: [{ field: 'body.agency_name', message: 'No such agency.' }],
    });
    expect(serverProblem(agency)).toEqual({ field: 'agencyName', message: 'No agency.' });
    const gone = new ApiError({ status: 404, code: 'IMG.0404', message: 'Gone.', hint: 'Reload.' });
    expect(serverProblem(gone)).toEqual({ message: 'Gone. Reload.' });
  });
});
