import { lazy, Suspense, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import {
  ImageActionsContext,
  type ImageActionDialogProps,
  type ImageActionId,
  type ImageActions,
  type OpenActionOptions,
  PublicImageLaunchContext,
  type PublicImageLaunch,
} from '../components/image-actions';
import type { Image, PublicImage } from '../domain';

type ActionDialog = ComponentType<ImageActionDialogProps>;

/** Loaded on first use: a page does not pay for dialogs nobody has opened. */
const lazyDialog = (load: () => Promise<ActionDialog>) => lazy(async () => ({ default: await load() }));

/** Each action's dialog; an action without one stays out of menus until its issue lands. */
const DIALOGS: Partial<Record<ImageActionId, ActionDialog>> = {
  modify: lazyDialog(async () => (await import('../features/modify/modify-image-dialog')).ModifyImageDialog),
  replicate: lazyDialog(
    async () => (await import('../features/replicate/replicate-image-dialog')).ReplicateImageDialog,
  ),
  export: lazyDialog(async () => (await import('../features/export/export-image-dialog')).ExportImageDialog),
  share: lazyDialog(async () => (await import('../features/share/share-image-dialog')).ShareImageDialog),
  tags: lazyDialog(async () => (await import('../features/tags/manage-tags-dialog')).ManageTagsDialog),
  delete: lazyDialog(async () => (await import('../features/delete/delete-image-dialog')).DeleteImageDialog),
  launch: lazyDialog(async () => (await import('../features/create-ecs/create-ecs-dialog')).CreateEcsDialog),
};

const PublicCreateEcsDialog = lazy(async () => ({
  default: (await import('../features/create-ecs/public-create-ecs-dialog')).PublicCreateEcsDialog,
}));

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
  const [publicImage, setPublicImage] = useState<PublicImage | null>(null);
  const publicLaunch = useMemo<PublicImageLaunch>(() => ({ available: true, open: setPublicImage }), []);

  return (
    <ImageActionsContext.Provider value={actions}>
      <PublicImageLaunchContext.Provider value={publicLaunch}>{children}</PublicImageLaunchContext.Provider>
      {publicImage && (
        <Suspense fallback={null}>
          <PublicCreateEcsDialog image={publicImage} onClose={() => setPublicImage(null)} />
        </Suspense>
      )}
      {current && Dialog && (
        <Suspense fallback={null}>
          <Dialog images={current.images} options={current.options} onClose={() => setCurrent(null)} />
        </Suspense>
      )}
    </ImageActionsContext.Provider>
  );
}
