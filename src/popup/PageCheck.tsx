// "What Varsom sees on this page": the compose boxes the content script
// watches, by their shape only, and a plain-text report to hand to IT when a
// site has changed and Varsom misses a box. Nothing here shows page text.
import browser from 'webextension-polyfill';
import { useRef, useState } from 'preact/hooks';
import type { Site } from '../engine/types.ts';
import type { BoxDescription, TabState } from '../shared/messages.ts';
import { useI18n } from '../ui/i18n.tsx';
import { pageReport } from './page-report.ts';

type CopyState = 'idle' | 'copied' | 'failed';

function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

export function PageCheck({ state, site, enabled }: { state: TabState; site: Site; enabled: boolean }) {
  const { t } = useI18n();
  // What was last copied (or failed to be): the status is derived from it, so a
  // report that has changed since reads as not copied, with no effect to reset
  // it (an effect that ran late could wipe a fresh "copied").
  const [attempt, setAttempt] = useState<{ report: string; ok: boolean }>();
  const area = useRef<HTMLTextAreaElement>(null);
  const report = pageReport({
    version: extensionVersion(),
    userAgent: navigator.userAgent,
    now: new Date(),
    site,
    paused: !enabled,
    boxes: state.boxes,
    page: state.page,
    watching: state.watching,
  });

  const copy: CopyState = attempt?.report !== report ? 'idle' : attempt.ok ? 'copied' : 'failed';

  // Only ever on the user's click: the clipboard is written once, with the report shown.
  const copyReport = () => {
    navigator.clipboard.writeText(report).then(
      () => setAttempt({ report, ok: true }),
      () => {
        setAttempt({ report, ok: false });
        // Ready for Ctrl+C by hand.
        area.current?.focus();
        area.current?.select();
      },
    );
  };

  return (
    <details class="page-check" id="page-check">
      <summary>{t('check_heading')}</summary>
      <p class="muted">{t('check_intro')}</p>
      <Boxes state={state} enabled={enabled} siteName={t(`site_${site}`)} />
      <label for="page-report" class="report-label">
        {t('check_report_label')}
      </label>
      <textarea id="page-report" class="report" readOnly rows={9} spellcheck={false} value={report} ref={area} />
      <div class="copy-row">
        <button type="button" id="copy-report" class="secondary" onClick={copyReport}>
          {t('check_copy')}
        </button>
        <p role="status" id="copy-status" data-state={copy}>
          {copy === 'copied' ? t('check_copied') : copy === 'failed' ? t('check_copy_failed') : ''}
        </p>
      </div>
    </details>
  );
}

function Boxes({ state, enabled, siteName }: { state: TabState; enabled: boolean; siteName: string }) {
  const { t } = useI18n();
  const boxes = state.boxes;
  if (!enabled) return <p id="check-boxes-none">{t('check_paused', siteName)}</p>;
  if (boxes === undefined) return <p id="check-boxes-none">{t('check_not_running')}</p>;
  if (boxes.length === 0) return <p id="check-boxes-none">{t('check_none')}</p>;
  const more = state.watching - boxes.length;
  return (
    <ul class="check-boxes" id="check-boxes">
      {boxes.map((box, i) => (
        <li
          key={i}
          data-surface={box.surface}
          data-editor={box.editor}
          data-recipient={box.recipient === null ? 'n/a' : String(box.recipient)}
          data-dialog={String(box.dialog)}
          data-shadow={String(box.shadow)}
        >
          {describe(box, t)}
        </li>
      ))}
      {more > 0 ? <li class="muted">{t('check_more', more)}</li> : null}
    </ul>
  );
}

function describe(box: BoxDescription, t: ReturnType<typeof useI18n>['t']): string {
  const parts = [t(`check_surface_${box.surface}`), t('check_editor', box.editor)];
  if (box.recipient !== null) parts.push(t(box.recipient ? 'check_recipient_found' : 'check_recipient_missing'));
  if (box.dialog) parts.push(t('check_in_dialog'));
  return parts.join(', ');
}
