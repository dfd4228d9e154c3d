import { describe, expect, it } from 'vitest';
import { canModify, type Image, type Viewer } from '../../domain';
import { makeContext, makeImage, makeViewer } from '../../domain/test-fixtures';
import { ApiError } from '../../api/client';
import { changesOf, defaultsOf, modifyFormSchema, serverProblem, type ModifyFormValues } from './modify-form';

interface Row {
  name: string;
  image?: Partial<Image>;
  viewer?: Partial<Viewer>;
  values: Partial<ModifyFormValues>;
  /** The field the refusal lands on; undefined when the rules allow it. */
  field?: string;
}

const DATA_DISK: Partial<Image> = { type: 'data', osType: 'Other', platform: 'Other', publicImage: null };

const ROWS: Row[] = [
  { name: 'nothing changed', values: {} },
  { name: 'a new name', values: { name: 'centos-7-web-v2' } },
  { name: 'a 128-character name', values: { name: 'n'.repeat(128) } },
  { name: 'an empty name', values: { name: '' }, field: 'name' },
  { name: 'a 129-character name', values: { name: 'n'.repeat(129) }, field: 'name' },
  { name: 'a name with <', values: { name: 'web<1>' }, field: 'name' },
  { name: 'a name with a trailing space', values: { name: 'web ' }, field: 'name' },
  { name: 'an empty description', values: { description: '' } },
  { name: 'a 1024-character description', values: { description: 'd'.repeat(1024) } },
  { name: 'a 1025-character description', values: { description: 'd'.repeat(1025) }, field: 'description' },
  { name: 'a description with > ', values: { description: 'a > b' }, field: 'description' },
  { name: 'memory 1024–4096 MB', values: { minRamMb: '1024', maxRamMb: '4096' } },
  { name: 'an empty minimum (no minimum)', image: { minRamMb: 2048 }, values: { minRamMb: '' } },
  { name: 'an empty maximum (no limit)', image: { maxRamMb: 4096 }, values: { maxRamMb: '', minRamMb: '8192' } },
  { name: 'minimum above maximum', values: { minRamMb: '8192', maxRamMb: '4096' }, field: 'minRamMb' },
  { name: 'minimum memory that is not a number', values: { minRamMb: 'lots' }, field: 'minRamMb' },
  { name: 'a fractional maximum', values: { maxRamMb: '1.5' }, field: 'maxRamMb' },
  { name: 'a maximum over 1 TB of memory', values: { maxRamMb: '1048577' }, field: 'maxRamMb' },
  { name: 'UEFI with NIC multi-queue', values: { bootMode: 'uefi', nicMultiQueue: true } },
  {
    name: 'name and description of a data disk image',
    image: DATA_DISK,
    values: { name: 'data-01', description: 'x' },
  },
  {
    name: 'OS fields of a data disk image are not sent',
    image: DATA_DISK,
    values: { bootMode: 'uefi', minRamMb: 'x' },
  },
  { name: 'an abnormal image', image: { status: 'killed' }, values: { name: 'fixed' }, field: 'root' },
  { name: 'a read-only viewer', viewer: { role: 'read-only' }, values: { name: 'fixed' }, field: 'root' },
];

describe('modifyFormSchema accepts and refuses exactly what canModify decides', () => {
  it.each(ROWS)('$name', (row) => {
    const image = makeImage(row.image);
    const viewer = makeViewer(row.viewer);
    const ctx = makeContext();
    const values = { ...defaultsOf(image), ...row.values };

    const parsed = modifyFormSchema(image, viewer, ctx).safeParse(values);
    const decision = canModify(image, viewer, ctx, changesOf(image, values));

    expect(parsed.success).toBe(decision.allowed);
    expect(parsed.success).toBe(row.field === undefined);
    if (!parsed.success && !decision.allowed) {
      const first = parsed.error.issues[0];
      expect(first?.path).toEqual([row.field]);
      expect(first?.message).toBe(decision.reason);
    }
  });
});

describe('changesOf', () => {
  it('sends only what changed', () => {
    const image = makeImage({ minRamMb: 1024, maxRamMb: null });
    expect(changesOf(image, { ...defaultsOf(image), name: 'renamed', maxRamMb: '8192' })).toEqual({
      name: 'renamed',
      maxRamMb: 8192,
    });
  });

  it('sends nothing for the defaults', () => {
    const image = makeImage({ maxRamMb: 4096, bootMode: 'uefi', nicMultiQueue: true });
    expect(changesOf(image, defaultsOf(image))).toEqual({});
  });

  it('clears the maximum with an empty field', () => {
    const image = makeImage({ maxRamMb: 4096 });
    expect(changesOf(image, { ...defaultsOf(image), maxRamMb: ' ' })).toEqual({ maxRamMb: null });
  });
});

describe('serverProblem', () => {
  it('puts a rule refusal on the field it names', () => {
    const error = new ApiError({
      status: 400,
      code: 'IMG.0035',
      message: 'Name is empty.',
      rule: 'modify.fields',
      field: 'name',
    });
    expect(serverProblem(error)).toEqual({ field: 'name', message: 'Name is empty.' });
  });

  it('shows a refusal without a dialog field above the form, with its hint', () => {
    const error = new ApiError({
      status: 400,
      code: 'IMG.0096',
      message: 'This image is not encrypted; a key cannot be added to an existing image.',
      rule: 'encrypt.key-fixed',
      hint: 'Replicate the image within the region and choose the new key for the copy.',
      field: 'kmsKeyId',
    });
    expect(serverProblem(error)).toEqual({
      message:
        'This image is not encrypted; a key cannot be added to an existing image. Replicate the image within the region and choose the new key for the copy.',
    });
  });

  it('lists the per-field problems of a 400', () => {
    const error = new ApiError({
      status: 400,
      code: 'IMG.0001',
      message: 'The request is not valid.',
      fieldErrors: [{ field: '0.value', message: 'Expected a string' }],
    });
    expect(serverProblem(error)).toEqual({ message: 'The request is not valid. 0.value: Expected a string' });
  });

  it('reads any other failure', () => {
    expect(serverProblem(new TypeError('Failed to fetch'))).toEqual({ message: 'Failed to fetch' });
  });
});
