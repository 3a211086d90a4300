import labels from './labels.json';

export type LabelField = Exclude<keyof typeof labels, '_comment'>;

/** Every language's labels for a field, for `labelledValue()`. */
export function labelsFor(field: LabelField, extra: Partial<Record<string, readonly string[]>> = {}): string[] {
  return [...Object.values(labels[field]).flat(), ...Object.values(extra).flat().filter((l): l is string => !!l)];
}
