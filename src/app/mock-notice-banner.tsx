import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { mockNoticeQuery } from '../api/mock-control';

/** The mock backend's one-off notice (stored data could not be read and the seed was restored). */
export function MockNoticeBanner() {
  const notice = useQuery({ ...mockNoticeQuery(), meta: { silent: true } }).data;
  const [dismissed, setDismissed] = useState(false);
  if (!notice || dismissed) return null;
  return (
    <Alert severity="warning" onClose={() => setDismissed(true)} sx={{ mb: 2 }}>
      {notice}
    </Alert>
  );
}
