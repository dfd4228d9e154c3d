import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { quotaQuery } from '../../api/images';
import { regionName, type RegionId } from '../../domain';

/** "Private images in CN North-Beijing4: 48 / 50", in the warning colour once the quota is used up. */
export const QuotaLine = memo(function QuotaLine({ region }: { region: RegionId }) {
  const quota = useQuery(quotaQuery(region));
  const label = `Private images in ${regionName(region)}`;
  if (quota.isPending) return <Skeleton width={280} aria-label={`${label}: loading`} />;
  if (quota.isError)
    return (
      <Typography variant="body2" color="text.secondary">
        {label}: quota unavailable
      </Typography>
    );
  const { used, limit } = quota.data;
  const full = used >= limit;
  return (
    <Typography variant="body2" color={full ? 'warning.dark' : 'text.secondary'} sx={{ fontWeight: full ? 600 : 400 }}>
      {label}: {used} / {limit}
      {full && ' (quota reached: delete images or ask for a higher quota to create more)'}
    </Typography>
  );
});
