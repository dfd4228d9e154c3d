import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import type { ImageActionDialogProps } from '../../components/image-actions';

export function ModifyImageDialog({ onClose }: ImageActionDialogProps) {
  return (
    <Dialog open onClose={onClose}>
      <DialogTitle>Modify Image</DialogTitle>
    </Dialog>
  );
}
