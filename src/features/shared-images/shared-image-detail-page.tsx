import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { projectsQuery } from '../../api/identity';
import { imageDetailQuery, type ImageRow } from '../../api/images';
import { useRuleContext } from '../../api/rule-context';
import { useSession } from '../../api/session-store';
import { FullIdWithCopy } from '../../components/copy-id-button';
import { DescriptionList, DetailSection } from '../../components/detail-section';
import { formatDateTime, formatGb } from '../../components/format';
import { ImageActionToolbar } from '../../components/image-action-menu';
import { useImageActions } from '../../components/image-actions';
import { DetailLoadError, DetailLoading } from '../../components/detail-placeholders';
import { PageHeader } from '../../components/page-header';
import { IMAGE_TYPE_LABELS, regionName } from '../../domain';
import { AcceptDialog, type AcceptTarget } from './accept-dialog';
import { AnswerButtons, sharedImageActions } from './shared-actions';
import { MEMBER_STATUS } from './shared-image-row';
import { useAnswer } from './use-answer';

const LIST_PATH = '/images/shared';

/** A missing image, or one not shared with the viewer (the API answers 404), is final: no retries. */
const isFinal = (error: unknown) => error instanceof ApiError && error.status >= 400 && error.status < 500;

/** `/images/shared/:imageId`: an image another account shared with the viewer, read-only. */
export function SharedImageDetailPage() {
  const { imageId = '' } = useParams();
  const region = useSession((s) => s.regionId);
  const detail = useQuery({
    ...imageDetailQuery(region, imageId),
    retry: (failures, error) => !isFinal(error) && failures < 3,
  });

  // The viewer's own image has no share status: it is not shared *with* them.
  if (detail.data?.wire.__member_status) return <SharedImageDetail row={detail.data} />;
  if (detail.data || (detail.isError && isFinal(detail.error)))
    return (
      <>
        <PageHeader title="Shared image not found" />
        <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Typography>
            No image with ID <Box component="code">{imageId}</Box> is shared with your project in {regionName(region)}.
            The owner may have stopped sharing it, or it lives in another region.
          </Typography>
          <Link component={RouterLink} to={LIST_PATH}>
            Back to Images Shared with Me
          </Link>
        </Stack>
      </>
    );
  if (detail.isError) return <DetailLoadError message={detail.error.message} onRetry={() => void detail.refetch()} />;
  return <DetailLoading />;
}

function SharedImageDetail({ row }: { row: ImageRow }) {
  const { image, wire } = row;
  const status = wire.__member_status ?? 'pending';
  const rules = useRuleContext(image.regionId, [row]);
  const { viewer, ready } = rules;
  const projectId = rules.session?.projectIn(image.regionId)?.id ?? '';
  const directory = useQuery(projectsQuery());
  const actions = useImageActions();
  const [accepting, setAccepting] = useState<AcceptTarget | null>(null);
  const onAnswer = useAnswer(projectId, setAccepting);
  const offered =
    viewer && ready ? sharedImageActions(row, viewer, rules.ctx, projectId, actions.available) : undefined;

  const owner = directory.data?.projects.find((p) => p.id === image.ownerProjectId);
  const ownerAccount = owner ? (directory.data?.accountNames.get(owner.accountId) ?? owner.accountId) : undefined;

  return (
    <>
      <PageHeader
        title={image.name}
        subtitle={
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Chip
              size="small"
              variant="outlined"
              label={MEMBER_STATUS[status].label}
              color={MEMBER_STATUS[status].color}
            />
            <Typography variant="body2" color="text.secondary">
              Shared by {ownerAccount ?? 'another account'} · {regionName(image.regionId)}
            </Typography>
          </Stack>
        }
        actions={
          offered ? (
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
              <AnswerButtons image={image} status={status} answers={offered.answers} onAnswer={onAnswer} />
              {offered.decisions && offered.decisions.length > 0 && (
                <ImageActionToolbar decisions={offered.decisions} onAction={(id) => actions.open(id, [image])} />
              )}
            </Stack>
          ) : (
            <Skeleton variant="rounded" width={320} height={30} aria-hidden="true" />
          )
        }
      />
      <Alert severity="info" sx={{ mb: 2 }}>
        This image belongs to {ownerAccount ?? 'another account'}. You can use it once you accept it, but not change it;
        to make it your own, replicate it to a private image.
      </Alert>
      <DetailSection title="Basic information">
        <DescriptionList
          items={[
            { label: 'Name', value: image.name },
            { label: 'ID', value: <FullIdWithCopy id={image.id} name={image.name} /> },
            { label: 'Owner', value: ownerAccount ?? 'Unknown account' },
            {
              label: 'Owner project',
              value: (
                <Box component="span" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                  {image.ownerProjectId}
                </Box>
              ),
            },
            { label: 'Share status', value: MEMBER_STATUS[status].label },
            { label: 'Shared at', value: wire.__shared_at ? formatDateTime(wire.__shared_at) : '—' },
            { label: 'OS', value: image.osVersion },
            { label: 'Type', value: IMAGE_TYPE_LABELS[image.type] },
            { label: 'Size', value: formatGb(image.sizeGb) },
            { label: 'Disk format', value: image.diskFormat.toUpperCase() },
            { label: 'Minimum system disk', value: formatGb(image.minDiskGb) },
            { label: 'Region', value: regionName(image.regionId) },
            { label: 'Created', value: formatDateTime(image.createdAt) },
          ]}
        />
      </DetailSection>
      {accepting && viewer && (
        <AcceptDialog
          target={accepting}
          region={image.regionId}
          projectId={projectId}
          viewer={viewer}
          ctx={rules.ctx}
          onClose={() => setAccepting(null)}
        />
      )}
    </>
  );
}
