import type { Viewer } from '../model/account';
import type { Image } from '../model/image';
import type { Member } from '../model/member';
import { deny } from './catalogue';
import type { RuleContext } from './context';
import type { Decision, Denial } from './decision';
import { collect, decide, isBeingExported, owns, readOnly, type Denials } from './engine';

function* denials(image: Image, viewer: Viewer, ctx: RuleContext): Denials {
  yield* readOnly(viewer);
  if (!owns(image, viewer)) {
    yield deny('delete.owner');
    return;
  }
  if (image.publishedInKooGallery) yield deny('delete.koogallery');
  if (image.status === 'queued' || image.status === 'saving')
    yield deny('delete.in-progress', { activity: 'still being created' });
  else if (isBeingExported(image, ctx)) yield deny('delete.in-progress', { activity: 'being exported' });
}

export function canDelete(image: Image, viewer: Viewer, ctx: RuleContext): Decision<never> {
  return decide(denials(image, viewer, ctx));
}

export function deleteViolations(image: Image, viewer: Viewer, ctx: RuleContext): Denial<never>[] {
  return collect(denials(image, viewer, ctx));
}

/**
 * What deleting an image takes from others, and whether the console asks for its name first. Not
 * a rule of the service (IMS deletes a shared image at once, without notice to its members,
 * ims-api.md §13.1): the console's safeguard for deletions that reach beyond the viewer.
 */
export interface DeleteImpact {
  /** Projects the image is shared with, whatever they answered: each loses it (a rejected share still launches servers). */
  projectsLosingIt: number;
  /** Shared or full-ECS (its backups go too): the image's name must be typed to delete it. */
  confirmByName: boolean;
}

export function deleteImpact(image: Pick<Image, 'id' | 'type'>, members: readonly Member[]): DeleteImpact {
  const projectsLosingIt = new Set(members.filter((m) => m.imageId === image.id).map((m) => m.projectId)).size;
  return { projectsLosingIt, confirmByName: projectsLosingIt > 0 || image.type === 'whole' };
}

/** The typed confirmation: held, with the sentence the Delete button says, until the name matches. */
export type DeleteConfirmation = { confirmed: true } | { confirmed: false; reason: string; hint: string };

export function deleteConfirmation(
  image: Pick<Image, 'name'>,
  impact: DeleteImpact,
  typed: string,
): DeleteConfirmation {
  if (!impact.confirmByName) return { confirmed: true };
  // Surrounding spaces come with a copied name; the name itself must match to the letter.
  const entered = typed.trim();
  if (entered === image.name) return { confirmed: true };
  const hint = `Type ${image.name} exactly.`;
  if (entered === '') return { confirmed: false, reason: 'Type the image name to confirm the deletion.', hint };
  return { confirmed: false, reason: `“${entered}” is not the image name.`, hint };
}
