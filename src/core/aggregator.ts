/**
 * The shape every metric shares: four pure parts that make a single pass over records, split
 * across workers or partitions and merged afterwards.
 *
 * - `init()` makes an empty state; it is the identity of `merge`.
 * - `add(state, record)` folds one record in and returns the state. It may update `state` in place
 *   (no allocation per record); the state belongs to whoever called `init()`.
 * - `merge(a, b)` combines two states into a new one, associatively, leaving `a` and `b` unchanged.
 * - `finish(state)` turns a state into the result, without changing the state.
 *
 * The state is plain data that survives `JSON.parse(JSON.stringify(state))`, so partial states
 * computed elsewhere (another worker, another process, a warehouse job) can be merged here.
 *
 * @typeParam R - the record type.
 * @typeParam S - the state type (plain JSON data).
 * @typeParam T - the result type.
 * @example
 * ```ts
 * import { measure, type Aggregator } from '@org/cs-metrics';
 * const meanWait: Aggregator<{ waitSeconds: number }, { n: number; sum: number }, number | null> = {
 *   init: () => ({ n: 0, sum: 0 }),
 *   add: (s, call) => { s.n++; s.sum += call.waitSeconds; return s; },
 *   merge: (a, b) => ({ n: a.n + b.n, sum: a.sum + b.sum }),
 *   finish: (s) => (s.n === 0 ? null : s.sum / s.n),
 * };
 * measure(meanWait, [{ waitSeconds: 10 }, { waitSeconds: 30 }]); // 20
 * ```
 */
export interface Aggregator<R, S, T> {
  /** A new empty state: the identity of `merge`. */
  init(): S;
  /** Folds one record into the state and returns it (it may update `state` in place). */
  add(state: S, record: R): S;
  /** Combines two states into a new one; associative; leaves `a` and `b` unchanged. */
  merge(a: S, b: S): S;
  /** The result of a state; leaves the state unchanged. */
  finish(state: S): T;
}

/**
 * Folds records into a state (a fresh one, or the one given) without finishing: the partial
 * state of one partition, to merge with others.
 *
 * @example
 * ```ts
 * import { accumulate, mergeStates, type Aggregator } from '@org/cs-metrics';
 * const count: Aggregator<unknown, number, number> = { init: () => 0, add: (s) => s + 1, merge: (a, b) => a + b, finish: (s) => s };
 * const left = accumulate(count, [1, 2, 3]);
 * const right = accumulate(count, [4, 5]);
 * count.finish(mergeStates(count, [left, right])); // 5
 * ```
 */
export function accumulate<R, S, T>(aggregator: Aggregator<R, S, T>, records: Iterable<R>, state?: S): S {
  let s = state ?? aggregator.init();
  if (Array.isArray(records)) {
    const list = records as readonly R[];
    for (let i = 0; i < list.length; i++) s = aggregator.add(s, list[i] as R);
    return s;
  }
  for (const record of records) s = aggregator.add(s, record);
  return s;
}

/**
 * Runs an aggregator over an array or any iterable in one pass and finishes it.
 *
 * @example
 * ```ts
 * import { measure, type Aggregator } from '@org/cs-metrics';
 * const longest: Aggregator<number, number | null, number | null> = {
 *   init: () => null,
 *   add: (s, x) => (s === null || x > s ? x : s),
 *   merge: (a, b) => (a === null ? b : b === null ? a : Math.max(a, b)),
 *   finish: (s) => s,
 * };
 * measure(longest, new Set([12, 95, 30])); // 95
 * ```
 */
export function measure<R, S, T>(aggregator: Aggregator<R, S, T>, records: Iterable<R>): T {
  return aggregator.finish(accumulate(aggregator, records));
}

/**
 * Runs an aggregator over an async iterable (a file stream, a paged API) in one pass, holding
 * only the state in memory, and finishes it.
 *
 * @example
 * ```ts
 * import { measureAsync, type Aggregator } from '@org/cs-metrics';
 * async function* calls() { yield { waitSeconds: 12 }; yield { waitSeconds: 48 }; }
 * const over30: Aggregator<{ waitSeconds: number }, number, number> = {
 *   init: () => 0, add: (s, c) => s + (c.waitSeconds > 30 ? 1 : 0), merge: (a, b) => a + b, finish: (s) => s,
 * };
 * await measureAsync(over30, calls()); // 1
 * ```
 */
export async function measureAsync<R, S, T>(
  aggregator: Aggregator<R, S, T>,
  records: AsyncIterable<R> | Iterable<R>,
): Promise<T> {
  return aggregator.finish(await accumulateAsync(aggregator, records));
}

/**
 * The async twin of {@link accumulate}: the partial state of a stream.
 *
 * @example
 * ```ts
 * import { accumulateAsync, type Aggregator } from '@org/cs-metrics';
 * async function* ids() { yield 'a'; yield 'b'; }
 * const count: Aggregator<string, number, number> = { init: () => 0, add: (s) => s + 1, merge: (a, b) => a + b, finish: (s) => s };
 * await accumulateAsync(count, ids()); // 2
 * ```
 */
export async function accumulateAsync<R, S, T>(
  aggregator: Aggregator<R, S, T>,
  records: AsyncIterable<R> | Iterable<R>,
  state?: S,
): Promise<S> {
  let s = state ?? aggregator.init();
  for await (const record of records) s = aggregator.add(s, record);
  return s;
}

/**
 * Merges any number of partial states, left to right; no states gives `init()`.
 *
 * @example
 * ```ts
 * import { mergeStates, type Aggregator } from '@org/cs-metrics';
 * const sum: Aggregator<number, number, number> = { init: () => 0, add: (s, x) => s + x, merge: (a, b) => a + b, finish: (s) => s };
 * mergeStates(sum, [1, 2, 3]); // 6
 * ```
 */
export function mergeStates<R, S, T>(aggregator: Aggregator<R, S, T>, states: Iterable<S>): S {
  let merged = aggregator.init();
  for (const state of states) merged = aggregator.merge(merged, state);
  return merged;
}

/**
 * Wraps an aggregator so that it sees only the records `keep` accepts (a manager, a queue, a period).
 * The state and the result are the wrapped aggregator's own.
 *
 * @example
 * ```ts
 * import { filtered, measure, type Aggregator } from '@org/cs-metrics';
 * const count: Aggregator<{ queue: string }, number, number> = { init: () => 0, add: (s) => s + 1, merge: (a, b) => a + b, finish: (s) => s };
 * measure(filtered(count, (c) => c.queue === 'billing'), [{ queue: 'billing' }, { queue: 'sales' }]); // 1
 * ```
 */
export function filtered<R, S, T>(
  aggregator: Aggregator<R, S, T>,
  keep: (record: R) => boolean,
): Aggregator<R, S, T> {
  return {
    init: aggregator.init,
    add: (state, record) => (keep(record) ? aggregator.add(state, record) : state),
    merge: aggregator.merge,
    finish: aggregator.finish,
  };
}

/**
 * Runs one aggregator per group (an agent, a queue, a manager) in the same single pass. The state
 * is a plain object keyed by group, so it still survives JSON.
 *
 * @example
 * ```ts
 * import { groupedBy, measure, type Aggregator } from '@org/cs-metrics';
 * const count: Aggregator<{ agentId: string }, number, number> = { init: () => 0, add: (s) => s + 1, merge: (a, b) => a + b, finish: (s) => s };
 * measure(groupedBy(count, (c) => c.agentId), [{ agentId: 'a1' }, { agentId: 'a2' }, { agentId: 'a1' }]); // { a1: 2, a2: 1 }
 * ```
 */
export function groupedBy<R, S, T>(
  aggregator: Aggregator<R, S, T>,
  keyOf: (record: R) => string,
): Aggregator<R, Record<string, S>, Record<string, T>> {
  return {
    // A null-prototype object: a group named `__proto__` or `constructor` is just a key.
    init: () => Object.create(null) as Record<string, S>,
    add(state, record) {
      const key = keyOf(record);
      const current = Object.hasOwn(state, key) ? state[key] : aggregator.init();
      state[key] = aggregator.add(current as S, record);
      return state;
    },
    merge(a, b) {
      const out = Object.create(null) as Record<string, S>;
      // Every group's state is merged into a new one, so later adds never reach into `a` or `b`.
      for (const key of Object.keys(a)) out[key] = aggregator.merge(aggregator.init(), a[key] as S);
      for (const key of Object.keys(b)) {
        out[key] = aggregator.merge(
          Object.hasOwn(out, key) ? (out[key] as S) : aggregator.init(),
          b[key] as S,
        );
      }
      return out;
    },
    finish(state) {
      const out = Object.create(null) as Record<string, T>;
      for (const key of Object.keys(state).sort()) out[key] = aggregator.finish(state[key] as S);
      return out;
    },
  };
}
