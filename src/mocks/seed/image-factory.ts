import type {
  Architecture,
  BootMode,
  DiskFormat,
  Image,
  ImageSource,
  ImageStatus,
  ImageType,
  Member,
  MemberStatus,
  PublicImageRef,
  RegionId,
} from '../../domain';
import { enterpriseProjectIdOf } from './identities';
import { imageIdOf } from './ids';
import { OS, publicImageOf, type OsKey } from './os-catalogue';
import { projectIdOf } from './projects';

export interface ImageSpec {
  owner: string;
  region: RegionId;
  name: string;
  /** Defaults to an id derived from owner and name. */
  id?: string;
  type?: ImageType;
  status?: ImageStatus;
  /** The OS; data disk images have none. */
  os?: OsKey;
  sizeGb: number;
  minDiskGb?: number;
  arch?: Architecture;
  bootMode?: BootMode;
  diskFormat?: DiskFormat;
  minRamMb?: number;
  maxRamMb?: number | null;
  kmsKeyId?: string | null;
  source: ImageSource;
  /** Defaults to the OS's public image; data disk and ISO images have none. */
  publicImage?: PublicImageRef | null;
  fromKooGallery?: boolean;
  publishedInKooGallery?: boolean;
  sourceServerHadCsbsBackup?: boolean;
  tags?: Record<string, string>;
  description?: string;
  enterpriseProject?: 'default' | 'production' | 'development';
  createdAt: string;
  updatedAt?: string;
}

export function makeImage(spec: ImageSpec): Image {
  const type = spec.type ?? 'system';
  const os = spec.os ? OS[spec.os] : undefined;
  const hasOs = type !== 'data' && os !== undefined;
  return {
    id: spec.id ?? imageIdOf(spec.owner, spec.name),
    name: spec.name,
    description: spec.description ?? '',
    type,
    status: spec.status ?? 'active',
    regionId: spec.region,
    ownerProjectId: projectIdOf(spec.owner, spec.region),
    enterpriseProjectId: enterpriseProjectIdOf(spec.owner, spec.enterpriseProject ?? 'default'),
    osType: hasOs ? os.osType : 'Other',
    platform: hasOs ? os.platform : 'Other',
    osVersion: hasOs ? os.osVersion : '',
    osBit: hasOs ? os.osBit : 64,
    architecture: spec.arch ?? 'x86',
    bootMode: spec.bootMode ?? 'bios',
    diskFormat: spec.diskFormat ?? (type === 'iso' ? 'iso' : 'zvhd2'),
    sizeGb: spec.sizeGb,
    minDiskGb: spec.minDiskGb ?? (type === 'data' ? Math.ceil(spec.sizeGb) : Math.max(40, Math.ceil(spec.sizeGb))),
    minRamMb: hasOs ? (spec.minRamMb ?? (os.osType === 'Windows' ? 4096 : 1024)) : 0,
    maxRamMb: spec.maxRamMb ?? null,
    nicMultiQueue: hasOs && os.osType === 'Linux',
    kmsKeyId: spec.kmsKeyId ?? null,
    source: spec.source,
    publicImage:
      spec.publicImage !== undefined
        ? spec.publicImage
        : hasOs && type !== 'iso' && spec.os
          ? publicImageOf(spec.os)
          : null,
    fromKooGallery: spec.fromKooGallery ?? false,
    publishedInKooGallery: spec.publishedInKooGallery ?? false,
    sourceServerHadCsbsBackup: spec.sourceServerHadCsbsBackup ?? false,
    tags: Object.entries(spec.tags ?? {}).map(([key, value]) => ({ key, value })),
    createdAt: spec.createdAt,
    updatedAt: spec.updatedAt ?? spec.createdAt,
  };
}

export function makeMember(
  image: Pick<Image, 'id'>,
  projectId: string,
  status: MemberStatus,
  createdAt: string,
  updatedAt = createdAt,
): Member {
  return { imageId: image.id, projectId, status, createdAt, updatedAt };
}
