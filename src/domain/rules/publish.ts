import type { Viewer } from '../model/account';
import type { Image } from '../model/image';
import { deny } from './catalogue';
import { keyName, type RuleContext } from './context';
import type { Decision, Denial } from './decision';
import { collect, decide, owns, readOnly, type Denials } from './engine';

function* denials(image: Image, viewer: Viewer, ctx: RuleContext): Denials {
  yield* readOnly(viewer);
  if (!owns(image, viewer)) {
    yield deny('access.owner');
    return;
  }
  if (image.kmsKeyId !== null) yield deny('encrypt.koogallery', { key: keyName(ctx, image.kmsKeyId) });
}

/** Publishing in KooGallery (only the encryption rule of it is modelled). */
export function canPublish(image: Image, viewer: Viewer, ctx: RuleContext): Decision<never> {
  return decide(denials(image, viewer, ctx));
}

/** Every refusal of publishing (the Constraints page counts them all, not just the first). */
export function publishViolations(image: Image, viewer: Viewer, ctx: RuleContext): Denial<never>[] {
  return collect(denials(image, viewer, ctx));
}
