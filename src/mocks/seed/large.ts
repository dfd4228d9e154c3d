import type { Image, ImageType, Member, MemberStatus } from '../../domain';
import { PARTNER_ACCOUNTS } from './identities';
import { daysBefore, pick, prng, uuidFrom } from './ids';
import { fillerImages } from './filler';
import { makeImage, makeMember } from './image-factory';
import { OS, type OsKey } from './os-catalogue';
import { projectIdOf } from './projects';
import { customKeyAlias, keyIdOf } from './services';
import { fromCbr, fromEcs, fromVolume } from './sources';

/** Images other tenants share with acme's cn-north-4 project in the `large` scenario. */
export const LARGE_SHARED_IMAGES = 10_000;
/** acme's own private images there: 40 in cn-north-4 (under quota, so create stays open) and 10 in cn-east-3. */
export const LARGE_PRIVATE_IMAGES = { 'cn-north-4': 40, 'cn-east-3': 10 } as const;

const OWNERS = ['globex', 'initech', ...PARTNER_ACCOUNTS.map((p) => p.id)];
const SERVICES = [
  'billing',
  'catalog',
  'checkout',
  'crm',
  'data-lake',
  'edge-proxy',
  'etl',
  'gateway',
  'hr-portal',
  'iot-ingest',
  'kafka-broker',
  'ldap',
  'logistics',
  'mail-relay',
  'ml-serving',
  'monitoring',
  'nginx-ingress',
  'order-api',
  'payroll',
  'postgres',
  'redis-cache',
  'reporting',
  'search',
  'sftp',
  'telemetry',
  'ticketing',
  'vpn',
  'wms',
] as const;
const OS_KEYS = Object.keys(OS) as OsKey[];
const ENVS = ['prod', 'staging', 'dev', 'test', 'dr'] as const;

function statusFor(random: () => number): MemberStatus {
  const r = random();
  return r < 0.5 ? 'accepted' : r < 0.85 ? 'pending' : 'rejected';
}

function typeFor(random: () => number): ImageType {
  const r = random();
  return r < 0.8 ? 'system' : r < 0.92 ? 'data' : 'whole';
}

/** Generated, so it is regenerated on load rather than stored (see db/snapshot.ts). */
export function largeImages(): { images: Image[]; members: Member[] } {
  const random = prng('large');
  const acmeBj = projectIdOf('acme', 'cn-north-4');
  const images: Image[] = [];
  const members: Member[] = [];
  for (let i = 0; i < LARGE_SHARED_IMAGES; i++) {
    const owner = pick(random, OWNERS);
    const service = pick(random, SERVICES);
    const type = typeFor(random);
    const os = pick(random, OS_KEYS);
    const days = Math.floor(random() * 720);
    const createdAt = daysBefore(days, Math.floor(random() * 24));
    const core = owner === 'globex' || owner === 'initech';
    const name = `${owner}-${service}-${type === 'data' ? 'data' : OS[os].short}-${String(i + 1).padStart(5, '0')}`;
    const sizeGb =
      Math.round(
        (type === 'data' ? 20 + random() * 600 : type === 'whole' ? 40 + random() * 260 : 3 + random() * 90) * 10,
      ) / 10;
    const image = makeImage({
      id: uuidFrom(`large:image:${i}`),
      owner,
      region: 'cn-north-4',
      name,
      type,
      os,
      sizeGb,
      source:
        type === 'data'
          ? fromVolume(`${name}-vol`)
          : type === 'whole'
            ? fromCbr(`cbr-${service}-${i}`)
            : fromEcs(`${service}-${i % 97}`),
      kmsKeyId: core && random() < 0.03 ? keyIdOf(owner, 'cn-north-4', customKeyAlias(owner)) : null,
      arch: os === 'openeuler2203' && random() < 0.5 ? 'arm' : 'x86',
      bootMode: random() < 0.15 ? 'uefi' : 'bios',
      enterpriseProject: random() < 0.5 ? 'production' : 'default',
      tags: random() < 0.7 ? { env: pick(random, ENVS), app: service } : {},
      createdAt,
    });
    images.push(image);
    const sharedDaysAgo = Math.max(0, days - 1 - Math.floor(random() * 5));
    const status = statusFor(random);
    members.push(
      makeMember(
        image,
        acmeBj,
        status,
        daysBefore(sharedDaysAgo),
        status === 'pending' ? daysBefore(sharedDaysAgo) : daysBefore(Math.max(0, sharedDaysAgo - 1)),
      ),
    );
  }
  images.push(
    ...fillerImages('acme', 'cn-north-4', LARGE_PRIVATE_IMAGES['cn-north-4'], 'large'),
    ...fillerImages('acme', 'cn-east-3', LARGE_PRIVATE_IMAGES['cn-east-3'], 'large'),
  );
  return { images, members };
}
