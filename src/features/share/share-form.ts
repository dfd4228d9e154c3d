import { z } from 'zod';
import {
  memberLimit,
  recipientDenial,
  shareViolations,
  type Denial,
  type Image,
  type MemberStatus,
  type RuleContext,
  type Viewer,
} from '../../domain';
import { MAX_SHARE_PROJECTS, parseProjectIds, projectIdFormatProblem } from '../../domain/wire/sharing';
import { ApiError } from '../../api/client';

export const SHARE_TITLE = 'Share Image';

export interface ShareFormValues {
  /** Project ids as typed or pasted: many at once, separated by spaces, commas or new lines. */
  recipients: string;
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

/** The live count against the image's member limit (what share.member-limit reads). */
export function memberCount(image: Image, ctx: RuleContext, text: string): MemberCount {
  const current = new Set(membersOf(image, ctx).map((m) => m.projectId));
  const adding = parseProjectIds(text).filter((id) => !current.has(id)).length;
  return { current: current.size, adding, limit: memberLimit(image) };
}

/**
 * The dialog's schema: the shape from the wire (1 to 100 well-formed ids), the meaning from the
 * share.* rules, each refusal on the recipients field or, for one about the image, on `root`.
 */
export function shareFormSchema(image: Image, viewer: Viewer, ctx: RuleContext) {
  return z.object({ recipients: z.string() }).superRefine((values, issues) => {
    const ids = parseProjectIds(values.recipients);
    const add = (path: 'recipients' | 'root', message: string) =>
      issues.addIssue({ code: 'custom', path: [path], message });
    if (ids.length === 0) add('recipients', 'Enter at least one project ID.');
    if (ids.length > MAX_SHARE_PROJECTS)
      add('recipients', `Enter at most ${MAX_SHARE_PROJECTS} project IDs at once; ${ids.length} were entered.`);
    const wellFormed = ids.filter((id) => {
      const problem = projectIdFormatProblem(id);
      if (problem) add('recipients', problem);
      return !problem;
    });
    for (const denial of shareViolations(image, viewer, ctx, { projectIds: wellFormed }))
      add(denial.field === 'projectIds' ? 'recipients' : 'root', denial.reason);
  });
}

/** A refused share, as one sentence (reason and hint) above the form. */
export function serverProblem(error: unknown): string {
  if (error instanceof ApiError)
    return [error.message, error.hint, ...(error.fieldErrors ?? []).map((f) => `${f.field}: ${f.message}`)]
      .filter(Boolean)
      .join(' ');
  return error instanceof Error ? error.message : String(error);
}

/** "5 selected: 3 will be shared, 2 skipped", the batch pre-flight in one line. */
export function preflightSummary(eligible: number, skipped: number): string {
  const total = eligible + skipped;
  if (skipped === 0) return `${total} selected: all ${eligible} will be shared`;
  if (eligible === 0) return `${total} selected: none can be shared, ${skipped} skipped`;
  return `${total} selected: ${eligible} will be shared, ${skipped} skipped`;
}
