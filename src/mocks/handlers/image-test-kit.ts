/*
 * Assertions the image, create, replicate and export handler tests share: the refusal a handler
 * answers must be the decision the domain takes (the UI's decision) for the same facts, and a
 * refused write must leave the db as it was.
 */
import { expect } from 'vitest';
import { FORBIDDEN_RULES, type Decision, type Image, type RegionId } from '../../domain';
import { imsErrorBodySchema } from '../../domain/wire/error';
import type { Backend } from '../backend';
import { errorOf, REGION, type ApiResponse } from './test-kit';

export function imageNamed(backend: Backend, name: string, region: RegionId = REGION): Image {
  const image = backend.db().images.find((i) => i.name === name && i.regionId === region);
  if (!image) throw new Error(`test: no image ${name} in ${region}`);
  return image;
}

/** The handler refused with exactly the domain's decision: rule, reason, code and status. */
export function expectRefusal(response: ApiResponse, decision: Decision, rule: string): void {
  expect(decision.allowed, `the domain allows what the test expects ${rule} to refuse`).toBe(false);
  if (decision.allowed) return;
  expect(decision.rule).toBe(rule);
  expect(imsErrorBodySchema.safeParse(response.body).success).toBe(true);
  const error = errorOf(response);
  expect({ status: response.status, rule: error.rule, message: error.message, code: error.code }).toEqual({
    status: FORBIDDEN_RULES.has(decision.rule) ? 403 : 400,
    rule: decision.rule,
    message: decision.reason,
    code: decision.code,
  });
}

/** A malformed request: 4xx with an IMS error body, never a 5xx. */
export function expectMalformed(response: ApiResponse, status = 400): void {
  expect(response.status).toBe(status);
  expect(imsErrorBodySchema.safeParse(response.body).success).toBe(true);
}

/** The whole db as JSON, the audit trail left out (refusals are audited by design). */
export function dbState(backend: Backend): string {
  return JSON.stringify({ ...backend.db(), audit: [] });
}

export function lastAudit(backend: Backend) {
  return backend.db().audit.at(-1);
}

/**
 * A 400 that names `field` on the error and first among its field errors. Domain names (no
 * `body.` prefix) are the error's `field` too; a wire path (`body.min_ram`) is a field error only.
 */
export function expectFieldError(response: ApiResponse, field: string): void {
  expectMalformed(response);
  const error = errorOf(response);
  expect(error.field_errors?.[0]?.field).toBe(field);
  expect(error.field).toBe(/^(body|query|path)\b/.test(field) ? undefined : field);
}
