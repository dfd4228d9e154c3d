import {
  createViolations,
  LIMITS,
  type Backup,
  type Bucket,
  type BucketObject,
  type Denial,
  type Disk,
  type RegionId,
  type RuleContext,
  type Server,
  type Viewer,
} from '../../domain';
import { createInputOf, type CreateFormValues } from './create-form';

/*
 * What each picker row would be refused with if it were chosen: the same create rules, run on the
 * values with that row in place, keeping only the refusals that concern the row (not the quota or
 * a field typed elsewhere). The page disables such a row and shows this reason beside it.
 */

export interface Judge {
  viewer: Viewer;
  ctx: RuleContext;
  region: RegionId;
  values: CreateFormValues;
}

function firstOn(judge: Judge, values: CreateFormValues, fields: readonly string[]): Denial | undefined {
  return createViolations(judge.viewer, judge.ctx, judge.region, createInputOf(values, judge.ctx)).find(
    (d) => d.field !== undefined && fields.includes(d.field),
  );
}

export function serverRefusal(judge: Judge, server: Server): Denial | undefined {
  return firstOn(judge, { ...judge.values, serverId: server.id, dataDiskIds: [] }, ['serverId']);
}

/** An ECS offered for data disk images needs a data disk to image. */
export function hasNoDataDisks(server: Server): string | undefined {
  return server.dataDisks.length === 0 ? `ECS ${server.name} has no data disks.` : undefined;
}

export function diskRefusal(judge: Judge, server: Server, disk: Disk): Denial | undefined {
  return firstOn(judge, { ...judge.values, serverId: server.id, dataDiskIds: [disk.id] }, ['dataDiskIds']);
}

export function backupRefusal(judge: Judge, backup: Backup): Denial | undefined {
  return firstOn(judge, { ...judge.values, backupId: backup.id }, ['backupId']);
}

export function bucketRefusal(judge: Judge, bucket: Bucket): Denial | undefined {
  return firstOn(judge, { ...judge.values, bucket: bucket.name }, ['bucket']);
}

/** Fast import is what a file over 128 GB needs; the page turns it on when such a file is chosen. */
export const needsFastImport = (object: Pick<BucketObject, 'sizeGb'>) => object.sizeGb > LIMITS.importMaxGb;

/** The values once a file is chosen: its facts, fast import when it needs it, a disk that holds it. */
export function withFile(values: CreateFormValues, bucket: string, object: BucketObject): CreateFormValues {
  const minDisk = Math.max(LIMITS.systemDiskImportMinGb, Math.ceil(object.sizeGb));
  return {
    ...values,
    bucket,
    imageUrl: `${bucket}:${object.key}`,
    fileFormat: object.format,
    fileSizeGb: object.sizeGb,
    quickImport: values.imageType !== 'iso' && needsFastImport(object),
    minDiskGb: String(minDisk),
  };
}

export function fileRefusal(judge: Judge, bucket: string, object: BucketObject): Denial | undefined {
  return firstOn(judge, withFile(judge.values, bucket, object), [
    'imageUrl',
    'fileFormat',
    'fileSizeGb',
    'quickImport',
  ]);
}

/** The refusal, on `field`, of the values with `patch` applied: for options not yet chosen. */
export function optionRefusal(judge: Judge, patch: Partial<CreateFormValues>, field: string): Denial | undefined {
  return firstOn(judge, { ...judge.values, ...patch }, [field]);
}
