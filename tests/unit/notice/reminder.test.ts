import { describe, expect, it } from 'vitest';
import { applyReminders, reminderPlan } from '../../../src/background/outbox/reminder';
import type { OutboxRecord } from '../../../src/background/outbox/types';
import { complaintDeadline, complaintWindow, reminderAt } from '../../../src/core/notice/deadline';

const DAY = 24 * 60 * 60_000;

/** Only the fields the reminder reads matter; the rest is a decided notice's usual shape. */
function decided(id: string, decidedAt: string): OutboxRecord {
  return {
    id,
    complaintDeadline: complaintDeadline(decidedAt),
    state: 'decided',
  } as OutboxRecord;
}

describe('Art. 20 complaint reminder', () => {
  it('marks a deadline due soon from 14 days before it until it passes', () => {
    const deadline = '2027-05-30T12:00:00.000Z';
    const at = Date.parse(deadline);
    expect(complaintWindow(deadline, at - 14 * DAY - 1)).toBe('open');
    expect(complaintWindow(deadline, at - 14 * DAY)).toBe('due-soon');
    expect(complaintWindow(deadline, at - 1)).toBe('due-soon');
    expect(complaintWindow(deadline, at)).toBe('closed');
    expect(reminderAt(deadline)).toBe(Date.parse('2027-05-16T12:00:00.000Z'));
  });

  it('plans the next change over several notices, and nothing once every deadline has passed', () => {
    const records = [decided('a', '2026-11-30T12:00:00.000Z'), decided('b', '2026-12-10T12:00:00.000Z')];
    const start = Date.parse('2027-01-01T00:00:00.000Z');
    expect(reminderPlan(records, start)).toEqual({ dueSoon: [], nextAt: Date.parse('2027-05-16T12:00:00.000Z') });
    expect(reminderPlan(records, Date.parse('2027-05-20T00:00:00.000Z'))).toEqual({
      dueSoon: ['a'],
      nextAt: Date.parse('2027-05-27T12:00:00.000Z'),
    });
    expect(reminderPlan(records, Date.parse('2027-06-10T12:00:00.000Z'))).toEqual({ dueSoon: [], nextAt: null });
    expect(reminderPlan([{ ...records[0], complaintDeadline: null } as OutboxRecord], start)).toEqual({
      dueSoon: [],
      nextAt: null,
    });
  });

  it('driven by its alarm on a fake clock: shows the marker when the window opens and clears it at the deadline', async () => {
    const clock = { now: Date.parse('2026-12-01T08:00:00.000Z') };
    let alarm: number | null = null;
    const shown: { at: string; count: number }[] = [];
    const records = [decided('n1', '2026-11-30T12:00:00.000Z')];
    const deps = {
      now: () => clock.now,
      showDue: (count: number) => void shown.push({ at: new Date(clock.now).toISOString(), count }),
      wakeAt: (when: number | null) => void (alarm = when),
    };
    await applyReminders(records, deps);
    // The browser fires the alarm when its time comes: advance the fake clock to it, as often as it is set.
    for (let fired = 0; alarm !== null && fired < 5; fired++) {
      clock.now = alarm;
      await applyReminders(records, deps);
    }
    expect(shown).toEqual([
      { at: '2026-12-01T08:00:00.000Z', count: 0 },
      { at: '2027-05-16T12:00:00.000Z', count: 1 },
      { at: '2027-05-30T12:00:00.000Z', count: 0 },
    ]);
    expect(alarm).toBeNull();
  });
});
