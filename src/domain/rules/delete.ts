import type { Viewer } from '../model/account';
import type { Image } from '../model/image';
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
