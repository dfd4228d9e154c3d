import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { jobsQuery, jobSummary } from '../api/jobs';
import { useCopiesInTab } from '../api/replicate';
import { useSession } from '../api/session-store';
import { useViewer } from '../api/viewer';
import { copyDestinations, copyingText, type Image } from '../domain';

/**
 * "Copying to 2 regions" while replications of the image run or wait in this tab's queue, so the
 * page still says a copy is on its way after the Replicate dialog closed. It reads the jobs query
 * the rule context reads (one cache entry), and renders only when what it says changes.
 */
export function CopiesUnderWay({ image }: { image: Pick<Image, 'id' | 'regionId'> }) {
  const token = useSession((s) => s.token);
  const projectId = useViewer()?.projectIn(image.regionId)?.id ?? '';
  const running = useQuery({
    ...jobsQuery(token, image.regionId, projectId),
    enabled: projectId !== '',
    // Only this image's jobs: the component re-renders when they change, not on every job's progress.
    select: (jobs) => jobs.filter((j) => j.entities.__source_image_id === image.id).map(jobSummary),
  });
  const queued = useCopiesInTab();
  const text = copyingText(image, copyDestinations(image, running.data ?? [], queued));
  if (text === undefined) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'info.main' }}>
      <ContentCopyIcon aria-hidden="true" sx={{ fontSize: 14 }} />
      <Typography variant="caption" component="span">
        {text}
      </Typography>
    </Stack>
  );
}
