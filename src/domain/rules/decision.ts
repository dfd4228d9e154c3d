import type { RuleId } from './catalogue';

export interface Warning {
  rule: RuleId;
  reason: string;
  hint?: string;
}

export type Decision =
  | { allowed: true; warnings?: Warning[] }
  | {
      allowed: false;
      rule: RuleId;
      reason: string;
      hint?: string;
      /** IMS error code the backend answers with. */
      code: string;
      /** Dialog field the denial concerns, when it concerns one. */
      field?: string;
    };

export type Denial = Extract<Decision, { allowed: false }>;

export const ALLOWED: Decision = { allowed: true };
