import type { ImageActionDialogProps } from '../../components/image-actions';
import { ImageFormDialog } from '../../components/form/image-form-dialog';
import { BatchShareDialog } from './batch-share-dialog';
import { SHARE_TITLE } from './share-form';
import { ShareImageForm } from './share-image-form';

/** One image: recipients, the live count and the members. Several: a pre-flight, then one share for the eligible. */
export function ShareImageDialog(props: ImageActionDialogProps) {
  if (props.images.length > 1) return <BatchShareDialog {...props} />;
  return <ImageFormDialog title={SHARE_TITLE} form={ShareImageForm} {...props} />;
}
