import Alert from '@mui/material/Alert';
import Dialog, { type DialogProps } from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import { useQueries } from '@tanstack/react-query';
import { useId, type ComponentType } from 'react';
import { imageDetailQuery } from '../../api/images';
import { useRuleContext } from '../../api/rule-context';
import { useViewer } from '../../api/viewer';
import type { Image, RuleContext, Viewer } from '../../domain';
import { DialogLoading, DialogPlaceholder } from '../dialog-loading';
import type { ImageActionDialogProps } from '../image-actions';

/** What an image action form receives once the rules' context is known. */
export interface ImageFormProps extends ImageActionDialogProps {
  /** The first (for most forms the only) image. */
  image: Image;
  viewer: Viewer;
  ctx: RuleContext;
  /** The action succeeded: closes the dialog and tells the page. */
  onDone: () => void;
}

interface ImageFormDialogProps extends ImageActionDialogProps {
  title: string;
  form: ComponentType<ImageFormProps>;
  maxWidth?: DialogProps['maxWidth'];
}

/**
 * The rules' context of the images a form acts on. An image shared with the viewer is judged by the
 * viewer's own member record (accepted or not), which its detail carries.
 */
function useImagesContext(images: readonly Image[]) {
  const viewer = useViewer()?.viewer;
  const received = viewer ? images.filter((i) => !viewer.projectIds.includes(i.ownerProjectId)) : [];
  const details = useQueries({
    queries: received.map((i) => imageDetailQuery(i.regionId, i.id)),
    combine: (results) => ({
      rows: results.flatMap((r) => (r.data ? [r.data] : [])),
      done: results.every((r) => !r.isPending),
    }),
  });
  const rules = useRuleContext(images[0]?.regionId ?? 'cn-north-4', details.rows);
  return { ...rules, ready: rules.ready && viewer !== undefined && details.done };
}

/**
 * The dialog around an image action form. The form opens only once the rules' context is loaded,
 * so every check it runs as the user types is the one the backend will run.
 */
export function ImageFormDialog({ title, form: Form, maxWidth = 'sm', ...props }: ImageFormDialogProps) {
  const { images, options, onClose } = props;
  const image = images[0];
  const titleId = useId();
  const { ctx, viewer, ready } = useImagesContext(images);

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth={maxWidth}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      {!image ? (
        <DialogPlaceholder onCancel={onClose}>
          <Alert severity="error">No image was chosen.</Alert>
        </DialogPlaceholder>
      ) : viewer && ready ? (
        <Form
          {...props}
          image={image}
          viewer={viewer}
          ctx={ctx}
          onDone={() => {
            onClose();
            options.onDone?.();
          }}
        />
      ) : (
        <DialogPlaceholder onCancel={onClose}>
          <DialogLoading label={images.length > 1 ? 'Checking the images…' : 'Checking the image…'} />
        </DialogPlaceholder>
      )}
    </Dialog>
  );
}
