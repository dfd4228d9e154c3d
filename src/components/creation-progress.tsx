import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { jobsQuery } from '../api/jobs';
import { useSession } from '../api/session-store';
import { useViewer } from '../api/viewer';
import { isActiveJobStatus, type Image } from '../domain';
import type { ImsJob } from '../domain/wire/job';

const PRODUCING = new Set(['create', 'replicate-in-region', 'replicate-cross-region']);

/** The viewer's running create and replicate jobs' progress (0–100), by the image each one is making. */
export function progressByImage(jobs: readonly ImsJob[]): Map<string, number> {
  const progress = new Map<string, number>();
  for (const job of jobs) {
    const imageId = job.entities.image_id;
    if (imageId && PRODUCING.has(job.entities.__kind) && isActiveJobStatus(job.status))
      progress.set(imageId, job.entities.process_percent);
  }
  return progress;
}

const isCreating = (image: Image) => image.status === 'queued' || image.status === 'saving';

/**
 * How far the job making this image has got, while the image is being created; undefined once it
 * is made or while the jobs are not known. Shares the jobs query (and its polling) with the rules.
 */
export function useCreationProgress(image: Image): number | undefined {
  const token = useSession((s) => s.token);
  const projectId = useViewer()?.projectIn(image.regionId)?.id ?? '';
  const creating = isCreating(image);
  const jobs = useQuery({ ...jobsQuery(token, image.regionId, projectId), enabled: creating && projectId !== '' });
  return creating && jobs.data ? progressByImage(jobs.data).get(image.id) : undefined;
}

/** An image's creation as the private list shows it: the percentage and a bar named `Creating <name>`. */
export function CreationProgress({ image, progress }: { image: Image; progress: number }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 160 }}>
      <LinearProgress
        variant="determinate"
        value={progress}
        aria-label={`Creating ${image.name}`}
        sx={{ flexGrow: 1, height: 4, borderRadius: 2 }}
      />
      <Typography variant="body2" component="span" color="text.secondary">
        {Math.round(progress)}%
      </Typography>
    </Stack>
  );
}
