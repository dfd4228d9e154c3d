import {
  currentMembers,
  memberLimit,
  newMembers,
  recipientDenial,
  shareViolations,
  type Denial,
  type Image,
  type MemberStatus,
  type RuleContext,
  type ShareField,
  type ShareInput,
  type Viewer,
} from '../../domain';
import { MAX_SHARE_PROJECTS, parseProjectIds, projectIdFormatProblem } from '../../domain/wire/share';
import type { ShapeProblem } from '../../components/form/use-rule-form';

export const SHARE_TITLE = 'Share Image';

export const RECIPIENTS_HELP = 'One or more project IDs of the same region, separated by spaces, commas or new lines.';

/** What the dialog edits, under the share input's name. */
export interface ShareFormValues {
  /** Project ids as typed or pasted: many at once, separated by spaces, commas or new lines. */
  projectIds: string;
}

export function inputOf(values: ShareFormValues): ShareInput {
  return { projectIds: parseProjectIds(values.projectIds) };
}

/** The share.* refusals of the typed recipients: each on `projectIds`, or on the image (`root`). */
export function shareDenials(
  image: Image,
  viewer: Viewer,
  ctx: RuleContext,
  values: ShareFormValues,
): Denial<ShareField>[] {
  return shareViolations(image, viewer, ctx, inputOf(values));
}

/** What the share request takes before any rule reads it: 1 to 100 ids, each of a project id's form. */
export function shareShape(values: ShareFormValues): ShapeProblem<ShareFormValues>[] {
  const ids = parseProjectIds(values.projectIds);
  const messages: string[] = [];
  if (ids.length === 0) messages.push('Enter at least one project ID.');
  if (ids.length > MAX_SHARE_PROJECTS)
    messages.push(`Enter at most ${MAX_SHARE_PROJECTS} project IDs at once; ${ids.length} were entered.`);
  for (const id of ids) {
    const problem = projectIdFormatProblem(id);
    if (problem) messages.push(problem);
  }
  return messages.map((message) => ({ field: 'projectIds', message }));
}

/** What the dialog says of one entered project id, as it is typed. */
export type RecipientCheck =
  | { projectId: string; state: 'malformed'; message: string }
  | { projectId: string; state: 'denied'; denial: Denial }
  /** Already shared with it: sharing again leaves its answer as it is. */
  | { projectId: string; state: 'member'; status: MemberStatus }
  | { projectId: string; state: 'ok' };

export function membersOf(image: Pick<Image, 'id'>, ctx: RuleContext) {
  return ctx.members.filter((m) => m.imageId === image.id);
}

/** Each entered id, checked in turn: its form, then the rules (exists, same region, not own), then membership. */
export function checkRecipients(image: Image, ctx: RuleContext, text: string): RecipientCheck[] {
  const members = new Map(membersOf(image, ctx).map((m) => [m.projectId, m.status]));
  return parseProjectIds(text).map((projectId): RecipientCheck => {
    const malformed = projectIdFormatProblem(projectId);
    if (malformed) return { projectId, state: 'malformed', message: malformed };
    const denial = recipientDenial(image, ctx, projectId);
    if (denial) return { projectId, state: 'denied', denial };
    const status = members.get(projectId);
    return status ? { projectId, state: 'member', status } : { projectId, state: 'ok' };
  });
}

export interface MemberCount {
  current: number;
  adding: number;
  limit: number;
}

/** The live count against the image's member limit, as share.member-limit counts it. */
export function memberCount(image: Image, ctx: RuleContext, text: string): MemberCount {
  return {
    current: currentMembers(image, ctx).size,
    adding: newMembers(image, ctx, parseProjectIds(text)).length,
    limit: memberLimit(image),
  };
}

/** "5 selected: 3 will be shared, 2 skipped", the batch pre-flight in one line. */
export function preflightSummary(eligible: number, skipped: number): string {
  const total = eligible + skipped;
  if (skipped === 0) return `${total} selected: all ${eligible} will be shared`;
  if (eligible === 0) return `${total} selected: none can be shared, ${skipped} skipped`;
  return `${total} selected: ${eligible} will be shared, ${skipped} skipped`;
}
