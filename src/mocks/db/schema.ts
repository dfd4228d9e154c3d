import type {
  Account,
  Agency,
  Backup,
  Bucket,
  EnterpriseProject,
  Image,
  Job,
  KmsKey,
  Member,
  Project,
  RegionId,
  RuleId,
  Server,
  User,
  Vault,
} from '../../domain';

export const SCENARIOS = ['demo', 'empty', 'quota-full', 'large'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** Bump when the stored shape changes: an older stored db falls back to the seed. */
export const DB_VERSION = 1;

export interface AuditEntry {
  id: string;
  /** ISO time. */
  at: string;
  userId: string;
  userName: string;
  accountId: string;
  regionId: RegionId | null;
  /** What was attempted, e.g. `replicate`, `share`, `update`. */
  operation: string;
  method: string;
  path: string;
  imageId: string | null;
  imageName: string | null;
  result: 'success' | 'refused' | 'failed';
  status: number;
  rule: RuleId | null;
  code: string | null;
  message: string | null;
}

/** One store for every tenant and region; per-viewer views are derived from it. */
export interface Db {
  version: number;
  scenario: ScenarioName;
  accounts: Account[];
  users: User[];
  projects: Project[];
  enterpriseProjects: EnterpriseProject[];
  agencies: Agency[];
  images: Image[];
  members: Member[];
  jobs: Job[];
  keys: KmsKey[];
  buckets: Bucket[];
  servers: Server[];
  vaults: Vault[];
  backups: Backup[];
  audit: AuditEntry[];
}
