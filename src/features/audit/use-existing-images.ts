import { useQueries } from '@tanstack/react-query';
import { allImagesQuery } from '../../api/all-images';
import type { AuditEntry } from '../../api/audit';
import type { RegionId } from '../../domain';

const key = (region: RegionId, id: string) => `${region}/${id}`;

/**
 * Which images named on the shown rows still exist for the viewer (private or shared with them),
 * read from the image lists of just the regions those rows concern. `undefined` while loading.
 */
export function useExistingImages(rows: readonly AuditEntry[]): ((entry: AuditEntry) => boolean) | undefined {
  const regions = [...new Set(rows.flatMap((r) => (r.regionId && r.imageId ? [r.regionId] : [])))].sort();
  const lists = useQueries({
    queries: regions.flatMap((region) => [
      allImagesQuery(region, { __imagetype: 'private' }),
      allImagesQuery(region, { __imagetype: 'shared' }),
    ]),
  });
  if (lists.some((l) => l.isPending)) return undefined;
  const existing = new Set(lists.flatMap((l) => (l.data ?? []).map(({ image }) => key(image.regionId, image.id))));
  return (entry) =>
    entry.regionId !== null && entry.imageId !== null && existing.has(key(entry.regionId, entry.imageId));
}
