import { z } from 'zod';

export const regionIdSchema = z.enum([
  'cn-north-4',
  'cn-east-3',
  'cn-south-1',
  'ap-southeast-1',
  'ap-southeast-3',
  'eu-west-101',
]);
export type RegionId = z.infer<typeof regionIdSchema>;

export interface RegionCapabilities {
  /** Largest image (GB) this region may replicate to another region (000 T4). */
  crossRegionReplicationMaxGb: number;
  /** The region lets images over 128 GB be exported without fast export (000 T5 note). */
  exportLargeWithoutFastExport: boolean;
  /** The region lets images built from Ubuntu public images be exported (000 T5 note). */
  exportUbuntuDerived: boolean;
}

export interface Region {
  id: RegionId;
  displayName: string;
  capabilities: RegionCapabilities;
}

const large = { crossRegionReplicationMaxGb: 300 };
const standard = { crossRegionReplicationMaxGb: 128 };

export const REGIONS: readonly Region[] = [
  {
    id: 'cn-north-4',
    displayName: 'CN North-Beijing4',
    capabilities: { ...large, exportLargeWithoutFastExport: true, exportUbuntuDerived: true },
  },
  {
    id: 'cn-east-3',
    displayName: 'CN East-Shanghai1',
    capabilities: { ...large, exportLargeWithoutFastExport: false, exportUbuntuDerived: true },
  },
  {
    id: 'cn-south-1',
    displayName: 'CN South-Guangzhou',
    capabilities: { ...large, exportLargeWithoutFastExport: false, exportUbuntuDerived: false },
  },
  {
    id: 'ap-southeast-1',
    displayName: 'CN-Hong Kong',
    capabilities: { ...standard, exportLargeWithoutFastExport: false, exportUbuntuDerived: false },
  },
  {
    id: 'ap-southeast-3',
    displayName: 'AP-Singapore',
    capabilities: { ...standard, exportLargeWithoutFastExport: false, exportUbuntuDerived: true },
  },
  {
    id: 'eu-west-101',
    displayName: 'EU-Dublin',
    capabilities: { ...standard, exportLargeWithoutFastExport: false, exportUbuntuDerived: false },
  },
];

export const DEFAULT_REGION: RegionId = 'cn-north-4';

export function regionById(id: RegionId): Region {
  const region = REGIONS.find((r) => r.id === id);
  if (!region) throw new Error(`Unknown region ${id}`);
  return region;
}

export function regionName(id: string): string {
  return REGIONS.find((r) => r.id === id)?.displayName ?? id;
}
