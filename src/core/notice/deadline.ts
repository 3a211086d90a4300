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
