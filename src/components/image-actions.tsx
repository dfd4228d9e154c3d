import { createContext, useContext } from 'react';
import {
  can,
  type Decision,
  type Image,
  type ImageOperation,
  type PublicImage,
  type RuleContext,
  type Viewer,
} from '../domain';

/**
 * The row and toolbar actions, in menu order, each named by its verb (README, Testing contract). An action with
 * a `batchLabel` also acts on the list's selection; its dialog then receives several images.
 */
export const IMAGE_ACTIONS = [
  { id: 'modify', label: 'Modify', operation: 'modify' },
  { id: 'replicate', label: 'Replicate', operation: 'replicate', batchLabel: 'Replicate selected' },
  { id: 'export', label: 'Export', operation: 'export' },
  { id: 'share', label: 'Share', operation: 'share', batchLabel: 'Share selected' },
  { id: 'tags', label: 'Manage tags', operation: 'tags', batchLabel: 'Tag selected' },
  { id: 'delete', label: 'Delete', operation: 'delete', batchLabel: 'Delete selected' },
  { id: 'launch', label: 'Create ECS', operation: 'launch' },
] as const satisfies readonly { id: string; label: string; operation: ImageOperation; batchLabel?: string }[];

export type ImageActionId = (typeof IMAGE_ACTIONS)[number]['id'];

export interface BatchAction {
  id: ImageActionId;
  label: string;
}

/** The actions among `available` that act on a selection, in menu order. */
export function batchActions(available: readonly ImageActionId[]): BatchAction[] {
  return IMAGE_ACTIONS.flatMap((a) =>
    'batchLabel' in a && available.includes(a.id) ? [{ id: a.id, label: a.batchLabel }] : [],
  );
}

export interface ImageActionDecision {
  id: ImageActionId;
  label: string;
  decision: Decision;
}

/** What the rules say of every action on one image, before any dialog input. */
export function decideActions(
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  actions: readonly ImageActionId[],
): ImageActionDecision[] {
  return IMAGE_ACTIONS.filter((a) => actions.includes(a.id)).map((a) => ({
    id: a.id,
    label: a.label,
    decision: can(a.operation, image, viewer, ctx),
  }));
}

/**
 * Opens an action's dialog. Dialogs live in their own features; the app provides this so a page
 * can open any of them without one feature importing another.
 */
export interface OpenActionOptions {
  /** A batch dialog narrowed the selection ("select only eligible"); the page follows. */
  onSelectionChange?: (imageIds: string[]) => void;
  /** The action finished (e.g. the images were deleted); a detail page may navigate away. */
  onDone?: () => void;
}

export interface ImageActions {
  /** Actions whose dialogs exist; the others stay out of menus until their issue lands. */
  available: readonly ImageActionId[];
  open: (action: ImageActionId, images: readonly Image[], options?: OpenActionOptions) => void;
}

export const ImageActionsContext = createContext<ImageActions>({ available: [], open: () => undefined });

export function useImageActions(): ImageActions {
  return useContext(ImageActionsContext);
}

/** What the app hands an action's dialog; each dialog feature exports one component of these props. */
export interface ImageActionDialogProps {
  images: readonly Image[];
  options: OpenActionOptions;
  onClose: () => void;
}

/**
 * Opens Create ECS for a public image. A public image is no `Image` (no owner, lineage or members),
 * so it has its own door to the one dialog; the app provides it, as it does the others.
 */
export interface PublicImageLaunch {
  /** The dialog exists; until it does the public lists offer no Create ECS. */
  available: boolean;
  open: (image: PublicImage) => void;
}

export const PublicImageLaunchContext = createContext<PublicImageLaunch>({ available: false, open: () => undefined });

export function usePublicImageLaunch(): PublicImageLaunch {
  return useContext(PublicImageLaunchContext);
}
