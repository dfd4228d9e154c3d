import type { Viewer } from '../model/account';
import type { Image } from '../model/image';
import type { RuleContext } from './context';
import type { Denial } from './decision';
import { can, type ImageOperation, type ImageOperations } from './operations';

export interface Partition {
  eligible: Image[];
  skipped: { image: Image; decision: Denial }[];
}

/** Batch pre-flight: which images the operation would take, and why the others are skipped. */
export function partition<K extends ImageOperation>(
  operation: K,
  images: readonly Image[],
  viewer: Viewer,
  ctx: RuleContext,
  inputFor?: (image: Image) => ImageOperations[K],
): Partition {
  const result: Partition = { eligible: [], skipped: [] };
  for (const image of images) {
    const decision = can(operation, image, viewer, ctx, inputFor?.(image));
    if (decision.allowed) result.eligible.push(image);
    else result.skipped.push({ image, decision });
  }
  return result;
}
