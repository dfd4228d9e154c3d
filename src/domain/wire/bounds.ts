import { z } from 'zod';

/*
 * The bounds of the strings a request may carry that no rule reads for its length: IDs, OS
 * versions, project and agency names. A value the rules judge (an image name, a description, a
 * tag) keeps its rule's check and sentence; these only stop what no IMS field takes (a megabyte,
 * markup, control characters) at the door, before anything is stored.
 */

/** IMS, ECS, KMS and EPS ids: UUIDs, 32-hex project ids, `0` for the default enterprise project. */
export const wireIdSchema = z
  .string()
  .min(1)
  .max(64, 'An ID has at most 64 characters.')
  .regex(/^[A-Za-z0-9_-]+$/, 'An ID has only letters, digits, _ and -.');

/** `__os_version` / `os_version` values, as 002 §6 writes them ("Ubuntu 22.04 server 64bit"). */
export const osVersionSchema = z
  .string()
  .min(1)
  .max(64, 'os_version has at most 64 characters.')
  .regex(/^[A-Za-z0-9 ._()-]+$/, 'os_version has only letters, digits, spaces and . _ ( ) -.');

/** IAM project names (`cn-north-4`, `cn-north-4_dev`) and agency names. */
export const iamNameSchema = z
  .string()
  .min(1)
  .max(64, 'A project or agency name has at most 64 characters.')
  .regex(/^[A-Za-z0-9_.-]+$/, 'A project or agency name has only letters, digits and _ . -.');

/** A list filter's free text: bounded, so a query string cannot make the backend scan a megabyte. */
export const filterTextSchema = z.string().max(255, 'A filter has at most 255 characters.');
