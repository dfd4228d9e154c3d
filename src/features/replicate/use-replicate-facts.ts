import { useQueries, useQuery } from '@tanstack/react-query';
import { agenciesQuery } from '../../api/agencies';
import { enterpriseProjectsQuery } from '../../api/identity';
import { imageListQuery, quotaQuery } from '../../api/images';
import { useSession } from '../../api/session-store';
import { useViewer } from '../../api/viewer';
import { vaultsQuery } from '../../api/vaults';
import { REGIONS, type QuotaUsage, type RegionId, type Vault } from '../../domain';

/** Every region's private-image quota: the destination list shows each, and replicate.quota reads it. */
function useQuotas(): Partial<Record<RegionId, QuotaUsage>> {
  const results = useQueries({ queries: REGIONS.map((r) => quotaQuery(r.id)) });
  const quotas: Partial<Record<RegionId, QuotaUsage>> = {};
  REGIONS.forEach((r, i) => {
    const data = results[i]?.data;
    if (data) quotas[r.id] = data;
  });
  return quotas;
}

/**
 * The vaults of the viewer's project in every other region, while a full-ECS copy needs one. They
 * load before a destination is chosen because replicate.cross-region.target reads them as the
 * form checks, and the form's rule context cannot wait on the form's own values.
 */
function useVaults(sourceRegion: RegionId, enabled: boolean) {
  const token = useSession((s) => s.token);
  const session = useViewer();
  const regions = REGIONS.map((r) => r.id).filter((id) => id !== sourceRegion && session?.projectIn(id) !== undefined);
  return useQueries({
    queries: regions.map((region) => ({
      ...vaultsQuery(token, region, session?.projectIn(region)?.id ?? ''),
      enabled,
    })),
    combine: (results) => ({
      vaults: results.flatMap<Vault>((r) => r.data ?? []),
      loading: new Set(regions.filter((_, i) => results[i]?.isFetching)),
    }),
  });
}

/**
 * The names of the viewer's images in each region that contain `base` (a copy's default name), so
 * each destination row proposes a name free there. A region whose names have not loaded is absent.
 */
export function useTakenNames(regions: readonly RegionId[], base: string): ReadonlyMap<RegionId, readonly string[]> {
  return useQueries({
    queries: regions.map((region) => ({
      ...imageListQuery(region, { __imagetype: 'private', name_like: base, limit: 100 }),
      // Not the list page's kept-previous rows: those would be another region's names.
      placeholderData: undefined,
      enabled: base !== '',
    })),
    combine: (results) =>
      new Map(
        regions.flatMap((region, i) => {
          const rows = results[i]?.data?.rows;
          return rows ? [[region, rows.map((r) => r.image.name)] as const] : [];
        }),
      ),
  });
}

/** What the Replicate dialog offers beyond the rules' context: quotas, agencies, projects, vaults. */
export function useReplicateFacts(sourceRegion: RegionId, needsVaults: boolean) {
  const token = useSession((s) => s.token);
  const agencies = useQuery(agenciesQuery(token));
  const enterpriseProjects = useQuery(enterpriseProjectsQuery(token));
  return {
    quotas: useQuotas(),
    agencies: agencies.data ?? [],
    enterpriseProjects: enterpriseProjects.data ?? [],
    vaults: useVaults(sourceRegion, needsVaults),
  };
}
