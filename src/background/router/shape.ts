/**
 * Type guards for what arrives from another context: a message's payload is checked against its
 * declared shape before any handler sees it. Only own properties are read (never the prototype).
 */
export type Check<T> = (value: unknown) => value is T;

export const isString: Check<string> = (v): v is string => typeof v === 'string';
export const isBoolean: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
export const isNumber: Check<number> = (v): v is number => typeof v === 'number' && Number.isFinite(v);
export const isInteger: Check<number> = (v): v is number => Number.isSafeInteger(v);
export const isNull: Check<null> = (v): v is null => v === null;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an own property only: `constructor` or `__proto__` never come from the prototype. */
export function own(value: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

export function oneOf<const T extends string>(allowed: readonly T[]): Check<T> {
  return (v): v is T => typeof v === 'string' && (allowed as readonly string[]).includes(v);
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v): v is T | null => v === null || check(v);
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (v): v is T | undefined => v === undefined || check(v);
}

export function either<A, B>(a: Check<A>, b: Check<B>): Check<A | B> {
  return (v): v is A | B => a(v) || b(v);
}

export function arrayOf<T>(item: Check<T>): Check<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.every((each) => item(each));
}

/** Plain data maps, e.g. a channel registry by platform: every own key allowed, every value checked. */
export function recordOf<K extends string, T>(key: Check<K>, value: Check<T>): Check<Partial<Record<K, T>>> {
  return (v): v is Partial<Record<K, T>> => isRecord(v) && Object.keys(v).every((k) => key(k) && value(v[k]));
}

/** An object with these properties (each checked; others ignored). Every property of T needs its check. */
export function shape<T extends object>(fields: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
  const entries = Object.entries(fields) as [string, Check<unknown>][];
  return (v): v is T => isRecord(v) && entries.every(([key, check]) => check(own(v, key)));
}

/** A payload with no fields beyond its type (e.g. `ping`). */
export const isEmpty: Check<object> = (v): v is object => isRecord(v);
