/**
 * Keeps an HTML document's element nesting at most `maxDepth` deep, in one linear pass over its tags, before
 * linkedom parses it: linkedom's parser (htmlparser2) keeps its open elements in an array it shifts at every
 * tag, and the checks walk ancestors, so a page nested 100,000 deep took 18 s and a million unclosed <span>
 * never finished.
 *
 * Browsers stop at 512 the same way (Blink's parser attaches deeper elements to the 512th): an element
 * that would open deeper is written closed right after its start tag (`<div class=x></div>`), its end tag
 * is dropped, and what it held follows it as its sibling. Nothing is removed: every element keeps its
 * attributes (links stay links) and every text stays, only the parent changes. End tags that close
 * nothing are dropped too, as they are no-ops but cost the parser a search of every open element.
 *
 * To know the depth the parser will see, this follows htmlparser2's tokenizer and its tree rules
 * (implied end tags, void elements, raw-text elements, self-closing tags in SVG and MathML) as they
 * apply to the rewritten text; tests compare it with linkedom's own tree on random tag soup.
 */

export const MAX_DEPTH = 512;

export interface BoundedHtml {
  html: string;
  /** Elements written closed because they would have opened deeper than the bound. */
  flattened: number;
}

// htmlparser2's tree rules (Parser.js): which start tags close which open elements, and void elements.
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']],
      ['th', ['th']],
      ['td', ['thead', 'th', 'td']],
      ['body', ['head', 'link', 'script']],
      ['li', ['li']],
      ['select', FORM],
      ['input', FORM],
      ['output', FORM],
      ['button', FORM],
      ['datalist', FORM],
      ['textarea', FORM],
      ['option', ['option']],
      ['optgroup', ['optgroup', 'option']],
      ['dd', ['dd', 'dt']],
      ['dt', ['dd', 'dt']],
      ['rt', ['rt', 'rp']],
      ['rp', ['rt', 'rp']],
      ['tbody', ['thead', 'tbody']],
      ['tfoot', ['thead', 'tbody']],
      ...[
        'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
        'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
        'table', 'ul',
      ].map((name): [string, string[]] => [name, P]),
    ] as [string, string[]][]
  ).map(([name, closes]) => [name, new Set(closes)]),
);
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
/** Their text is not markup, up to their own end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Where a tag or attribute name ends: whitespace, "/" or ">". */
const endsName = (c: number) => isSpace(c) || c === 47 || c === 62;

class DepthBound {
  private readonly out: string[] = [];
  private copied = 0;
  /** The open elements as the parser will see them in the rewritten text, innermost last. */
  private readonly stack: string[] = [];
  private readonly open = new Map<string, number>();
  /** htmlparser2's foreign-content flags (SVG or MathML: self-closing tags close), innermost last. */
  private readonly foreign: boolean[] = [false];
  /** Flattened elements whose end tags are still to come (to be dropped), by name. */
  private pending = new Map<string, number>();
  flattened = 0;

  constructor(
    private readonly html: string,
    private readonly maxDepth: number,
  ) {}

  run(): BoundedHtml {
    const { html } = this;
    let i = 0;
    while (i < html.length) {
      const lt = html.indexOf('<', i);
      if (lt < 0 || lt + 1 >= html.length) break;
      const c = html.charCodeAt(lt + 1);
      if (c === 33) i = this.declaration(lt + 2); // <!
      else if (c === 63) i = this.upTo(62, lt + 2); // <?
      else if (c === 47) i = this.endTag(lt);
      else if (isAlpha(c)) i = this.startTag(lt);
      else i = lt + 1;
    }
    if (this.copied === 0) return { html, flattened: this.flattened };
    this.out.push(html.slice(this.copied));
    return { html: this.out.join(''), flattened: this.flattened };
  }

  /** Just past the next `code` from `from`, or the end of the text. */
  private upTo(code: number, from: number): number {
    const at = this.html.indexOf(String.fromCharCode(code), from);
    return at < 0 ? this.html.length : at + 1;
  }

  /** Just past a "-->" or "]]>" whose two leading characters may begin at `open` (htmlparser2 allows `<!-->`). */
  private commentLike(twice: string, open: number, from: number): number {
    for (let k = this.html.indexOf('>', from); k >= 0; k = this.html.indexOf('>', k + 1)) {
      if (k - 2 >= open && this.html[k - 1] === twice && this.html[k - 2] === twice) return k + 1;
    }
    return this.html.length;
  }

  /** After `<!`: a comment, CDATA (a comment in HTML) or a declaration such as the doctype. */
  private declaration(j: number): number {
    const { html } = this;
    if (html.startsWith('[CDATA[', j)) return this.commentLike(']', j + 7, j + 7);
    if (html[j] === '-' && html[j + 1] === '-') return this.commentLike('-', j, j + 2);
    return this.upTo(62, j);
  }

  private edit(at: number, remove: number, insert: string): void {
    this.out.push(this.html.slice(this.copied, at), insert);
    this.copied = at + remove;
  }

  /** Removes the end tag at [from, to); where the text on each side could join into a tag or an entity, an empty comment keeps them apart. */
  private drop(from: number, to: number): void {
    const before = from === 0 ? 62 : this.html.charCodeAt(from - 1);
    this.edit(from, to - from, before === 62 || isSpace(before) ? '' : '<!---->');
  }

  private push(name: string): void {
    this.stack.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) this.foreign.push(true);
    else if (INTEGRATION.has(name)) this.foreign.push(false);
  }

  private pop(): void {
    const name = this.stack.pop();
    if (name !== undefined) this.open.set(name, (this.open.get(name) ?? 1) - 1);
    // Flattened elements sat deeper than any open one: an open one closing closes them as well.
    if (this.pending.size > 0) this.pending = new Map();
  }

  /** A start tag at `lt`; returns where scanning goes on. */
  private startTag(lt: number): number {
    const { html } = this;
    let k = lt + 1;
    while (k < html.length && !endsName(html.charCodeAt(k))) k++;
    if (k >= html.length) return k; // cut off: the parser drops it
    const name = html.slice(lt + 1, k).toLowerCase();

    const closes = IMPLIES_CLOSE.get(name);
    while (closes && this.stack.length > 0 && closes.has(this.stack[this.stack.length - 1] ?? '')) this.pop();

    const end = this.tagEnd(k);
    if (end === null) return html.length;
    if (VOID.has(name)) return end.next;
    const raw = RAW_TEXT.has(name) && !end.selfClosing;
    if (this.stack.length >= this.maxDepth && !raw) {
      this.flattened++;
      // As the parser will read `<name ...></name>`: opened, then closed at once.
      this.push(name);
      if (end.selfClosing && this.foreign[this.foreign.length - 1]) {
        this.stack.pop();
        this.open.set(name, (this.open.get(name) ?? 1) - 1);
        return end.next;
      }
      this.edit(end.next, 0, `</${name}>`);
      this.stack.pop();
      this.open.set(name, (this.open.get(name) ?? 1) - 1);
      if (FOREIGN.has(name) || INTEGRATION.has(name)) this.foreign.pop();
      this.pending.set(name, (this.pending.get(name) ?? 0) + 1);
      return end.next;
    }
    this.push(name);
    if (end.selfClosing && this.foreign[this.foreign.length - 1] && this.stack[this.stack.length - 1] === name) {
      this.stack.pop();
      this.open.set(name, (this.open.get(name) ?? 1) - 1);
    }
    if (!raw) return end.next;
    // Raw text runs to `</name` followed by whitespace or ">", in any case.
    const close = new RegExp(`</${name}[ \\n\\t\\f\\r>]`, 'gi');
    close.lastIndex = end.next;
    const found = close.exec(html);
    return found ? this.endTag(found.index) : html.length;
  }

  /** Where a start tag whose name ends at `k` ends (attributes skipped as htmlparser2 reads them), or null at the end of the text. */
  private tagEnd(k: number): { next: number; selfClosing: boolean } | null {
    const { html } = this;
    const n = html.length;
    while (k < n) {
      const c = html.charCodeAt(k);
      if (c === 62) return { next: k + 1, selfClosing: false };
      if (c === 47) {
        k++;
        while (k < n && isSpace(html.charCodeAt(k))) k++;
        if (html.charCodeAt(k) === 62) return { next: k + 1, selfClosing: true };
        continue;
      }
      if (isSpace(c)) {
        k++;
        continue;
      }
      // An attribute name (its first character may be anything, even "=")...
      k++;
      while (k < n && html.charCodeAt(k) !== 61 && !endsName(html.charCodeAt(k))) k++;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      if (html.charCodeAt(k) !== 61) continue;
      // ...and its value, quoted or not.
      k++;
      while (k < n && isSpace(html.charCodeAt(k))) k++;
      const q = html.charCodeAt(k);
      if (q === 34 || q === 39) {
        const close = html.indexOf(String.fromCharCode(q), k + 1);
        if (close < 0) return null;
        k = close + 1;
      } else {
        while (k < n && !isSpace(html.charCodeAt(k)) && html.charCodeAt(k) !== 62) k++;
      }
    }
    return null;
  }

  /** An end tag at `lt` (`</`). */
  private endTag(lt: number): number {
    const { html } = this;
    let j = lt + 2;
    while (j < html.length && isSpace(html.charCodeAt(j))) j++;
    if (j >= html.length) return j;
    const c = html.charCodeAt(j);
    if (c === 62) return j + 1;
    if (!isAlpha(c)) return this.upTo(62, j); // a "bogus comment"
    let k = j;
    while (k < html.length && html.charCodeAt(k) !== 62 && !isSpace(html.charCodeAt(k))) k++;
    if (k >= html.length) return k;
    const name = html.slice(j, k).toLowerCase();
    const next = this.upTo(62, k);

    const pending = this.pending.get(name) ?? 0;
    if (pending > 0 && !VOID.has(name)) {
      this.pending.set(name, pending - 1);
      this.drop(lt, next);
      return next;
    }
    const foreignName = FOREIGN.has(name) || INTEGRATION.has(name);
    if (!VOID.has(name) && (this.open.get(name) ?? 0) > 0) {
      if (foreignName) this.foreign.pop();
      while (this.stack.length > 0 && this.stack[this.stack.length - 1] !== name) this.pop();
      this.pop();
      return next;
    }
    // Closes nothing: </p> and </br> still make elements, and SVG/MathML names still leave foreign content.
    if (name === 'p' || name === 'br' || VOID.has(name) || foreignName) {
      if (foreignName) this.foreign.pop();
      return next;
    }
    this.drop(lt, next);
    return next;
  }
}

/** `html` with no element nested deeper than `maxDepth` (the same text when none is). */
export function boundDepth(html: string, maxDepth = MAX_DEPTH): BoundedHtml {
  return new DepthBound(html, maxDepth).run();
}
