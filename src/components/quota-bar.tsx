import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { quotaLevel, quotaPercent, type QuotaLevel, type QuotaUsage } from '../domain';

const BAR_COLOUR = { ok: 'primary', warning: 'warning', full: 'error' } as const satisfies Record<QuotaLevel, string>;
export const QUOTA_TEXT_COLOUR = {
  ok: 'text.secondary',
  warning: 'warning.main',
  full: 'error.main',
} as const satisfies Record<QuotaLevel, string>;

interface QuotaBarProps {
  /** What is counted where, e.g. "Private images in CN North-Beijing4"; the bar's name starts with it. */
  subject: string;
  usage: QuotaUsage;
  /** Shows "48 / 50" beside the bar (leave it off where a label beside already says it). */
  showNumbers?: boolean;
  width?: number;
}

/**
 * A quota as a picture: a bar coloured by how full it is (domain `quotaLevel`), named
 * "<subject>: <used> of <limit> used" for assistive technology and tests.
 */
export function QuotaBar({ subject, usage, showNumbers = true, width = 120 }: QuotaBarProps) {
  const level = quotaLevel(usage);
  const text = `${usage.used} of ${usage.limit} used`;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <LinearProgress
        variant="determinate"
        value={quotaPercent(usage)}
        color={BAR_COLOUR[level]}
        aria-label={`${subject}: ${text}`}
        aria-valuetext={text}
        sx={{ width, height: 6, borderRadius: 3, flexShrink: 0 }}
      />
      {showNumbers && (
        <Typography variant="caption" color={QUOTA_TEXT_COLOUR[level]} aria-hidden="true" sx={{ whiteSpace: 'nowrap' }}>
          {`${usage.used} / ${usage.limit}`}
        </Typography>
      )}
    </Stack>
  );
}
