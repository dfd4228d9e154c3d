import { describe, expect, it } from 'vitest';
import type { Image } from './model/image';
import { REGIONS, regionById, regionName, type RegionId } from './regions';
import { ruleEntry } from './rules/catalogue';
import { canExport, type ExportInput } from './rules/export';
import { canReplicate, crossRegionLimitGb } from './rules/replicate';
import { makeContext, makeImage, makeViewer, outcome, type Outcome } from './test-fixtures';

/** A Standard bucket in every region, so only the region's capabilities decide. */
const ctx = makeContext({
  buckets: REGIONS.map((r) => ({
    name: `b-${r.id}`,
    regionId: r.id,
    accountId: 'acc-alice',
    storageClass: 'STANDARD' as const,
    objects: [],
  })),
});
const exportIn = (regionId: RegionId, fastExport = false): ExportInput => ({
  bucket: `b-${regionId}`,
  fileName: 'web.vmdk',
  format: fastExport ? undefined : 'vmdk',
  fastExport,
});
const UBUNTU: Partial<Image> = {
  platform: 'Ubuntu',
  publicImage: { id: 'pub-ubuntu-2204', name: 'Ubuntu 22.04 server 64bit', platform: 'Ubuntu' },
};

describe('cross-region replication limit by source region (000 T4)', () => {
  it.each<[RegionId, number]>([
    ['cn-north-4', 300],
    ['cn-east-3', 300],
    ['cn-south-1', 300],
    ['ap-southeast-1', 128],
    ['ap-southeast-3', 128],
    ['eu-west-101', 128],
  ])('%s replicates up to %i GB', (region, limit) => {
    expect(crossRegionLimitGb(region)).toBe(limit);
  });

  it.each<{ region: RegionId; target: RegionId; expected: Outcome }>([
    { region: 'cn-north-4', target: 'cn-east-3', expected: { allowed: true } },
    {
      region: 'ap-southeast-1',
      target: 'ap-southeast-3',
      expected: {
        allowed: false,
        rule: 'replicate.cross-region.size',
        reason: 'This image is 200 GB; replication across regions from CN-Hong Kong allows at most 128 GB.',
        field: 'mode',
      },
    },
  ])('a 200 GB image from $region', ({ region, target, expected }) => {
    const image = makeImage({ regionId: region, sizeGb: 200 });
    const input = { mode: 'cross-region', targetRegionId: target, targetProjectName: target } as const;
    expect(outcome(canReplicate(image, makeViewer(), ctx, input))).toEqual(expected);
  });
});

describe('export of Ubuntu-derived images by region (000 T5 note)', () => {
  it.each<{ region: RegionId; expected: Outcome }>([
    { region: 'cn-north-4', expected: { allowed: true } },
    {
      region: 'cn-south-1',
      expected: {
        allowed: false,
        rule: 'export.licensed-os',
        reason:
          'This image was created from the Ubuntu public image Ubuntu 22.04 server 64bit; it cannot be exported in this region.',
      },
    },
  ])('$region', ({ region, expected }) => {
    const image = makeImage({ ...UBUNTU, regionId: region });
    expect(outcome(canExport(image, makeViewer(), ctx, exportIn(region)))).toEqual(expected);
  });

  it('the hint names exactly the regions that allow it', () => {
    const allowing = REGIONS.filter((r) => r.capabilities.exportUbuntuDerived).map((r) => r.displayName);
    const hint = ruleEntry('export.licensed-os').hint({ platform: 'Ubuntu', publicImage: 'x' });
    expect(allowing).toEqual(['CN North-Beijing4', 'CN East-Shanghai1', 'AP-Singapore']);
    for (const name of allowing) expect(hint).toContain(name);
  });
});

describe('export over 128 GB without fast export by region (000 T5 note)', () => {
  it.each<{ region: RegionId; expected: Outcome }>([
    { region: 'cn-north-4', expected: { allowed: true } },
    {
      region: 'cn-east-3',
      expected: {
        allowed: false,
        rule: 'export.fast-only',
        reason: 'This image is 200 GB; images over 128 GB can only be exported with fast export in this region.',
        field: 'fastExport',
      },
    },
  ])('a 200 GB image in $region', ({ region, expected }) => {
    const image = makeImage({ regionId: region, sizeGb: 200 });
    expect(outcome(canExport(image, makeViewer(), ctx, exportIn(region)))).toEqual(expected);
  });

  it('fast export takes it in every region', () => {
    for (const r of REGIONS) {
      const image = makeImage({ regionId: r.id, sizeGb: 200 });
      expect(canExport(image, makeViewer(), ctx, exportIn(r.id, true))).toEqual({ allowed: true });
    }
  });
});

describe('region lookup', () => {
  it('finds a region by id and names it', () => {
    expect(regionById('ap-southeast-3').displayName).toBe('AP-Singapore');
    expect(regionName('cn-south-1')).toBe('CN South-Guangzhou');
  });

  it('falls back to the id for an unknown region name and throws on an unknown id', () => {
    expect(regionName('xx-nowhere-1')).toBe('xx-nowhere-1');
    expect(() => regionById('xx-nowhere-1' as RegionId)).toThrow('Unknown region xx-nowhere-1');
  });
});
