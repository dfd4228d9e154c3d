import { REGIONS, type Project, type RegionId } from '../../domain';
import { ACCOUNTS } from './identities';
import { hex32, memoized } from './ids';

/** One IAM project per account and region, named after the region as in Huawei Cloud. */
const projectHex = memoized(hex32);

export function projectIdOf(accountId: string, regionId: RegionId): string {
  return projectHex(`project:${accountId}:${regionId}`);
}

export function seedProjects(): Project[] {
  return ACCOUNTS.flatMap((a) =>
    REGIONS.map((r) => ({ id: projectIdOf(a.id, r.id), name: r.id, accountId: a.id, regionId: r.id })),
  );
}
