// One fixture page as a test uses it: type into its editor the way a user does
// (real key events, whatever the editor: Lexical, Quill, Draft.js, ProseMirror,
// a textarea), then wait for and act on the nudge that answers.
import type { Page } from 'playwright-core';
import type { FixtureEditor, FixturePage } from '../fixtures/pages.ts';
import type { Harness } from './extension.ts';
import { NUDGE_TIMEOUT_MS, readNudges, readPanel, type BadgeState, type NudgeSnapshot, type PanelFinding, type PanelState } from './nudge.ts';

/** Whitespace-normalised text, for comparing what different editors report (Quill adds "\n", Lexical "\n\n"). */
export function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export class Fixture {
  constructor(
    readonly page: Page,
    readonly spec: FixturePage,
    /** Null for a page in a browser without the extension (the benchmark's baseline). */
    readonly harness: Harness | null,
  ) {}

  // -------------------------------------------------------- the editors

  editorSpec(name: string): FixtureEditor {
    const spec = this.spec.editors.find((e) => e.name === name);
    if (spec === undefined) throw new Error(`fixture ${this.spec.id} has no editor ${name}`);
    return spec;
  }

  editor(name: string) {
    return this.page.locator(this.editorSpec(name).selector);
  }

  /** The editor's text as its OWN state holds it (Lexical state, Quill delta, Draft.js content, React state, site model). */
  editorText(name: string): Promise<string> {
    return this.page.evaluate((n) => (window as unknown as { __editorText(n: string): string }).__editorText(n), name);
  }

  /**
   * Puts the caret at the end of the editor. Focus rather than a click: an open
   * panel may lie over the box, and the tests must not depend on where it sits.
   */
  async focus(name: string): Promise<void> {
    await this.page.bringToFront();
    await this.editor(name).focus();
    await this.page.keyboard.press('ControlOrMeta+End');
  }

  /** Types with real key events at the end of the editor's text. */
  async type(name: string, text: string): Promise<void> {
    await this.focus(name);
    await this.page.keyboard.type(text);
  }

  /** Empties the editor with select-all + Backspace (as a user does) and waits until its own state is empty. */
  async clear(name: string): Promise<void> {
    await this.focus(name);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Backspace');
    await this.waitForEditorText(name, (t) => norm(t) === '', 'an empty editor');
  }

  async waitForEditorText(name: string, ok: (text: string) => boolean, what: string, timeoutMs = 5_000): Promise<string> {
    let last = '';
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      last = await this.editorText(name);
      if (ok(last)) return last;
      if (Date.now() > deadline) throw new Error(`editor ${name} on ${this.spec.id}: expected ${what}, its state holds ${JSON.stringify(last)}`);
      await this.page.waitForTimeout(25);
    }
  }

  // -------------------------------------------------------- the nudges (read with nudge.ts)

  /** Every <varsom-nudge> on the page, shadow roots included. */
  nudges(): Promise<NudgeSnapshot[]> {
    return readNudges(this.page);
  }

  private async describeState(editorName?: string): Promise<string> {
    const nudges = await this.nudges().catch((e: unknown) => String(e));
    const text = editorName === undefined ? undefined : await this.editorText(editorName).catch((e: unknown) => String(e));
    return `nudges: ${JSON.stringify(nudges)}${text === undefined ? '' : `; editor ${editorName} holds ${JSON.stringify(text)}`}`;
  }

  /**
   * Waits until the nudge of the editor's surface shows exactly `kinds` with
   * data-state="ready" (the result for the current text). Debounced results can
   * show a partial draft first, so the kinds must match the FULL draft's, not
   * merely exist; callers that need more certainty also check the panel's marks.
   */
  async waitForKinds(editorName: string, kinds: readonly string[], timeoutMs = NUDGE_TIMEOUT_MS): Promise<BadgeState> {
    const surface = this.editorSpec(editorName).surface;
    const want = [...kinds].sort().join(' ');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const nudges = await this.nudges();
      const hit = nudges.find((n) => n.surface === surface && n.badge?.state === 'ready' && n.badge.kinds.join(' ') === want);
      if (hit?.badge) return hit.badge;
      if (Date.now() > deadline) {
        throw new Error(`${this.spec.id}/${editorName}: no ${surface} nudge with data-state="ready" and data-kinds="${want}" after ${timeoutMs} ms; ${await this.describeState(editorName)}`);
      }
      await this.page.waitForTimeout(40);
    }
  }

  /** Waits until no nudge of the editor's surface shows a badge. */
  async waitForNoBadge(editorName: string, timeoutMs = NUDGE_TIMEOUT_MS): Promise<void> {
    const surface = this.editorSpec(editorName).surface;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const nudges = await this.nudges();
      if (!nudges.some((n) => n.surface === surface && n.badge !== null)) return;
      if (Date.now() > deadline) throw new Error(`${this.spec.id}/${editorName}: a ${surface} badge is still shown; ${await this.describeState(editorName)}`);
      await this.page.waitForTimeout(40);
    }
  }

  /** Badges currently shown, by surface (for "nothing else is flagged" checks). */
  async badges(): Promise<{ surface: string | null; kinds: string[] }[]> {
    return (await this.nudges()).filter((n) => n.badge !== null).map((n) => ({ surface: n.surface, kinds: n.badge?.kinds ?? [] }));
  }

  private nudgeLocator(editorName: string) {
    return this.page.locator(`varsom-nudge[data-surface="${this.editorSpec(editorName).surface ?? ''}"]`);
  }

  badge(editorName: string) {
    return this.nudgeLocator(editorName).locator('button[data-varsom="badge"]');
  }

  panel(editorName: string) {
    return this.nudgeLocator(editorName).locator('[data-varsom="panel"]');
  }

  /** Opens the panel by clicking the badge (if it is not open yet) and returns what it shows. */
  async openPanel(editorName: string): Promise<PanelState> {
    const panel = this.panel(editorName);
    // Background tabs get no animation frames, and clicks wait for them: act in the front tab.
    await this.page.bringToFront();
    if (!(await panel.isVisible().catch(() => false))) await this.badge(editorName).click();
    await panel.waitFor({ state: 'visible', timeout: 5_000 });
    return this.readPanel(editorName);
  }

  async readPanel(editorName: string): Promise<PanelState> {
    return readPanel(this.panel(editorName));
  }

  /**
   * Waits until the open panel shows a finding of `kind` whose marks include
   * every word of `marks` — the proof that the analysed text reached the end
   * of the draft (a trigger word at the end is only whole in the full text).
   */
  async waitForPanelFinding(editorName: string, kind: string, marks: readonly string[], timeoutMs = NUDGE_TIMEOUT_MS): Promise<PanelFinding> {
    const deadline = Date.now() + timeoutMs;
    let last: PanelState | undefined;
    for (;;) {
      last = await this.openPanel(editorName);
      const finding = last.findings.find(
        (f) => f.kind === kind && marks.every((m) => f.marks.some((x) => norm(x).toLowerCase() === norm(m).toLowerCase())),
      );
      if (finding) return finding;
      if (Date.now() > deadline) {
        throw new Error(`${this.spec.id}/${editorName}: panel shows no ${kind} finding marking ${JSON.stringify(marks)}; panel: ${JSON.stringify(last.findings)}`);
      }
      await this.page.waitForTimeout(40);
    }
  }

  /**
   * Closes the panel if it is open: the badge toggles it; when there is no
   * badge (no findings left) or it goes away meanwhile, Escape inside the panel.
   */
  async closePanel(editorName: string): Promise<void> {
    const panel = this.panel(editorName);
    if (!(await panel.isVisible().catch(() => false))) return;
    await this.page.bringToFront();
    const badge = this.badge(editorName);
    const toggled = (await badge.isVisible().catch(() => false)) && (await badge.click({ timeout: 2_000 }).then(() => true, () => false));
    if (!toggled && (await panel.isVisible().catch(() => false))) {
      await panel.focus();
      await this.page.keyboard.press('Escape');
    }
    await panel.waitFor({ state: 'hidden', timeout: 5_000 });
  }

  async clickAction(editorName: string, action: string, kind?: string): Promise<void> {
    await this.page.bringToFront();
    const panel = this.panel(editorName);
    const scope = kind === undefined ? panel : panel.locator(`[data-kind="${kind}"]`);
    await scope.locator(`button[data-action="${action}"]`).first().click();
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
