import type { Viewer } from '../model/account';
import type { Image } from '../model/image';
import type { RuleContext } from './context';
import type { Decision, Denial, FieldOf } from './decision';
import { acceptViolations, canAccept, type AcceptInput } from './received';
import { canDelete, deleteViolations } from './delete';
import { canExport, exportViolations, type ExportInput } from './export';
import { canLaunch, launchViolations, type LaunchInput } from './launch';
import { canModify, modifyViolations, type ModifyInput } from './modify';
import { canReplicate, replicateViolations, type ReplicateInput } from './replicate';
import { canShare, shareViolations, type ShareInput } from './share';
import { canEditTags, tagsViolations, type TagsInput } from './tags';

/** The per-image operations, each with its dialog input. */
export interface ImageOperations {
  replicate: ReplicateInput;
  export: ExportInput;
  share: ShareInput;
  tags: TagsInput;
  delete: undefined;
  modify: ModifyInput;
  launch: LaunchInput;
  accept: AcceptInput;
}
export type ImageOperation = keyof ImageOperations;

/** The fields a denial of `operation` may name: the keys (and row paths) of its input. */
export type OperationField<K extends ImageOperation> = FieldOf<ImageOperations[K]>;

type Decide<I> = (image: Image, viewer: Viewer, ctx: RuleContext, input?: I) => Decision<FieldOf<I>>;
type Violations<I> = (image: Image, viewer: Viewer, ctx: RuleContext, input?: I) => Denial<FieldOf<I>>[];

const OPERATIONS: { [K in ImageOperation]: { can: Decide<ImageOperations[K]>; all: Violations<ImageOperations[K]> } } =
  {
    replicate: { can: canReplicate, all: replicateViolations },
    export: { can: canExport, all: exportViolations },
    share: { can: canShare, all: shareViolations },
    tags: { can: canEditTags, all: tagsViolations },
    delete: { can: canDelete, all: deleteViolations },
    modify: { can: canModify, all: modifyViolations },
    launch: { can: canLaunch, all: launchViolations },
    accept: { can: canAccept, all: acceptViolations },
  };

export function can<K extends ImageOperation>(
  operation: K,
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  input?: ImageOperations[K],
): Decision<OperationField<K>> {
  return OPERATIONS[operation].can(image, viewer, ctx, input);
}

/** Every rule that refuses `operation` on `image` (not just the first). */
export function violations<K extends ImageOperation>(
  operation: K,
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  input?: ImageOperations[K],
): Denial<OperationField<K>>[] {
  return OPERATIONS[operation].all(image, viewer, ctx, input);
}
