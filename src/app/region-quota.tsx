import { useQuery } from '@tanstack/react-query';
import { quotaQuery } from '../api/images';
import { QuotaBar } from '../components/quota-bar';
import { regionName, type RegionId } from '../domain';

/** A region's private-image quota as a bar, for its item in the Region menu (loaded when the menu opens). */
export function RegionQuota({ region }: { region: RegionId }) {
  const quota = useQuery(quotaQuery(region));
  if (!quota.data) return null;
  return <QuotaBar subject={`Private images in ${regionName(region)}`} usage={quota.data} width={72} />;
}
