import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { jobsQuery } from '../../api/jobs';
import { useSession } from '../../api/session-store';
import { useViewer } from '../../api/viewer';
import { DescriptionList, DetailSection } from '../../components/detail-section';
import type { Image } from '../../domain';
import type { ImsJob } from '../../domain/wire/job';

/** How many ECSs and EVS disks the finished Create ECS / Create disk tasks made from the image. */
export function createdFrom(jobs: readonly ImsJob[], imageId: string): { servers: number; disks: number } {
  const made = (kind: ImsJob['entities']['__kind']) =>
    jobs
      .filter((j) => j.entities.__kind === kind && j.entities.__source_image_id === imageId && j.status === 'SUCCESS')
      .reduce((sum, j) => sum + (j.entities.__created_count ?? 0), 0);
  return { servers: made('launch-ecs'), disks: made('launch-evs') };
}

/** What was started from the image; for an ISO image, the path to a system disk image (002 T5-2). */
export function ServersSection({ image, onLaunch }: { image: Image; onLaunch: () => void }) {
  const token = useSession((s) => s.token);
  const projectId = useViewer()?.projectIn(image.regionId)?.id ?? '';
  const jobs = useQuery({ ...jobsQuery(token, image.regionId, projectId), enabled: projectId !== '' });
  const counts = jobs.data ? createdFrom(jobs.data, image.id) : undefined;
  const count = (n: number | undefined) => (n === undefined ? '…' : String(n));

  return (
    <DetailSection title="Servers from this image">
      <DescriptionList
        items={
          image.type === 'data'
            ? [{ label: 'EVS disks created', value: count(counts?.disks) }]
            : [
                {
                  label: image.type === 'iso' ? 'Temporary ECSs created' : 'ECSs created',
                  value: count(counts?.servers),
                },
              ]
        }
      />
      {image.type === 'iso' && (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
            From this ISO image to a system disk image
          </Typography>
          <Typography variant="body2" component="ol" sx={{ pl: 2.5, my: 1, '& li': { mb: 0.5 } }}>
            <li>The ISO file is registered as this ISO image. It cannot be replicated, exported or encrypted.</li>
            <li>
              Create a temporary ECS from it:{' '}
              <Button size="small" variant="outlined" onClick={onLaunch}>
                Create temporary ECS
              </Button>
            </li>
            <li>
              The ECS starts from the ISO and installs the OS and drivers (simulated here: it becomes Running with{' '}
              {image.osVersion}).
            </li>
            <li>
              <Link component={RouterLink} to="/images/create?type=system&source=ecs">
                Create a system disk image from that ECS
              </Link>
              . Unlike the ISO image, it can be replicated, exported and shared.
            </li>
          </Typography>
        </>
      )}
    </DetailSection>
  );
}
