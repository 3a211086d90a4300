import browser from 'webextension-polyfill';
import type { Analysis, Severity } from '../core/model';
import { BADGE_CSS } from './badge-style';

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  children: Node[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  // Page-derived strings only ever go through textContent.
  if (props.text !== undefined) el.textContent = props.text;
  el.append(...children);
  return el;
}

const t = (key: string, substitutions?: string | string[]) => browser.i18n.getMessage(key, substitutions);

/** The on-page badge: finding counts by severity, opening a panel with the findings. */
export class Badge {
  readonly hostElement = document.createElement('flagpost-badge');
  private readonly shadow = this.hostElement.attachShadow({ mode: 'closed' });
  private panelOpen = false;
  private analysis: Analysis | null = null;

  constructor() {
    const style = document.createElement('style');
    style.textContent = BADGE_CSS;
    this.shadow.append(style);
  }

  show(analysis: Analysis): void {
    this.analysis = analysis;
    this.render();
    if (!this.hostElement.isConnected) document.documentElement.append(this.hostElement);
  }

  remove(): void {
    this.hostElement.remove();
    this.analysis = null;
    this.panelOpen = false;
  }

  private render(): void {
    const analysis = this.analysis;
    if (!analysis) return;
    const root = element('div', { className: 'root' });
    root.setAttribute('role', 'region');
    root.setAttribute('aria-label', t('extName'));

    if (this.panelOpen) root.append(this.panel(analysis));

    const counts = SEVERITIES.map((severity) => ({
      severity,
      n: analysis.findings.filter((f) => f.severity === severity).length,
    })).filter(({ n }) => n > 0);
    const toggle = element('button', { className: 'badge' }, [
      element('span', { text: 'Flagpost' }),
      ...counts.map(({ severity, n }) => {
        const pill = element('span', { className: `count ${severity}`, text: String(n) });
        pill.setAttribute('aria-label', t(`severity_count_${severity}`, String(n)));
        return pill;
      }),
    ]);
    if (counts.length === 0) toggle.append(element('span', { text: t('badgeNoFindings') }));
    toggle.setAttribute('aria-expanded', String(this.panelOpen));
    toggle.addEventListener('click', () => {
      this.panelOpen = !this.panelOpen;
      this.render();
    });
    const close = element('button', { className: 'close', text: '×' });
    close.setAttribute('aria-label', t('badgeDismiss'));
    close.addEventListener('click', () => this.remove());

    root.append(element('div', { className: 'row' }, [toggle, close]));
    this.shadow.replaceChildren(this.shadow.firstChild as Node, root);
  }

  private panel(analysis: Analysis): HTMLElement {
    const items = analysis.findings.map((finding) =>
      element('li', {}, [
        element('div', { className: 'title', text: finding.title }),
        element('div', { text: finding.detail }),
        element('div', { className: 'basis', text: finding.legalBasis }),
      ]),
    );
    const panel = element('section', { className: 'panel' }, [
      element('h2', { text: t('panelHeading') }),
      element('ul', {}, items),
    ]);
    panel.setAttribute('aria-label', t('panelHeading'));
    return panel;
  }
}
