import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { imageDetailQuery, type ImageRow } from '../../api/images';
import { useRuleContext } from '../../api/rule-context';
import { useSession } from '../../api/session-store';
import { CreationProgress, useCreationProgress } from '../../components/creation-progress';
import { ImageActionToolbar } from '../../components/image-action-menu';
import { decideActions, useImageActions, type ImageActionId } from '../../components/image-actions';
import { DetailLoadError, DetailLoading } from '../../components/detail-placeholders';
import { PageHeader } from '../../components/page-header';
import { regionName } from '../../domain';
import { BasicInfoSection } from './basic-info-section';
import { EncryptionSection } from './encryption-section';
import { ImageStatusChip } from './image-status-chip';
import { JobsSection } from './jobs-section';
import { LineageSection } from './lineage-section';
import { ServersSection } from './servers-section';
import { SharingSection } from './sharing-section';
import { TagsSection } from './tags-section';

const LIST_PATH = '/images/private';

/** A missing image (or another tenant's, which the API also answers 404) is final: no retries. */
const isFinal = (error: unknown) => error instanceof ApiError && error.status >= 400 && error.status < 500;

export function ImageDetailPage() {
  const { imageId = '' } = useParams();
  const region = useSession((s) => s.regionId);
  const detail = useQuery({
    ...imageDetailQuery(region, imageId),
    retry: (failures, error) => !isFinal(error) && failures < 3,
  });

  if (detail.data) return <ImageDetail row={detail.data} />;
  if (detail.isError && isFinal(detail.error)) return <ImageNotFound imageId={imageId} region={regionName(region)} />;
  if (detail.isError) return <DetailLoadError message={detail.error.message} onRetry={() => void detail.refetch()} />;
  return <DetailLoading sections={2} />;
}

function ImageNotFound({ imageId, region }: { imageId: string; region: string }) {
  return (
    <>
      <PageHeader title="Image not found" />
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Typography>
          There is no private image with ID <Box component="code">{imageId}</Box> that you can see in {region}. It may
          have been deleted, belong to another tenant, or live in another region.
        </Typography>
        <Link component={RouterLink} to={LIST_PATH}>
          Back to Private Images
        </Link>
      </Stack>
    </>
  );
}

function ImageDetail({ row }: { row: ImageRow }) {
  const { image } = row;
  const navigate = useNavigate();
  const actions = useImageActions();
  const { ctx, viewer, ready } = useRuleContext(image.regionId, [row]);
  const decisions = viewer && ready ? decideActions(image, viewer, ctx, actions.available) : [];
  const progress = useCreationProgress(image);

  const onAction = (action: ImageActionId) =>
    actions.open(action, [image], action === 'delete' ? { onDone: () => void navigate(LIST_PATH) } : {});

  return (
    <>
      <PageHeader
        title={image.name}
        subtitle={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <ImageStatusChip image={image} ctx={ctx} />
            {progress !== undefined && <CreationProgress image={image} progress={progress} />}
            <Typography variant="body2" color="text.secondary">
              {regionName(image.regionId)}
            </Typography>
          </Stack>
        }
        actions={
          ready ? (
            <ImageActionToolbar decisions={decisions} onAction={onAction} />
          ) : (
            <Skeleton variant="rounded" width={320} height={30} aria-hidden="true" />
          )
        }
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '3fr 2fr' }, alignItems: 'start' }}>
        <BasicInfoSection image={image} ctx={ctx} />
        <Stack spacing={2}>
          <LineageSection image={image} />
          <EncryptionSection image={image} ctx={ctx} />
          <TagsSection image={image} />
        </Stack>
      </Box>
      <Stack spacing={2} sx={{ mt: 2 }}>
        <ServersSection image={image} onLaunch={() => onAction('launch')} />
        <SharingSection image={image} />
        <JobsSection image={image} />
      </Stack>
    </>
  );
}
