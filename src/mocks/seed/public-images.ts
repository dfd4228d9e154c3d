import {
  OS_VERSIONS,
  osTypeOfPlatform,
  platformSchema,
  type Architecture,
  type OsVersion,
  type Platform,
  type PublicImage,
  type PublicImageFeatures,
  type RegionId,
} from '../../domain';
import { daysBefore, prng, uuidFrom } from './ids';

/*
 * The cloud's public images (`__imagetype: gold`): one per OS version and architecture of the
 * supported-OS tables of 002 §6 (x86: Tables 6-1 to 6-4 and the Windows Server and Oracle Linux
 * versions of Table 6-6; Kunpeng: Table 6-5), read from `OS_VERSIONS`. The same catalogue in
 * every region, each image with an ID of its own region. Public images are no tenant's records:
 * they are not stored in the db (so no scenario, quota or private list sees them) but derived here,
 * deterministically, and nothing writes to them.
 *
 * What the tables do not say is this mock's choice, kept plausible: a Kunpeng image boots in UEFI
 * (Kunpeng ECSs have no BIOS); an x86 image boots in UEFI when Table 6-6 lists its version; sizes
 * are drawn from a seeded PRNG.
 */

/** Table 6-6 lists Windows 10, which is no public image of the cloud (it is not licensed for servers). */
const LEFT_OUT = new Set(['Windows 10 64bit']);

/** `OS_VERSIONS` groups Kylin, KylinSec and NeoKylin as one family; each is its own platform. */
const PLATFORM_OF_FAMILY: Record<string, Platform | undefined> = {
  'Red Hat': 'RedHat',
  openSUSE: 'OpenSUSE',
};

function platformOf(entry: OsVersion): Platform | undefined {
  if (entry.family === 'Kylin')
    return (['KylinSec', 'NeoKylin', 'Kylin'] as const).find((p) => entry.osVersion.startsWith(p));
  const mapped = PLATFORM_OF_FAMILY[entry.family];
  if (mapped) return mapped;
  const platform = platformSchema.safeParse(entry.family);
  return platform.success && platform.data !== 'Other' ? platform.data : undefined;
}

/** Kernels before 2.6.35 (CentOS and Red Hat 6, SLES 11, Ubuntu 12.04, Oracle Linux 6) have no NIC multi-queue. */
const OLD_KERNEL =
  /^(CentOS 6\.|Red Hat Enterprise Linux 6\.|SUSE Linux Enterprise Server 11|Ubuntu 12\.04|Oracle Linux Server release 6\.)/;

function featuresOf(platform: Platform, entry: OsVersion): PublicImageFeatures {
  return {
    // CoreOS is configured by Ignition, not Cloud-Init: no user data injection.
    userDataInjection: platform !== 'CoreOS',
    diskHotSwap: platform !== 'FreeBSD' && entry.bits === 64,
    nicMultiQueue: platform !== 'FreeBSD' && !OLD_KERNEL.test(entry.osVersion),
  };
}

function minDiskOf(platform: Platform, osVersion: string): number {
  if (platform === 'FreeBSD' || platform === 'CoreOS') return 20;
  if (platform === 'Windows') return /201[69]/.test(osVersion) ? 50 : 40;
  return 40;
}

/** IMS names a public image after its OS; Windows images say their language, Kunpeng ones their Arm build. */
function nameOf(entry: OsVersion, platform: Platform, architecture: Architecture): string {
  if (platform === 'Windows') return `${entry.osVersion} English`;
  return architecture === 'arm' ? `${entry.osVersion} with ARM` : entry.osVersion;
}

interface CatalogueEntry {
  entry: OsVersion;
  platform: Platform;
  architecture: Architecture;
}

const CATALOGUE: readonly CatalogueEntry[] = OS_VERSIONS.flatMap((entry) => {
  const platform = platformOf(entry);
  if (!platform || LEFT_OUT.has(entry.osVersion)) return [];
  return [
    ...(entry.x86 ? [{ entry, platform, architecture: 'x86' as const }] : []),
    ...(entry.arm ? [{ entry, platform, architecture: 'arm' as const }] : []),
  ];
});

function publicImageOf(regionId: RegionId, { entry, platform, architecture }: CatalogueEntry): PublicImage {
  const name = nameOf(entry, platform, architecture);
  const random = prng(`public-image:${name}`);
  const windows = platform === 'Windows';
  return {
    id: uuidFrom(`public-image:${regionId}:${name}`),
    name,
    visibility: 'public',
    type: 'system',
    status: 'active',
    regionId,
    osType: osTypeOfPlatform(platform),
    platform,
    osVersion: entry.osVersion,
    osBit: entry.bits,
    architecture,
    bootMode: architecture === 'arm' || entry.uefi ? 'uefi' : 'bios',
    minDiskGb: minDiskOf(platform, entry.osVersion),
    minRamMb: windows ? 1024 : 0,
    sizeGb: Math.round((windows ? 9 + random() * 7 : 1.5 + random() * 3) * 100) / 100,
    features: featuresOf(platform, entry),
    // Published over the two years before the seed epoch; the same day in every region.
    createdAt: daysBefore(30 + Math.floor(random() * 700)),
  };
}

const BY_REGION = new Map<RegionId, readonly PublicImage[]>();

/** The public images of a region, in catalogue order (the same in every region but for their IDs). */
export function publicImagesIn(regionId: RegionId): readonly PublicImage[] {
  let images = BY_REGION.get(regionId);
  if (!images) {
    images = CATALOGUE.map((c) => publicImageOf(regionId, c));
    BY_REGION.set(regionId, images);
  }
  return images;
}

/** The public image of that ID in the region, if there is one. */
export function findPublicImage(regionId: RegionId, imageId: string): PublicImage | undefined {
  return publicImagesIn(regionId).find((i) => i.id === imageId);
}
