import type { Notice } from './types';

/** The notice as rows of contract path and value, leaf by leaf: what the user sees before sending. */
export function noticeFields(notice: Notice): [path: string, value: string][] {
  const rows: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      if (value.length === 0) rows.push([path, '[]']);
      value.forEach((item, i) => walk(item, `${path}.${i}`));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    } else rows.push([path, value === null ? 'null' : String(value)]);
  };
  walk(notice, '');
  return rows;
}
