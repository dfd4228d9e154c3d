import type { Image, Member } from '../../domain';
import { daysBefore } from './ids';
import { makeImage, makeMember } from './image-factory';
import { projectIdOf } from './projects';
import { BACKUPS, customKeyAlias, keyIdOf } from './services';
import { fromCbr, fromEcs } from './sources';

/** globex's images; those in cn-north-4 are shared with acme in every state a share can have. */
export const GLOBEX_IMAGES = {
  /** Shared with acme cn-north-4, pending. */
  pending: 'logistics-tracker-ubuntu22',
  /** Shared with acme cn-north-4, accepted. */
  accepted: 'route-optimizer-centos7',
  /** Encrypted with globex-cmk-prod, shared with acme before encrypted sharing was closed; accepted. */
  acceptedEncrypted: 'fleet-db-encrypted',
  /** Full-ECS image from a CBR backup, shared with acme cn-north-4, pending (accepting needs a vault). */
  pendingWhole: 'warehouse-scanner-full',
  notShared: 'dispatch-web-debian11',
  /** In cn-east-3, shared with acme's full cn-east-3 project, pending. */
  pendingInFullRegion: 'customs-gateway-win2019',
  /** Ubuntu-based, in cn-south-1 where Ubuntu-based images cannot be exported. */
  ubuntuSouth: 'port-ops-ubuntu20',
  oracleSouth: 'freight-billing-oracle8',
  hongKong: 'hk-tracking-euleros',
  hongKongWindows: 'hk-customs-win2022',
} as const;

export const INITECH_IMAGES = {
  /** Shared with acme cn-north-4, rejected. */
  rejected: 'ml-notebook-ubuntu22',
  /** Arm, shared with acme cn-north-4, accepted. */
  acceptedArm: 'iot-hub-openeuler-arm',
  /** cn-south-1 images, each the source of a running in-region replication. */
  replicating: [
    { name: 'tps-report-centos7', os: 'centos79' },
    { name: 'build-agent-debian11', os: 'debian11' },
    { name: 'lab-db-openeuler', os: 'openeuler2203' },
    { name: 'test-runner-ubuntu22', os: 'ubuntu2204' },
    { name: 'stapler-inventory-euleros', os: 'euler29' },
  ],
  euGateway: 'eu-lab-gateway-debian11',
  euAnalytics: 'eu-lab-analytics-centos7',
} as const;

const G = GLOBEX_IMAGES;
const I = INITECH_IMAGES;
const BJ = 'cn-north-4';

export function globexImages(): { images: Image[]; members: Member[] } {
  const pending = makeImage({
    owner: 'globex',
    region: BJ,
    name: G.pending,
    os: 'ubuntu2204',
    sizeGb: 11.2,
    source: fromEcs('tracker-01'),
    tags: { app: 'tracker' },
    createdAt: daysBefore(12),
  });
  const accepted = makeImage({
    owner: 'globex',
    region: BJ,
    name: G.accepted,
    os: 'centos79',
    sizeGb: 16.5,
    source: fromEcs('route-opt-01'),
    enterpriseProject: 'production',
    tags: { app: 'routing' },
    createdAt: daysBefore(50),
  });
  const encrypted = makeImage({
    owner: 'globex',
    region: BJ,
    name: G.acceptedEncrypted,
    os: 'euler29',
    sizeGb: 27,
    minDiskGb: 60,
    source: fromEcs('fleet-db-01'),
    kmsKeyId: keyIdOf('globex', BJ, customKeyAlias('globex')),
    tags: { app: 'fleet', tier: 'db' },
    createdAt: daysBefore(210),
  });
  const whole = makeImage({
    owner: 'globex',
    region: BJ,
    name: G.pendingWhole,
    type: 'whole',
    os: 'ubuntu2004',
    sizeGb: 58,
    minDiskGb: 60,
    source: fromCbr(BACKUPS.scannerCbr),
    tags: { app: 'scanner' },
    createdAt: daysBefore(19),
  });
  const customs = makeImage({
    owner: 'globex',
    region: 'cn-east-3',
    name: G.pendingInFullRegion,
    os: 'win2019',
    sizeGb: 29,
    minDiskGb: 60,
    source: fromEcs('customs-gw-01'),
    tags: { app: 'customs' },
    createdAt: daysBefore(9),
  });
  const images = [
    pending,
    accepted,
    encrypted,
    whole,
    makeImage({
      owner: 'globex',
      region: BJ,
      name: G.notShared,
      os: 'debian11',
      sizeGb: 6.1,
      source: fromEcs('dispatch-web-01'),
      createdAt: daysBefore(70),
    }),
    customs,
    makeImage({
      owner: 'globex',
      region: 'cn-south-1',
      name: G.ubuntuSouth,
      os: 'ubuntu2004',
      sizeGb: 10.4,
      source: fromEcs('port-ops-01'),
      createdAt: daysBefore(140),
    }),
    makeImage({
      owner: 'globex',
      region: 'cn-south-1',
      name: G.oracleSouth,
      os: 'oracle86',
      sizeGb: 23,
      minDiskGb: 50,
      source: fromEcs('billing-01'),
      createdAt: daysBefore(160),
    }),
    makeImage({
      owner: 'globex',
      region: 'ap-southeast-1',
      name: G.hongKong,
      os: 'euler29',
      sizeGb: 13,
      source: fromEcs('hk-track-01'),
      createdAt: daysBefore(85),
    }),
    makeImage({
      owner: 'globex',
      region: 'ap-southeast-1',
      name: G.hongKongWindows,
      os: 'win2022',
      sizeGb: 33,
      minDiskGb: 60,
      source: fromEcs('hk-customs-01'),
      createdAt: daysBefore(37),
    }),
  ];
  const acmeBj = projectIdOf('acme', BJ);
  const members = [
    makeMember(pending, acmeBj, 'pending', daysBefore(2)),
    makeMember(accepted, acmeBj, 'accepted', daysBefore(48), daysBefore(47)),
    makeMember(encrypted, acmeBj, 'accepted', daysBefore(200), daysBefore(199)),
    makeMember(whole, acmeBj, 'pending', daysBefore(5)),
    makeMember(customs, projectIdOf('acme', 'cn-east-3'), 'pending', daysBefore(1)),
  ];
  return { images, members };
}

export function initechImages(): { images: Image[]; members: Member[] } {
  const rejected = makeImage({
    owner: 'initech',
    region: BJ,
    name: I.rejected,
    os: 'ubuntu2204',
    sizeGb: 35,
    minDiskGb: 60,
    source: fromEcs('notebook-01'),
    tags: { team: 'ml' },
    createdAt: daysBefore(24),
  });
  const arm = makeImage({
    owner: 'initech',
    region: BJ,
    name: I.acceptedArm,
    os: 'openeuler2203',
    arch: 'arm',
    bootMode: 'uefi',
    sizeGb: 5.4,
    source: fromEcs('iot-edge-arm-01'),
    tags: { arch: 'kunpeng' },
    createdAt: daysBefore(66),
  });
  const south = I.replicating.map(({ name, os }, i) =>
    makeImage({
      owner: 'initech',
      region: 'cn-south-1',
      name,
      os,
      sizeGb: 8 + i * 3.5,
      source: fromEcs('image-factory-01'),
      enterpriseProject: 'development',
      tags: { pipeline: 'lab' },
      createdAt: daysBefore(30 + i * 7),
    }),
  );
  const images = [
    rejected,
    arm,
    ...south,
    makeImage({
      owner: 'initech',
      region: 'eu-west-101',
      name: I.euGateway,
      os: 'debian11',
      sizeGb: 5.2,
      source: fromEcs('image-factory-eu-01'),
      createdAt: daysBefore(42),
    }),
    makeImage({
      owner: 'initech',
      region: 'eu-west-101',
      name: I.euAnalytics,
      os: 'centos79',
      sizeGb: 17.8,
      source: fromEcs('image-factory-eu-01'),
      createdAt: daysBefore(88),
    }),
  ];
  const acmeBj = projectIdOf('acme', BJ);
  const members = [
    makeMember(rejected, acmeBj, 'rejected', daysBefore(22), daysBefore(21)),
    makeMember(arm, acmeBj, 'accepted', daysBefore(60), daysBefore(60)),
    ...south
      .filter((image) => image.name === 'test-runner-ubuntu22')
      .map((image) =>
        makeMember(image, projectIdOf('globex', 'cn-south-1'), 'accepted', daysBefore(15), daysBefore(14)),
      ),
  ];
  return { images, members };
}
