import { readFileSync } from 'node:fs';
import {
  buildSafetyGateIndex,
  parseSafetyGateReport,
  type SafetyGateAlert,
  type SafetyGateLookup,
} from '../core/safety-gate/index';

/** The index over one or more Safety Gate weekly reports (XML files); an alert in several reports counts once. */
export function loadSafetyGate(files: readonly string[]): SafetyGateLookup {
  const byCase = new Map<string, SafetyGateAlert>();
  for (const file of files) {
    const { alerts } = parseSafetyGateReport(readFileSync(file, 'utf8'));
    if (alerts.length === 0) throw new Error(`${file} is not a Safety Gate report: no alerts in it`);
    for (const alert of alerts) byCase.set(alert.caseNumber, alert);
  }
  return buildSafetyGateIndex([...byCase.values()]);
}
