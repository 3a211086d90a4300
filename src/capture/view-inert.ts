/**
 * Makes a kept page inert for the single-file view: opened from disk, even with scripts off, it must not
 * navigate, submit, load or run anything the page's author put there (a `<noscript><meta refresh>` would send
 * the investigator's browser to the author's address). Forms are unwrapped so their visible text stays.
 */

/** Elements dropped whole: they load, navigate or run, and show nothing of the listing worth keeping. */
const DROPPED = 'script, noscript, meta[http-equiv], base, iframe, frame, frameset, object, embed, applet, portal';
/** Attributes that submit or navigate wherever they appear. */
const NAVIGATING = ['action', 'formaction', 'ping', 'http-equiv'];
/** A URL that runs code: whitespace and control characters inside the scheme are ignored by browsers. */
const SCRIPT_URL = /^(?:javascript|vbscript):/i;

function runsScript(value: string): boolean {
  return SCRIPT_URL.test(value.replace(/[\u0000-\u0020]/g, ''));
}

export function makeInert(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll(DROPPED))) element.remove();
  for (const form of Array.from(doc.querySelectorAll('form'))) form.replaceWith(...Array.from(form.childNodes));
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on') || NAVIGATING.includes(lower) || runsScript(value)) element.removeAttribute(name);
    }
  }
}
