// The seeded randomness of the sample data set: a small PRNG, a seed mixer, and the distributions the
// generators draw from. Nothing here reads Math.random or the clock: the same seed gives the same numbers.

/**
 * A source of uniform numbers in [0, 1).
 *
 * @internal
 */
export type Uniform = () => number;

/**
 * Mulberry32, a 32-bit-state generator by Tommy Ettinger (public domain), in the form listed in bryc's
 * "Pseudorandom number generators" (https://github.com/bryc/code/blob/master/jshash/PRNGs.md), which
 * names it, with sfc32, the best of the fast JavaScript PRNGs for speed and statistical quality. Its
 * period of 2^32 is ample here: every stream (one manager's day, one agent's reviews) is seeded apart
 * by {@link streamSeed} and draws far fewer numbers.
 *
 * @internal
 */
export function mulberry32(seed: number): Uniform {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The finaliser of MurmurHash3 (Austin Appleby, public domain): a 32-bit avalanche mix. */
function fmix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/**
 * The 32-bit FNV-1a hash of a string (Fowler, Noll, Vo), for string seeds.
 *
 * @internal
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The seed of one independent stream: the data set's seed mixed with the stream's coordinates (kind,
 * manager, day, …). Each coordinate goes through the MurmurHash3 finaliser, so neighbouring streams
 * (day 4 and day 5) start far apart.
 *
 * @internal
 */
export function streamSeed(seed: number, ...coordinates: readonly number[]): number {
  let h = fmix32(seed ^ 0x9e3779b9);
  for (const c of coordinates) h = fmix32((h ^ fmix32(c + 0x7f4a7c15)) + 0x632be5ab);
  return h;
}

/**
 * The random draws the generators need, over one {@link Uniform}.
 *
 * @internal
 */
export interface Draw {
  /** Uniform in [0, 1). */
  readonly next: Uniform;
  /** Uniform in [low, high). */
  between(low: number, high: number): number;
  /** An integer in [0, n). */
  index(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Standard normal (Box–Muller, the spare kept). */
  normal(): number;
  /** Log-normal with the given median and shape σ (of the underlying normal). */
  logNormal(median: number, sigma: number): number;
  /** Exponential with the given mean. */
  exponential(mean: number): number;
  /** Poisson with mean λ (Knuth's product method below 30, a rounded normal above). */
  poisson(lambda: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * A {@link Draw} over a fresh Mulberry32 stream.
 *
 * @internal
 */
export function draw(seed: number): Draw {
  const next = mulberry32(seed);
  let spare = Number.NaN;
  const normal = (): number => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = Number.NaN;
      return s;
    }
    // 1 - next() is in (0, 1], so the logarithm is finite.
    const r = Math.sqrt(-2 * Math.log(1 - next()));
    const theta = 2 * Math.PI * next();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
  return {
    next,
    between: (low, high) => low + (high - low) * next(),
    index: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    normal,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    exponential: (mean) => -mean * Math.log(1 - next()),
    poisson(lambda) {
      if (lambda <= 0) return 0;
      if (lambda >= 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal()));
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
