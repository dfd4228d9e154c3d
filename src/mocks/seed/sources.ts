import type { ImageSource, RegionId } from '../../domain';
import { backupIdOf, serverIdOf } from './services';
import { uuidFrom } from './ids';

/** Lineage helpers: where a seeded image's content came from. */
export const fromEcs = (serverName: string): ImageSource => ({
  kind: 'ecs',
  serverId: serverIdOf(serverName),
  serverName,
});
export const fromBms = (serverName: string): ImageSource => ({
  kind: 'bms',
  serverId: serverIdOf(serverName),
  serverName,
});
export const fromVolume = (volumeName: string): ImageSource => ({
  kind: 'volume',
  volumeId: uuidFrom(`volume:${volumeName}`),
});
export const fromCsbs = (backupName: string): ImageSource => ({
  kind: 'csbs-backup',
  backupId: backupIdOf(backupName),
  backupName,
});
export const fromCbr = (backupName: string): ImageSource => ({
  kind: 'cbr-backup',
  backupId: backupIdOf(backupName),
  backupName,
});
export const fromFile = (bucket: string, object: string): ImageSource => ({ kind: 'file', bucket, object });
export const fromIsoFile = (bucket: string, object: string): ImageSource => ({ kind: 'iso-file', bucket, object });
export const copyOf = (image: { id: string; name: string; regionId: RegionId }): ImageSource => ({
  kind: 'image-copy',
  imageId: image.id,
  imageName: image.name,
  regionId: image.regionId,
});
