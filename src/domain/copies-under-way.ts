import type { Image } from './model/image';
import { isActiveJobStatus, type JobSummary } from './model/job';
import { REGIONS, regionName, type RegionId } from './regions';

/** A copy the tab's replication queue holds that has no job yet (it waits its turn). */
export interface QueuedCopy {
  imageId: string;
  regionId: RegionId;
}

const REPLICATIONS: ReadonlySet<string> = new Set(['replicate-in-region', 'replicate-cross-region']);

/**
 * Where copies of an image are being made now: the destinations of its running replication jobs
 * and of the copies still queued for it, each region once, in the console's region order (an
 * in-region copy lands in the image's own region).
 */
export function copyDestinations(
  image: Pick<Image, 'id' | 'regionId'>,
  jobs: readonly JobSummary[],
  queued: readonly QueuedCopy[] = [],
): RegionId[] {
  const regions = new Set<string>();
  for (const job of jobs)
    if (job.sourceImageId === image.id && REPLICATIONS.has(job.kind) && isActiveJobStatus(job.status))
      regions.add(job.targetRegionId ?? image.regionId);
  for (const copy of queued) if (copy.imageId === image.id) regions.add(copy.regionId);
  return REGIONS.map((r) => r.id).filter((id) => regions.has(id));
}

/** "Copying to AP-Singapore", "Copying to 3 regions", "Copying within the region"; nothing when none run. */
export function copyingText(image: Pick<Image, 'regionId'>, destinations: readonly RegionId[]): string | undefined {
  const [only] = destinations;
  if (only === undefined) return undefined;
  if (destinations.length > 1) return `Copying to ${destinations.length} regions`;
  return only === image.regionId ? 'Copying within the region' : `Copying to ${regionName(only)}`;
}
