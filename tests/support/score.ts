/**
 * Scores analyses against what a person reads on pages the project did not write (blind fixtures,
 * real saved pages): the share of facts read, of links given their kind, finding precision and recall,
 * and every "missing" accusation the page contradicts. The same figures the issue measures.
 */
import type { Analysis } from '../../src/core/model';

/** What a person reads: any subset of the contract's fields (null = the page does not show it). */
export interface Expectation {
  expected: Record<string, unknown>;
  /** Finding ids that would be false on the page. */
  mustNotFind?: string[];
  /** Finding ids that clearly hold. */
  mustFind?: string[];
  /** Links that must at least be listed, with their kinds (when the complete list is not known). */
  linksInclude?: { href: string; kind: string }[];
}

export type FieldOutcome = 'match' | 'unreadable' | 'wrong' | 'missed' | 'invented';

export interface PageScore {
  name: string;
  fields: { path: string; outcome: FieldOutcome; expected: unknown; actual: unknown }[];
  links: { href: string; kind: string; actual: string | null }[];
  findings: { truePositive: string[]; falsePositive: string[]; falseNegative: string[] };
  /** "-missing" findings the page's expectation contradicts: false accusations. */
  falseAccusations: string[];
}

/** Compared as a person would: case, spacing, commas and invisible characters do not matter. */
export function sameText(a: unknown, b: unknown): boolean {
  const norm = (v: unknown): string =>
    String(v)
      .normalize('NFKC')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .toLowerCase()
      .replace(/[\s,;]+/g, ' ')
      .replace(/[.\s]+$/, '')
      .trim();
  return norm(a) === norm(b);
}

const SPECIAL = new Set(['findings', 'links', 'mustNotFind', 'mustFind', 'linksInclude', 'notes']);

/** Leaf paths of an expectation; a price and a list are one fact each. */
function leaves(value: unknown, path: string, out: [string, unknown][]): [string, unknown][] {
  const isLeafObject = path.endsWith('.price');
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !isLeafObject) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, path ? `${path}.${key}` : key, out);
  } else {
    out.push([path, value]);
  }
  return out;
}

function valueAt(analysis: Analysis, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), analysis);
}

function isUnreadable(analysis: Analysis, path: string): boolean {
  return analysis.unreadable.some((p) => p === path || p.startsWith(`${path}.`) || path.startsWith(`${p}.`));
}

function sameValue(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => sameText(e, actual[i]));
  }
  if (expected !== null && typeof expected === 'object') {
    const e = expected as { amount?: number; currency?: string };
    const a = actual as { amount?: number; currency?: string } | null;
    return !!a && a.amount === e.amount && a.currency === e.currency;
  }
  return sameText(expected, actual);
}

function fieldOutcome(analysis: Analysis, path: string, expected: unknown): FieldOutcome {
  const actual = valueAt(analysis, path);
  const empty = actual === null || actual === undefined || (Array.isArray(actual) && actual.length === 0);
  const expectedEmpty = expected === null || (Array.isArray(expected) && expected.length === 0);
  if (expectedEmpty) return empty ? 'match' : isUnreadable(analysis, path) ? 'unreadable' : 'invented';
  if (!empty && sameValue(expected, actual)) return 'match';
  if (isUnreadable(analysis, path)) return 'unreadable';
  return empty ? 'missed' : 'wrong';
}

const href = (raw: string): string => {
  try {
    return new URL(raw).href;
  } catch {
    return raw;
  }
};

export function scorePage(name: string, analysis: Analysis, expectation: Expectation): PageScore {
  const { expected } = expectation;
  const fields = Object.entries(expected)
    .filter(([key]) => !SPECIAL.has(key))
    .flatMap(([key, value]) => leaves(value, key, []))
    .map(([path, value]) => ({ path, outcome: fieldOutcome(analysis, path, value), expected: value, actual: valueAt(analysis, path) }));

  const wantedLinks = [...((expected.links as { href: string; kind: string }[] | undefined) ?? []), ...(expectation.linksInclude ?? [])];
  const links = wantedLinks.map((link) => ({
    href: link.href,
    kind: link.kind,
    actual: analysis.links.find((l) => href(l.href) === href(link.href))?.kind ?? null,
  }));

  const got = new Set<string>(analysis.findings.map((f) => f.id));
  const expectedIds = expected.findings as string[] | undefined;
  const wanted = new Set(expectedIds ?? expectation.mustFind ?? []);
  // Without a complete list, only what must (not) be found is judged.
  const judged = expectedIds ? [...got] : [...got].filter((id) => wanted.has(id) || expectation.mustNotFind?.includes(id));
  const findings = {
    truePositive: judged.filter((id) => wanted.has(id)),
    falsePositive: judged.filter((id) => !wanted.has(id)),
    falseNegative: [...wanted].filter((id) => !got.has(id)),
  };
  const falseAccusations = findings.falsePositive.filter((id) => id.endsWith('-missing'));
  return { name, fields, links, findings, falseAccusations };
}

export interface Totals {
  pages: number;
  fields: number;
  fieldsRead: number;
  unreadable: number;
  wrong: number;
  links: number;
  linksRight: number;
  precision: number;
  recall: number;
  falseAccusations: number;
}

export function totals(scores: readonly PageScore[]): Totals {
  const all = scores.flatMap((s) => s.fields);
  const count = (outcome: FieldOutcome) => all.filter((f) => f.outcome === outcome).length;
  const tp = scores.reduce((n, s) => n + s.findings.truePositive.length, 0);
  const fp = scores.reduce((n, s) => n + s.findings.falsePositive.length, 0);
  const fn = scores.reduce((n, s) => n + s.findings.falseNegative.length, 0);
  const links = scores.flatMap((s) => s.links);
  return {
    pages: scores.length,
    fields: all.length,
    fieldsRead: count('match'),
    unreadable: count('unreadable'),
    wrong: count('wrong') + count('invented'),
    links: links.length,
    linksRight: links.filter((l) => l.actual === l.kind).length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    falseAccusations: scores.reduce((n, s) => n + s.falseAccusations.length, 0),
  };
}

const pct = (n: number, of: number): string => (of === 0 ? '  -  ' : `${((100 * n) / of).toFixed(0).padStart(3)} %`);

/** One line of figures, as the closing notes and the benchmark print them. */
export function formatTotals(label: string, t: Totals): string {
  return (
    `${label.padEnd(12)} pages ${String(t.pages).padStart(3)}  fields ${pct(t.fieldsRead, t.fields)} (${t.fieldsRead}/${t.fields}, ` +
    `${t.unreadable} unreadable, ${t.wrong} wrong)  link kinds ${pct(t.linksRight, t.links)} (${t.linksRight}/${t.links})  ` +
    `precision ${t.precision.toFixed(2)}  recall ${t.recall.toFixed(2)}  false "missing" ${t.falseAccusations}`
  );
}
