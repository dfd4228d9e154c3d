import { IMS_JOB_TYPES, type BucketObject, type Image, type Job, type JobKind, type RegionId } from '../../domain';
import { ACME_IMAGES } from './images-acme';
import { GLOBEX_IMAGES, INITECH_IMAGES } from './images-tenants';
import { daysBefore, epochMsBefore, imageIdOf, jobIdOf, MINUTE } from './ids';
import { makeImage } from './image-factory';
import { projectIdOf } from './projects';
import { BACKUPS } from './services';
import { copyOf, fromCbr, fromEcs } from './sources';

/**
 * Seeded running jobs last hours, not the minutes a real job takes: they exist to keep a rule
 * visible (cross-region sequential, backup single use, the 5- and 40-task limits) for a whole demo
 * or test run, whatever the job speed setting.
 */
const RUNNING_MS = { short: 90 * MINUTE, long: 3 * 60 * MINUTE } as const;

/** The demo's running cross-region replication: acme copies erp-app-rhel84 to AP-Singapore. */
export const RUNNING_CROSS_REGION_JOB_ID = jobIdOf('acme:replicate:erp-app-rhel84:ap-southeast-3');
export const RUNNING_CREATE_FROM_BACKUP_JOB_ID = jobIdOf('acme:create:erp-app-full-restore');
/** initech runs 40 image creations (its CI pipeline) and 5 in-region replications. */
export const INITECH_RUNNING_CREATES = 40;

interface JobSpec {
  key: string;
  kind: JobKind;
  accountId: string;
  regionId: RegionId;
  targetRegionId?: RegionId;
  source: { id: string; name: string } | { name: string };
  result?: { id: string; name: string };
  beginAt: number;
  durationMs: number;
  fail?: { code: string; reason: string };
  /** Finished jobs are seeded with their effects already applied. */
  settled: boolean;
  detail?: Record<string, unknown>;
}

function makeJob(spec: JobSpec): Job {
  return {
    id: jobIdOf(spec.key),
    kind: spec.kind,
    jobType: IMS_JOB_TYPES[spec.kind],
    accountId: spec.accountId,
    projectId: projectIdOf(spec.accountId, spec.regionId),
    regionId: spec.regionId,
    targetRegionId: spec.targetRegionId ?? null,
    sourceImageId: 'id' in spec.source ? spec.source.id : null,
    sourceImageName: spec.source.name,
    resultImageId: spec.result?.id ?? null,
    resultImageName: spec.result?.name ?? null,
    beginAt: spec.beginAt,
    durationMs: spec.durationMs,
    outcome: spec.fail ? 'fail' : 'success',
    errorCode: spec.fail?.code ?? null,
    failReason: spec.fail?.reason ?? null,
    detail: { ...spec.detail, settled: spec.settled },
  };
}

const ref = (images: readonly Image[], name: string): Image => {
  const image = images.find((i) => i.name === name);
  if (!image) throw new Error(`seed: no image ${name}`);
  return image;
};

/** Running jobs and the images they are creating; `images` are the seeded images they start from. */
export function runningJobs(now: number, images: readonly Image[]): { jobs: Job[]; images: Image[] } {
  const jobs: Job[] = [];
  const created: Image[] = [];
  const at = (minutesAgo: number) => now - minutesAgo * MINUTE;

  const rhel = ref(images, ACME_IMAGES.replicating);
  const rhelCopy = makeImage({
    owner: 'acme',
    region: 'ap-southeast-3',
    name: `copy_cn-north-4_${rhel.name}`,
    status: 'saving',
    os: 'rhel84',
    sizeGb: rhel.sizeGb,
    minDiskGb: rhel.minDiskGb,
    source: copyOf(rhel),
    enterpriseProject: 'production',
    createdAt: new Date(at(40)).toISOString(),
  });
  created.push(rhelCopy);
  jobs.push(
    makeJob({
      key: 'acme:replicate:erp-app-rhel84:ap-southeast-3',
      kind: 'replicate-cross-region',
      accountId: 'acme',
      regionId: 'cn-north-4',
      targetRegionId: 'ap-southeast-3',
      source: rhel,
      result: rhelCopy,
      beginAt: at(40),
      durationMs: RUNNING_MS.long,
      settled: false,
      detail: { targetProjectId: projectIdOf('acme', 'ap-southeast-3') },
    }),
  );

  const restore = makeImage({
    owner: 'acme',
    region: 'cn-north-4',
    name: ACME_IMAGES.creating,
    type: 'whole',
    status: 'saving',
    os: 'rhel84',
    sizeGb: 42,
    minDiskGb: 60,
    source: fromCbr(BACKUPS.erpAppCbrInUse),
    enterpriseProject: 'production',
    createdAt: new Date(at(20)).toISOString(),
  });
  created.push(restore);
  jobs.push(
    makeJob({
      key: 'acme:create:erp-app-full-restore',
      kind: 'create',
      accountId: 'acme',
      regionId: 'cn-north-4',
      source: { name: BACKUPS.erpAppCbrInUse },
      result: restore,
      beginAt: at(20),
      durationMs: RUNNING_MS.short,
      settled: false,
      detail: { backupId: restore.source.kind === 'cbr-backup' ? restore.source.backupId : null },
    }),
  );

  INITECH_IMAGES.replicating.forEach(({ name, os }, i) => {
    const source = ref(images, name);
    const copy = makeImage({
      owner: 'initech',
      region: 'cn-south-1',
      name: `copy_cn-south-1_${name}`,
      status: 'saving',
      os,
      sizeGb: source.sizeGb,
      source: copyOf(source),
      enterpriseProject: 'development',
      createdAt: new Date(at(10 + 5 * i)).toISOString(),
    });
    created.push(copy);
    jobs.push(
      makeJob({
        key: `initech:replicate:${name}`,
        kind: 'replicate-in-region',
        accountId: 'initech',
        regionId: 'cn-south-1',
        source,
        result: copy,
        beginAt: at(10 + 5 * i),
        durationMs: RUNNING_MS.long,
        settled: false,
      }),
    );
  });

  for (let i = 0; i < INITECH_RUNNING_CREATES; i++) {
    const eu = i % 2 === 1;
    const region: RegionId = eu ? 'eu-west-101' : 'cn-south-1';
    const server = eu ? 'image-factory-eu-01' : 'image-factory-01';
    const name = `ci-build-${eu ? 'debian11' : 'centos7'}-${String(i + 1).padStart(4, '0')}`;
    const image = makeImage({
      owner: 'initech',
      region,
      name,
      status: 'saving',
      os: eu ? 'debian11' : 'centos79',
      sizeGb: 6 + (i % 7),
      source: fromEcs(server),
      enterpriseProject: 'development',
      tags: { pipeline: 'nightly', build: String(i + 1) },
      createdAt: new Date(at(2 + i)).toISOString(),
    });
    created.push(image);
    jobs.push(
      makeJob({
        key: `initech:create:${name}`,
        kind: 'create',
        accountId: 'initech',
        regionId: region,
        source: { name: server },
        result: image,
        beginAt: at(2 + i),
        durationMs: RUNNING_MS.long + i * MINUTE,
        settled: false,
        detail: { serverId: image.source.kind === 'ecs' ? image.source.serverId : null },
      }),
    );
  }
  return { jobs, images: created };
}

/** The export job below left this file in acme's export bucket. */
export function exportedFiles(): Record<string, BucketObject[]> {
  return {
    'acme-image-exports': [
      {
        key: 'ubuntu22-k8s-node.qcow2',
        sizeGb: 9.8,
        format: 'qcow2',
        createdAt: daysBefore(10),
        exportedFromImageId: imageIdOf('acme', ACME_IMAGES.ubuntu),
      },
    ],
  };
}

/** Jobs that ended before the seed epoch; their effects are part of the seeded images. */
export function finishedJobs(images: readonly Image[]): Job[] {
  const img = (name: string) => ref(images, name);
  const golden = img(ACME_IMAGES.golden);
  const ended = (days: number) => ({ beginAt: epochMsBefore(days), settled: true });
  return [
    makeJob({
      key: 'acme:create:golden',
      kind: 'create',
      accountId: 'acme',
      regionId: 'cn-north-4',
      source: { name: 'web-prod-01' },
      result: golden,
      durationMs: 46 * 1000,
      ...ended(150),
    }),
    makeJob({
      key: 'acme:replicate:golden-kms',
      kind: 'replicate-in-region',
      accountId: 'acme',
      regionId: 'cn-north-4',
      source: golden,
      result: img(ACME_IMAGES.goldenKms),
      durationMs: 36 * 1000,
      ...ended(90),
    }),
    makeJob({
      key: 'acme:replicate:golden-sg',
      kind: 'replicate-cross-region',
      accountId: 'acme',
      regionId: 'cn-north-4',
      targetRegionId: 'ap-southeast-3',
      source: golden,
      result: img(ACME_IMAGES.singaporeCopy),
      durationMs: 72 * 1000,
      ...ended(58),
      detail: { targetProjectId: projectIdOf('acme', 'ap-southeast-3') },
    }),
    makeJob({
      key: 'acme:export:ubuntu',
      kind: 'export',
      accountId: 'acme',
      regionId: 'cn-north-4',
      source: img(ACME_IMAGES.ubuntu),
      durationMs: 25 * 1000,
      ...ended(10),
      detail: { bucket: 'acme-image-exports', fileName: 'ubuntu22-k8s-node.qcow2', format: 'qcow2', sizeGb: 9.8 },
    }),
    makeJob({
      key: 'acme:share:golden-initech',
      kind: 'share-add',
      accountId: 'acme',
      regionId: 'cn-north-4',
      source: golden,
      durationMs: 2000,
      ...ended(6),
      detail: {
        results: [{ image_id: golden.id, project_id: projectIdOf('initech', 'cn-north-4'), status: 'success' }],
      },
    }),
    makeJob({
      key: 'acme:create:crm-legacy',
      kind: 'create',
      accountId: 'acme',
      regionId: 'cn-north-4',
      source: { name: 'crm-legacy.vhd' },
      result: img(ACME_IMAGES.killed),
      durationMs: 58 * 1000,
      ...ended(8),
      fail: {
        code: 'IMG.0060',
        reason:
          'The image file could not be converted: the VHD footer is damaged. Delete the abnormal image and import a good copy.',
      },
    }),
    makeJob({
      key: 'globex:create:route-optimizer',
      kind: 'create',
      accountId: 'globex',
      regionId: 'cn-north-4',
      source: { name: 'route-opt-01' },
      result: img(GLOBEX_IMAGES.accepted),
      durationMs: 48 * 1000,
      ...ended(50),
    }),
    makeJob({
      key: 'initech:create:tps-report',
      kind: 'create',
      accountId: 'initech',
      regionId: 'cn-south-1',
      source: { name: 'image-factory-01' },
      result: img(INITECH_IMAGES.replicating[0].name),
      durationMs: 44 * 1000,
      ...ended(30),
    }),
  ];
}
