import type { Analysis, Finding, Severity } from '../core/model';
import { BADGE_CSS } from './badge-style';
import { element } from './dom';
import { evidenceElement } from './evidence';
import { Highlight } from './highlight';
import { buildPanel } from './panel';
import { loadPanelText, type PanelText } from './strings';

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

/**
 * The on-page badge: finding counts by severity; it opens the panel of findings. Everything lives
 * in a closed shadow root, so the page's CSS cannot break it and the page's scripts cannot read it.
 */
export class Badge {
  readonly hostElement = document.createElement('flagpost-badge');
  private readonly shadow = this.hostElement.attachShadow({ mode: 'closed' });
  private readonly style = element('style', { text: BADGE_CSS });
  private readonly highlight = new Highlight();
  private panelOpen = false;
  /**
   * The address of the listing the user dismissed the badge on: it stays away there (new findings,
   * settings changes) and comes back when a single-page marketplace shows another listing.
   */
  private dismissedUrl: string | null = null;
  private analysis: Analysis | null = null;
  /** Counts show and remove calls, so a slow show cannot undo a later remove. */
  private updates = 0;
  private text: PanelText | null = null;
  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.panelOpen) {
      event.stopPropagation();
      this.setPanel(false);
    }
  };

  constructor() {
    this.shadow.addEventListener('keydown', this.onKey as EventListener);
  }

  async show(analysis: Analysis): Promise<void> {
    if (analysis.url === this.dismissedUrl) return;
    const ticket = ++this.updates;
    const text = await loadPanelText();
    if (ticket !== this.updates) return; // removed or shown again meanwhile
    this.analysis = analysis;
    this.text = text;
    // Shown anew (new findings) while the user was in the panel or on the badge: keep them there.
    const hadFocus = this.shadow.activeElement !== null;
    this.render();
    if (hadFocus) this.focus(this.panelOpen ? 'panel' : 'toggle');
    if (!this.hostElement.isConnected) document.documentElement.append(this.hostElement);
  }

  remove(): void {
    this.updates++;
    this.highlight.clear();
    this.hostElement.remove();
    this.analysis = null;
    this.panelOpen = false;
  }

  private dismiss(): void {
    this.dismissedUrl = this.analysis?.url ?? null;
    this.remove();
  }

  private setPanel(open: boolean, focus: 'panel' | 'toggle' = open ? 'panel' : 'toggle'): void {
    this.panelOpen = open;
    if (!open) this.highlight.clear();
    this.render();
    this.focus(focus);
  }

  private focus(where: 'panel' | 'toggle'): void {
    this.shadow.querySelector<HTMLElement>(where === 'panel' ? '#flagpost-panel-heading' : '.badge')?.focus();
  }

  private render(): void {
    const { analysis, text } = this;
    if (!analysis || !text) return;
    const root = element('div', { className: 'root', attrs: { role: 'region', 'aria-label': text('extName') } });

    if (this.panelOpen) {
      root.append(
        buildPanel(analysis, text, {
          locate: (finding: Finding) => evidenceElement(finding, analysis, document, this.hostElement),
          highlight: (target) => (target ? this.highlight.show(target) : this.highlight.clear()),
          close: () => this.setPanel(false),
        }),
      );
    }

    const counts = SEVERITIES.map((severity) => ({
      severity,
      n: analysis.findings.filter((f) => f.severity === severity).length,
    })).filter(({ n }) => n > 0);
    const toggle = element('button', {
      className: 'badge',
      attrs: { type: 'button', 'aria-expanded': String(this.panelOpen), 'aria-controls': 'flagpost-panel' },
    });
    toggle.append(
      element('span', { text: 'Flagpost' }),
      // The pill shows the number; screen readers get the sentence instead.
      ...counts.flatMap(({ severity, n }) => [
        element('span', { className: `count ${severity}`, text: String(n), attrs: { 'aria-hidden': 'true' } }),
        element('span', { className: 'sr-only', text: text(`severity_count_${severity}`, String(n), n) }),
      ]),
    );
    if (counts.length === 0) toggle.append(element('span', { text: text('badgeNoFindings') }));
    toggle.addEventListener('click', () => this.setPanel(!this.panelOpen));

    const dismiss = element('button', {
      className: 'close',
      text: '×',
      attrs: { type: 'button', 'aria-label': text('badgeDismiss') },
    });
    dismiss.addEventListener('click', () => this.dismiss());

    root.append(element('div', { className: 'row' }, [toggle, dismiss]));
    this.shadow.replaceChildren(this.style, this.highlight.frame, root);
  }
}
