import type { Viewer } from '../model/account';
import type { Image } from '../model/image';
import type { RegionId } from '../regions';
import type { RuleId } from './catalogue';
import type { RuleContext } from './context';
import { createViolations } from './create';
import type { Denial } from './decision';
import { memberRecord } from './engine';
import { violations, type ImageOperation } from './operations';
import { publishViolations } from './publish';

/**
 * Where a rule is checked, which decides what the Constraints page can say of it now:
 * - `image`: on an image before anything is entered, so it may block images as they stand;
 * - `region`: on the region before a creation starts, so it may block creating there now;
 * - `create`: on the source or file of a creation or import;
 * - `input`: on values entered in a dialog (recipients, mode, key, format, tags, ...);
 * - `advisory`: a warning only, never a refusal.
 * `blocked.test.ts` holds each `image` rule to an image it blocks, and every other rule to
 * blocking no image and no creation before input.
 */
export type RuleReach = 'image' | 'region' | 'create' | 'input' | 'advisory';

export const RULE_REACH: Record<RuleId, RuleReach> = {
  'create.quota': 'region',
  'create.concurrent-tasks': 'region',
  'create.ecs-state': 'create',
  'create.ecs-frozen': 'create',
  'create.bms-state': 'create',
  'create.system-disk-size': 'create',
  'create.data-disk-size': 'create',
  'create.backup-single-use': 'create',
  'import.format': 'create',
  'import.size': 'create',
  'import.data-disk-capacity': 'create',
  'import.iso-limits': 'create',
  'import.bucket': 'create',
  'import.os-version': 'input',
  'import.boot-mode': 'input',
  'import.system-disk-size': 'input',
  'share.status': 'image',
  'share.member-limit': 'input',
  'share.koogallery': 'image',
  'share.encrypted': 'image',
  'share.whole-image-origin': 'image',
  'share.same-region': 'input',
  'share.not-self': 'input',
  'share.received': 'image',
  'share.iso': 'image',
  'received.accept': 'input',
  'received.region': 'input',
  'received.replicate-accepted': 'image',
  'received.replicate-encrypted': 'image',
  'received.no-quota': 'advisory',
  'replicate.status': 'image',
  'replicate.concurrent': 'image',
  'replicate.quota': 'image',
  'replicate.in-region.whole-image': 'image',
  'replicate.iso': 'image',
  'replicate.in-region.size': 'input',
  // Before a mode is chosen, replication is refused only when the in-region mode is refused too,
  // and then with the in-region reasons: the cross-region rules speak only once it is chosen.
  'replicate.cross-region.size': 'image',
  'replicate.cross-region.encrypted': 'image',
  'replicate.cross-region.sequential': 'input',
  'replicate.cross-region.target': 'input',
  'replicate.key': 'input',
  'replicate.name': 'input',
  'export.status': 'image',
  'export.format': 'input',
  'export.max-size': 'image',
  'export.fast-only': 'input',
  'export.fast-encrypted': 'image',
  'export.bucket': 'input',
  'export.whole-image': 'image',
  'export.iso': 'image',
  'export.licensed-os': 'image',
  'export.koogallery': 'image',
  'encrypt.key-fixed': 'input',
  'encrypt.iso': 'create',
  'encrypt.koogallery': 'image',
  'tags.limit': 'input',
  'tags.key': 'input',
  'tags.value': 'input',
  'delete.koogallery': 'image',
  'delete.owner': 'image',
  'delete.in-progress': 'image',
  'modify.status': 'image',
  'modify.fields': 'input',
  'launch.status': 'image',
  'launch.image-type': 'input',
  'launch.count': 'input',
  'launch.name': 'input',
  'launch.disk-size': 'input',
  'launch.architecture': 'input',
  'launch.os-bit-memory': 'input',
  'launch.uefi-heterogeneous': 'input',
  'launch.region': 'input',
  'launch.batch-size': 'advisory',
  'access.read-only': 'image',
  'access.owner': 'image',
};

/** What can be done to an image as it stands: the menu actions, answering a share, publishing. */
export type CheckedOperation = ImageOperation | 'publish';

const ORDER: Record<CheckedOperation, number> = {
  replicate: 0,
  export: 1,
  share: 2,
  tags: 3,
  delete: 4,
  modify: 5,
  launch: 6,
  accept: 7,
  publish: 8,
};
export const CHECKED_OPERATIONS = (Object.keys(ORDER) as CheckedOperation[]).sort((a, b) => ORDER[a] - ORDER[b]);

/** Answering a share concerns only images shared with the viewer: others have no share to answer. */
export function operationsOn(image: Image, viewer: Viewer, ctx: RuleContext): CheckedOperation[] {
  return memberRecord(image, viewer, ctx) ? CHECKED_OPERATIONS : CHECKED_OPERATIONS.filter((op) => op !== 'accept');
}

function refusalsOf(operation: CheckedOperation, image: Image, viewer: Viewer, ctx: RuleContext): Denial[] {
  return operation === 'publish' ? publishViolations(image, viewer, ctx) : violations(operation, image, viewer, ctx);
}

export interface BlockedImage {
  image: Image;
  /** The operations the rule refuses on this image, in `CHECKED_OPERATIONS` order, with the reason. */
  refusals: { operation: CheckedOperation; reason: string }[];
}

/**
 * Which images each rule blocks now, before anything is entered: every operation on every image,
 * every refusal (not just the first), grouped by rule. Images keep their given order.
 */
export function blockedByRule(images: readonly Image[], viewer: Viewer, ctx: RuleContext): Map<RuleId, BlockedImage[]> {
  const byRule = new Map<RuleId, BlockedImage[]>();
  for (const image of images) {
    const perRule = new Map<RuleId, BlockedImage>();
    for (const operation of operationsOn(image, viewer, ctx)) {
      for (const denial of refusalsOf(operation, image, viewer, ctx)) {
        let entry = perRule.get(denial.rule);
        if (!entry) {
          entry = { image, refusals: [] };
          perRule.set(denial.rule, entry);
        }
        // A rule may refuse one operation twice (e.g. two fields); the page lists the operation once.
        if (!entry.refusals.some((r) => r.operation === operation))
          entry.refusals.push({ operation, reason: denial.reason });
      }
    }
    for (const [rule, entry] of perRule) {
      const list = byRule.get(rule);
      if (list) list.push(entry);
      else byRule.set(rule, [entry]);
    }
  }
  return byRule;
}

/** The `region` rules that refuse starting any creation in `regionId` now. */
export function creationBlockers(viewer: Viewer, ctx: RuleContext, regionId: RegionId): Denial[] {
  return createViolations(viewer, ctx, regionId).filter((d) => RULE_REACH[d.rule] === 'region');
}
