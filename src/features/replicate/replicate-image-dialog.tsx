import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import { imageDetailQuery } from '../../api/images';
import { useRuleContext } from '../../api/rule-context';
import { useViewer } from '../../api/viewer';
import { DialogLoading, DialogPlaceholder } from '../../components/dialog-loading';
import type { ImageActionDialogProps } from '../../components/image-actions';
import { ReplicateForm } from './replicate-dialog-form';

/**
 * The rules' context of the images to copy. An image shared with the viewer is judged by the
 * viewer's own member record (accepted or not), which its detail carries.
 */
function useReplicateContext(props: ImageActionDialogProps) {
  const region = props.images[0]?.regionId ?? 'cn-north-4';
  const viewer = useViewer()?.viewer;
  const received = viewer ? props.images.filter((i) => !viewer.projectIds.includes(i.ownerProjectId)) : [];
  const details = useQueries({
    queries: received.map((i) => imageDetailQuery(i.regionId, i.id)),
    combine: (results) => ({
      rows: results.flatMap((r) => (r.data ? [r.data] : [])),
      done: results.every((r) => !r.isPending),
    }),
  });
  const rules = useRuleContext(region, details.rows);
  return { ...rules, ready: rules.ready && viewer !== undefined && details.done };
}

/** Replicate one image, or several selected ones, within a region or to any number of regions. */
export function ReplicateImageDialog(props: ImageActionDialogProps) {
  const titleId = useId();
  const { ctx, viewer, ready } = useReplicateContext(props);
  const { images, onClose } = props;

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>Replicate Image</DialogTitle>
      {images.length === 0 ? (
        <DialogPlaceholder onCancel={onClose}>
          <Alert severity="error">No image was chosen.</Alert>
        </DialogPlaceholder>
      ) : viewer && ready ? (
        <ReplicateForm {...props} viewer={viewer} ctx={ctx} />
      ) : (
        <DialogPlaceholder onCancel={onClose}>
          <DialogLoading label="Checking the image…" />
        </DialogPlaceholder>
      )}
    </Dialog>
  );
}
