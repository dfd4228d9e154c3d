import { LIMITS } from '../../domain';
import { DB_VERSION, type Db, type ScenarioName } from '../db/schema';
import { demoAudit } from './audit-demo';
import { fillerImages } from './filler';
import { seedAccounts, seedAgencies, seedEnterpriseProjects, seedUsers } from './identities';
import { acmeImages } from './images-acme';
import { globexImages, initechImages } from './images-tenants';
import { exportedFiles, finishedJobs, runningJobs } from './jobs-demo';
import { SEED_EPOCH } from './ids';
import { largeImages } from './large';
import { projectIdOf, seedProjects } from './projects';
import { seedBackups, seedBuckets, seedKeys, seedServers, seedVaults } from './services';

export {
  ACCOUNTS,
  CORE_ACCOUNTS,
  PARTNER_ACCOUNTS,
  TOKENS,
  IMS_AGENCY,
  tokenOf,
  enterpriseProjectIdOf,
} from './identities';
export { projectIdOf } from './projects';
export { ACME_IMAGES } from './images-acme';
export { GLOBEX_IMAGES, INITECH_IMAGES } from './images-tenants';
export { RUNNING_CROSS_REGION_JOB_ID, RUNNING_CREATE_FROM_BACKUP_JOB_ID, INITECH_RUNNING_CREATES } from './jobs-demo';
export { LARGE_PRIVATE_IMAGES, LARGE_SHARED_IMAGES } from './large';
export {
  BACKUPS,
  IMPORT_FILES,
  backupIdOf,
  customKeyAlias,
  disabledKeyAlias,
  keyIdOf,
  serverIdOf,
  diskIdOf,
  vaultIdOf,
} from './services';
export { SEED_EPOCH, imageIdOf } from './ids';

/** acme's cn-east-3 project is seeded full (50 of 50) in demo and quota-full, with a pending share there. */
export const FULL_REGION_IN_DEMO = 'cn-east-3';

function base(): Db {
  return {
    version: DB_VERSION,
    scenario: 'empty',
    accounts: seedAccounts(),
    users: seedUsers(),
    projects: seedProjects(),
    enterpriseProjects: seedEnterpriseProjects(),
    agencies: seedAgencies(),
    images: [],
    members: [],
    jobs: [],
    keys: seedKeys(),
    buckets: seedBuckets(),
    servers: seedServers(),
    vaults: seedVaults(),
    backups: seedBackups(),
    audit: [],
  };
}

function demo(db: Db, now: number): void {
  for (const part of [acmeImages(), globexImages(), initechImages()]) {
    db.images.push(...part.images);
    db.members.push(...part.members);
  }
  const running = runningJobs(now, db.images);
  db.images.push(...running.images);
  db.jobs.push(...finishedJobs(db.images), ...running.jobs);
  db.buckets = seedBuckets(exportedFiles());
  fillTo(db, 'acme', FULL_REGION_IN_DEMO, LIMITS.privateImagesPerRegion, 'demo');
  db.audit.push(...demoAudit(SEED_EPOCH, db.images, db.users));
}

/** Adds generated images until the account's project in the region holds `total`. */
function fillTo(
  db: Db,
  accountId: string,
  region: Parameters<typeof projectIdOf>[1],
  total: number,
  label: string,
): void {
  const project = projectIdOf(accountId, region);
  const have = db.images.filter((i) => i.ownerProjectId === project).length;
  if (have > total) throw new Error(`seed: ${accountId} ${region} already holds ${have} images, more than ${total}`);
  db.images.push(...fillerImages(accountId, region, total - have, label));
}

/**
 * A scenario's db. Deterministic for a given `now`, which only the running seeded jobs read (they
 * start shortly before it); everything else is dated from SEED_EPOCH.
 */
export function seedScenario(name: ScenarioName, now: number): Db {
  const db = base();
  db.scenario = name;
  if (name === 'demo') demo(db, now);
  if (name === 'quota-full') {
    demo(db, now);
    fillTo(db, 'acme', 'cn-north-4', LIMITS.privateImagesPerRegion, 'quota-full');
  }
  if (name === 'large') {
    const large = largeImages();
    db.images.push(...large.images);
    db.members.push(...large.members);
  }
  return db;
}
