import { FINDING_IDS, PLATFORMS } from '../model';
import { CATEGORIES, KEYWORDS } from './taxonomy';
import { NOTICE_SCHEMA, NOTIFIER_ROLES, type Notice } from './types';

/** Art. 16(2)(a) asks for a substantiated explanation; shorter than this is not one. */
export const MIN_EXPLANATION = 50;

export const PROBLEM_CODES = [
  'unfounded',
  'explanation-short',
  'location-missing',
  'location-url',
  'notifier-missing',
  'notifier-email',
  'good-faith',
  'category',
  'keyword',
  'finding',
  'malformed',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface NoticeProblem {
  code: ProblemCode;
  /** Contract path of the field, as a server's 422 names it. */
  field: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const COUNTRY = /^[A-Z]{2}$/;
const SHA256 = /^[0-9a-f]{64}$/;

const isHttpUrl = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};
const isString = (value: unknown): value is string => typeof value === 'string';
const isNullableString = (value: unknown): boolean => value === null || isString(value);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const includes = (list: readonly string[], value: unknown): boolean => isString(value) && list.includes(value);

/** Shape errors: what schemas/notice.schema.json rejects, checked by hand (no eval under the extension's CSP). */
function shapeProblems(notice: Record<string, unknown>): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  const malformed = (field: string, ok: boolean) => {
    if (!ok) problems.push({ code: 'malformed', field });
  };
  malformed('schema', notice.schema === NOTICE_SCHEMA);
  malformed('id', isString(notice.id) && UUID.test(notice.id));
  malformed('createdAt', isString(notice.createdAt) && ISO_DATE.test(notice.createdAt));
  malformed('language', isString(notice.language) && /^[a-z]{2,3}$/.test(notice.language));
  malformed('explanation', isString(notice.explanation));
  malformed('goodFaith', typeof notice.goodFaith === 'boolean');
  malformed('campaign', isNullableString(notice.campaign));
  malformed('keywords', Array.isArray(notice.keywords));
  malformed(
    'findings',
    Array.isArray(notice.findings) &&
      notice.findings.every((f) => isRecord(f) && Array.isArray(f.evidence) && f.evidence.every(isString)),
  );
  malformed(
    'legalGrounds',
    Array.isArray(notice.legalGrounds) &&
      notice.legalGrounds.every(
        (g) =>
          isRecord(g) &&
          isString(g.law) &&
          g.law.length > 0 &&
          (g.memberState === null || (isString(g.memberState) && COUNTRY.test(g.memberState))),
      ),
  );
  malformed(
    'evidence',
    Array.isArray(notice.evidence) &&
      notice.evidence.every(
        (e) =>
          isRecord(e) &&
          isString(e.kind) &&
          isString(e.sha256) &&
          SHA256.test(e.sha256) &&
          isString(e.capturedAt) &&
          ISO_DATE.test(e.capturedAt) &&
          Number.isInteger(e.bytes),
      ),
  );
  const notifier = notice.notifier;
  malformed(
    'notifier',
    isRecord(notifier) &&
      isNullableString(notifier.name) &&
      isNullableString(notifier.email) &&
      includes(NOTIFIER_ROLES, notifier.role),
  );
  const locations = notice.locations;
  malformed(
    'locations',
    Array.isArray(locations) &&
      locations.every(
        (l) =>
          isRecord(l) &&
          (l.platform === null || includes(PLATFORMS, l.platform)) &&
          isNullableString(l.listingId) &&
          isNullableString(l.title) &&
          isRecord(l.trader) &&
          isNullableString(l.trader.name) &&
          (l.trader.storeUrl === null || isHttpUrl(l.trader.storeUrl)),
      ),
  );
  return problems;
}

/** The Art. 16 elements and the taxonomy: what the user can fix in the form. */
function contentProblems(notice: Notice): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  const explanation = notice.explanation.trim();
  if (notice.findings.length === 0 && explanation.length === 0)
    problems.push({ code: 'unfounded', field: 'explanation' });
  else if (explanation.length < MIN_EXPLANATION) problems.push({ code: 'explanation-short', field: 'explanation' });
  if (notice.locations.length === 0) problems.push({ code: 'location-missing', field: 'locations' });
  notice.locations.forEach((l, i) => {
    if (!isHttpUrl(l.url)) problems.push({ code: 'location-url', field: `locations.${i}.url` });
  });
  const { name, email, anonymousReason } = notice.notifier;
  if ((!name || !email) && !anonymousReason?.trim())
    problems.push({ code: 'notifier-missing', field: name ? 'notifier.email' : 'notifier.name' });
  if (email && !EMAIL.test(email)) problems.push({ code: 'notifier-email', field: 'notifier.email' });
  if (notice.goodFaith !== true) problems.push({ code: 'good-faith', field: 'goodFaith' });
  if (!includes(CATEGORIES, notice.category)) problems.push({ code: 'category', field: 'category' });
  notice.keywords.forEach((k, i) => {
    if (!includes(KEYWORDS, k)) problems.push({ code: 'keyword', field: `keywords.${i}` });
  });
  notice.findings.forEach((f, i) => {
    if (!includes(FINDING_IDS, f.id)) problems.push({ code: 'finding', field: `findings.${i}.id` });
  });
  return problems;
}

/** Every reason this value may not be sent as a notice; empty when it may. Run before every send. */
export function validateNotice(value: unknown): NoticeProblem[] {
  if (!isRecord(value)) return [{ code: 'malformed', field: '' }];
  const shape = shapeProblems(value);
  return shape.length > 0 ? shape : contentProblems(value as unknown as Notice);
}
