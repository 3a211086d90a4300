import { MAX_REPORT_BYTES } from '../../core/safety-gate/download';
import { buildSafetyGateIndex, parseSafetyGateReport, type SafetyGateLookup } from '../../core/safety-gate/index';
import { campaignSource, REPORT_SOURCE } from '../../core/safety-gate/sources';
import type { SafetyGateAlert } from '../../core/safety-gate/types';
import { addAlerts, allAlerts, countAlerts, removeSource } from './store';

export interface SafetyGateStatus {
  /** Alerts in the index after the operation. */
  total: number;
  /** Alerts the imported file held (0: not a Safety Gate report). */
  imported?: number;
  /** The file was refused unread: larger than MAX_REPORT_BYTES. */
  tooLarge?: boolean;
}

// Built once per import and kept while the worker lives; a woken worker rebuilds it from storage on first use.
let lookup: Promise<SafetyGateLookup | undefined> | null = null;

/** The index to match listings against, or undefined when nothing was imported. */
export function safetyGateLookup(): Promise<SafetyGateLookup | undefined> {
  lookup ??= allAlerts().then((alerts) => (alerts.length > 0 ? buildSafetyGateIndex(alerts) : undefined));
  return lookup;
}

/** Adds alerts from a source and drops the built index, so the next page is matched against them. */
export async function indexAlerts(alerts: readonly SafetyGateAlert[], source: string): Promise<void> {
  await addAlerts(alerts, source);
  lookup = null;
}

async function dropSource(source: string): Promise<void> {
  await removeSource(source);
  lookup = null;
}

/** Imports a weekly report (XML text the user picked); a file without alerts changes nothing. */
export async function importSafetyGateReport(text: string): Promise<SafetyGateStatus> {
  // The same limit as the weekly download: a report is far smaller, and the worker's memory is shared.
  if (text.length > MAX_REPORT_BYTES) return { total: await countAlerts(), imported: 0, tooLarge: true };
  const { alerts } = parseSafetyGateReport(text);
  if (alerts.length > 0) await indexAlerts(alerts, REPORT_SOURCE);
  return { total: await countAlerts(), imported: alerts.length };
}

export async function safetyGateStatus(): Promise<SafetyGateStatus> {
  return { total: await countAlerts() };
}

/** Removes what reports brought; alerts of joined campaigns stay while the campaign does. */
export async function clearSafetyGate(): Promise<SafetyGateStatus> {
  await dropSource(REPORT_SOURCE);
  return { total: await countAlerts() };
}

/** A joined (or updated) campaign's alerts replace the ones its earlier version brought. */
export async function indexCampaignAlerts(campaignId: string, alerts: readonly SafetyGateAlert[]): Promise<void> {
  await dropSource(campaignSource(campaignId));
  if (alerts.length > 0) await indexAlerts(alerts, campaignSource(campaignId));
}

/** On leaving: the campaign's alerts go, unless a report or another campaign also brought them. */
export const removeCampaignAlerts = (campaignId: string): Promise<void> => dropSource(campaignSource(campaignId));
