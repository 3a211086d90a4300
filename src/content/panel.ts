import type { Analysis, Finding } from '../core/model';
import { element } from './dom';
import type { PanelText } from './strings';

export interface PanelCallbacks {
  /** The page element a finding points at, if it can be told. */
  locate(finding: Finding): Element | null;
  /** Show (or, with null, stop showing) the frame over a page element. */
  highlight(target: Element | null): void;
  close(): void;
}

/** The list of findings, each with its legal basis; hovering or focusing one frames its evidence on the page. */
export function buildPanel(analysis: Analysis, text: PanelText, callbacks: PanelCallbacks): HTMLElement {
  const heading = element('h2', {
    text: text('panelHeading'),
    attrs: { id: 'flagpost-panel-heading', tabindex: '-1' },
  });
  const close = element('button', {
    className: 'close',
    text: '×',
    attrs: { type: 'button', 'aria-label': text('panelClose') },
  });
  close.addEventListener('click', callbacks.close);

  const items = analysis.findings.map((finding) => findingItem(finding, text, callbacks));
  const panel = element(
    'section',
    { className: 'panel', attrs: { id: 'flagpost-panel', 'aria-labelledby': 'flagpost-panel-heading' } },
    [
      element('div', { className: 'panel-head' }, [heading, close]),
      items.length > 0
        ? element('p', { className: 'hint', text: text('panelHint') })
        : element('p', { text: text('badgeNoFindings') }),
      element('ul', {}, items),
    ],
  );
  panel.addEventListener('mouseleave', () => callbacks.highlight(null));
  panel.addEventListener('focusout', (event) => {
    if (!panel.contains(event.relatedTarget as Node | null)) callbacks.highlight(null);
  });
  return panel;
}

function findingItem(finding: Finding, text: PanelText, callbacks: PanelCallbacks): HTMLElement {
  const target = callbacks.locate(finding);
  const item = element('li', { attrs: { 'data-finding': finding.id } }, [
    element('span', { className: `sev ${finding.severity}`, text: text(`severity_${finding.severity}`) }),
    element('span', { className: 'title', text: ` ${finding.title}` }),
    element('div', { text: finding.detail }),
    element('div', { className: 'basis', text: text('legalBasis', finding.legalBasis) }),
  ]);
  if (finding.campaign)
    item.append(element('div', { className: 'basis', text: text('campaign_finding_of', finding.campaign) }));
  if (finding.evidence.length > 0) {
    item.append(
      element(
        'ul',
        { className: 'evidence' },
        finding.evidence.map((evidence) => element('li', { text: evidence })),
      ),
    );
  }
  if (!target) return item;

  const show = element('button', { className: 'show', text: text('panelShowOnPage'), attrs: { type: 'button' } });
  show.addEventListener('click', () => {
    target.scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
    callbacks.highlight(target);
  });
  item.append(show);
  item.classList.add('has-target');
  item.addEventListener('mouseenter', () => callbacks.highlight(target));
  item.addEventListener('focusin', () => callbacks.highlight(target));
  return item;
}
