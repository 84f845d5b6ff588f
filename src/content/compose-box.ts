// One watched compose box: follows its text, asks the worker about it once
// typing pauses, and drives that box's nudge (findings, dismissals, fixes).
// The draft lives here, in memory, only while the box does.
import type { Finding, Surface } from '../engine/types.ts';
import type { AnalyzeRequest, AnalyzeResponse } from '../shared/messages.ts';
import { insertText, replaceSpan, type FixOutcome } from './editors/apply-fix.ts';
import { readEditorText } from './editors/read.ts';
import { trackEditor } from './editors/track.ts';
import { modalDialogOf } from './dom/composed.ts';
import { detached, guarded } from './guard.ts';
import { Dismissals } from './nudge/dismissals.ts';
import { conversationKey, conversationReminders, isKnownPersonReminder } from './nudge/reminders.ts';
import { NudgeHost } from './nudge/host.tsx';
import { layoutNudge, type NudgeLayout, type Rect } from './nudge/layout.ts';
import type { NudgeActions } from './nudge/Nudge.tsx';
import { followBox } from './nudge/position.ts';
import { translatorFor, type Dictionary } from './nudge/translate.ts';
import type { SiteAdapter } from './sites/adapter.ts';

export interface BoxEnvironment {
  adapter: SiteAdapter;
  dictionary(): Dictionary;
  analyze(draft: AnalyzeRequest['draft']): Promise<AnalyzeResponse | undefined>;
  openChecklist(): void;
  /** Opens the options page at the choice of guideline set. */
  openSetChoice?(): void;
  /** The number of findings shown changed (the tab's badge follows). */
  countChanged(): void;
  /** This box's panel is opening: one panel at a time, so the others close. */
  opening(box: ComposeBox): void;
  /** What this box's open panel must not cover: other boxes' badges (the site's send controls are added here). */
  obstacles(box: ComposeBox): Rect[];
}

export class ComposeBox {
  private readonly host: NudgeHost;
  /**
   * The nudge renders once the user works in the box (focus or text): a busy
   * feed has a comment box under every post, and most are never touched.
   */
  private engaged = false;
  private readonly stopTracking: () => void;
  private stopFollowing: (() => void) | undefined;
  private readonly dismissals = new Dismissals();
  private readonly actions: NudgeActions;

  /** Bumped for every analysis; an answer for an older one is dropped. */
  private generation = 0;
  private analysedText = '';
  private findings: Finding[] = [];
  private shown: Finding[] = [];
  private setName = '';
  private setLanguage = '';
  /** The DM's conversation (site and person), for the once-per-conversation reminder. */
  private conversation: string | undefined;
  /** The last answer said no guideline set is chosen. */
  private noSet = false;
  private ready = true;
  private open = false;
  private busy = false;
  private status: string | undefined;
  private announcement = '';
  private destroyed = false;
  /** The open panel's content height when last rendered: where obstacles leave a choice, room for all of it wins. */
  private panelHeight = 0;

  constructor(
    readonly editor: HTMLElement,
    private readonly env: BoxEnvironment,
  ) {
    this.host = new NudgeHost();
    this.host.setSurface(this.surface());
    this.actions = {
      toggle: () => this.toggle(),
      close: () => this.close(true),
      fix: (finding, byPointer) => detached(this.fix(finding, byPointer)),
      dismiss: (finding) => this.dismiss(finding),
      checklist: () => this.env.openChecklist(),
      chooseSet: () => this.env.openSetChoice?.(),
    };
    const stopTracking = trackEditor(editor, {
      changed: guarded(() => this.markPending()),
      settled: guarded(() => detached(this.analyse(false))),
    });
    const onFocus = guarded(() => this.engage());
    editor.addEventListener('focusin', onFocus);
    this.stopTracking = () => {
      stopTracking();
      editor.removeEventListener('focusin', onFocus);
    };
    // A draft restored by the site (or typed before Varsom started) is looked at at once.
    if (readEditorText(editor).text.trim() !== '' || editor.contains(document.activeElement)) {
      this.engage();
      detached(this.analyse(false));
    }
  }

  get shownCount(): number {
    return this.shown.length;
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** The nudge's host element (events from inside it belong to this box). */
  get hostElement(): HTMLElement {
    return this.host.element;
  }

  /** Where this box's badge is on screen, while it shows one. */
  badgeRect(): Rect | undefined {
    return this.shown.length > 0 ? this.host.badgeRect() : undefined;
  }

  /** Looks at the text again; `force` even when it has not changed (settings or the URL changed). */
  async analyse(force: boolean): Promise<void> {
    if (this.destroyed) return;
    const { text } = readEditorText(this.editor);
    const surface = this.surface();
    this.host.setSurface(surface);
    if (!force && text === this.analysedText) {
      if (!this.ready) {
        this.ready = true;
        this.render();
      }
      return;
    }
    const generation = ++this.generation;
    if (text.trim() === '') {
      this.apply(text, [], this.setName);
      return;
    }
    this.ready = false;
    this.render();
    const recipient = surface === 'dm' ? this.env.adapter.recipientOf(this.editor) : undefined;
    this.conversation = surface === 'dm' ? conversationKey(this.env.adapter.site, recipient) : undefined;
    const result = await this.env.analyze({
      text,
      site: this.env.adapter.site,
      surface,
      ...(recipient ? { recipient } : {}),
    });
    if (this.destroyed || generation !== this.generation) return;
    // No answer (the worker failed twice): show nothing rather than stale findings.
    if (result) {
      this.setLanguage = result.set?.language ?? '';
      this.noSet = result.set === null;
    }
    this.apply(text, result?.findings ?? [], result ? (result.set?.name ?? '') : this.setName);
  }

  toggle(): void {
    if (this.open) {
      this.close(true);
      return;
    }
    this.engage();
    this.env.opening(this);
    this.open = true;
    this.status = undefined;
    this.render();
    this.host.focusPanel();
  }

  /** Closes the panel; focus goes back to the compose box when it was in the nudge (or asked for). */
  close(returnFocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    this.status = undefined;
    this.render();
    if (returnFocus) this.editor.focus({ preventScroll: true });
  }

  /** Re-renders with the current strings (the interface language changed). */
  refresh(): void {
    this.render();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.generation++;
    this.stopTracking();
    this.stopFollowing?.();
    this.host.remove();
  }

  private engage(): void {
    if (this.engaged || this.destroyed) return;
    this.engaged = true;
    this.render();
  }

  /** The text is changing: the badge no longer describes it (once per burst of typing). */
  private markPending(): void {
    this.engage();
    if (!this.ready || this.shown.length === 0) return;
    this.ready = false;
    this.render();
  }

  private surface(): Surface {
    return this.env.adapter.surfaceOf(this.editor, location.pathname);
  }

  private apply(text: string, findings: Finding[], setName: string): void {
    const before = this.shown.length;
    this.analysedText = text;
    this.findings = findings;
    this.setName = setName;
    this.ready = true;
    if (text.trim() === '' && this.shown.some(isKnownPersonReminder)) {
      // Sent (or emptied) while the reminder showed: it has done its work in this conversation.
      conversationReminders.remember(this.conversation);
    }
    this.shown = this.visibleOf(findings, text);
    if (text.trim() === '') {
      // Emptied or posted: a new draft starts with a closed panel and nothing dismissed.
      this.open = false;
      this.status = undefined;
    }
    this.afterCountChange(before);
    this.render();
  }

  /** What the nudge shows of `findings`: minus a reminder this conversation already had, minus dismissals. */
  private visibleOf(findings: readonly Finding[], text: string): Finding[] {
    return this.dismissals.visible(conversationReminders.visible(this.conversation, findings), text);
  }

  private dismiss(finding: Finding): void {
    const before = this.shown.length;
    this.dismissals.dismiss(finding, this.analysedText);
    if (isKnownPersonReminder(finding)) conversationReminders.remember(this.conversation);
    this.shown = this.visibleOf(this.findings, this.analysedText);
    this.afterCountChange(before);
    if (this.shown.length === 0) {
      // Nothing left to show: the panel closes and the user is back in the text.
      this.close(true);
      return;
    }
    this.render();
    // The dismissed card (and the focused button) is gone: keep focus in the panel.
    if (this.open) this.host.focusPanel();
  }

  private async fix(finding: Finding, byPointer: boolean): Promise<void> {
    const fix = finding.fix;
    if (!fix || this.busy) return;
    this.busy = true;
    this.status = undefined;
    this.render();
    // The edit needs focus in the editor. A keyboard user who acted from the
    // panel gets focus back there, to go on through the findings; after a
    // mouse click it stays in the editor, where the user goes on typing.
    const fromKeyboard = !byPointer && this.host.holds(document.activeElement);
    let outcome: FixOutcome;
    try {
      if (fix.type === 'insert') {
        outcome = await insertText(this.editor, fix.text, fix.position);
      } else {
        const original = this.analysedText.slice(fix.span[0], fix.span[1]);
        outcome = await replaceSpan(this.editor, fix.span, fix.replacement, original);
      }
    } catch {
      outcome = 'failed';
    }
    if (this.destroyed) return;
    this.busy = false;
    this.status = this.outcomeText(fix.type, outcome);
    this.render();
    if (fromKeyboard && this.open) this.host.focusPanel();
    // The editor's change arrives through the tracker; looking now saves the user the pause.
    if (outcome === 'applied') detached(this.analyse(false));
  }

  private outcomeText(type: 'insert' | 'mask', outcome: FixOutcome): string {
    const t = translatorFor(this.env.dictionary());
    switch (outcome) {
      case 'applied':
        return t(type === 'insert' ? 'nudge_fix_inserted' : 'nudge_fix_masked');
      case 'copied':
        return t(type === 'insert' ? 'nudge_fix_copied_insert' : 'nudge_fix_copied_mask');
      case 'stale':
        return t('nudge_fix_stale');
      case 'failed':
        return t('nudge_fix_failed');
    }
  }

  private afterCountChange(before: number): void {
    const count = this.shown.length;
    if (count === before) return;
    const t = translatorFor(this.env.dictionary());
    this.announcement =
      count === 0 ? t('nudge_announce_none') : t(count === 1 ? 'nudge_announce_one' : 'nudge_announce_other', count);
    this.env.countChanged();
  }

  private layout(): NudgeLayout {
    const rect = this.editor.getBoundingClientRect();
    const root = document.documentElement;
    const viewport = { width: root.clientWidth || window.innerWidth, height: root.clientHeight || window.innerHeight };
    // Only an open panel can cover anything: the look-ups are skipped otherwise.
    if (!this.open) return layoutNudge(rect, viewport);
    const obstacles = [
      ...this.env.obstacles(this),
      ...this.env.adapter.sendControlsOf(this.editor).map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0),
    ];
    return layoutNudge(rect, viewport, obstacles, this.panelHeight);
  }

  private place(): void {
    if (this.destroyed) return;
    const layout = this.layout();
    this.raise();
    this.host.place(layout);
    if (this.open) this.render(layout);
  }

  /** The nudge goes where the box can be seen and used: into its open modal dialog, else on <html>. */
  private raise(): void {
    this.host.raise(modalDialogOf(this.editor) ?? document.documentElement);
  }

  /** Only a nudge with something on screen follows its box around. */
  private updateFollowing(): void {
    const needed = this.shown.length > 0 || this.open;
    if (needed && !this.stopFollowing) {
      this.stopFollowing = followBox(this.editor, guarded(() => this.place()));
    } else if (!needed && this.stopFollowing) {
      this.stopFollowing();
      this.stopFollowing = undefined;
    }
  }

  private render(given?: NudgeLayout): void {
    if (this.destroyed || !this.engaged) return;
    const layout = given ?? this.layout();
    this.updateFollowing();
    this.raise();
    this.host.place(layout);
    this.host.render(
      {
        findings: this.shown,
        text: this.analysedText,
        setName: this.setName,
        ...(this.noSet ? { noSet: true } : {}),
        setLanguage: this.setLanguage,
        ready: this.ready,
        open: this.open,
        busy: this.busy,
        ...(this.status ? { status: this.status } : {}),
        announcement: this.announcement,
        layout,
        dictionary: this.env.dictionary(),
      },
      this.actions,
    );
    // Laid out before its content was known: once more with the height it turned out to need.
    const needed = this.open ? this.host.panelContentHeight() ?? 0 : 0;
    if (this.open && given === undefined && Math.abs(needed - this.panelHeight) > 8) {
      this.panelHeight = needed;
      this.render(this.layout());
    }
  }
}
