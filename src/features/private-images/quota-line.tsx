import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { quotaQuery } from '../../api/images';
import { QUOTA_TEXT_COLOUR, QuotaBar } from '../../components/quota-bar';
import { quotaLevel, regionName, type RegionId } from '../../domain';

/** "Private images in CN North-Beijing4: 48 / 50" and its bar, coloured as the quota fills up. */
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
  const level = quotaLevel(quota.data);
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
      <Typography variant="body2" color={QUOTA_TEXT_COLOUR[level]} sx={{ fontWeight: level === 'ok' ? 400 : 600 }}>
        {label}: {used} / {limit}
        {level === 'full' && ' (quota reached: delete images or ask for a higher quota to create more)'}
      </Typography>
      <QuotaBar subject={label} usage={quota.data} showNumbers={false} />
    </Stack>
  );
});
