import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueries } from '@tanstack/react-query';
import { useId } from 'react';
import { imageDetailQuery } from '../../api/images';
import { useRuleContext } from '../../api/rule-context';
import { useViewer } from '../../api/viewer';
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
        <>
          <DialogContent>
            <Alert severity="error">No image was chosen.</Alert>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </>
      ) : viewer && ready ? (
        <ReplicateForm {...props} viewer={viewer} ctx={ctx} />
      ) : (
        <>
          <DialogContent>
            <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center' }}>
              <CircularProgress size={18} aria-hidden="true" />
              <Typography variant="body2">Checking the image…</Typography>
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
