/**
 * `slotProps` of a TextField that is a native select. Its label stays above the field: a native
 * select always shows its current option (also "All …" or "Choose …" with an empty value), which
 * a resting label would overlap.
 */
export const NATIVE_SELECT = { select: { native: true }, inputLabel: { shrink: true } } as const;
