import { ImageFormDialog } from '../../components/form/image-form-dialog';
import type { ImageActionDialogProps } from '../../components/image-actions';
import { ReplicateForm } from './replicate-dialog-form';

/** Replicate one image, or several selected ones, within a region or to any number of regions. */
export function ReplicateImageDialog(props: ImageActionDialogProps) {
  return <ImageFormDialog title="Replicate Image" maxWidth="md" form={ReplicateForm} {...props} />;
}
