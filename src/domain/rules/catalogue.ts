import { LIMITS } from '../limits';
import type { Decision, Denial } from './decision';

export type Operation =
  | 'create'
  | 'share'
  | 'received'
  | 'replicate'
  | 'export'
  | 'encrypt'
  | 'tags'
  | 'delete'
  | 'modify'
  | 'launch'
  | 'access';

export const OPERATION_LABELS: Record<Operation, string> = {
  create: 'Create a private image',
  share: 'Share (owner side)',
  received: 'Images shared with me',
  replicate: 'Replicate',
  export: 'Export',
  encrypt: 'Encrypt',
  tags: 'Tags',
  delete: 'Delete',
  modify: 'Modify',
  launch: 'Create an ECS from an image',
  access: 'Everywhere',
};

interface RuleEntry<P> {
  operation: Operation;
  /** The constraint as the catalogue states it (Constraints page). */
  statement: string;
  /** Seed documents the rule comes from. */
  source: string;
  /** IMS error code the backend answers with; `IMG.9xxx` codes are mock-specific. */
  code: string;
  /** Named limits the rule reads, shown on the Constraints page. */
  limits?: Record<string, number | string>;
  /** A refusal is a warning only (the action stays allowed). */
  advisory?: boolean;
  /** The tooltip sentence: names the failing value. */
  reason: (p: P) => string;
  /** How to unblock. */
  hint: (p: P) => string;
}

function rule<P = Record<never, never>>(entry: RuleEntry<P>): RuleEntry<P> {
  return entry;
}

const gb = (n: number) => `${n} GB`;

export const CATALOGUE = {
  // ---- create / import -------------------------------------------------------------
  'create.quota': rule<{ region: string; used: number; limit: number; adding?: number }>({
    operation: 'create',
    statement: 'At most 50 private images per region (per project); creating, importing and replicating all count.',
    source: '000 T1, 002 T5-1',
    code: 'IMG.0015',
    limits: { privateImagesPerRegion: LIMITS.privateImagesPerRegion },
    reason: (p) =>
      p.adding !== undefined && p.adding > 1
        ? `${p.region} has ${p.used} of ${p.limit} private images; ${p.adding} more would pass the quota.`
        : `${p.region} already has ${p.used} of ${p.limit} private images.`,
    hint: () => 'Delete private images you no longer need, or ask for a higher quota.',
  }),
  'create.concurrent-tasks': rule<{ running: number; adding?: number }>({
    operation: 'create',
    statement: 'At most 40 image-creation tasks running at once; one image per task.',
    source: '000 T1',
    code: 'IMG.0060',
    limits: { concurrentCreateTasks: LIMITS.concurrentCreateTasks },
    reason: (p) =>
      p.adding !== undefined && p.adding > 1
        ? `${p.running} image-creation tasks are running; ${p.adding} more would pass the ${LIMITS.concurrentCreateTasks} that may run at once.`
        : `${p.running} image-creation tasks are running; at most ${LIMITS.concurrentCreateTasks} may run at once.`,
    hint: () => 'Wait for a running creation task to finish (see the task centre).',
  }),
  'create.ecs-state': rule<{ server: string; state: string }>({
    operation: 'create',
    statement:
      'A system disk, data disk or full-ECS image can be created from an ECS only while it is Stopped or Running.',
    source: '000 T1',
    code: 'IMG.0126',
    reason: (p) => `ECS ${p.server} is ${p.state}; it must be Stopped or Running.`,
    hint: () => 'Wait until the ECS is Running or Stopped, then try again.',
  }),
  'create.ecs-frozen': rule<{ server: string }>({
    operation: 'create',
    statement: 'An ECS frozen for overdue payment cannot be used until it is renewed.',
    source: '000 Other',
    code: 'IMG.0063',
    reason: (p) => `ECS ${p.server} is frozen for overdue payment.`,
    hint: () => 'Renew the ECS, then create the image.',
  }),
  'create.bms-state': rule<{ server: string; problem: string }>({
    operation: 'create',
    statement: 'A system disk image from a BMS needs the BMS Stopped and booted from an EVS disk, not a local disk.',
    source: '000 T1',
    code: 'IMG.0008',
    reason: (p) => `BMS ${p.server} ${p.problem}.`,
    hint: () => 'Stop the BMS; only a BMS booted from an EVS disk can be imaged.',
  }),
  'create.system-disk-size': rule<{ server: string; sizeGb: number }>({
    operation: 'create',
    statement:
      'The system disk used for a system disk image must be at most 1 TB; above that only a full-ECS image can be made from that ECS.',
    source: '000 T1',
    code: 'IMG.0006',
    limits: { maxSourceDiskGb: LIMITS.maxSourceDiskGb },
    reason: (p) =>
      `The system disk of ${p.server} is ${gb(p.sizeGb)}; a system disk image allows at most ${gb(LIMITS.maxSourceDiskGb)}.`,
    hint: () => 'Create a full-ECS image of this ECS instead.',
  }),
  'create.data-disk-size': rule<{ disk: string; sizeGb: number }>({
    operation: 'create',
    statement: 'The data disk used for a data disk image must be at most 1 TB; above that only a full-ECS image.',
    source: '000 T1',
    code: 'IMG.0120',
    limits: { maxSourceDiskGb: LIMITS.maxSourceDiskGb },
    reason: (p) =>
      `Data disk ${p.disk} is ${gb(p.sizeGb)}; a data disk image allows at most ${gb(LIMITS.maxSourceDiskGb)}.`,
    hint: () => 'Create a full-ECS image of this ECS instead.',
  }),
  'create.backup-single-use': rule<{ backup: string; image: string }>({
    operation: 'create',
    statement: 'A CSBS or CBR backup can be used to create only one full-ECS image at a time.',
    source: '000 T1',
    code: 'IMG.0134',
    reason: (p) => `Backup ${p.backup} is already being used to create image ${p.image}.`,
    hint: () => 'Wait for that image to finish, or choose another backup.',
  }),
  'import.format': rule<{ format: string }>({
    operation: 'create',
    statement:
      'An external image file must be VMDK, VHD, QCOW2, RAW, VHDX, QED, VDI, QCOW, ZVHD2 or ZVHD (ISO only through ISO registration).',
    source: '000 T2',
    code: 'IMG.0057',
    limits: { formats: 'VMDK, VHD, QCOW2, RAW, VHDX, QED, VDI, QCOW, ZVHD2, ZVHD' },
    reason: (p) => `The file format ${p.format} cannot be imported as a disk image.`,
    hint: () =>
      'Convert the file to VMDK, VHD, QCOW2, RAW, VHDX, QED, VDI, QCOW, ZVHD2 or ZVHD; register ISO files as ISO images.',
  }),
  'import.size': rule<{ sizeGb: number; problem: string }>({
    operation: 'create',
    statement:
      'An imported file is at most 128 GB; from 128 GB to 1 TB only through fast import, and only as RAW or ZVHD2.',
    source: '000 T2',
    code: 'IMG.0059',
    limits: { importMaxGb: LIMITS.importMaxGb, fastImportMaxGb: LIMITS.fastImportMaxGb },
    reason: (p) => `The file is ${gb(p.sizeGb)}; ${p.problem}.`,
    hint: () => 'Convert the file to RAW or ZVHD2 and use fast import (up to 1 TB).',
  }),
  'import.data-disk-capacity': rule<{ capacityGb: number; fileGb: number }>({
    operation: 'create',
    statement:
      'A data disk image imported from a file takes a capacity of 40–2048 GB, at least the size of the disk in the file.',
    source: '000 T2',
    code: 'IMG.0055',
    limits: { min: LIMITS.dataDiskImportMinGb, max: LIMITS.dataDiskImportMaxGb },
    reason: (p) =>
      `A disk capacity of ${gb(p.capacityGb)} is not allowed: it must be ${LIMITS.dataDiskImportMinGb}–${LIMITS.dataDiskImportMaxGb} GB and at least the ${gb(p.fileGb)} disk in the file.`,
    hint: (p) =>
      `Choose a capacity from ${Math.max(LIMITS.dataDiskImportMinGb, p.fileGb)} to ${LIMITS.dataDiskImportMaxGb} GB.`,
  }),
  'import.iso-limits': rule<{ problem: string }>({
    operation: 'create',
    statement:
      'An ISO image cannot be replicated, exported or encrypted; it can only create a temporary ECS, from which a system disk image is made.',
    source: '000 T2, 003',
    code: 'IMG.0167',
    reason: (p) => `ISO registration ${p.problem}.`,
    hint: () =>
      'Register the .iso file as an ISO image, create a temporary ECS from it, then create a system disk image from that ECS.',
  }),

  // Rules of creation that RULES.md lacks, from the seeds (002 §6) and the IMS API.
  'import.bucket': rule<{ bucket: string; problem: string }>({
    operation: 'create',
    statement: 'An image file is imported from an OBS bucket of Standard storage class in the region of the new image.',
    source: 'IMS API (image_url; IMG.0058)',
    code: 'IMG.0058',
    reason: (p) => `Bucket ${p.bucket} ${p.problem}.`,
    hint: () => 'Choose a Standard bucket in this region, or copy the file into one.',
  }),
  'import.os-version': rule<{ osVersion: string; architecture: string }>({
    operation: 'create',
    statement:
      'A system disk or ISO image imported from a file names its OS from the supported-OS tables (x86: Tables 6-1 to 6-4 and 6-6; Kunpeng: Table 6-5); an OS they do not list is registered as Other_Linux (64 bit) or Other_Linux (32 bit).',
    source: '002 §6.1, §6.2 (T6-1 to T6-6)',
    code: 'IMG.0122',
    reason: (p) =>
      p.osVersion === ''
        ? 'No OS version is chosen; an imported system disk or ISO image needs one.'
        : `${p.osVersion} is not a supported OS for ${p.architecture} ECSs.`,
    hint: (p) =>
      `Choose an OS version listed for ${p.architecture}, or Other_Linux (64 bit / 32 bit) when the OS is not listed.`,
  }),
  'import.boot-mode': rule<{ osVersion: string; architecture: 'x86' | 'arm' }>({
    operation: 'create',
    statement:
      'UEFI boot mode is available only for the OSs of Table 6-6; a Kunpeng (Arm) image boots in UEFI mode only.',
    source: '002 §6.3 (T6-6), IMS API (hw_firmware_type)',
    code: 'IMG.0141',
    reason: (p) =>
      p.architecture === 'arm'
        ? 'A Kunpeng (Arm) image boots in UEFI mode only, not BIOS.'
        : `${p.osVersion} does not support UEFI boot mode.`,
    hint: (p) => (p.architecture === 'arm' ? 'Choose UEFI.' : 'Choose BIOS, or an OS version that supports UEFI.'),
  }),
  'import.system-disk-size': rule<{ sizeGb: number; fileGb: number }>({
    operation: 'create',
    statement:
      'A system disk or ISO image imported from a file takes a system disk of 40–1024 GB, at least the size of the disk in the file.',
    source: '000 T1 (1 TB), IMS API (min_disk)',
    code: 'IMG.0055',
    limits: { min: LIMITS.systemDiskImportMinGb, max: LIMITS.maxSourceDiskGb },
    reason: (p) =>
      `A system disk of ${gb(p.sizeGb)} is not allowed: it must be ${LIMITS.systemDiskImportMinGb}–${LIMITS.maxSourceDiskGb} GB and at least the ${gb(p.fileGb)} disk in the file.`,
    hint: (p) =>
      `Choose a system disk from ${Math.max(LIMITS.systemDiskImportMinGb, Math.ceil(p.fileGb))} to ${LIMITS.maxSourceDiskGb} GB.`,
  }),

  // ---- share (owner) ---------------------------------------------------------------
  'share.status': rule<{ status: string }>({
    operation: 'share',
    statement: 'Only images in Normal status can be shared.',
    source: '000 T3',
    code: 'IMG.0046',
    reason: (p) => `This image is ${p.status}; only Normal images can be shared.`,
    hint: () => 'Wait until the image is Normal.',
  }),
  'share.member-limit': rule<{ type: string; current: number; adding: number; limit: number }>({
    operation: 'share',
    statement: 'A system or data disk image can be shared with at most 128 projects; a full-ECS image with at most 10.',
    source: '000 T3, 001 FAQ',
    code: 'IMG.0088',
    limits: {
      systemOrDataDisk: LIMITS.shareMembersDiskImage,
      fullEcs: LIMITS.shareMembersWholeImage,
    },
    reason: (p) =>
      `This ${p.type} image is shared with ${p.current} projects; adding ${p.adding} would exceed its limit of ${p.limit}.`,
    hint: () => 'Stop sharing with projects that no longer need the image.',
  }),
  'share.koogallery': rule({
    operation: 'share',
    statement: 'Images published in KooGallery cannot be shared.',
    source: '000 T3, 003',
    code: 'IMG.0089',
    reason: () => 'This image is published in KooGallery; published images cannot be shared.',
    hint: () => 'Share a copy that is not published: replicate the image first.',
  }),
  'share.encrypted': rule<{ key: string }>({
    operation: 'share',
    statement:
      'Encrypted images cannot be shared (replicate to an unencrypted copy first). 000 T6 also says this of images on the default key; T3 forbids all encrypted images, and T3 stands.',
    source: '000 T3, T6; 004',
    code: 'IMG.0098',
    reason: (p) => `This image is encrypted with KMS key ${p.key}; encrypted images cannot be shared.`,
    hint: () => 'Replicate it within the region to an unencrypted copy, then share the copy.',
  }),
  'share.whole-image-origin': rule<{ origin: string }>({
    operation: 'share',
    statement:
      'A full-ECS image is shareable only when created from a CBR backup, or from an ECS that has never had a CSBS backup.',
    source: '000 T1, T3; 003',
    code: 'IMG.0135',
    reason: (p) => `This full-ECS image was created ${p.origin}; it cannot be shared.`,
    hint: () => 'Create a full-ECS image from a CBR backup of the ECS, and share that.',
  }),
  'share.same-region': rule<{ project: string; problem: string }>({
    operation: 'share',
    statement: "Images are shared only within their region: every recipient project must be in the image's region.",
    source: '000 T3, 001 FAQ',
    code: 'IMG.0177',
    reason: (p) => `Project ${p.project} ${p.problem}.`,
    hint: () =>
      "Enter a project of the image's region, or replicate the image to the recipient's region and share it there.",
  }),
  'share.not-self': rule<{ project: string }>({
    operation: 'share',
    statement: 'An image cannot be shared with its own project.',
    source: 'IMS API (IMG.0076)',
    code: 'IMG.0076',
    reason: (p) => `Project ${p.project} owns this image; an image cannot be shared with its own project.`,
    hint: () => 'Remove your own project from the recipients.',
  }),
  'share.received': rule({
    operation: 'share',
    statement: 'An image shared with you cannot be shared on; replicate it to a private image first, then share that.',
    source: '001 FAQ',
    code: 'IMG.0106',
    reason: () => 'This image was shared with you by another tenant; it cannot be shared on.',
    hint: () => 'Replicate it to a private image first, then share that.',
  }),
  'share.iso': rule({
    operation: 'share',
    statement: 'ISO images are not shared (they only serve to build a temporary ECS).',
    source: '003',
    code: 'IMG.0167',
    reason: () => 'This is an ISO image; ISO images cannot be shared.',
    hint: () => 'Create a system disk image from a temporary ECS built from this ISO, and share that.',
  }),

  // ---- received (recipient) --------------------------------------------------------
  'received.accept': rule<{ problem: string }>({
    operation: 'received',
    statement:
      'A pending share can be accepted or rejected; a rejected one can be accepted again; an accepted one can be rejected (removed).',
    source: '001 FAQ',
    code: 'IMG.0105',
    reason: (p) => p.problem,
    hint: () => 'Accept a pending or rejected share; reject a pending or accepted one.',
  }),
  'received.region': rule<{ region: string; viewerRegion: string }>({
    operation: 'received',
    statement: 'A shared image is usable only in its region; pending shares show in that region.',
    source: '001 FAQ',
    code: 'IMG.0177',
    reason: (p) => `This image is shared in ${p.region}; it cannot be answered or used from ${p.viewerRegion}.`,
    hint: (p) => `Switch to ${p.region}.`,
  }),
  'received.replicate-accepted': rule<{ problem: string }>({
    operation: 'received',
    statement:
      'A shared image can be replicated to a private image only after it is accepted, and only within its region.',
    source: '001 FAQ, IMS API (IMG.0196)',
    code: 'IMG.0196',
    reason: (p) => p.problem,
    hint: () => 'Accept the share, then replicate it within its region.',
  }),
  'received.replicate-encrypted': rule<{ key: string }>({
    operation: 'received',
    statement: 'A shared encrypted image cannot be replicated.',
    source: 'IMS API (IMG.0197)',
    code: 'IMG.0197',
    reason: (p) => `This shared image is encrypted with KMS key ${p.key}; it cannot be replicated.`,
    hint: () => 'Ask the owner to share an unencrypted copy.',
  }),
  'received.no-quota': rule<{ region: string; used: number; limit: number }>({
    operation: 'received',
    statement: 'Shared images do not count against the private image quota, and a project can receive any number.',
    source: '000 T3, 001 FAQ',
    code: 'IMG.0015',
    advisory: true,
    reason: (p) => `Accepting never counts against the private image quota (${p.used} of ${p.limit} in ${p.region}).`,
    hint: () => 'Shared images are free of quota; only private images count.',
  }),

  // ---- replicate -------------------------------------------------------------------
  'replicate.status': rule<{ status: string }>({
    operation: 'replicate',
    statement: 'Only images in Normal status can be replicated.',
    source: '000 T4, 004',
    code: 'IMG.0046',
    reason: (p) => `This image is ${p.status}; only Normal images can be replicated.`,
    hint: () => 'Wait until the image is Normal.',
  }),
  'replicate.concurrent': rule<{ running: number }>({
    operation: 'replicate',
    statement: 'At most 5 replication tasks running at once per tenant.',
    source: '000 T4',
    code: 'IMG.9001',
    limits: { concurrentReplications: LIMITS.concurrentReplications },
    reason: (p) =>
      `${p.running} replication tasks are running; at most ${LIMITS.concurrentReplications} may run at once per tenant.`,
    hint: () => 'Wait for a replication to finish (see the task centre).',
  }),
  'replicate.quota': rule<{ region: string; used: number; limit: number }>({
    operation: 'replicate',
    statement: 'The copy is a new private image: the target region must be under its 50-image quota.',
    source: '000 T1',
    code: 'IMG.0015',
    limits: { privateImagesPerRegion: LIMITS.privateImagesPerRegion },
    reason: (p) => `${p.region} already has ${p.used} of ${p.limit} private images.`,
    hint: (p) => `Delete private images in ${p.region}, or choose another region.`,
  }),
  'replicate.in-region.whole-image': rule({
    operation: 'replicate',
    statement: 'Full-ECS images cannot be replicated within a region (only across regions).',
    source: '000 T1, T4; 004',
    code: 'IMG.0130',
    reason: () => 'This is a full-ECS image; full-ECS images cannot be replicated within a region.',
    hint: () => 'Replicate it across regions instead.',
  }),
  'replicate.iso': rule({
    operation: 'replicate',
    statement: 'Images created from ISO files cannot be replicated (in-region or across regions).',
    source: '000 T2, T4; 004',
    code: 'IMG.0167',
    reason: () => 'This is an ISO image; ISO images cannot be replicated.',
    hint: () => 'Create a system disk image from a temporary ECS built from this ISO, and replicate that.',
  }),
  'replicate.in-region.size': rule<{ sizeGb: number }>({
    operation: 'replicate',
    statement: 'An image replicated within a region is at most 128 GB.',
    source: '000 T4, 004',
    code: 'IMG.9002',
    limits: { replicateInRegionMaxGb: LIMITS.replicateInRegionMaxGb },
    reason: (p) =>
      `This image is ${gb(p.sizeGb)}; in-region replication allows at most ${gb(LIMITS.replicateInRegionMaxGb)}.`,
    hint: () => 'Replicate it across regions, where larger limits may apply.',
  }),
  'replicate.cross-region.size': rule<{ sizeGb: number; limitGb: number; region: string }>({
    operation: 'replicate',
    statement:
      'An image replicated across regions is at most 128 GB, or at most 300 GB when the source region is CN South-Guangzhou, CN East-Shanghai1, CN East-Shanghai2 or CN North-Beijing4.',
    source: '000 T4',
    code: 'IMG.9003',
    limits: {
      replicateCrossRegionMaxGb: LIMITS.replicateCrossRegionMaxGb,
      fromLargeRegionsMaxGb: LIMITS.replicateCrossRegionLargeMaxGb,
    },
    reason: (p) =>
      `This image is ${gb(p.sizeGb)}; replication across regions from ${p.region} allows at most ${gb(p.limitGb)}.`,
    hint: () =>
      'Only CN North-Beijing4, CN East-Shanghai1/2 and CN South-Guangzhou replicate up to 300 GB across regions.',
  }),
  'replicate.cross-region.encrypted': rule<{ key: string }>({
    operation: 'replicate',
    statement: 'Encrypted images cannot be replicated across regions.',
    source: '000 T4, T6',
    code: 'IMG.9004',
    reason: (p) =>
      `This image is encrypted with KMS key ${p.key}; encrypted images cannot be replicated across regions.`,
    hint: () => 'Replicate it within the region to an unencrypted copy, then replicate that copy.',
  }),
  'replicate.cross-region.sequential': rule({
    operation: 'replicate',
    statement:
      'A new cross-region replication of an image starts only after its previous one has finished. (Read per source image; the 5-task limit still applies per tenant.)',
    source: '000 T4',
    code: 'IMG.9005',
    reason: () => 'A cross-region replication of this image is still running.',
    hint: () => 'Wait for it to finish (see the task centre).',
  }),
  'replicate.cross-region.target': rule<{ problem: string }>({
    operation: 'replicate',
    statement:
      'The destination region must differ from the source region, and a destination project in that region must be chosen.',
    source: 'IMS API',
    code: 'IMG.0104',
    reason: (p) => p.problem,
    hint: () => 'Choose another region and a project of yours in it.',
  }),
  'replicate.key': rule<{ key: string; problem: string }>({
    operation: 'replicate',
    statement:
      "A copy may be encrypted with a KMS key or left unencrypted; this is the only way to change an image's key or to decrypt it. The key must be enabled.",
    source: '004, 000 T6',
    code: 'IMG.0097',
    reason: (p) => `KMS key ${p.key} ${p.problem}.`,
    hint: () => 'Enable the key in KMS, choose another key, or leave the copy unencrypted.',
  }),
  'replicate.name': rule<{ problem: string }>({
    operation: 'replicate',
    statement: "The copy's name defaults to `copy_<source region>_<source name>` and follows the image-name rules.",
    source: '004',
    code: 'IMG.0003',
    limits: { imageNameMaxLength: LIMITS.imageNameMaxLength },
    reason: (p) => `The name ${p.problem}.`,
    hint: () =>
      'Use 1–128 letters, digits, spaces, Chinese characters, hyphens (-), periods (.) or underscores (_), with no space at either end.',
  }),

  // ---- export ----------------------------------------------------------------------
  'export.status': rule<{ status: string }>({
    operation: 'export',
    statement: 'Only images in Normal status can be exported.',
    source: '000 T5',
    code: 'IMG.0046',
    reason: (p) => `This image is ${p.status}; only Normal images can be exported.`,
    hint: () => 'Wait until the image is Normal.',
  }),
  'export.format': rule<{ format: string; problem: string }>({
    operation: 'export',
    statement: 'Exported files are VMDK, VHD, QCOW2, ZVHD or ZVHD2 (fast export writes ZVHD2).',
    source: '000 T5',
    code: 'IMG.0072',
    limits: { formats: 'VMDK, VHD, QCOW2, ZVHD, ZVHD2' },
    reason: (p) => `The format ${p.format} ${p.problem}.`,
    hint: () => 'Choose VMDK, VHD, QCOW2 or ZVHD; fast export always writes ZVHD2.',
  }),
  'export.max-size': rule<{ sizeGb: number }>({
    operation: 'export',
    statement: 'Images of 1 TB or more cannot be exported.',
    source: '000 T5',
    code: 'IMG.0071',
    limits: { exportMaxGbExclusive: LIMITS.exportMaxGbExclusive },
    reason: (p) => `This image is ${gb(p.sizeGb)}; only images under 1 TB can be exported.`,
    hint: () => 'Export a smaller image: data of 1 TB or more must be moved another way.',
  }),
  'export.fast-only': rule<{ sizeGb: number }>({
    operation: 'export',
    statement:
      'Images larger than 128 GB can only be exported with fast export (a region may lift this; the console shows where).',
    source: '000 T5',
    code: 'IMG.0160',
    limits: { exportNormalMaxGb: LIMITS.exportNormalMaxGb },
    reason: (p) =>
      `This image is ${gb(p.sizeGb)}; images over ${gb(LIMITS.exportNormalMaxGb)} can only be exported with fast export in this region.`,
    hint: () => 'Turn on fast export (the file is written as ZVHD2).',
  }),
  // `fastOnly`: the image can go only by fast export here (over 128 GB where the region keeps
  // that limit); without it the size alone decides, which misleads where a region lifts the limit.
  'export.fast-encrypted': rule<{ key: string; sizeGb: number; fastOnly?: boolean }>({
    operation: 'export',
    statement: 'Encrypted images cannot use fast export (so an encrypted image over 128 GB cannot be exported).',
    source: '000 T5',
    code: 'IMG.9006',
    reason: (p) =>
      (p.fastOnly ?? p.sizeGb > LIMITS.exportNormalMaxGb)
        ? `This image is encrypted with KMS key ${p.key} and is ${gb(p.sizeGb)}; over ${gb(LIMITS.exportNormalMaxGb)} only fast export works, and encrypted images cannot use it.`
        : `This image is encrypted with KMS key ${p.key}; encrypted images cannot use fast export.`,
    hint: (p) =>
      (p.fastOnly ?? p.sizeGb > LIMITS.exportNormalMaxGb)
        ? 'Replicate it to an unencrypted copy within the region, then export the copy.'
        : 'Turn off fast export.',
  }),
  'export.bucket': rule<{ bucket: string; problem: string }>({
    operation: 'export',
    statement: "The destination is an OBS bucket of Standard storage class in the image's region.",
    source: '000 T5',
    code: 'IMG.0069',
    reason: (p) => `Bucket ${p.bucket} ${p.problem}.`,
    hint: () => "Choose a Standard-class bucket in the image's region and a file name not yet used in it.",
  }),
  'export.whole-image': rule({
    operation: 'export',
    statement: 'Full-ECS images cannot be exported.',
    source: '000 T1, T5',
    code: 'IMG.0128',
    reason: () => 'This is a full-ECS image; full-ECS images cannot be exported.',
    hint: () => 'Create a system disk image from the ECS and export that.',
  }),
  'export.iso': rule({
    operation: 'export',
    statement: 'ISO images cannot be exported.',
    source: '000 T2, T5',
    code: 'IMG.0167',
    reason: () => 'This is an ISO image; ISO images cannot be exported.',
    hint: () => 'Export the original .iso file from OBS instead.',
  }),
  'export.licensed-os': rule<{ platform: string; publicImage: string }>({
    operation: 'export',
    statement:
      'Images created from a Windows, SUSE, Red Hat or Oracle Linux public image cannot be exported (Ubuntu-based images: only in regions that allow it).',
    source: '000 T5',
    code: 'IMG.0079',
    reason: (p) =>
      `This image was created from the ${p.platform} public image ${p.publicImage}; it cannot be exported${p.platform === 'Ubuntu' ? ' in this region' : ''}.`,
    hint: (p) =>
      p.platform === 'Ubuntu'
        ? 'Ubuntu-based images can be exported in CN North-Beijing4, CN East-Shanghai1 and AP-Singapore: replicate it there first.'
        : 'Licensed OS images cannot leave the cloud; build the image from your own image file instead.',
  }),
  'export.koogallery': rule<{ product: string }>({
    operation: 'export',
    statement: 'Images created from a KooGallery image cannot be exported.',
    source: '000 T5',
    code: 'IMG.0079',
    reason: (p) => `This image was created from the KooGallery image ${p.product}; it cannot be exported.`,
    hint: () => 'Only images you built yourself can be exported.',
  }),

  // ---- encrypt ---------------------------------------------------------------------
  // `key` is null when the image is unencrypted: adding a key in place is changing it too.
  'encrypt.key-fixed': rule<{ key: string | null }>({
    operation: 'encrypt',
    statement: 'The key of an encrypted image cannot be changed (replicate with another key instead).',
    source: '000 T6, 004',
    code: 'IMG.0096',
    reason: (p) =>
      p.key === null
        ? 'This image is not encrypted; a key cannot be added to an existing image.'
        : `This image is encrypted with KMS key ${p.key}; the key of an image cannot be changed.`,
    hint: () => 'Replicate the image within the region and choose the new key for the copy.',
  }),
  'encrypt.iso': rule({
    operation: 'encrypt',
    statement: 'ISO images cannot be encrypted.',
    source: '000 T2',
    code: 'IMG.0167',
    reason: () => 'ISO images cannot be encrypted.',
    hint: () => 'Register the ISO without a KMS key.',
  }),
  'encrypt.koogallery': rule<{ key: string }>({
    operation: 'encrypt',
    statement: 'Encrypted images cannot be published in KooGallery.',
    source: '000 T6',
    code: 'IMG.9007',
    reason: (p) => `This image is encrypted with KMS key ${p.key}; encrypted images cannot be published in KooGallery.`,
    hint: () => 'Replicate it to an unencrypted copy and publish that.',
  }),

  // ---- tags ------------------------------------------------------------------------
  'tags.limit': rule<{ count: number }>({
    operation: 'tags',
    statement: 'At most 10 tags per private image.',
    source: '000 T6',
    code: 'IMG.0116',
    limits: { tagsPerImage: LIMITS.tagsPerImage },
    reason: (p) => `This would give the image ${p.count} tags; at most ${LIMITS.tagsPerImage} are allowed.`,
    hint: () => 'Remove tags you no longer need first.',
  }),
  'tags.key': rule<{ key: string; problem: string }>({
    operation: 'tags',
    statement:
      'A key is 1–36 characters: letters, digits, `_`, `-`, or Chinese characters; no leading or trailing space; unique within the image.',
    source: 'IMS API tag rules',
    code: 'IMG.0115',
    limits: { tagKeyMaxLength: LIMITS.tagKeyMaxLength },
    reason: (p) => `Tag key "${p.key}" ${p.problem}.`,
    hint: () => 'Use 1–36 letters, digits, Chinese characters, _ or -, each key once.',
  }),
  'tags.value': rule<{ value: string; problem: string }>({
    operation: 'tags',
    statement:
      'A value is 0–43 characters: letters, digits, `_`, `.`, `-`, or Chinese characters; no leading or trailing space.',
    source: 'IMS API tag rules',
    code: 'IMG.0115',
    limits: { tagValueMaxLength: LIMITS.tagValueMaxLength },
    reason: (p) => `Tag value "${p.value}" ${p.problem}.`,
    hint: () => 'Use up to 43 letters, digits, Chinese characters, _, . or -.',
  }),

  // ---- delete ----------------------------------------------------------------------
  'delete.koogallery': rule({
    operation: 'delete',
    statement: 'A private image published in KooGallery cannot be deleted.',
    source: '000 T6',
    code: 'IMG.0028',
    reason: () => 'This image is published in KooGallery; published images cannot be deleted.',
    hint: () => 'Remove the image from KooGallery first.',
  }),
  'delete.owner': rule({
    operation: 'delete',
    statement: 'Only the owner deletes an image; a recipient rejects a shared image instead.',
    source: 'IMS API (IMG.0092)',
    code: 'IMG.0092',
    reason: () => 'This image belongs to another tenant; only its owner can delete it.',
    hint: () => 'Reject the share to remove it from your list.',
  }),
  'delete.in-progress': rule<{ activity: string }>({
    operation: 'delete',
    statement: 'An image still being created, or being exported, cannot be deleted.',
    source: 'IMS API (IMG.0090, IMG.0148)',
    code: 'IMG.0090',
    reason: (p) => `This image is ${p.activity}; it cannot be deleted until that finishes.`,
    hint: () => 'Wait for the task to finish (see the task centre).',
  }),

  // ---- modify ----------------------------------------------------------------------
  'modify.status': rule<{ status: string }>({
    operation: 'modify',
    statement: 'Only images in Normal status can be modified.',
    source: 'IMS API',
    code: 'IMG.0046',
    reason: (p) => `This image is ${p.status}; only Normal images can be modified.`,
    hint: () => 'Wait until the image is Normal.',
  }),
  'modify.fields': rule<{ field: string; problem: string }>({
    operation: 'modify',
    statement:
      'Name (1–128 characters), description (at most 1024, no `<` `>`), minimum and maximum memory, boot mode (BIOS / UEFI), NIC multi-queue; data disk images have no OS attributes to change.',
    source: '002 T4-2, IMS API',
    code: 'IMG.0035',
    limits: {
      imageNameMaxLength: LIMITS.imageNameMaxLength,
      descriptionMaxLength: LIMITS.descriptionMaxLength,
    },
    reason: (p) => `${p.field} ${p.problem}.`,
    hint: () => 'Correct the value; data disk images accept only a name and description.',
  }),

  // ---- launch ----------------------------------------------------------------------
  'launch.image-type': rule<{ type: string; target: string }>({
    operation: 'launch',
    statement:
      'System disk and full-ECS images create ECSs; data disk images create EVS disks only; ISO images create only temporary ECSs.',
    source: '003, 002',
    code: 'IMG.0105',
    reason: (p) => `${/^[AEIOU]/i.test(p.type) ? 'An' : 'A'} ${p.type} image cannot create ${p.target}.`,
    hint: () =>
      'Use a system disk or full-ECS image for an ECS; create an EVS disk from a data disk image (Create disk), and a temporary ECS from an ISO image.',
  }),
  'launch.architecture': rule<{ imageArch: string }>({
    operation: 'launch',
    statement: 'An image from an x86 ECS, or imported as x86, cannot create a Kunpeng ECS.',
    source: '000 Other',
    code: 'IMG.0212',
    reason: (p) => `This image is ${p.imageArch}; it cannot create a Kunpeng (Arm) ECS.`,
    hint: () => 'Choose an x86 flavor, or an Arm image.',
  }),
  'launch.os-bit-memory': rule<{ memoryGb: number }>({
    operation: 'launch',
    statement: 'An image with a 32-bit OS cannot create an ECS with more than 4 GB of memory.',
    source: '000 Other',
    code: 'IMG.0055',
    limits: { osBit32MaxMemoryGb: LIMITS.osBit32MaxMemoryGb },
    reason: (p) =>
      `This image has a 32-bit OS; a flavor with ${p.memoryGb} GB of memory exceeds the ${LIMITS.osBit32MaxMemoryGb} GB it can address.`,
    hint: () => 'Choose a flavor with at most 4 GB of memory.',
  }),
  'launch.uefi-heterogeneous': rule<{ flavor: string }>({
    operation: 'launch',
    statement: 'ECSs with GPUs, NPUs or encoding cards do not support private images in UEFI boot mode.',
    source: '003',
    code: 'IMG.0141',
    reason: (p) =>
      `This image boots in UEFI mode; ${p.flavor} flavors with GPUs, NPUs or encoding cards do not support UEFI private images.`,
    hint: () => 'Choose a general-purpose flavor, or a BIOS image.',
  }),
  'launch.region': rule<{ region: string; target: string }>({
    operation: 'launch',
    statement: 'An image (a shared one too) creates ECSs only in its own region.',
    source: '000 T3, 003',
    code: 'IMG.0177',
    reason: (p) => `This image is in ${p.region}; it cannot create ECSs in ${p.target}.`,
    hint: (p) => `Replicate the image to ${p.target} first.`,
  }),
  'launch.batch-size': rule<{ count: number }>({
    operation: 'launch',
    statement: 'At most 100 ECSs at once from one system disk image is recommended (a warning, not a refusal).',
    source: '000 T6',
    code: 'IMG.9008',
    advisory: true,
    limits: { launchBatchRecommended: LIMITS.launchBatchRecommended },
    reason: (p) =>
      `Creating ${p.count} ECSs at once from one image is above the recommended ${LIMITS.launchBatchRecommended}.`,
    hint: () => 'Create them in batches of 100 or fewer.',
  }),

  // Launch constraints the seeds and the ECS/EVS APIs state that RULES.md lacks.
  'launch.status': rule<{ status: string }>({
    operation: 'launch',
    statement: 'Only a Normal (active) image can create ECSs or EVS disks.',
    source: '003, ims-api §3 (status active)',
    code: 'IMG.0106',
    reason: (p) => `This image is ${p.status}; only a Normal image can create ECSs or EVS disks.`,
    hint: () => 'Wait until the image is Normal, or create it again if it is Abnormal.',
  }),
  'launch.count': rule<{ count: number }>({
    operation: 'launch',
    statement: `One request creates from 1 to ${LIMITS.launchBatchMax} ECSs or EVS disks (the ECS API's count).`,
    source: 'ECS API (count), 000 T6',
    code: 'IMG.9009',
    limits: { launchBatchMax: LIMITS.launchBatchMax },
    reason: (p) =>
      `${Number.isNaN(p.count) ? 'That' : p.count} is not a whole number from 1 to ${LIMITS.launchBatchMax}.`,
    hint: () => `Enter how many to create, from 1 to ${LIMITS.launchBatchMax}.`,
  }),
  'launch.name': rule<{ what: string; problem: string }>({
    operation: 'launch',
    statement: `ECS and EVS disk names have 1 to ${LIMITS.launchNameMaxLength} characters: letters, digits, underscores (_), hyphens (-) and periods (.).`,
    source: 'ECS API (name), EVS API (name)',
    code: 'IMG.9010',
    limits: { launchNameMaxLength: LIMITS.launchNameMaxLength },
    reason: (p) => `${p.what} ${p.problem}.`,
    hint: () => 'Use letters, digits, _, - and . only; a batch adds -0001, -0002, ... to the name.',
  }),
  'launch.disk-size': rule<{ disk: string; size: number; min: number; max: number }>({
    operation: 'launch',
    statement:
      "An ECS's system disk is at least its image's minimum disk and at most 1 TB; an EVS disk from a data disk image is at least the image's size.",
    source: '002 T5-2 (1 TB), ims-api §3 (min_disk)',
    code: 'IMG.0056',
    limits: { launchSystemDiskMaxGb: LIMITS.launchSystemDiskMaxGb, launchEvsDiskMaxGb: LIMITS.launchEvsDiskMaxGb },
    reason: (p) =>
      !Number.isInteger(p.size)
        ? `The ${p.disk} size must be a whole number of GB from ${p.min} to ${p.max}.`
        : p.size < p.min
          ? `A ${p.size} GB ${p.disk} is smaller than the ${p.min} GB this image needs.`
          : `A ${p.size} GB ${p.disk} is larger than the ${p.max} GB maximum.`,
    hint: (p) => `Choose a size from ${p.min} to ${p.max} GB.`,
  }),

  // ---- everywhere ------------------------------------------------------------------
  'access.read-only': rule({
    operation: 'access',
    statement:
      'A user with read-only permission (IMS ReadOnlyAccess) can view but not create, change, share, replicate, export, tag or delete.',
    source: '002 §8',
    code: 'IMG.0026',
    reason: () => 'Your role is IMS ReadOnlyAccess; it can view images but not change them.',
    hint: () => 'Switch to an account with IMS FullAccess, or ask your administrator for it.',
  }),
  'access.owner': rule({
    operation: 'access',
    statement: 'Only the owner project changes an image; other tenants see only what is shared with them.',
    source: '002 §8, IMS API',
    code: 'IMG.0047',
    reason: () => 'This image belongs to another project; only its owner can change it.',
    hint: () => 'Switch to the account that owns the image.',
  }),
} as const;

export type Catalogue = typeof CATALOGUE;
export type RuleId = keyof Catalogue;
type ParamsOf<K extends RuleId> = Catalogue[K] extends RuleEntry<infer P> ? P : never;

export const RULE_IDS = Object.keys(CATALOGUE) as RuleId[];

/** Access and rule refusals that the backend answers with 403 rather than 400. */
export const FORBIDDEN_RULES: ReadonlySet<RuleId> = new Set(['access.read-only', 'access.owner', 'delete.owner']);

type DenyArgs<K extends RuleId> = keyof ParamsOf<K> extends never ? [] : [ParamsOf<K>];

/** Builds the refusal of rule `id`, its reason and hint written from `params`. */
export function deny<K extends RuleId>(id: K, ...args: DenyArgs<K>): Denial<never> {
  const entry = CATALOGUE[id] as unknown as RuleEntry<ParamsOf<K>>;
  const params = (args[0] ?? {}) as ParamsOf<K>;
  return {
    allowed: false,
    rule: id,
    reason: entry.reason(params),
    hint: entry.hint(params),
    code: entry.code,
  };
}

/**
 * The denial placed on one input field. The field is checked against the denial's context: in
 * an operation's `Denials<FieldOf<Input>>` only the input's own names are accepted.
 */
export function onField<F extends string>(denial: Denial<never>, field: NoInfer<F>): Denial<F> {
  return { ...denial, field };
}

/** The denial of a field nothing has been chosen for yet (see `Decision.kind`). */
export function asRequirement<F extends string>(denial: Denial<F>): Denial<F> {
  return { ...denial, kind: 'requirement' };
}

export function ruleEntry(id: RuleId) {
  return CATALOGUE[id] as unknown as RuleEntry<unknown>;
}

export function isDenied(decision: Decision): decision is Denial {
  return !decision.allowed;
}
