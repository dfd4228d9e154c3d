import { describe, expect, it } from 'vitest';
import { canModify, type Image, type Viewer } from '../../domain';
import { makeContext, makeImage, makeViewer } from '../../domain/test-fixtures';
import { placeDenials } from '../../components/form/use-rule-form';
import { changesOf, defaultsOf, modifyDenials, type ModifyFormValues } from './modify-form';

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

describe('the Modify form refuses exactly what canModify decides, on the field it names', () => {
  it.each(ROWS)('$name', (row) => {
    const image = makeImage(row.image);
    const viewer = makeViewer(row.viewer);
    const ctx = makeContext();
    const values = { ...defaultsOf(image), ...row.values };

    const placed = [...placeDenials(values, modifyDenials(image, viewer, ctx, values))];
    const decision = canModify(image, viewer, ctx, changesOf(image, values));

    expect(placed.length === 0).toBe(decision.allowed);
    expect(placed.length === 0).toBe(row.field === undefined);
    if (!decision.allowed) {
      const [place, denial] = placed[0] ?? [];
      expect(place).toBe(row.field);
      expect(denial?.rule).toBe(decision.rule);
      expect(denial?.reason).toBe(decision.reason);
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
