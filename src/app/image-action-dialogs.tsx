import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
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
import { once, prefetchWhenIdleOrInteracting } from './dialog-prefetch';

type ActionDialog = ComponentType<ImageActionDialogProps>;

/** Each action's dialog chunk, loaded once (see `once`); an action without one stays out of menus. */
const LOADERS: Partial<Record<ImageActionId, () => Promise<ActionDialog>>> = {
  modify: once(async () => (await import('../features/modify/modify-image-dialog')).ModifyImageDialog),
  replicate: once(async () => (await import('../features/replicate/replicate-image-dialog')).ReplicateImageDialog),
  export: once(async () => (await import('../features/export/export-image-dialog')).ExportImageDialog),
  share: once(async () => (await import('../features/share/share-image-dialog')).ShareImageDialog),
  tags: once(async () => (await import('../features/tags/manage-tags-dialog')).ManageTagsDialog),
  delete: once(async () => (await import('../features/delete/delete-image-dialog')).DeleteImageDialog),
  launch: once(async () => (await import('../features/create-ecs/create-ecs-dialog')).CreateEcsDialog),
};

/** Fetched ahead of the first click (dialog-prefetch.ts): the dialogs a list's menu opens most. */
const PREFETCHED: readonly ImageActionId[] = ['replicate', 'export', 'share'];

/** Not in the page's first chunks: a page does not wait for dialogs nobody has opened yet. */
const DIALOGS: Partial<Record<ImageActionId, ActionDialog>> = Object.fromEntries(
  Object.entries(LOADERS).map(([action, load]) => [action, lazy(async () => ({ default: await load() }))]),
);

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
  useEffect(
    () => prefetchWhenIdleOrInteracting(() => PREFETCHED.forEach((action) => void LOADERS[action]?.().catch(() => {}))),
    [],
  );
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
