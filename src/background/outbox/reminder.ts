import { complaintWindow, reminderAt } from '../../core/notice/deadline';
import type { OutboxRecord } from './types';

export interface ReminderPlan {
  /** Notices whose Art. 20 complaint deadline is within the reminder window now. */
  dueSoon: string[];
  /** The next moment the plan changes (a window opens or a deadline passes); null: never again. */
  nextAt: number | null;
}

/** What the reminder shows now and when it must look again, from the decided notices' deadlines. */
export function reminderPlan(records: readonly OutboxRecord[], now: number): ReminderPlan {
  const deadlines = records.flatMap((r) => (r.complaintDeadline ? [{ id: r.id, deadline: r.complaintDeadline }] : []));
  const dueSoon = deadlines.filter((d) => complaintWindow(d.deadline, now) === 'due-soon').map((d) => d.id);
  const changes = deadlines
    .flatMap((d) => [reminderAt(d.deadline), Date.parse(d.deadline)])
    .filter((when) => when > now);
  return { dueSoon, nextAt: changes.length > 0 ? Math.min(...changes) : null };
}

export interface ReminderDeps {
  now: () => number;
  /** Shows or clears the marker on the toolbar button (the history marks each notice itself). */
  showDue: (count: number) => void | Promise<void>;
  wakeAt: (when: number | null) => void | Promise<void>;
}

/** Shows what is due now and sets the alarm for the next change. */
export async function applyReminders(records: readonly OutboxRecord[], deps: ReminderDeps): Promise<ReminderPlan> {
  const plan = reminderPlan(records, deps.now());
  await deps.showDue(plan.dueSoon.length);
  await deps.wakeAt(plan.nextAt);
  return plan;
}
