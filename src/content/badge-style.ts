// Inside a closed shadow root: the page's CSS cannot reach it, and it does not reach the page.
export const BADGE_CSS = `
:host { all: initial; }
.root { --fg: #1b1b1f; --muted: #45464f; --bg: #fdfbff; --line: #c4c6d0; --accent: #0b57d0; --mark: #b3261e;
  position: fixed; inset-block-end: 16px; inset-inline-end: 16px; z-index: 2147483646; display: flex; flex-direction: column; align-items: flex-end;
  font: 13px/1.4 system-ui, sans-serif; color: var(--fg); color-scheme: light dark; text-align: start; }
.row { display: flex; align-items: center; gap: 4px; }
button { font: inherit; color: inherit; cursor: pointer; }
.badge { display: flex; align-items: center; gap: 6px; padding: 6px 10px; border-radius: 999px;
  border: 1px solid var(--line); background: var(--bg); box-shadow: 0 2px 8px rgb(0 0 0 / .2); }
button:focus-visible, h2:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
h2:focus:not(:focus-visible) { outline: none; }
.count { min-width: 1.5em; padding: 0 5px; border-radius: 999px; text-align: center; font-weight: 600; color: #fff; }
.count.high { background: #b3261e; } .count.medium { background: #8a5100; } .count.low { background: #3d5f90; } .count.info { background: #5d5e66; }
.close { border: 1px solid transparent; border-radius: 999px; background: var(--bg); padding: 2px 8px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.panel { margin-block-end: 8px; inline-size: min(420px, calc(100vw - 32px)); max-block-size: 60vh; overflow: auto;
  padding: 12px; border-radius: 12px; border: 1px solid var(--line); background: var(--bg); box-shadow: 0 4px 16px rgb(0 0 0 / .25); }
.panel-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.panel h2 { font-size: 14px; margin: 0; }
.hint { color: var(--muted); font-size: 12px; margin: 4px 0 8px; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { padding: 6px 4px; border-block-start: 1px solid var(--line); unicode-bidi: plaintext; overflow-wrap: anywhere; }
.panel li.has-target:hover { background: color-mix(in srgb, var(--accent) 8%, transparent); }
.title { font-weight: 600; }
.basis { color: var(--muted); font-size: 12px; }
.panel ul.evidence { margin: 2px 0 0; padding-inline-start: 12px; font-size: 12px; color: var(--muted); }
.panel ul.evidence li { border: 0; padding: 0; }
.sev { display: inline-block; padding: 0 6px; border-radius: 999px; font-size: 12px; font-weight: 600; border: 1px solid currentColor; }
.sev.high { color: #b3261e; } .sev.medium { color: #8a5100; } .sev.low { color: #3d5f90; } .sev.info { color: #5d5e66; }
.show { margin-block-start: 4px; padding: 2px 10px; border-radius: 8px; border: 1px solid var(--line); background: var(--bg); }
.highlight { position: fixed; z-index: 2147483645; pointer-events: none; border: 3px solid var(--mark); border-radius: 6px;
  background: color-mix(in srgb, var(--mark) 10%, transparent); box-shadow: 0 0 0 3px rgb(255 255 255 / .7); }
.highlight[hidden] { display: none; }
@media (prefers-color-scheme: dark) {
  .root { --fg: #e3e2e6; --muted: #c6c6d0; --bg: #1b1b1f; --line: #45464f; --accent: #a8c7fa; --mark: #ffb4ab; }
  .sev.high { color: #ffb4ab; } .sev.medium { color: #ffb870; } .sev.low { color: #a9c7ff; } .sev.info { color: #c6c6d0; }
  .highlight { box-shadow: 0 0 0 3px rgb(0 0 0 / .7); }
}
@media (prefers-reduced-motion: no-preference) {
  .panel { animation: in .12s ease-out; }
  .highlight { transition: top .1s, left .1s, width .1s, height .1s; }
}
@keyframes in { from { opacity: 0; transform: translateY(4px); } }
`;
