import { describe, expect, it } from 'vitest';
import { fillNoticeForm, type FormValues } from '../../../src/core/notice/form-fill';
import { documentFrom } from '../../support/dom';

const VALUES: FormValues = {
  email: 'erika@example.org',
  url: 'https://de.aliexpress.com/item/1005006893217745.html',
  listingId: '1005006893217745',
  trader: 'Shenzhen Toy Store',
  name: 'Erika Mustermann',
  explanation: 'The toy has no CE marking.',
};

const FORM = `<form>
  <label for="who">Your full name</label><input id="who" name="reporter">
  <label>Email address <input type="email" name="contact"></label>
  <label>Seller name <input name="seller_name"></label>
  <input name="item_id" placeholder="Item ID">
  <input name="link" placeholder="Link to the product">
  <label>Why is it illegal? <textarea name="body"></textarea></label>
  <input name="already" value="kept">
  <input type="checkbox" name="agree">
  <input type="hidden" name="csrf">
  <button type="submit">Submit</button>
</form>`;

describe('pre-filling a platform notice form', () => {
  it('fills each empty field by what its name, label or placeholder says, and leaves the rest', () => {
    const doc = documentFrom(`<!doctype html><html><body>${FORM}</body></html>`);
    const events: string[] = [];
    doc.addEventListener('input', (e) => events.push((e.target as HTMLInputElement).name));
    const filled = fillNoticeForm(VALUES, doc);
    expect(filled.sort()).toEqual(['email', 'explanation', 'listingId', 'name', 'trader', 'url']);
    const value = (name: string) => (doc.querySelector(`[name=${name}]`) as HTMLInputElement).value;
    expect(value('reporter')).toBe(VALUES.name);
    expect(value('contact')).toBe(VALUES.email);
    expect(value('seller_name')).toBe(VALUES.trader);
    expect(value('item_id')).toBe(VALUES.listingId);
    expect(value('link')).toBe(VALUES.url);
    expect(value('body')).toBe(VALUES.explanation);
    expect(value('already')).toBe('kept');
    expect(value('csrf')).toBe('');
    expect(events).toContain('body');
  });

  it('skips what it does not know (an anonymous notifier)', () => {
    const doc = documentFrom(`<!doctype html><html><body>${FORM}</body></html>`);
    expect(fillNoticeForm({ ...VALUES, name: '', email: '' }, doc)).not.toContain('name');
    expect((doc.querySelector('[name=reporter]') as HTMLInputElement).value).toBe('');
  });
});
