import { useQueries, useQuery } from '@tanstack/react-query';
import { agenciesQuery } from '../../api/agencies';
import { enterpriseProjectsQuery } from '../../api/identity';
import { quotaQuery } from '../../api/images';
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

/** The vaults of the viewer's project in each chosen destination, while a full-ECS copy needs one. */
function useVaults(regions: readonly RegionId[], enabled: boolean) {
  const token = useSession((s) => s.token);
  const session = useViewer();
  return useQueries({
    queries: regions.map((region) => ({
      ...vaultsQuery(token, region, session?.projectIn(region)?.id ?? ''),
      enabled: enabled && session?.projectIn(region) !== undefined,
    })),
    combine: (results) => ({
      vaults: results.flatMap<Vault>((r) => r.data ?? []),
      loading: results.some((r) => r.isFetching),
      loaded: new Set(regions.filter((_, i) => results[i]?.isSuccess)),
    }),
  });
}

/** What the Replicate dialog offers beyond the rules' context: quotas, agencies, projects, vaults. */
export function useReplicateFacts(targetRegions: readonly RegionId[], needsVault: boolean) {
  const token = useSession((s) => s.token);
  const agencies = useQuery(agenciesQuery(token));
  const enterpriseProjects = useQuery(enterpriseProjectsQuery(token));
  return {
    quotas: useQuotas(),
    agencies: agencies.data ?? [],
    enterpriseProjects: enterpriseProjects.data ?? [],
    vaults: useVaults(targetRegions, needsVault),
  };
}
