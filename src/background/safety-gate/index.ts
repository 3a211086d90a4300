import { buildSafetyGateIndex, parseSafetyGateReport, type SafetyGateLookup } from '../../core/safety-gate/index';
import { allAlerts, clearAlerts, countAlerts, putAlerts } from './store';

export interface SafetyGateStatus {
  /** Alerts in the index after the operation. */
  total: number;
  /** Alerts the imported file held (0: not a Safety Gate report). */
  imported?: number;
}

// Built once per import and kept while the worker lives; a woken worker rebuilds it from storage on first use.
let lookup: Promise<SafetyGateLookup | undefined> | null = null;

/** The index to match listings against, or undefined when nothing was imported. */
export function safetyGateLookup(): Promise<SafetyGateLookup | undefined> {
  lookup ??= allAlerts().then((alerts) => (alerts.length > 0 ? buildSafetyGateIndex(alerts) : undefined));
  return lookup;
}

/** Imports a weekly report (XML text the user picked); a file without alerts changes nothing. */
export async function importSafetyGateReport(text: string): Promise<SafetyGateStatus> {
  const { alerts } = parseSafetyGateReport(text);
  if (alerts.length > 0) {
    await putAlerts(alerts);
    lookup = null;
  }
  return { total: await countAlerts(), imported: alerts.length };
}

export async function safetyGateStatus(): Promise<SafetyGateStatus> {
  return { total: await countAlerts() };
}

export async function clearSafetyGate(): Promise<SafetyGateStatus> {
  await clearAlerts();
  lookup = null;
  return { total: 0 };
}
