// Safe writes to plain-object state keyed by user data (customer ids, topics): a key such as
// `__proto__` stays an ordinary own property, also after a JSON round trip.

/** Reads `obj[key]` only when it is an own property. @internal */
export function own<T>(obj: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Sets `obj[key]` as an own data property, whatever the key. @internal */
export function put<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

/** Adds `by` to the count under `key`. @internal */
export function bump(counts: Record<string, number>, key: string, by = 1): void {
  put(counts, key, (own(counts, key) ?? 0) + by);
}

/** Appends `value` to the list under `key` (in place). @internal */
export function pushTo(lists: Record<string, number[]>, key: string, value: number): void {
  const list = own(lists, key);
  if (list === undefined) put(lists, key, [value]);
  else list.push(value);
}

/** A new object with the lists of `a` and `b` concatenated per key; inputs unchanged. @internal */
export function mergeLists(
  a: Record<string, number[]>,
  b: Record<string, number[]>,
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const key of Object.keys(a)) put(out, key, own(a, key)!.slice());
  for (const key of Object.keys(b)) {
    const left = own(out, key);
    put(out, key, left === undefined ? own(b, key)!.slice() : left.concat(own(b, key)!));
  }
  return out;
}

/**
 * A new object with the keys of `a` and `b`, each set to `mark`: the union of two sets kept as JSON
 * objects (customer ids); inputs unchanged. @internal
 */
export function unionKeys<V>(a: Record<string, V>, b: Record<string, V>, mark: V): Record<string, V> {
  const out: Record<string, V> = {};
  for (const key of Object.keys(a)) put(out, key, mark);
  for (const key of Object.keys(b)) put(out, key, mark);
  return out;
}

/** A new object with the counts of `a` and `b` added per key; inputs unchanged. @internal */
export function mergeCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(a)) put(out, key, own(a, key)!);
  for (const key of Object.keys(b)) bump(out, key, own(b, key)!);
  return out;
}
