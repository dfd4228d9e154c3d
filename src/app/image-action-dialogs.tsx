import { useMemo, useState, type ComponentType, type ReactNode } from 'react';
import {
  ImageActionsContext,
  type ImageActionDialogProps,
  type ImageActionId,
  type ImageActions,
  type OpenActionOptions,
} from '../components/image-actions';
import type { Image } from '../domain';
import { DeleteImageDialog } from '../features/delete/delete-image-dialog';
import { ExportImageDialog } from '../features/export/export-image-dialog';
import { ModifyImageDialog } from '../features/modify/modify-image-dialog';
import { ReplicateImageDialog } from '../features/replicate/replicate-image-dialog';
import { ManageTagsDialog } from '../features/tags/manage-tags-dialog';
import { ShareImageDialog } from '../features/share/share-image-dialog';

/** Each action's dialog; an action without one stays out of menus until its issue lands. */
const DIALOGS: Partial<Record<ImageActionId, ComponentType<ImageActionDialogProps>>> = {
  modify: ModifyImageDialog,
  replicate: ReplicateImageDialog,
  export: ExportImageDialog,
  share: ShareImageDialog,
  tags: ManageTagsDialog,
  delete: DeleteImageDialog,
};

interface OpenDialog {
  action: ImageActionId;
  images: readonly Image[];
  options: OpenActionOptions;
}

/** Lets any page open any action's dialog without one feature importing another. */
export function ImageActionDialogs({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<OpenDialog | null>(null);
  const actions = useMemo<ImageActions>(
    () => ({
      available: Object.keys(DIALOGS) as ImageActionId[],
      open: (action, images, options = {}) => setCurrent({ action, images, options }),
    }),
    [],
  );
  const Dialog = current ? DIALOGS[current.action] : undefined;

  return (
    <ImageActionsContext.Provider value={actions}>
      {children}
      {current && Dialog && (
        <Dialog images={current.images} options={current.options} onClose={() => setCurrent(null)} />
      )}
    </ImageActionsContext.Provider>
  );
}
