// Small pieces of English the explanations and messages share.

/**
 * The verb after "n of m …": `was` for 1, `were` otherwise ("1 of 5 calls was answered", "2 of 5
 * calls were answered"). @internal
 */
export function were(n: unknown): 'was' | 'were' {
  return Number(n) === 1 ? 'was' : 'were';
}
