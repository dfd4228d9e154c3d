import { z } from 'zod';
import type { KmsKey } from '../model/services';
import { regionIdSchema } from '../regions';

/* KMS keys, as the encryption rules read them. */

/** KMS key_state codes: 2 enabled, 3 disabled, 4 pending deletion. */
const KEY_STATES = { enabled: '2', disabled: '3', 'pending-deletion': '4' } as const;

export const wireKeySchema = z.object({
  key_id: z.string(),
  key_alias: z.string(),
  /** The key's region. */
  realm: regionIdSchema,
  domain_id: z.string(),
  key_state: z.enum(['2', '3', '4']),
  /** "1" for the default key (`ims/default`). */
  default_key_flag: z.enum(['0', '1']),
});
export type WireKey = z.infer<typeof wireKeySchema>;

/** GET /kms/{region}/v1.0/{project_id}/kms/list-keys. */
export const keyListSchema = z.object({
  keys: z.array(z.string()),
  key_details: z.array(wireKeySchema),
  total: z.number().int(),
  truncated: z.enum(['true', 'false']),
});

export function toWireKey(key: KmsKey): WireKey {
  return {
    key_id: key.id,
    key_alias: key.alias,
    realm: key.regionId,
    domain_id: key.accountId,
    key_state: KEY_STATES[key.state],
    default_key_flag: key.isDefault ? '1' : '0',
  };
}

export function fromWireKey(wire: WireKey): KmsKey {
  const state = (Object.keys(KEY_STATES) as KmsKey['state'][]).find((s) => KEY_STATES[s] === wire.key_state);
  return {
    id: wire.key_id,
    alias: wire.key_alias,
    regionId: wire.realm,
    accountId: wire.domain_id,
    state: state ?? 'disabled',
    isDefault: wire.default_key_flag === '1',
  };
}
