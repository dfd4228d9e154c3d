import { IMAGE_STATUS_LABELS, type Image } from '../model/image';
import { viewerOwns, type Viewer } from '../model/account';
import type { Member } from '../model/member';
import { deny, ruleEntry } from './catalogue';
import { ALLOWED, type Decision, type Denial, type Warning } from './decision';
import type { RuleContext } from './context';
import { activeJobsOfImage, membersOfImage } from './context-index';

/** Each operation lists its checks, in order, as a generator of denials on its input's fields. */
export type Denials<F extends string = never> = Generator<Denial<F>, void, undefined>;

/** First refusal wins; advisory rules only add warnings. */
export function decide<F extends string>(denials: Iterable<Denial<F>>): Decision<F> {
  const warnings: Warning[] = [];
  for (const d of denials) {
    if (!ruleEntry(d.rule).advisory) return d;
    warnings.push({ rule: d.rule, reason: d.reason, ...(d.hint ? { hint: d.hint } : {}) });
  }
  return warnings.length > 0 ? { allowed: true, warnings } : ALLOWED;
}

/** Every refusal (advisories excluded), for batch pre-flight and the Constraints page. */
export function collect<F extends string>(denials: Iterable<Denial<F>>): Denial<F>[] {
  return [...denials].filter((d) => !ruleEntry(d.rule).advisory);
}

export function* readOnly(viewer: Viewer): Denials {
  if (viewer.role === 'read-only') yield deny('access.read-only');
}

/**
 * Whether the viewer may change images at all (access.read-only): what a toolbar acting on a
 * selection decides before any image is judged.
 */
export function canChangeImages(viewer: Viewer): Decision {
  return decide(readOnly(viewer));
}

export function memberRecord(image: Image, viewer: Viewer, ctx: RuleContext): Member | undefined {
  return membersOfImage(ctx, image.id).find((m) => viewer.projectIds.includes(m.projectId));
}

export function owns(image: Image, viewer: Viewer): boolean {
  return viewerOwns(viewer, image.ownerProjectId);
}

export function isBeingExported(image: Image, ctx: RuleContext): boolean {
  return activeJobsOfImage(ctx, image.id).some((j) => j.kind === 'export');
}

/** The status a person sees: an active image being exported reads "Exporting". */
export function statusLabel(image: Image, ctx: RuleContext): string {
  if (image.status === 'active' && isBeingExported(image, ctx)) return 'Exporting';
  return IMAGE_STATUS_LABELS[image.status];
}
