import { DEFAULT_KMS_ALIAS, type Image, type Member } from '../../domain';
import { PARTNER_ACCOUNTS } from './identities';
import { daysBefore, uuidFrom } from './ids';
import { makeImage, makeMember } from './image-factory';
import { projectIdOf } from './projects';
import { BACKUPS, customKeyAlias, keyIdOf } from './services';
import { copyOf, fromCbr, fromCsbs, fromEcs, fromFile, fromIsoFile, fromVolume } from './sources';

/**
 * acme's images by the part they play in the demo. Most live in cn-north-4 (the default region)
 * and each shows one or more rules; the coverage test names them.
 */
export const ACME_IMAGES = {
  /** A clean CentOS system disk image: every action allowed. Shared with globex (accepted) and initech (pending). */
  golden: 'web-frontend-centos7-golden',
  /** In-region copy of golden, encrypted with ims/default. */
  goldenKms: 'web-frontend-centos7-golden-kms',
  sles: 'erp-db-sles15',
  windows: 'win2019-iis-base',
  /** Encrypted with acme-cmk-prod. */
  encrypted: 'payments-api-encrypted',
  /** Full-ECS image from a CSBS backup: not shareable. */
  wholeFromCsbs: 'erp-db-full-csbs',
  /** Full-ECS image from an ECS that had a CSBS backup: not shareable. */
  wholeFromEcsWithCsbs: 'erp-db-full-ecs',
  /** Full-ECS image from a CBR backup: shareable, already shared with 10 projects (the limit). */
  wholeFromCbr: 'erp-app-full-cbr',
  ubuntu: 'ubuntu22-k8s-node',
  /** 200 GB. */
  large200: 'media-transcode-large',
  /** 350 GB data disk image. */
  data350: 'genomics-pipeline-data',
  /** 1024 GB data disk image. */
  data1024: 'fileserver-archive-data',
  fromKooGallery: 'wordpress-koogallery-lamp',
  publishedInKooGallery: 'acme-pos-appliance',
  iso: 'openeuler-2203-install-iso',
  /** Abnormal (killed): its import failed. */
  killed: 'crm-legacy-win2019',
  bit32: 'kiosk-debian11-i386',
  arm: 'edge-gateway-openeuler-arm',
  uefi: 'ml-training-ubuntu-uefi',
  /** Has 10 tags, the limit. */
  tagsFull: 'shop-api-prod-euleros',
  /** Source of the running cross-region replication to ap-southeast-3. */
  replicating: 'erp-app-rhel84',
  oracle: 'reporting-oracle-linux8',
  /** Being created (saving) from a CBR backup by a running job; see jobs-demo. */
  creating: 'erp-app-full-restore',
  /** In ap-southeast-3. */
  singapore: 'sg-storefront-debian11',
  singaporeCopy: 'copy_cn-north-4_web-frontend-centos7-golden',
  /** In cn-east-3 (whose quota is full): 200 GB, where normal export stops at 128 GB. */
  shanghai200: 'video-archive-centos7',
  /** In ap-southeast-3: encrypted and 160 GB where only fast export takes it, so it cannot be exported (export.fast-encrypted). */
  singaporeEncrypted160: 'sg-ledger-db-encrypted',
} as const;

const A = ACME_IMAGES;
const BJ = 'cn-north-4';

export function acmeImages(): { images: Image[]; members: Member[] } {
  const golden = makeImage({
    owner: 'acme',
    region: BJ,
    name: A.golden,
    os: 'centos79',
    sizeGb: 12.4,
    source: fromEcs('web-prod-01'),
    enterpriseProject: 'production',
    description: 'Hardened CentOS 7.9 with nginx 1.24 for the storefront.',
    tags: { env: 'prod', app: 'web-frontend', team: 'storefront' },
    createdAt: daysBefore(150),
    updatedAt: daysBefore(20),
  });
  const wholeFromCbr = makeImage({
    owner: 'acme',
    region: BJ,
    name: A.wholeFromCbr,
    type: 'whole',
    os: 'rhel84',
    sizeGb: 42,
    minDiskGb: 60,
    source: fromCbr(BACKUPS.erpAppCbr),
    enterpriseProject: 'production',
    tags: { app: 'erp', tier: 'app' },
    createdAt: daysBefore(11),
  });
  const replicating = makeImage({
    owner: 'acme',
    region: BJ,
    name: A.replicating,
    os: 'rhel84',
    sizeGb: 21.7,
    minDiskGb: 60,
    source: fromEcs('erp-app-01'),
    enterpriseProject: 'production',
    tags: { app: 'erp', tier: 'app' },
    createdAt: daysBefore(35),
  });
  const ubuntu = makeImage({
    owner: 'acme',
    region: BJ,
    name: A.ubuntu,
    os: 'ubuntu2204',
    sizeGb: 9.8,
    source: fromEcs('k8s-node-template'),
    enterpriseProject: 'development',
    tags: { platform: 'kubernetes', version: '1.29' },
    createdAt: daysBefore(60),
  });
  const singapore = makeImage({
    owner: 'acme',
    region: 'ap-southeast-3',
    name: A.singapore,
    os: 'debian11',
    sizeGb: 7.9,
    source: fromEcs('sg-web-01'),
    tags: { env: 'prod', market: 'sg' },
    createdAt: daysBefore(44),
  });

  const images: Image[] = [
    golden,
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.goldenKms,
      os: 'centos79',
      sizeGb: 12.4,
      source: copyOf(golden),
      kmsKeyId: keyIdOf('acme', BJ, DEFAULT_KMS_ALIAS),
      enterpriseProject: 'production',
      tags: { env: 'prod', app: 'web-frontend' },
      createdAt: daysBefore(90),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.sles,
      os: 'sles15',
      sizeGb: 38.2,
      minDiskGb: 100,
      minRamMb: 8192,
      source: fromEcs('erp-db-01'),
      enterpriseProject: 'production',
      tags: { app: 'erp', tier: 'db' },
      createdAt: daysBefore(110),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.windows,
      os: 'win2019',
      sizeGb: 24.6,
      minDiskGb: 60,
      source: fromEcs('win-iis-build-01'),
      tags: { os: 'windows', role: 'iis' },
      createdAt: daysBefore(200),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.encrypted,
      os: 'euler29',
      sizeGb: 18,
      source: fromEcs('payments-api-01'),
      kmsKeyId: keyIdOf('acme', BJ, customKeyAlias('acme')),
      enterpriseProject: 'production',
      tags: { app: 'payments', pci: 'true' },
      createdAt: daysBefore(75),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.wholeFromCsbs,
      type: 'whole',
      os: 'sles15',
      sizeGb: 186,
      minDiskGb: 100,
      source: fromCsbs(BACKUPS.erpDbCsbs),
      enterpriseProject: 'production',
      createdAt: daysBefore(16),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.wholeFromEcsWithCsbs,
      type: 'whole',
      os: 'sles15',
      sizeGb: 170,
      minDiskGb: 100,
      source: fromEcs('erp-db-01'),
      sourceServerHadCsbsBackup: true,
      enterpriseProject: 'production',
      createdAt: daysBefore(40),
    }),
    wholeFromCbr,
    ubuntu,
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.large200,
      os: 'centos79',
      sizeGb: 200,
      minDiskGb: 256,
      source: fromEcs('transcoder-01'),
      tags: { app: 'media' },
      createdAt: daysBefore(45),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.data350,
      type: 'data',
      sizeGb: 350,
      minDiskGb: 500,
      source: fromVolume('genomics-scratch'),
      tags: { team: 'research' },
      createdAt: daysBefore(33),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.data1024,
      type: 'data',
      sizeGb: 1024,
      source: fromVolume('fileserver-01-archive-2025'),
      description: 'Archive share of fileserver-01 as of year end.',
      createdAt: daysBefore(25),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.fromKooGallery,
      os: 'centos79',
      sizeGb: 15,
      source: fromEcs('wordpress-01'),
      fromKooGallery: true,
      publicImage: {
        id: uuidFrom('koogallery:wordpress-lamp-6.4'),
        name: 'WordPress 6.4 LAMP (KooGallery)',
        platform: 'CentOS',
      },
      tags: { app: 'blog' },
      createdAt: daysBefore(80),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.publishedInKooGallery,
      os: 'debian11',
      sizeGb: 22,
      source: fromEcs('pos-appliance-build'),
      publishedInKooGallery: true,
      description: 'Point-of-sale appliance, listed in KooGallery.',
      tags: { product: 'pos' },
      createdAt: daysBefore(130),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.iso,
      type: 'iso',
      os: 'openeuler2203',
      sizeGb: 3.6,
      source: fromIsoFile('acme-image-files', 'openEuler-22.03-LTS-x86_64-dvd.iso'),
      createdAt: daysBefore(20),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.killed,
      status: 'killed',
      os: 'win2019',
      sizeGb: 31,
      minDiskGb: 60,
      source: fromFile('acme-image-files', 'crm-legacy.vhd'),
      createdAt: daysBefore(8),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.bit32,
      os: 'debian11i386',
      sizeGb: 4.2,
      maxRamMb: 4096,
      source: fromEcs('kiosk-build-01'),
      tags: { device: 'kiosk' },
      createdAt: daysBefore(170),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.arm,
      os: 'openeuler2203',
      arch: 'arm',
      bootMode: 'uefi',
      sizeGb: 6.5,
      source: fromEcs('edge-gw-arm-01'),
      tags: { arch: 'kunpeng' },
      createdAt: daysBefore(55),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.uefi,
      os: 'ubuntu2204',
      bootMode: 'uefi',
      sizeGb: 46,
      minDiskGb: 80,
      source: fromEcs('ml-train-01'),
      tags: { team: 'data-science' },
      createdAt: daysBefore(28),
    }),
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.tagsFull,
      os: 'euler29',
      sizeGb: 14.3,
      source: fromEcs('shop-api-01'),
      enterpriseProject: 'production',
      tags: {
        env: 'prod',
        app: 'shop-api',
        team: 'commerce',
        owner: 'alice',
        'cost-center': 'cc-1042',
        tier: 'backend',
        backup: 'daily',
        compliance: 'pci',
        release: '2026.10',
        os: 'euleros',
      },
      createdAt: daysBefore(65),
    }),
    replicating,
    makeImage({
      owner: 'acme',
      region: BJ,
      name: A.oracle,
      os: 'oracle86',
      sizeGb: 19,
      minDiskGb: 50,
      source: fromEcs('reporting-01'),
      tags: { app: 'reporting' },
      createdAt: daysBefore(100),
    }),
    singapore,
    makeImage({
      owner: 'acme',
      region: 'ap-southeast-3',
      name: A.singaporeCopy,
      os: 'centos79',
      sizeGb: 12.4,
      source: copyOf(golden),
      enterpriseProject: 'production',
      tags: { env: 'dr' },
      createdAt: daysBefore(58),
    }),
    makeImage({
      owner: 'acme',
      region: 'cn-east-3',
      name: A.shanghai200,
      os: 'centos79',
      sizeGb: 200,
      minDiskGb: 256,
      source: fromEcs('sh-store-01'),
      tags: { app: 'cctv-archive' },
      createdAt: daysBefore(52),
    }),
    makeImage({
      owner: 'acme',
      region: 'ap-southeast-3',
      name: A.singaporeEncrypted160,
      os: 'centos79',
      sizeGb: 160,
      minDiskGb: 200,
      source: fromEcs('sg-ledger-db-01'),
      kmsKeyId: keyIdOf('acme', 'ap-southeast-3', customKeyAlias('acme')),
      enterpriseProject: 'production',
      tags: { app: 'ledger', market: 'sg' },
      createdAt: daysBefore(47),
    }),
  ];

  const partnersBj = PARTNER_ACCOUNTS.map((p) => projectIdOf(p.id, BJ));
  const members: Member[] = [
    makeMember(golden, projectIdOf('globex', BJ), 'accepted', daysBefore(140), daysBefore(139)),
    makeMember(golden, projectIdOf('initech', BJ), 'pending', daysBefore(6)),
    makeMember(ubuntu, projectIdOf('globex', BJ), 'rejected', daysBefore(30), daysBefore(29)),
    makeMember(singapore, projectIdOf('globex', 'ap-southeast-3'), 'pending', daysBefore(3)),
    // Ten recipients, the full-ECS limit: globex, initech and eight partners (the ninth and tenth partners stay free).
    makeMember(wholeFromCbr, projectIdOf('globex', BJ), 'accepted', daysBefore(10), daysBefore(9)),
    makeMember(wholeFromCbr, projectIdOf('initech', BJ), 'pending', daysBefore(10)),
    ...partnersBj
      .slice(0, 8)
      .map((p, i) =>
        makeMember(wholeFromCbr, p, i % 3 === 2 ? 'rejected' : i % 2 === 0 ? 'accepted' : 'pending', daysBefore(10)),
      ),
  ];
  return { images, members };
}
