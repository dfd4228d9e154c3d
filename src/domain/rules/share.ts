import { LIMITS } from '../limits';
import type { Viewer } from '../model/account';
import { IMAGE_STATUS_LABELS, IMAGE_TYPE_NOUNS, isEncrypted, type Image } from '../model/image';
import { regionName } from '../regions';
import { deny, onField } from './catalogue';
import { keyName, type RuleContext } from './context';
import { membersOfImage } from './context-index';
import type { Decision, Denial, FieldOf } from './decision';
import { collect, decide, memberRecord, owns, readOnly, type Denials } from './engine';

export interface ShareInput {
  /** Recipient project ids to add. */
  projectIds: readonly string[];
}

/** The fields a denial of this operation may name: the input's own names. */
export type ShareField = FieldOf<ShareInput>;

export function memberLimit(image: Pick<Image, 'type'>): number {
  return image.type === 'whole' ? LIMITS.shareMembersWholeImage : LIMITS.shareMembersDiskImage;
}

function wholeImageOrigin(image: Image): string | undefined {
  if (image.type !== 'whole') return undefined;
  if (image.source.kind === 'csbs-backup') return `from the CSBS backup ${image.source.backupName}`;
  if (image.source.kind === 'ecs' && image.sourceServerHadCsbsBackup)
    return `from ECS ${image.source.serverName}, which has had a CSBS backup`;
  return undefined;
}

function* start(image: Image, viewer: Viewer, ctx: RuleContext): Denials<ShareField> {
  yield* readOnly(viewer);
  if (!owns(image, viewer)) {
    yield memberRecord(image, viewer, ctx) ? deny('share.received') : deny('access.owner');
    return;
  }
  if (image.status !== 'active') yield deny('share.status', { status: IMAGE_STATUS_LABELS[image.status] });
  if (image.type === 'iso') yield deny('share.iso');
  if (isEncrypted(image)) yield deny('share.encrypted', { key: keyName(ctx, image.kmsKeyId ?? '') });
  if (image.publishedInKooGallery) yield deny('share.koogallery');
  const origin = wholeImageOrigin(image);
  if (origin) yield deny('share.whole-image-origin', { origin });
}

/** Why one recipient project cannot be added, if it cannot. */
export function recipientDenial(image: Image, ctx: RuleContext, projectId: string): Denial<ShareField> | undefined {
  if (projectId === image.ownerProjectId) return onField(deny('share.not-self', { project: projectId }), 'projectIds');
  const project = ctx.projects.find((p) => p.id === projectId);
  if (!project)
    return onField(deny('share.same-region', { project: projectId, problem: 'does not exist' }), 'projectIds');
  if (project.regionId !== image.regionId)
    return onField(
      deny('share.same-region', {
        project: projectId,
        problem: `is in ${regionName(project.regionId)}; this image can be shared only in ${regionName(image.regionId)}`,
      }),
      'projectIds',
    );
  return undefined;
}

/** The image's recipients now, one per project. */
export function currentMembers(image: Pick<Image, 'id'>, ctx: RuleContext): Set<string> {
  return new Set(membersOfImage(ctx, image.id).map((m) => m.projectId));
}

/**
 * The entered projects sharing would add: each once, a project that exists in the image's region,
 * is not the owner's and is not a member yet. A refused or unknown id adds no member, so it does
 * not count against share.member-limit (it is refused on its own).
 */
export function newMembers(image: Image, ctx: RuleContext, projectIds: readonly string[]): string[] {
  const current = currentMembers(image, ctx);
  return [...new Set(projectIds)].filter((id) => !current.has(id) && recipientDenial(image, ctx, id) === undefined);
}

function* submitted(image: Image, ctx: RuleContext, input: ShareInput): Denials<ShareField> {
  for (const projectId of input.projectIds) {
    const denial = recipientDenial(image, ctx, projectId);
    if (denial) yield denial;
  }
  const current = currentMembers(image, ctx).size;
  const adding = newMembers(image, ctx, input.projectIds).length;
  const limit = memberLimit(image);
  if (current + adding > limit)
    yield onField(
      deny('share.member-limit', { type: IMAGE_TYPE_NOUNS[image.type], current, adding, limit }),
      'projectIds',
    );
}

function* denials(image: Image, viewer: Viewer, ctx: RuleContext, input?: ShareInput): Denials<ShareField> {
  yield* start(image, viewer, ctx);
  if (input) yield* submitted(image, ctx, input);
}

export function canShare(image: Image, viewer: Viewer, ctx: RuleContext, input?: ShareInput): Decision<ShareField> {
  return decide(denials(image, viewer, ctx, input));
}

export function shareViolations(
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  input?: ShareInput,
): Denial<ShareField>[] {
  return collect(denials(image, viewer, ctx, input));
}

/** Removing members needs only write access to one's own image. */
export function canStopSharing(image: Image, viewer: Viewer): Decision<never> {
  return decide(
    (function* () {
      yield* readOnly(viewer);
      if (!owns(image, viewer)) yield deny('access.owner');
    })(),
  );
}
