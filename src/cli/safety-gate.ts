import { readFileSync, statSync } from 'node:fs';
import { MAX_REPORT_BYTES } from '../core/safety-gate/download';
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
    if (statSync(file).size > MAX_REPORT_BYTES) throw new Error(`${file} is larger than ${MAX_REPORT_BYTES / 1048576} MB: not a Safety Gate weekly report`);
    const { alerts } = parseSafetyGateReport(readFileSync(file, 'utf8'));
    if (alerts.length === 0) throw new Error(`${file} is not a Safety Gate report: no alerts in it`);
    for (const alert of alerts) byCase.set(alert.caseNumber, alert);
  }
  return buildSafetyGateIndex([...byCase.values()]);
}
