/** Months an internal complaint against a platform's decision stays open (DSA Art. 20(1)). */
const COMPLAINT_MONTHS = 6;

/** The last moment to complain: the decision date plus six calendar months (31 Aug + 6 months = 28/29 Feb). */
export function complaintDeadline(decidedAt: string): string {
  const decided = new Date(decidedAt);
  const target = new Date(decided);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + COMPLAINT_MONTHS);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(decided.getUTCDate(), lastDay));
  return target.toISOString();
}

/** Days before the complaint deadline from which the history marks it as due soon. */
export const REMINDER_DAYS = 14;
const DAY_MS = 24 * 60 * 60_000;

/** When to remind the user of the deadline (epoch ms). */
export function reminderAt(deadline: string): number {
  return Date.parse(deadline) - REMINDER_DAYS * DAY_MS;
}

export type ComplaintWindow = 'open' | 'due-soon' | 'closed';

/** Where `now` is relative to the deadline: well before it, in the last two weeks, or past it. */
export function complaintWindow(deadline: string, now: number): ComplaintWindow {
  if (now >= Date.parse(deadline)) return 'closed';
  return now >= reminderAt(deadline) ? 'due-soon' : 'open';
}
