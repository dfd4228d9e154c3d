import { z } from 'zod';
import {
  accountSchema,
  agencySchema,
  backupSchema,
  bucketSchema,
  enterpriseProjectSchema,
  imageSchema,
  jobSchema,
  kmsKeySchema,
  memberSchema,
  projectSchema,
  regionIdSchema,
  serverSchema,
  userSchema,
  vaultSchema,
} from '../../domain';
import type { AuditEntry, Db } from './schema';

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string(),
  userName: z.string(),
  accountId: z.string(),
  regionId: regionIdSchema.nullable(),
  operation: z.string(),
  method: z.string(),
  path: z.string(),
  imageId: z.string().nullable(),
  imageName: z.string().nullable(),
  result: z.enum(['success', 'refused', 'failed']),
  status: z.number(),
  // Rule ids are checked by the catalogue where they are used; here any string is kept.
  rule: z.string().nullable(),
  code: z.string().nullable(),
  message: z.string().nullable(),
}) satisfies z.ZodType<Omit<AuditEntry, 'rule'> & { rule: string | null }>;

export type CollectionName = Exclude<keyof Db, 'version' | 'scenario'>;
type RecordOf<C extends CollectionName> = Db[C][number];

interface Collection<C extends CollectionName> {
  /** Identifies a record across a save and a load, so only changed records need storing. */
  key: (record: RecordOf<C>) => string;
  schema: z.ZodType<unknown>;
}

/** Every collection of the db, how its records are keyed, and the shape a stored record must have. */
export const COLLECTIONS: { [C in CollectionName]: Collection<C> } = {
  accounts: { key: (r) => r.id, schema: accountSchema },
  users: { key: (r) => r.id, schema: userSchema },
  projects: { key: (r) => r.id, schema: projectSchema },
  // Every account has an enterprise project `0`, so the id alone is not unique.
  enterpriseProjects: { key: (r) => `${r.accountId}/${r.id}`, schema: enterpriseProjectSchema },
  agencies: { key: (r) => `${r.accountId}/${r.name}`, schema: agencySchema },
  images: { key: (r) => r.id, schema: imageSchema },
  members: { key: (r) => `${r.imageId}/${r.projectId}`, schema: memberSchema },
  jobs: { key: (r) => r.id, schema: jobSchema },
  keys: { key: (r) => r.id, schema: kmsKeySchema },
  buckets: { key: (r) => r.name, schema: bucketSchema },
  servers: { key: (r) => r.id, schema: serverSchema },
  vaults: { key: (r) => r.id, schema: vaultSchema },
  backups: { key: (r) => r.id, schema: backupSchema },
  audit: { key: (r) => r.id, schema: auditEntrySchema },
};

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The key function of a collection, typed loosely for code that walks every collection. */
export function keyOf(name: CollectionName): (record: unknown) => string {
  return COLLECTIONS[name].key as (record: unknown) => string;
}
