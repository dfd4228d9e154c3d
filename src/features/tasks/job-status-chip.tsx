import Chip from '@mui/material/Chip';
import type { JobStatus } from '../../domain';
import { JOB_STATUS_LABELS } from './job-view';

const COLOR = { INIT: 'default', RUNNING: 'info', SUCCESS: 'success', FAIL: 'error' } as const;

export function JobStatusChip({ status }: { status: JobStatus }) {
  return <Chip size="small" variant="outlined" color={COLOR[status]} label={JOB_STATUS_LABELS[status]} />;
}
