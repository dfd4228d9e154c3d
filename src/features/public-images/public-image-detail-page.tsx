import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { ZodError } from 'zod';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { publicImageDetailQuery } from '../../api/public-images';
import { useSession } from '../../api/session-store';
import { FullIdWithCopy } from '../../components/copy-id-button';
import { DescriptionList, DetailSection } from '../../components/detail-section';
import { formatDateTime } from '../../components/format';
import { ImageActionToolbar } from '../../components/image-action-menu';
import { DetailLoadError, DetailLoading } from '../../components/detail-placeholders';
import { PageHeader } from '../../components/page-header';
import { IMAGE_STATUS_LABELS, regionName, type PublicImage } from '../../domain';
import { usePublicImageActions } from './public-image-actions';
import {
  ARCHITECTURE_LABELS,
  bitText,
  BOOT_MODE_LABELS,
  FEATURE_LABELS,
  FEATURES,
  gbText,
  platformLabel,
} from './public-image-text';

const LIST_PATH = '/images/public';

/**
 * A missing image is final: no retries. A private image's ID answers a private image, which is
 * no public one (the answer does not parse as one): not found here either.
 */
const isFinal = (error: unknown) =>
  error instanceof ZodError || (error instanceof ApiError && error.status >= 400 && error.status < 500);

export function PublicImageDetailPage() {
  const { imageId = '' } = useParams();
  const region = useSession((s) => s.regionId);
  const detail = useQuery({
    ...publicImageDetailQuery(region, imageId),
    retry: (failures, error) => !isFinal(error) && failures < 3,
  });

  if (detail.data) return <PublicImageDetail image={detail.data.image} />;
  if (detail.isError && isFinal(detail.error))
    return (
      <>
        <PageHeader title="Public image not found" />
        <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Typography>
            There is no public image with ID <Box component="code">{imageId}</Box> in {regionName(region)}. Public
            images have IDs of their own in each region.
          </Typography>
          <Link component={RouterLink} to={LIST_PATH}>
            Back to Public Images
          </Link>
        </Stack>
      </>
    );
  if (detail.isError) return <DetailLoadError message={detail.error.message} onRetry={() => void detail.refetch()} />;
  return <DetailLoading />;
}

function Supported({ yes }: { yes: boolean }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      color={yes ? 'success' : 'default'}
      label={yes ? 'Supported' : 'Not supported'}
    />
  );
}

function PublicImageDetail({ image }: { image: PublicImage }) {
  const actions = usePublicImageActions(image.regionId);
  const decisions = actions.decisionsOf(image);
  return (
    <>
      <PageHeader
        title={image.name}
        subtitle={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Chip size="small" color="success" label={IMAGE_STATUS_LABELS[image.status]} />
            <Chip size="small" variant="outlined" label="Public image" />
            <Typography variant="body2" color="text.secondary">
              {regionName(image.regionId)}
            </Typography>
          </Stack>
        }
        actions={
          decisions.length > 0 ? (
            <ImageActionToolbar decisions={decisions} onAction={(id) => actions.onAction(id, image)} />
          ) : undefined
        }
      />
      <Alert severity="info" sx={{ mb: 2 }}>
        Public images are provided by the cloud and are the same for every tenant. They cannot be modified, shared,
        replicated, exported or deleted, and do not count against your image quota. To customise one, start an ECS from
        it and create a private image from that ECS.
      </Alert>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '3fr 2fr' }, alignItems: 'start' }}>
        <DetailSection title="Basic information">
          <DescriptionList
            items={[
              { label: 'Name', value: image.name },
              { label: 'ID', value: <FullIdWithCopy id={image.id} name={image.name} /> },
              { label: 'Status', value: IMAGE_STATUS_LABELS[image.status] },
              { label: 'Type', value: 'System disk image' },
              { label: 'Visibility', value: 'Public' },
              { label: 'OS', value: image.osVersion },
              { label: 'OS family', value: platformLabel(image.platform) },
              { label: 'OS type', value: image.osType },
              { label: 'Architecture', value: ARCHITECTURE_LABELS[image.architecture] },
              { label: 'Bit', value: bitText(image) },
              { label: 'Boot mode', value: BOOT_MODE_LABELS[image.bootMode] },
              { label: 'Region', value: regionName(image.regionId) },
              { label: 'Created', value: formatDateTime(image.createdAt) },
            ]}
          />
        </DetailSection>
        <Stack spacing={2}>
          <DetailSection title="Requirements">
            <DescriptionList
              items={[
                { label: 'System disk', value: `At least ${gbText(image.minDiskGb)}` },
                { label: 'Memory', value: image.minRamMb > 0 ? `At least ${image.minRamMb} MB` : 'No minimum' },
                { label: 'Image size', value: gbText(image.sizeGb) },
              ]}
            />
          </DetailSection>
          <DetailSection title="Features">
            <DescriptionList
              items={FEATURES.map((f) => ({ label: FEATURE_LABELS[f], value: <Supported yes={image.features[f]} /> }))}
            />
          </DetailSection>
        </Stack>
      </Box>
    </>
  );
}
