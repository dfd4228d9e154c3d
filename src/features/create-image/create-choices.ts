import type { ImageType } from '../../domain';

/*
 * What the page offers: the image types, and for each the sources the seeds allow (001 "Creating
 * a Private Image"). A combination not listed here does not exist in IMS, so it is not offered.
 */

/** Where the image comes from, as the page chooses it (CSBS and CBR backups are two choices). */
export type SourceChoice = 'ecs' | 'bms' | 'csbs' | 'cbr' | 'file';

export const IMAGE_TYPE_CHOICES: readonly { value: ImageType; label: string; explanation: string }[] = [
  {
    value: 'system',
    label: 'System disk image',
    explanation: 'The OS and software of a system disk; creates ECSs with the same environment.',
  },
  {
    value: 'data',
    label: 'Data disk image',
    explanation: 'The data of a disk, without an OS; creates EVS data disks holding the same data.',
  },
  {
    value: 'whole',
    label: 'Full-ECS image',
    explanation: 'The system disk and every data disk of an ECS; creates a whole ECS in one go.',
  },
  {
    value: 'iso',
    label: 'ISO image',
    explanation: 'An .iso installation file, registered to install an OS on a temporary ECS.',
  },
];

export const SOURCES_OF: Record<ImageType, readonly SourceChoice[]> = {
  system: ['ecs', 'bms', 'file'],
  data: ['ecs', 'file'],
  whole: ['ecs', 'csbs', 'cbr'],
  iso: ['file'],
};

const SOURCE_TEXT: Record<ImageType, Partial<Record<SourceChoice, { label: string; explanation: string }>>> = {
  system: {
    ecs: {
      label: 'ECS',
      explanation: 'The system disk of a Windows or Linux ECS that is Stopped or Running.',
    },
    bms: {
      label: 'BMS',
      explanation: 'The system disk of a bare metal server that is Stopped and boots from an EVS disk.',
    },
    file: {
      label: 'Image file in OBS',
      explanation: 'A VMDK, VHD, QCOW2, RAW or other disk file in a bucket; over 128 GB through fast import.',
    },
  },
  data: {
    ecs: { label: 'ECS', explanation: 'One or more data disks of an ECS: one image per chosen disk.' },
    file: {
      label: 'Image file in OBS',
      explanation: 'A disk file in a bucket holding the data disk; over 128 GB through fast import.',
    },
  },
  whole: {
    ecs: { label: 'ECS', explanation: 'The ECS with all its disks, backed up into a CBR vault you choose.' },
    csbs: {
      label: 'CSBS backup',
      explanation: 'An existing Cloud Server Backup of an ECS; such images cannot be shared.',
    },
    cbr: {
      label: 'CBR backup',
      explanation: 'An existing Cloud Backup and Recovery backup of an ECS, kept in its vault.',
    },
  },
  iso: {
    file: { label: 'ISO file in OBS', explanation: 'An .iso file uploaded to a bucket in this region.' },
  },
};

export function sourceText(type: ImageType, source: SourceChoice): { label: string; explanation: string } {
  return SOURCE_TEXT[type][source] ?? { label: source, explanation: '' };
}

/** The type and source of `?type=&source=`; an unknown or impossible pair falls back to a possible one. */
export function choiceFromUrl(params: URLSearchParams): { imageType: ImageType; source: SourceChoice } {
  const type = IMAGE_TYPE_CHOICES.find((c) => c.value === params.get('type'))?.value ?? 'system';
  const sources = SOURCES_OF[type];
  const asked = params.get('source');
  const source = sources.find((s) => s === asked) ?? sources[0] ?? 'ecs';
  return { imageType: type, source };
}
