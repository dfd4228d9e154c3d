import type { ImageRow } from '../../api/images';
import { keyName, statusLabel, type RuleContext } from '../../domain';
import type { RowFacts } from './columns';

/** What a row needs besides its image, looked up once per page. */
export interface RowLookups {
  ctx: RuleContext;
  /** Progress (0–100) of running jobs by the id of the image they produce. */
  progress: ReadonlyMap<string, number>;
  enterpriseProjects: ReadonlyMap<string, string>;
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
