// The nudge's stylesheet. It lives inside the shadow root, so the page's CSS
// cannot reach in and ours cannot leak out; `all: initial` on the host stops
// inherited page styles (fonts, colours, line heights) at the boundary.
export const NUDGE_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.nudge {
  --bg: #ffffff; --fg: #1d1f23; --muted: #55595f; --line: #d3d7dd; --soft: #f4f5f7;
  --badge-bg: #fff3d6; --badge-fg: #5a3800; --badge-line: #c77c02;
  --mark-bg: #ffe08a; --mark-fg: #1d1f23; --accent: #24476b; --accent-fg: #ffffff; --focus: #1a73e8;
  --sev-confidential-bg: #fde8e7; --sev-confidential-fg: #7a1712; --sev-confidential-line: #c5362b;
  --sev-contact-bg: #ede7fb; --sev-contact-fg: #3b1f7a; --sev-contact-line: #6a45c2;
  --sev-email-bg: #e2f3f1; --sev-email-fg: #0d4a43; --sev-email-line: #1f8a7d;
  color-scheme: light;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .nudge {
    --bg: #1f2226; --fg: #eceff3; --muted: #b2b8c0; --line: #3b4047; --soft: #2a2e33;
    --badge-bg: #4a3510; --badge-fg: #ffe2a8; --badge-line: #e0a030;
    --mark-bg: #7a5a12; --mark-fg: #ffffff; --accent: #9cc3ee; --accent-fg: #10243a; --focus: #8ab4f8;
    --sev-confidential-bg: #4d1915; --sev-confidential-fg: #ffd9d5; --sev-confidential-line: #ef7a6f;
    --sev-contact-bg: #2f2450; --sev-contact-fg: #e6dcff; --sev-contact-line: #a98cf0;
    --sev-email-bg: #113a35; --sev-email-fg: #cdf2ec; --sev-email-line: #4cc2b2;
    color-scheme: dark;
  }
}
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, [tabindex="-1"]:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.badge {
  display: inline-flex; align-items: center; gap: 4px;
  height: 24px; min-width: 44px; padding: 0 8px;
  border: 1px solid var(--badge-line); border-radius: 12px;
  background: var(--badge-bg); color: var(--badge-fg);
  font-size: 12px; font-weight: 600; line-height: 1;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25);
}
.badge svg { width: 14px; height: 14px; flex: none; }
.badge[data-severity="confidential"] { background: var(--sev-confidential-bg); color: var(--sev-confidential-fg); border-color: var(--sev-confidential-line); }
.badge[data-severity="contact_client"] { background: var(--sev-contact-bg); color: var(--sev-contact-fg); border-color: var(--sev-contact-line); }
.badge[data-severity="work_email"] { background: var(--sev-email-bg); color: var(--sev-email-fg); border-color: var(--sev-email-line); }
.panel {
  position: fixed; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.22);
  padding: 12px 14px 10px;
}
.panel:focus { outline: none; }
.panel:focus-visible { outline: 2px solid var(--focus); }
.head {
  /* The close button stays in view however far the findings scroll. */
  position: sticky; top: -12px; z-index: 1; margin: -12px -14px 6px; padding: 12px 14px 6px;
  background: var(--bg); display: flex; align-items: flex-start; justify-content: space-between; gap: 8px;
}
h2 { margin: 0; font-size: 15px; font-weight: 650; }
.close { border: none; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 6px; color: var(--muted); }
.close:hover { background: var(--soft); }
ul { list-style: none; margin: 0; padding: 0; }
.finding { padding: 10px 0; border-top: 1px solid var(--line); }
.finding:first-child { border-top: none; padding-top: 4px; }
h3 { margin: 0 0 2px; font-size: 12px; font-weight: 650; letter-spacing: 0.02em; text-transform: uppercase; color: var(--muted); }
p { margin: 0 0 6px; }
.excerpt { background: var(--soft); border-radius: 6px; padding: 6px 8px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 13px; }
.caution { font-size: 13px; padding: 6px 8px; border-radius: 6px; border-left: 3px solid var(--sev-confidential-line); background: var(--soft); }
.why { margin-top: 6px; }
.why summary { cursor: pointer; font-size: 13px; color: var(--accent); border-radius: 4px; width: fit-content; }
.why summary:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.full-message { font-size: 13px; margin: 6px 0; }
mark { background: var(--mark-bg); color: var(--mark-fg); border-radius: 2px; padding: 0 1px; }
.quote { margin: 6px 0; padding: 2px 0 2px 10px; border-left: 3px solid var(--badge-line); }
.quote blockquote { margin: 0; font-size: 13px; font-style: italic; overflow-wrap: anywhere; white-space: pre-line; }
.quote figcaption { font-size: 12px; color: var(--muted); margin-top: 2px; }
.no-point { font-size: 13px; color: var(--muted); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.actions button { border: 1px solid var(--line); background: transparent; border-radius: 6px; padding: 4px 10px; font-size: 13px; }
.actions button:hover { background: var(--soft); }
.actions button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.actions button[aria-disabled="true"] { opacity: 0.6; cursor: default; }
.status { margin: 8px 0 0; padding: 6px 8px; border-radius: 6px; background: var(--soft); font-size: 13px; }
.foot { margin: 8px 0 0; padding-top: 8px; border-top: 1px solid var(--line); font-size: 12px; color: var(--muted); }
.foot p { margin: 6px 0 0; }
.foot .link { border: none; background: transparent; padding: 2px 0; font-size: 13px; color: var(--accent); text-decoration: underline; border-radius: 4px; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
