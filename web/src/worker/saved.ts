// The answer to a save that the core checks first: a leaf, so both sides and every feature's API can use it.

/** A save the core refused names the first field (its JSON name) that broke a rule. */
export type Saved<T> = { ok: true; value: T } | { ok: false; field: string };
