// An independent Erlang C for checking the library: the textbook direct sum
//   C = (Aᴺ/N! · N/(N−A)) / (Σₖ₌₀ᴺ⁻¹ Aᵏ/k! + Aᴺ/N! · N/(N−A))
// in 40-digit decimal arithmetic (decimal.js), term by term, sharing no code and no formula shape
// with the library's floating-point Erlang B recursion.
import { Decimal } from '../../src/index.js';

const D = Decimal.clone({ precision: 40 });

export interface ReferenceQueue {
  readonly probabilityOfWaiting: number;
  readonly serviceLevel: number;
  readonly averageSpeedOfAnswer: number;
}

export function referenceErlangC(
  offeredLoad: number | string,
  agents: number,
  ahtSeconds: number,
  thresholdSeconds: number,
): ReferenceQueue {
  const a = new D(offeredLoad);
  let term = new D(1);
  let sum = new D(0);
  for (let k = 0; k < agents; k++) {
    sum = sum.plus(term);
    term = term.times(a).div(k + 1);
  }
  const spare = new D(agents).minus(a);
  const top = term.times(agents).div(spare);
  const c = top.div(sum.plus(top));
  const sl = new D(1).minus(c.times(D.exp(spare.neg().times(thresholdSeconds).div(ahtSeconds))));
  return {
    probabilityOfWaiting: c.toNumber(),
    serviceLevel: sl.toNumber(),
    averageSpeedOfAnswer: c.times(ahtSeconds).div(spare).toNumber(),
  };
}

/** Relative difference, for "agrees to n significant digits" checks. */
export function relativeError(actual: number, expected: number): number {
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}
