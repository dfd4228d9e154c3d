/*
 * Every rule of the catalogue has, in the seeded `demo` data, a case the engine refuses with that
 * rule and one it allows; e2e tests and demos rely on these images, servers, buckets and files.
 * Advisory rules (launch.batch-size, received.no-quota) count a warning as their refusal.
 */
import { describe, expect, it } from 'vitest';
import {
  canAccept,
  canCreate,
  canDelete,
  canEditTags,
  canExport,
  canLaunch,
  canModify,
  canPublish,
  canReplicate,
  canShare,
  RULE_IDS,
  ruleEntry,
  type Decision,
  type Image,
  type LaunchInput,
  type RegionId,
  type RuleId,
  type Tag,
} from '../../domain';
import { ruleContextFor } from '../rule-context';
import { viewerFor } from '../viewer';
import {
  ACME_IMAGES as A,
  BACKUPS,
  customKeyAlias,
  disabledKeyAlias,
  diskIdOf,
  GLOBEX_IMAGES as G,
  IMPORT_FILES,
  imageIdOf,
  INITECH_IMAGES as I,
  PARTNER_ACCOUNTS,
  projectIdOf,
  seedScenario,
  SEED_EPOCH,
  serverIdOf,
  backupIdOf,
  keyIdOf,
  TOKENS,
  vaultIdOf,
} from './index';

// Three weeks after the epoch, as on a demo day; the running seeded jobs start shortly before.
const NOW = SEED_EPOCH + 22 * 86_400_000;
const db = seedScenario('demo', NOW);

type UserName = keyof typeof TOKENS;
function as(user: UserName) {
  const who = viewerFor(db, TOKENS[user]);
  if (!who) throw new Error(`no viewer ${user}`);
  return { viewer: who.viewer, ctx: ruleContextFor(db, who.viewer, NOW) };
}
const alice = as('alice');
const oliver = as('oliver');
const ivan = as('ivan');

function image(owner: string, name: string): Image {
  const found = db.images.find((i) => i.id === imageIdOf(owner, name));
  if (!found) throw new Error(`no seeded image ${owner}/${name}`);
  return found;
}
const acme = (name: string) => image('acme', name);
const globex = (name: string) => image('globex', name);
const initech = (name: string) => image('initech', name);

const BJ: RegionId = 'cn-north-4';
const launch = (overrides: Partial<LaunchInput> = {}): LaunchInput => ({
  target: 'ecs',
  regionId: BJ,
  architecture: 'x86',
  memoryGb: 8,
  flavorName: 's7.large.2',
  heterogeneous: false,
  count: 2,
  ...overrides,
});
const withTags = (img: Image, ...extra: Tag[]) => ({ tags: [...img.tags, ...extra] });
const crossTo = (region: RegionId) => ({
  mode: 'cross-region' as const,
  targetRegionId: region,
  targetProjectName: region,
});
const fileImport = (file: { sizeGb: number; format: string }, overrides: object = {}) => ({
  source: 'file' as const,
  imageType: 'system' as const,
  fileFormat: file.format,
  fileSizeGb: file.sizeGb,
  minDiskGb: Math.max(40, Math.ceil(file.sizeGb)),
  quickImport: false,
  ...overrides,
});
/** A seeded bucket as the import rules read it. */
const bucketOf = (name: string) => {
  const found = db.buckets.find((b) => b.name === name);
  if (!found) throw new Error(`no seeded bucket ${name}`);
  return { name: found.name, regionId: found.regionId, storageClass: found.storageClass };
};
const exportTo = (bucket: string, overrides: object = {}) => ({
  bucket,
  fileName: 'seed-coverage.qcow2',
  format: 'qcow2' as const,
  fastExport: false,
  ...overrides,
});

const { viewer: a, ctx: ac } = alice;

interface Case {
  deny: () => Decision;
  allow: () => Decision;
}

const CASES: Record<RuleId, Case> = {
  // ---- create / import: acme's servers, backups and files in cn-north-4; cn-east-3 is full
  'create.quota': { deny: () => canCreate(a, ac, 'cn-east-3'), allow: () => canCreate(a, ac, BJ) },
  'create.concurrent-tasks': {
    deny: () => canCreate(ivan.viewer, ivan.ctx, 'eu-west-101'),
    allow: () => canCreate(a, ac, BJ),
  },
  'create.ecs-state': {
    deny: () => canCreate(a, ac, BJ, { source: 'ecs', imageType: 'system', serverId: serverIdOf('batch-worker-07') }),
    allow: () => canCreate(a, ac, BJ, { source: 'ecs', imageType: 'system', serverId: serverIdOf('web-prod-02') }),
  },
  'create.ecs-frozen': {
    deny: () => canCreate(a, ac, BJ, { source: 'ecs', imageType: 'system', serverId: serverIdOf('legacy-billing-01') }),
    allow: () => canCreate(a, ac, BJ, { source: 'ecs', imageType: 'system', serverId: serverIdOf('web-prod-01') }),
  },
  'create.bms-state': {
    deny: () => canCreate(a, ac, BJ, { source: 'bms', serverId: serverIdOf('bms-hpc-02') }),
    allow: () => canCreate(a, ac, BJ, { source: 'bms', serverId: serverIdOf('bms-hpc-01') }),
  },
  'create.system-disk-size': {
    deny: () => canCreate(a, ac, BJ, { source: 'ecs', imageType: 'system', serverId: serverIdOf('hana-db-01') }),
    allow: () => canCreate(a, ac, BJ, { source: 'ecs', imageType: 'whole', serverId: serverIdOf('hana-db-01') }),
  },
  'create.data-disk-size': {
    deny: () =>
      canCreate(a, ac, BJ, {
        source: 'ecs',
        imageType: 'data',
        serverId: serverIdOf('fileserver-01'),
        dataDiskIds: [diskIdOf('fileserver-01', 'data1')],
      }),
    allow: () =>
      canCreate(a, ac, BJ, {
        source: 'ecs',
        imageType: 'data',
        serverId: serverIdOf('fileserver-01'),
        dataDiskIds: [diskIdOf('fileserver-01', 'data2')],
      }),
  },
  'create.backup-single-use': {
    deny: () => canCreate(a, ac, BJ, { source: 'backup', backupId: backupIdOf(BACKUPS.erpAppCbrInUse) }),
    allow: () => canCreate(a, ac, BJ, { source: 'backup', backupId: backupIdOf(BACKUPS.webProdCbr) }),
  },
  'import.format': {
    deny: () => canCreate(a, ac, BJ, fileImport(IMPORT_FILES.iso)),
    allow: () => canCreate(a, ac, BJ, fileImport(IMPORT_FILES.golden)),
  },
  'import.size': {
    deny: () => canCreate(a, ac, BJ, fileImport(IMPORT_FILES.largeQcow2, { quickImport: true })),
    allow: () => canCreate(a, ac, BJ, fileImport(IMPORT_FILES.largeRaw, { quickImport: true })),
  },
  'import.data-disk-capacity': {
    deny: () => canCreate(a, ac, BJ, fileImport(IMPORT_FILES.dataDisk, { imageType: 'data', minDiskGb: 40 })),
    allow: () => canCreate(a, ac, BJ, fileImport(IMPORT_FILES.dataDisk, { imageType: 'data', minDiskGb: 100 })),
  },
  'import.iso-limits': {
    deny: () => canCreate(a, ac, BJ, { source: 'iso', fileFormat: IMPORT_FILES.golden.format }),
    allow: () => canCreate(a, ac, BJ, { source: 'iso', fileFormat: IMPORT_FILES.iso.format }),
  },
  'import.bucket': {
    deny: () => canCreate(a, ac, BJ, fileImport(IMPORT_FILES.golden, { bucket: bucketOf('acme-archive-cold') })),
    allow: () => canCreate(a, ac, BJ, fileImport(IMPORT_FILES.golden, { bucket: bucketOf('acme-image-files') })),
  },
  'import.os-version': {
    deny: () =>
      canCreate(a, ac, BJ, fileImport(IMPORT_FILES.golden, { osVersion: 'CentOS 7.9 64bit', architecture: 'arm' })),
    allow: () =>
      canCreate(
        a,
        ac,
        BJ,
        fileImport(IMPORT_FILES.kunpeng, { osVersion: 'openEuler 20.03 64bit', architecture: 'arm', bootMode: 'uefi' }),
      ),
  },
  'import.boot-mode': {
    deny: () =>
      canCreate(a, ac, BJ, fileImport(IMPORT_FILES.golden, { osVersion: 'CentOS 7.9 64bit', bootMode: 'uefi' })),
    allow: () =>
      canCreate(a, ac, BJ, fileImport(IMPORT_FILES.uefi, { osVersion: 'Ubuntu 18.04 Server 64bit', bootMode: 'uefi' })),
  },
  'import.system-disk-size': {
    deny: () => canCreate(a, ac, BJ, fileImport(IMPORT_FILES.largeRaw, { quickImport: true, minDiskGb: 200 })),
    allow: () => canCreate(a, ac, BJ, fileImport(IMPORT_FILES.largeRaw, { quickImport: true, minDiskGb: 300 })),
  },

  // ---- share (owner side)
  'share.status': { deny: () => canShare(acme(A.killed), a, ac), allow: () => canShare(acme(A.golden), a, ac) },
  'share.member-limit': {
    deny: () => canShare(acme(A.wholeFromCbr), a, ac, { projectIds: [projectIdOf(PARTNER_ACCOUNTS[8].id, BJ)] }),
    allow: () => canShare(acme(A.golden), a, ac, { projectIds: [projectIdOf(PARTNER_ACCOUNTS[8].id, BJ)] }),
  },
  'share.koogallery': {
    deny: () => canShare(acme(A.publishedInKooGallery), a, ac),
    allow: () => canShare(acme(A.fromKooGallery), a, ac),
  },
  'share.encrypted': { deny: () => canShare(acme(A.encrypted), a, ac), allow: () => canShare(acme(A.golden), a, ac) },
  'share.whole-image-origin': {
    deny: () => canShare(acme(A.wholeFromCsbs), a, ac),
    allow: () => canShare(acme(A.wholeFromCbr), a, ac),
  },
  'share.same-region': {
    deny: () => canShare(acme(A.golden), a, ac, { projectIds: [projectIdOf('globex', 'cn-east-3')] }),
    allow: () => canShare(acme(A.golden), a, ac, { projectIds: [projectIdOf('globex', BJ)] }),
  },
  'share.not-self': {
    deny: () => canShare(acme(A.golden), a, ac, { projectIds: [projectIdOf('acme', BJ)] }),
    allow: () => canShare(acme(A.golden), a, ac, { projectIds: [projectIdOf('initech', BJ)] }),
  },
  'share.received': { deny: () => canShare(globex(G.accepted), a, ac), allow: () => canShare(acme(A.ubuntu), a, ac) },
  'share.iso': { deny: () => canShare(acme(A.iso), a, ac), allow: () => canShare(acme(A.golden), a, ac) },

  // ---- received (acme is the recipient)
  'received.accept': {
    deny: () => canAccept(globex(G.accepted), a, ac, { status: 'accepted' }),
    allow: () => canAccept(initech(I.rejected), a, ac, { status: 'accepted' }),
  },
  'received.region': {
    deny: () =>
      canAccept(globex(G.pending), a, ac, { status: 'accepted', projectId: projectIdOf('acme', 'cn-east-3') }),
    allow: () => canAccept(globex(G.pending), a, ac, { status: 'accepted', projectId: projectIdOf('acme', BJ) }),
  },
  'received.replicate-accepted': {
    deny: () => canReplicate(globex(G.pending), a, ac),
    allow: () => canReplicate(globex(G.accepted), a, ac, { mode: 'in-region' }),
  },
  'received.replicate-encrypted': {
    deny: () => canReplicate(globex(G.acceptedEncrypted), a, ac),
    allow: () => canReplicate(initech(I.acceptedArm), a, ac, { mode: 'in-region' }),
  },
  'received.no-quota': {
    deny: () => canAccept(globex(G.pendingInFullRegion), a, ac, { status: 'accepted' }),
    allow: () => canAccept(globex(G.pending), a, ac, { status: 'accepted' }),
  },

  // ---- replicate
  'replicate.status': {
    deny: () => canReplicate(acme(A.killed), a, ac),
    allow: () => canReplicate(acme(A.golden), a, ac),
  },
  'replicate.concurrent': {
    deny: () => canReplicate(initech(I.euGateway), ivan.viewer, ivan.ctx),
    allow: () => canReplicate(acme(A.golden), a, ac),
  },
  'replicate.quota': {
    deny: () => canReplicate(acme(A.golden), a, ac, crossTo('cn-east-3')),
    allow: () => canReplicate(acme(A.golden), a, ac, crossTo('ap-southeast-3')),
  },
  'replicate.in-region.whole-image': {
    deny: () => canReplicate(acme(A.wholeFromCbr), a, ac, { mode: 'in-region' }),
    allow: () =>
      canReplicate(acme(A.wholeFromCbr), a, ac, {
        ...crossTo('ap-southeast-3'),
        vaultId: vaultIdOf('acme', 'ap-southeast-3'),
      }),
  },
  'replicate.iso': { deny: () => canReplicate(acme(A.iso), a, ac), allow: () => canReplicate(acme(A.ubuntu), a, ac) },
  'replicate.in-region.size': {
    deny: () => canReplicate(acme(A.large200), a, ac, { mode: 'in-region' }),
    allow: () => canReplicate(acme(A.golden), a, ac, { mode: 'in-region' }),
  },
  'replicate.cross-region.size': {
    deny: () => canReplicate(acme(A.data350), a, ac, crossTo('ap-southeast-3')),
    allow: () => canReplicate(acme(A.large200), a, ac, crossTo('ap-southeast-3')),
  },
  'replicate.cross-region.encrypted': {
    deny: () => canReplicate(acme(A.encrypted), a, ac, crossTo('ap-southeast-3')),
    allow: () => canReplicate(acme(A.encrypted), a, ac, { mode: 'in-region' }),
  },
  'replicate.cross-region.sequential': {
    deny: () => canReplicate(acme(A.replicating), a, ac, crossTo('cn-south-1')),
    allow: () => canReplicate(acme(A.golden), a, ac, crossTo('cn-south-1')),
  },
  'replicate.cross-region.target': {
    deny: () => canReplicate(acme(A.golden), a, ac, crossTo(BJ)),
    allow: () => canReplicate(acme(A.golden), a, ac, crossTo('eu-west-101')),
  },
  'replicate.key': {
    deny: () =>
      canReplicate(acme(A.golden), a, ac, {
        mode: 'in-region',
        kmsKeyId: keyIdOf('acme', BJ, disabledKeyAlias('acme')),
      }),
    allow: () =>
      canReplicate(acme(A.golden), a, ac, { mode: 'in-region', kmsKeyId: keyIdOf('acme', BJ, customKeyAlias('acme')) }),
  },
  'replicate.name': {
    deny: () => canReplicate(acme(A.golden), a, ac, { mode: 'in-region', name: 'web/frontend copy' }),
    allow: () =>
      canReplicate(acme(A.golden), a, ac, { mode: 'in-region', name: 'copy_cn-north-4_web-frontend-centos7-golden' }),
  },

  // ---- export: buckets acme-image-exports (Standard), acme-archive-cold (Archive), acme-sh-exports (cn-east-3)
  'export.status': { deny: () => canExport(acme(A.killed), a, ac), allow: () => canExport(acme(A.golden), a, ac) },
  'export.format': {
    deny: () => canExport(acme(A.golden), a, ac, exportTo('acme-image-exports', { format: 'zvhd2' })),
    allow: () => canExport(acme(A.golden), a, ac, exportTo('acme-image-exports')),
  },
  'export.max-size': { deny: () => canExport(acme(A.data1024), a, ac), allow: () => canExport(acme(A.data350), a, ac) },
  'export.fast-only': {
    deny: () => canExport(acme(A.shanghai200), a, ac, exportTo('acme-sh-exports')),
    allow: () =>
      canExport(acme(A.shanghai200), a, ac, exportTo('acme-sh-exports', { format: undefined, fastExport: true })),
  },
  'export.fast-encrypted': {
    deny: () =>
      canExport(acme(A.encrypted), a, ac, exportTo('acme-image-exports', { format: undefined, fastExport: true })),
    allow: () => canExport(acme(A.encrypted), a, ac, exportTo('acme-image-exports')),
  },
  'export.bucket': {
    deny: () => canExport(acme(A.golden), a, ac, exportTo('acme-archive-cold')),
    allow: () => canExport(acme(A.golden), a, ac, exportTo('acme-image-exports')),
  },
  'export.whole-image': {
    deny: () => canExport(acme(A.wholeFromCbr), a, ac),
    allow: () => canExport(acme(A.golden), a, ac),
  },
  'export.iso': { deny: () => canExport(acme(A.iso), a, ac), allow: () => canExport(acme(A.arm), a, ac) },
  'export.licensed-os': { deny: () => canExport(acme(A.sles), a, ac), allow: () => canExport(acme(A.ubuntu), a, ac) },
  'export.koogallery': {
    deny: () => canExport(acme(A.fromKooGallery), a, ac),
    allow: () => canExport(acme(A.publishedInKooGallery), a, ac),
  },

  // ---- encrypt
  'encrypt.key-fixed': {
    deny: () => canModify(acme(A.encrypted), a, ac, { kmsKeyId: keyIdOf('acme', BJ, 'ims/default') }),
    allow: () => canModify(acme(A.encrypted), a, ac, { description: 'PCI payments API, hardened.' }),
  },
  'encrypt.iso': {
    deny: () =>
      canCreate(a, ac, BJ, { source: 'iso', fileFormat: 'iso', kmsKeyId: keyIdOf('acme', BJ, customKeyAlias('acme')) }),
    allow: () => canCreate(a, ac, BJ, { source: 'iso', fileFormat: 'iso', kmsKeyId: null }),
  },
  'encrypt.koogallery': {
    deny: () => canPublish(acme(A.goldenKms), a, ac),
    allow: () => canPublish(acme(A.golden), a, ac),
  },

  // ---- tags
  'tags.limit': {
    deny: () => canEditTags(acme(A.tagsFull), a, ac, withTags(acme(A.tagsFull), { key: 'region', value: 'bj4' })),
    allow: () => canEditTags(acme(A.golden), a, ac, withTags(acme(A.golden), { key: 'region', value: 'bj4' })),
  },
  'tags.key': {
    deny: () => canEditTags(acme(A.golden), a, ac, withTags(acme(A.golden), { key: 'cost center', value: 'cc-1042' })),
    allow: () => canEditTags(acme(A.golden), a, ac, withTags(acme(A.golden), { key: 'cost-center', value: 'cc-1042' })),
  },
  'tags.value': {
    deny: () => canEditTags(acme(A.golden), a, ac, withTags(acme(A.golden), { key: 'owner', value: 'alice@acme' })),
    allow: () => canEditTags(acme(A.golden), a, ac, withTags(acme(A.golden), { key: 'owner', value: 'alice.acme' })),
  },

  // ---- delete
  'delete.koogallery': {
    deny: () => canDelete(acme(A.publishedInKooGallery), a, ac),
    allow: () => canDelete(acme(A.fromKooGallery), a, ac),
  },
  'delete.owner': { deny: () => canDelete(globex(G.accepted), a, ac), allow: () => canDelete(acme(A.golden), a, ac) },
  'delete.in-progress': {
    deny: () => canDelete(acme(A.creating), a, ac),
    allow: () => canDelete(acme(A.killed), a, ac),
  },

  // ---- modify
  'modify.status': { deny: () => canModify(acme(A.killed), a, ac), allow: () => canModify(acme(A.golden), a, ac) },
  'modify.fields': {
    deny: () => canModify(acme(A.data350), a, ac, { bootMode: 'uefi' }),
    allow: () => canModify(acme(A.data350), a, ac, { description: 'Scratch data of the genomics pipeline.' }),
  },

  // ---- launch
  'launch.status': { deny: () => canLaunch(acme(A.killed), a, ac), allow: () => canLaunch(acme(A.golden), a, ac) },
  'launch.image-type': {
    deny: () => canLaunch(acme(A.data350), a, ac, launch()),
    allow: () => canLaunch(acme(A.data350), a, ac, launch({ target: 'evs', diskSizeGb: 500, name: 'data-01' })),
  },
  'launch.count': {
    deny: () => canLaunch(acme(A.golden), a, ac, launch({ count: 501 })),
    allow: () => canLaunch(acme(A.golden), a, ac, launch({ count: 500 })),
  },
  'launch.name': {
    deny: () => canLaunch(acme(A.golden), a, ac, launch({ name: 'web server' })),
    allow: () => canLaunch(acme(A.golden), a, ac, launch({ name: 'web-server' })),
  },
  'launch.disk-size': {
    deny: () => canLaunch(acme(A.golden), a, ac, launch({ diskSizeGb: 2048 })),
    allow: () => canLaunch(acme(A.golden), a, ac, launch({ diskSizeGb: 1024 })),
  },
  'launch.architecture': {
    deny: () => canLaunch(acme(A.golden), a, ac, launch({ architecture: 'arm', flavorName: 'kc1.large.2' })),
    allow: () => canLaunch(initech(I.acceptedArm), a, ac, launch({ architecture: 'arm', flavorName: 'kc1.large.2' })),
  },
  'launch.os-bit-memory': {
    deny: () => canLaunch(acme(A.bit32), a, ac, launch({ memoryGb: 8 })),
    allow: () => canLaunch(acme(A.bit32), a, ac, launch({ memoryGb: 4, flavorName: 's7.medium.4' })),
  },
  'launch.uefi-heterogeneous': {
    deny: () => canLaunch(acme(A.uefi), a, ac, launch({ heterogeneous: true, flavorName: 'p2s.2xlarge.8' })),
    allow: () => canLaunch(acme(A.uefi), a, ac, launch()),
  },
  'launch.region': {
    deny: () => canLaunch(globex(G.accepted), a, ac, launch({ regionId: 'cn-east-3' })),
    allow: () => canLaunch(globex(G.accepted), a, ac, launch()),
  },
  'launch.batch-size': {
    deny: () => canLaunch(acme(A.golden), a, ac, launch({ count: 150 })),
    allow: () => canLaunch(acme(A.golden), a, ac, launch({ count: 100 })),
  },

  // ---- everywhere
  'access.read-only': {
    deny: () => canShare(acme(A.golden), oliver.viewer, oliver.ctx),
    allow: () => canShare(acme(A.golden), a, ac),
  },
  'access.owner': { deny: () => canExport(globex(G.accepted), a, ac), allow: () => canExport(acme(A.golden), a, ac) },
};

describe('seeded demo data covers every rule', () => {
  it('has a case for exactly the catalogue', () => {
    expect(Object.keys(CASES).sort()).toEqual([...RULE_IDS].sort());
  });

  describe.each(RULE_IDS)('%s', (rule) => {
    const advisory = ruleEntry(rule).advisory === true;

    it(advisory ? 'warns for a seeded case' : 'refuses a seeded case', () => {
      const decision = CASES[rule].deny();
      if (advisory) {
        expect(decision.allowed).toBe(true);
        expect(decision.allowed && decision.warnings?.map((w) => w.rule)).toContain(rule);
      } else {
        expect(decision).toMatchObject({ allowed: false, rule });
      }
    });

    it('allows a seeded case', () => {
      const decision = CASES[rule].allow();
      expect(decision).toMatchObject({ allowed: true });
      expect(decision.allowed && (decision.warnings ?? []).map((w) => w.rule)).not.toContain(rule);
    });
  });
});
