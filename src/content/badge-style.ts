// Inside a closed shadow root: the page's CSS cannot reach it, and it does not reach the page.
export const BADGE_CSS = `
:host { all: initial; }
.root { position: fixed; inset-block-end: 16px; inset-inline-end: 16px; z-index: 2147483646;
  font: 13px/1.4 system-ui, sans-serif; color: #1b1b1f; color-scheme: light dark; }
.badge { display: flex; align-items: center; gap: 6px; padding: 6px 10px; border-radius: 999px;
  border: 1px solid #c4c6d0; background: #fdfbff; box-shadow: 0 2px 8px rgb(0 0 0 / .2); cursor: pointer; font: inherit; color: inherit; }
.badge:focus-visible, button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.count { min-width: 1.5em; padding: 0 5px; border-radius: 999px; text-align: center; font-weight: 600; color: #fff; }
.high { background: #b3261e; } .medium { background: #9a5b00; } .low { background: #3d5f90; } .info { background: #5d5e66; }
.close { border: 0; background: transparent; font: inherit; color: inherit; cursor: pointer; padding: 2px 6px; }
.panel { margin-block-end: 8px; max-inline-size: min(420px, 90vw); max-block-size: 60vh; overflow: auto;
  padding: 12px; border-radius: 12px; border: 1px solid #c4c6d0; background: #fdfbff; box-shadow: 0 4px 16px rgb(0 0 0 / .25); }
.panel h2 { font-size: 14px; margin: 0 0 8px; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { padding: 6px 0; border-block-start: 1px solid #e1e2ec; }
.panel .title { font-weight: 600; }
.panel .basis { color: #45464f; font-size: 12px; }
@media (prefers-color-scheme: dark) {
  .root { color: #e3e2e6; }
  .badge, .panel { background: #1b1b1f; border-color: #45464f; }
  .panel li { border-color: #45464f; }
  .panel .basis { color: #c6c6d0; }
}
@media (prefers-reduced-motion: no-preference) { .panel { animation: in .12s ease-out; } }
@keyframes in { from { opacity: 0; transform: translateY(4px); } }
`;
