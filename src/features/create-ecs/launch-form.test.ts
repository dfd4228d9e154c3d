import { describe, expect, it } from 'vitest';
import { canLaunch, FLAVORS, type Image, type Viewer } from '../../domain';
import { makeContext, makeImage, makeMember, bobsImage, makeViewer } from '../../domain/test-fixtures';
import {
  createServersBodySchema,
  createVolumesBodySchema,
  toServersBody,
  toServersInput,
  toVolumesBody,
  toVolumesInput,
} from '../../domain/wire/launch';
import { placeDenials } from '../../components/form/use-rule-form';
import {
  asDisk,
  defaultsOf,
  flavorDenial,
  inputOf,
  launchDenials,
  launchShape,
  launchWarnings,
  regionDenial,
  targetDenial,
  type LaunchFormValues,
} from './launch-form';

interface Row {
  name: string;
  image?: Partial<Image> | Image;
  viewer?: Partial<Viewer>;
  values?: Partial<LaunchFormValues>;
  shared?: boolean;
  /** The field the first refusal lands on; undefined when the rules allow it. */
  field?: string;
  rule?: string;
}

const DATA: Partial<Image> = {
  type: 'data',
  sizeGb: 350,
  minDiskGb: 100,
  osType: 'Other',
  platform: 'Other',
  publicImage: null,
};
const ISO: Partial<Image> = { type: 'iso', diskFormat: 'iso', publicImage: null };

const ROWS: Row[] = [
  { name: 'the defaults of a system disk image' },
  { name: 'the defaults of a full-ECS image', image: { type: 'whole' } },
  { name: 'the defaults of an ISO image (a temporary ECS)', image: ISO },
  { name: 'an accepted shared image', image: bobsImage(), shared: true },
  { name: 'a read-only user', viewer: { role: 'read-only' }, field: 'root', rule: 'access.read-only' },
  { name: 'an abnormal image', image: { status: 'killed' }, field: 'root', rule: 'launch.status' },
  { name: 'an ECS from a data disk image', image: DATA, field: 'target', rule: 'launch.image-type' },
  {
    name: 'an ECS from an ISO image',
    image: ISO,
    values: { target: 'ecs' },
    field: 'target',
    rule: 'launch.image-type',
  },
  {
    name: 'a disk from a system disk image',
    values: { target: 'evs' },
    field: 'target',
    rule: 'launch.image-type',
  },
  { name: 'another region', values: { regionId: 'cn-east-3' }, field: 'regionId', rule: 'launch.region' },
  {
    name: 'a Kunpeng flavor for an x86 image',
    values: { flavorName: 'kc1.large.2' },
    field: 'flavorName',
    rule: 'launch.architecture',
  },
  { name: 'a Kunpeng flavor for an Arm image', image: { architecture: 'arm' }, values: { flavorName: 'kc1.large.2' } },
  {
    name: '8 GB for a 32-bit image',
    image: { osBit: 32 },
    values: { flavorName: 's6.large.4' },
    field: 'flavorName',
    rule: 'launch.os-bit-memory',
  },
  { name: '4 GB for a 32-bit image', image: { osBit: 32 }, values: { flavorName: 's7.medium.4' } },
  {
    name: 'a GPU flavor for a UEFI image',
    image: { bootMode: 'uefi' },
    values: { flavorName: 'g6.xlarge.4' },
    field: 'flavorName',
    rule: 'launch.uefi-heterogeneous',
  },
  { name: 'a GPU flavor for a BIOS image', values: { flavorName: 'p2s.2xlarge.8' } },
  { name: 'no ECS', values: { count: '0' }, field: 'count', rule: 'launch.count' },
  { name: 'a count that is no number', values: { count: 'ten' }, field: 'count', rule: 'launch.count' },
  { name: '501 ECSs', values: { count: '501' }, field: 'count', rule: 'launch.count' },
  { name: '101 ECSs (advisory only)', values: { count: '101' } },
  { name: 'an empty name', values: { name: '' }, field: 'name', rule: 'launch.name' },
  { name: 'a name with a space', values: { name: 'web 01' }, field: 'name', rule: 'launch.name' },
  { name: 'a 64-character name', values: { name: 'w'.repeat(64) } },
  {
    name: 'a system disk below the minimum',
    values: { diskSizeGb: '39' },
    field: 'diskSizeGb',
    rule: 'launch.disk-size',
  },
  { name: 'a 1025 GB system disk', values: { diskSizeGb: '1025' }, field: 'diskSizeGb', rule: 'launch.disk-size' },
  { name: 'a 1024 GB system disk', values: { diskSizeGb: '1024' } },
  { name: 'a disk size with letters', values: { diskSizeGb: '40GB' }, field: 'diskSizeGb', rule: 'launch.disk-size' },
];

function setUp(row: Row) {
  const image =
    row.image && 'id' in row.image && row.image.ownerProjectId !== undefined
      ? (row.image as Image)
      : makeImage(row.image);
  const viewer = makeViewer(row.viewer);
  const ctx = makeContext({ members: row.shared ? [makeMember({ status: 'accepted' })] : [] });
  const values = { ...defaultsOf(image, viewer, ctx, FLAVORS), ...row.values };
  return { image, viewer, ctx, values };
}

describe('the Create ECS form refuses exactly what canLaunch decides, on the field it names', () => {
  it.each(ROWS)('$name', (row) => {
    const { image, viewer, ctx, values } = setUp(row);
    const placed = [...placeDenials(values, launchDenials(image, viewer, ctx, values, FLAVORS))];
    const decision = canLaunch(image, viewer, ctx, inputOf(values, FLAVORS));

    expect(placed.length === 0).toBe(decision.allowed);
    expect(placed.length === 0).toBe(row.field === undefined);
    if (!decision.allowed) {
      const [place, denial] = placed[0] ?? [];
      expect(place).toBe(row.field);
      expect(denial?.rule).toBe(row.rule);
      expect(denial?.rule).toBe(decision.rule);
      expect(denial?.reason).toBe(decision.reason);
    }
  });

  // Text that is no number never leaves the form (JSON has no NaN); launch.count and launch.disk-size hold it.
  const sendable = (r: Row) =>
    r.field !== 'root' && [r.values?.count, r.values?.diskSizeGb].every((v) => v === undefined || /^\d+$/.test(v));
  it.each(ROWS.filter(sendable))('$name: the request the backend parses asks the same', (row) => {
    const { image, values } = setUp(row);
    const input = inputOf(values, FLAVORS);
    if (input.target === 'evs') {
      const body = createVolumesBodySchema.parse(toVolumesBody(image.id, input, 'SSD'));
      expect(toVolumesInput(body, input.regionId)).toEqual(input);
      return;
    }
    const body = createServersBodySchema.parse(toServersBody(image.id, input, 'SSD'));
    const flavor = FLAVORS.find((f) => f.name === body.server.flavorRef);
    if (!flavor) throw new Error('test: no flavor');
    expect(toServersInput(body, input.regionId, flavor)).toEqual(input);
  });
});

describe('the choices the form lists', () => {
  const image = makeImage({ bootMode: 'uefi', osBit: 32 });
  const viewer = makeViewer();
  const ctx = makeContext();
  const values = defaultsOf(image, viewer, ctx, FLAVORS);

  it('opens on a flavor the rules allow', () => {
    expect(flavorDenial(image, viewer, ctx, values, FLAVORS)).toBeUndefined();
  });

  it('lists each refused flavor with its reason', () => {
    const reasons = Object.fromEntries(
      FLAVORS.map((f) => [f.name, flavorDenial(image, viewer, ctx, { ...values, flavorName: f.name }, FLAVORS)?.rule]),
    );
    expect(reasons).toMatchObject({
      's6.small.1': undefined,
      's6.large.4': 'launch.os-bit-memory',
      'kc1.large.2': 'launch.architecture',
      's7.medium.4': undefined,
    });
  });

  it('lists other regions refused by launch.region', () => {
    expect(regionDenial(image, viewer, ctx, values, 'cn-north-4')).toBeUndefined();
    expect(regionDenial(image, viewer, ctx, values, 'ap-southeast-3')?.reason).toBe(
      'This image is in CN North-Beijing4; it cannot create ECSs in AP-Singapore.',
    );
  });

  it('a data disk image refuses an ECS and a temporary ECS, and allows a disk', () => {
    const data = makeImage(DATA);
    const v = defaultsOf(data, viewer, ctx, FLAVORS);
    expect(targetDenial(data, viewer, ctx, v, 'ecs')?.reason).toBe('A data disk image cannot create ECSs.');
    expect(targetDenial(data, viewer, ctx, v, 'temporary-ecs')?.reason).toBe(
      'A data disk image cannot create temporary ECSs.',
    );
    expect(targetDenial(data, viewer, ctx, v, 'evs')).toBeUndefined();
  });

  it('Create disk switches to an EVS disk of the image size, which the rules allow', () => {
    const data = makeImage(DATA);
    const disk = asDisk(data, defaultsOf(data, viewer, ctx, FLAVORS));
    expect(disk).toMatchObject({ target: 'evs', diskSizeGb: '350' });
    expect(canLaunch(data, viewer, ctx, inputOf(disk, FLAVORS))).toEqual({ allowed: true });
  });

  it('over 100 ECSs warns with launch.batch-size but does not refuse', () => {
    const golden = makeImage();
    const many = { ...defaultsOf(golden, viewer, ctx, FLAVORS), count: '150' };
    expect(launchDenials(golden, viewer, ctx, many, FLAVORS)).toEqual([]);
    expect(launchWarnings(golden, viewer, ctx, many, FLAVORS).map((w) => w.reason)).toEqual([
      'Creating 150 ECSs at once from one image is above the recommended 100.',
    ]);
  });

  it('an ECS without a flavor is a shape problem on flavorName', () => {
    expect(launchShape({ ...values, flavorName: '' }, FLAVORS)).toEqual([
      { field: 'flavorName', message: 'Choose a flavor.' },
    ]);
    expect(launchShape(values, FLAVORS)).toEqual([]);
  });
});
