import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import { useRuleContext } from '../../api/rule-context';
import { DialogLoading, DialogPlaceholder } from '../../components/dialog-loading';
import type { ImageActionDialogProps } from '../../components/image-actions';
import { ImageFormDialog } from '../../components/form/image-form-dialog';
import { BatchTagsForm } from './batch-tags-dialog';
import { ManageTagsForm } from './manage-tags-form';

const TITLE = 'Manage Tags';

/** `Manage tags` on one image edits its tags; `Tag selected` on several adds or removes one tag. */
export function ManageTagsDialog(props: ImageActionDialogProps) {
  return props.images.length > 1 ? (
    <BatchTagsDialog {...props} />
  ) : (
    <ImageFormDialog title={TITLE} form={ManageTagsForm} {...props} />
  );
}

function BatchTagsDialog({ images, options, onClose }: ImageActionDialogProps) {
  const titleId = useId();
  const [running, setRunning] = useState(false);
  const { ctx, viewer, ready } = useRuleContext(images[0]?.regionId ?? 'cn-north-4');

  return (
    <Dialog open onClose={running ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{TITLE}</DialogTitle>
      {viewer && ready ? (
        <BatchTagsForm
          images={images}
          viewer={viewer}
          ctx={ctx}
          options={options}
          onClose={onClose}
          onRunning={setRunning}
        />
      ) : (
        <DialogPlaceholder onCancel={onClose}>
          <DialogLoading label="Checking the images…" />
        </DialogPlaceholder>
      )}
    </Dialog>
  );
}
