import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type ComponentType } from 'react';
import { useRuleContext } from '../api/rule-context';
import type { Image, RuleContext, Viewer } from '../domain';
import { DialogLoading, DialogPlaceholder } from './dialog-loading';
import type { ImageActionDialogProps } from './image-actions';

/** What a one-image action form receives once the rules' context is known. */
export interface ImageFormProps {
  image: Image;
  viewer: Viewer;
  ctx: RuleContext;
  onClose: () => void;
  /** The action succeeded: closes the dialog and tells the page. */
  onDone: () => void;
}

interface ImageFormDialogProps extends ImageActionDialogProps {
  title: string;
  form: ComponentType<ImageFormProps>;
}

/**
 * The dialog around a one-image action form. The form opens only once the rules' context is
 * loaded, so every check it runs as the user types is the one the backend will run.
 */
export function ImageFormDialog({ title, form: Form, images, options, onClose }: ImageFormDialogProps) {
  const image = images[0];
  const titleId = useId();
  const { ctx, viewer, ready } = useRuleContext(image?.regionId ?? 'cn-north-4');

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{title}</DialogTitle>
      {!image ? (
        <DialogPlaceholder onCancel={onClose}>
          <Alert severity="error">No image was chosen.</Alert>
        </DialogPlaceholder>
      ) : viewer && ready ? (
        <Form
          image={image}
          viewer={viewer}
          ctx={ctx}
          onClose={onClose}
          onDone={() => {
            onClose();
            options.onDone?.();
          }}
        />
      ) : (
        <DialogPlaceholder onCancel={onClose}>
          <DialogLoading label="Checking the image…" />
        </DialogPlaceholder>
      )}
    </Dialog>
  );
}
