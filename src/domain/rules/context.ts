import { LIMITS } from '../limits';
import type { Project } from '../model/account';
import type { Image } from '../model/image';
import type { JobKind, JobSummary } from '../model/job';
import type { Member } from '../model/member';
import type { Backup, Bucket, KmsKey, Server, Vault } from '../model/services';
import type { RegionId } from '../regions';
import { activeJobsIn } from './context-index';

export interface QuotaUsage {
  used: number;
  limit: number;
}

/**
 * Everything besides the image and the viewer that a rule may read. The UI fills it from its
 * queries and the backend from its db, so both decide from the same facts.
 */
export interface RuleContext {
  /** Jobs of the viewer's account (any status). */
  jobs: readonly JobSummary[];
  /** The viewer's private images per region. */
  quota: Partial<Record<RegionId, QuotaUsage>>;
  /** The viewer's KMS keys. */
  keys: readonly KmsKey[];
  /** The viewer's OBS buckets. */
  buckets: readonly Bucket[];
  /** Member records of the images being decided on. */
  members: readonly Member[];
  /** The project directory: who can be shared with. */
  projects: readonly Project[];
  vaults: readonly Vault[];
  servers: readonly Server[];
  backups: readonly Backup[];
  /** Images being created, for backup single use. */
  images: readonly Pick<Image, 'id' | 'name' | 'status' | 'source'>[];
}

export function emptyContext(overrides: Partial<RuleContext> = {}): RuleContext {
  return {
    jobs: [],
    quota: {},
    keys: [],
    buckets: [],
    members: [],
    projects: [],
    vaults: [],
    servers: [],
    backups: [],
    images: [],
    ...overrides,
  };
}

export function activeJobs(ctx: RuleContext, kinds: readonly JobKind[]): JobSummary[] {
  return activeJobsIn(ctx).filter((j) => kinds.includes(j.kind));
}

export function quotaIn(ctx: RuleContext, regionId: RegionId): QuotaUsage {
  return ctx.quota[regionId] ?? { used: 0, limit: LIMITS.privateImagesPerRegion };
}

export function keyName(ctx: RuleContext, keyId: string): string {
  return ctx.keys.find((k) => k.id === keyId)?.alias ?? keyId;
}
