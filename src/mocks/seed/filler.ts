import type { Image, RegionId } from '../../domain';
import { daysBefore, pick, prng, uuidFrom } from './ids';
import { makeImage } from './image-factory';
import { OS, type OsKey } from './os-catalogue';
import { fromEcs } from './sources';

const SERVICES = [
  'pos-terminal',
  'store-inventory',
  'loyalty-api',
  'price-engine',
  'shelf-camera',
  'checkout-web',
  'promo-batch',
  'supplier-edi',
  'click-collect',
  'returns-portal',
  'warehouse-sync',
  'receipt-printer',
] as const;
const FILLER_OS: readonly OsKey[] = [
  'centos79',
  'ubuntu2204',
  'ubuntu2004',
  'euler29',
  'openeuler2203',
  'debian11',
  'win2019',
  'sles15',
];
const ENVS = ['prod', 'staging', 'test'] as const;

/**
 * `count` ordinary, Normal system disk images of one owner and region, to fill a quota. Names are
 * `<service>-<os>-v<n>`, unique within the call; `label` keeps different fillers apart.
 */
export function fillerImages(owner: string, region: RegionId, count: number, label: string): Image[] {
  const random = prng(`filler:${label}:${owner}:${region}`);
  const images: Image[] = [];
  const used = new Set<string>();
  for (let n = 1; images.length < count; n++) {
    const service = pick(random, SERVICES);
    const os = pick(random, FILLER_OS);
    const name = `${service}-${OS[os].short}-v${1 + Math.floor(random() * 9)}`;
    if (used.has(name)) continue;
    used.add(name);
    const windows = OS[os].osType === 'Windows';
    images.push(
      makeImage({
        // Fillers of one owner in two regions may share a name; the id must not.
        id: uuidFrom(`image:${label}:${owner}:${region}:${name}`),
        owner,
        region,
        name,
        os,
        sizeGb: Math.round(((windows ? 20 : 4) + random() * 40) * 10) / 10,
        minDiskGb: windows ? 60 : 40,
        source: fromEcs(`${service}-${String(n).padStart(2, '0')}`),
        enterpriseProject: random() < 0.6 ? 'production' : 'development',
        tags: { app: service, env: pick(random, ENVS) },
        createdAt: daysBefore(3 + Math.floor(random() * 300), Math.floor(random() * 24)),
      }),
    );
  }
  return images;
}
