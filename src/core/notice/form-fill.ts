import type { Notice } from './types';

/** What Flagpost knows for a platform's notice form, by the kind of field it goes in. */
export interface FormValues {
  email: string;
  url: string;
  listingId: string;
  trader: string;
  name: string;
  explanation: string;
}
export type FormFieldKind = keyof FormValues;

export function formValues(notice: Notice): FormValues {
  const location = notice.locations[0];
  return {
    email: notice.notifier.email ?? '',
    url: location?.url ?? '',
    listingId: location?.listingId ?? '',
    trader: location?.trader.name ?? '',
    name: notice.notifier.name ?? '',
    explanation: notice.explanation,
  };
}

/**
 * Runs in the platform's form page (injected with scripting.executeScript, so it must not use
 * anything outside itself): fills each empty text field whose name, id, label or placeholder says
 * what it is for, tells the page's own scripts (input and change events), and never submits.
 * Returns the kinds of field it filled.
 */
export function fillNoticeForm(values: FormValues, doc: Document = document): FormFieldKind[] {
  // Checked in this order: "seller name" is the trader, not the notifier's name.
  const rules: [FormFieldKind, RegExp][] = [
    ['email', /e-?mail/],
    ['url', /\burl\b|link|web ?address/],
    ['listingId', /(item|listing|product|offer)[\s_-]?id/],
    ['trader', /seller|trader|store|shop|vendor/],
    ['name', /\bname\b|full[\s_-]?name/],
    ['explanation', /reason|explanation|description|details|why/],
  ];
  const labelOf = (control: Element): string => {
    const id = control.getAttribute('id');
    const byFor = id ? Array.from(doc.querySelectorAll('label')).find((l) => l.getAttribute('for') === id) : undefined;
    return `${byFor?.textContent ?? ''} ${control.closest('label')?.textContent ?? ''}`;
  };
  // The document's own Event, so the events belong to its realm.
  const PageEvent = doc.defaultView?.Event ?? Event;
  const filled: FormFieldKind[] = [];
  for (const control of Array.from(doc.querySelectorAll('input, textarea'))) {
    const field = control as HTMLInputElement | HTMLTextAreaElement;
    const type = (field.getAttribute('type') ?? 'text').toLowerCase();
    if (!['text', 'email', 'url', 'search', 'textarea'].includes(field.tagName === 'TEXTAREA' ? 'textarea' : type)) continue;
    if (field.value !== '' || field.disabled || field.readOnly) continue;
    const hint = ['name', 'id', 'autocomplete', 'placeholder', 'aria-label']
      .map((attribute) => field.getAttribute(attribute) ?? '')
      .concat(labelOf(field))
      .join(' ')
      .toLowerCase();
    const kind =
      (type === 'email' && 'email') ||
      rules.find(([, pattern]) => pattern.test(hint))?.[0] ||
      (field.tagName === 'TEXTAREA' ? 'explanation' : null);
    if (!kind || filled.includes(kind) || !values[kind]) continue;
    // Through the prototype's setter, so frameworks that track the value (React) see the change.
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
    if (setter) setter.call(field, values[kind]);
    else field.value = values[kind];
    field.dispatchEvent(new PageEvent('input', { bubbles: true }));
    field.dispatchEvent(new PageEvent('change', { bubbles: true }));
    filled.push(kind);
  }
  return filled;
}
