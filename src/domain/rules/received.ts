import type { Viewer } from '../model/account';
import type { Image } from '../model/image';
import type { MemberStatus } from '../model/member';
import { regionName } from '../regions';
import { deny, onField } from './catalogue';
import { quotaIn, type RuleContext } from './context';
import type { Decision, Denial, FieldOf } from './decision';
import { collect, decide, memberRecord, readOnly, type Denials } from './engine';

export interface AcceptInput {
  status: Exclude<MemberStatus, 'pending'>;
  /** The recipient project answering; must be the viewer's project in the image's region. */
  projectId?: string;
  /** CBR vault, needed to accept a full-ECS image. */
  vaultId?: string;
}

/** The fields a denial of this operation may name: the input's own names. */
export type AcceptField = FieldOf<AcceptInput>;

function* denials(image: Image, viewer: Viewer, ctx: RuleContext, input?: AcceptInput): Denials<AcceptField> {
  yield* readOnly(viewer);
  const member = memberRecord(image, viewer, ctx);
  if (!member) {
    yield deny('received.accept', { problem: 'This image has not been shared with your project.' });
    return;
  }
  if (!input) return;
  if (input.projectId !== undefined && input.projectId !== member.projectId) {
    const project = ctx.projects.find((p) => p.id === input.projectId);
    yield onField(
      deny('received.region', {
        region: regionName(image.regionId),
        viewerRegion: project ? regionName(project.regionId) : `project ${input.projectId}`,
      }),
      'projectId',
    );
  }
  if (member.status === input.status)
    yield deny('received.accept', { problem: `This share is already ${member.status}.` });
  if (input.status === 'accepted' && image.type === 'whole') {
    const vault = ctx.vaults.find((v) => v.id === input.vaultId && v.regionId === image.regionId);
    if (!vault)
      yield onField(
        deny('received.accept', {
          problem: `Accepting a full-ECS image needs a CBR vault of yours in ${regionName(image.regionId)}.`,
        }),
        'vaultId',
      );
  }
  if (input.status === 'accepted') {
    // An advisory: reassure that accepting is free of quota even when the region is full.
    const quota = quotaIn(ctx, image.regionId);
    if (quota.used >= quota.limit) yield deny('received.no-quota', { region: regionName(image.regionId), ...quota });
  }
}

export function canAccept(image: Image, viewer: Viewer, ctx: RuleContext, input?: AcceptInput): Decision<AcceptField> {
  return decide(denials(image, viewer, ctx, input));
}

export function acceptViolations(
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  input?: AcceptInput,
): Denial<AcceptField>[] {
  return collect(denials(image, viewer, ctx, input));
}
