import type { ImageRow } from '../../api/images';
import { isActiveJobStatus, keyName, statusLabel, type RuleContext } from '../../domain';
import type { ImsJob } from '../../domain/wire/job';
import type { RowFacts } from './columns';

/** What a row needs besides its image, looked up once per page. */
export interface RowLookups {
  ctx: RuleContext;
  /** Progress (0–100) of running jobs by the id of the image they produce. */
  progress: ReadonlyMap<string, number>;
  enterpriseProjects: ReadonlyMap<string, string>;
}

const PRODUCING = new Set(['create', 'replicate-in-region', 'replicate-cross-region']);

/** The viewer's running create and replicate jobs, by the image each one is making. */
export function progressByImage(jobs: readonly ImsJob[]): Map<string, number> {
  const progress = new Map<string, number>();
  for (const job of jobs) {
    const imageId = job.entities.image_id;
    if (imageId && PRODUCING.has(job.entities.__kind) && isActiveJobStatus(job.status))
      progress.set(imageId, job.entities.process_percent);
  }
  return progress;
}

export function rowFacts({ image, wire }: ImageRow, lookups: RowLookups): RowFacts {
  const status = statusLabel(image, lookups.ctx);
  const creating = image.status === 'queued' || image.status === 'saving';
  return {
    image,
    // An owned image the owner has shared reads `visibility: shared` on the wire.
    shared: wire.visibility === 'shared',
    status,
    progress: creating ? lookups.progress.get(image.id) : undefined,
    encryption: image.kmsKeyId === null ? 'Not encrypted' : keyName(lookups.ctx, image.kmsKeyId),
    enterpriseProject: lookups.enterpriseProjects.get(image.enterpriseProjectId) ?? image.enterpriseProjectId,
  };
}
