import type { Translate } from '../i18n/translate';
import type { Analysis, FindingId } from '../model';
import { draftExplanation } from './draft';
import { locationOf } from './location';
import { classify } from './taxonomy';
import { NOTICE_SCHEMA, type LegalGround, type Notice, type NoticeInput, type Notifier } from './types';

const EU = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

/** Member state whose consumers the marketplace site addresses: its country domain (amazon.de), else its country subdomain (de.aliexpress.com). */
export function memberStateOf(url: string): string | null {
  const labels = new URL(url).hostname.toUpperCase().split('.');
  return [labels.at(-1), labels[0]].find((label): label is string => label !== undefined && EU.includes(label)) ?? null;
}

/** The form's starting point: every finding kept, the explanation drafted, category and keywords chosen from the findings. */
export function defaultInput(
  analysis: Analysis,
  options: { language: string; translate: Translate; notifier: Notifier },
): NoticeInput {
  const findingIds = analysis.findings.map((f) => f.id);
  return {
    language: options.language,
    explanation: draftExplanation(analysis, analysis.findings, options.translate),
    ...classify(findingIds),
    memberState: memberStateOf(analysis.url),
    notifier: options.notifier,
    goodFaith: false,
    findingIds,
    evidence: [],
    campaign: null,
  };
}

function legalGroundsOf(
  analysis: Analysis,
  findingIds: readonly FindingId[],
  memberState: string | null,
): LegalGround[] {
  const laws = analysis.findings.filter((f) => findingIds.includes(f.id)).map((f) => f.legalBasis);
  return [...new Set(laws)].map((law) => ({ law, memberState }));
}

/** The notice exactly as it will be sent. `id` is a fresh UUID; it is also the Idempotency-Key. */
export function buildNotice(analysis: Analysis, input: NoticeInput, made: { id: string; now: Date }): Notice {
  const notifier: Notifier = {
    name: input.notifier.name?.trim() || null,
    email: input.notifier.email?.trim() || null,
    role: input.notifier.role,
  };
  if (input.notifier.anonymousReason?.trim()) notifier.anonymousReason = input.notifier.anonymousReason.trim();
  return {
    schema: NOTICE_SCHEMA,
    id: made.id,
    createdAt: made.now.toISOString(),
    language: input.language,
    explanation: input.explanation.trim(),
    locations: [locationOf(analysis)],
    notifier,
    goodFaith: input.goodFaith,
    category: input.category,
    keywords: [...input.keywords],
    legalGrounds: legalGroundsOf(analysis, input.findingIds, input.memberState),
    findings: analysis.findings
      .filter((f) => input.findingIds.includes(f.id))
      .map((f) => ({ id: f.id, evidence: [...f.evidence] })),
    evidence: [...input.evidence],
    campaign: input.campaign,
  };
}
