import { element } from './dom';

/**
 * A frame drawn over a page element from inside Flagpost's shadow root: the page's own elements
 * are never touched. It follows scrolling and resizing only while it is shown.
 */
export class Highlight {
  readonly frame = element('div', { className: 'highlight', attrs: { 'aria-hidden': 'true', hidden: '' } });
  private target: Element | null = null;
  private frameRequest = 0;
  private readonly follow = () => {
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = requestAnimationFrame(() => this.place());
  };

  show(target: Element): void {
    if (this.target !== target) this.clear();
    this.target = target;
    this.place();
    addEventListener('scroll', this.follow, { capture: true, passive: true });
    addEventListener('resize', this.follow, { passive: true });
  }

  clear(): void {
    this.target = null;
    this.frame.hidden = true;
    cancelAnimationFrame(this.frameRequest);
    removeEventListener('scroll', this.follow, { capture: true });
    removeEventListener('resize', this.follow);
  }

  private place(): void {
    if (!this.target?.isConnected) return this.clear();
    const box = this.target.getBoundingClientRect();
    const pad = 4;
    Object.assign(this.frame.style, {
      top: `${box.top - pad}px`,
      left: `${box.left - pad}px`,
      width: `${box.width + 2 * pad}px`,
      height: `${box.height + 2 * pad}px`,
    });
    this.frame.hidden = false;
  }
}
