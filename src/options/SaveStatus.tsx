// The polite live region that says "Saved" (or that saving failed).
import { useI18n } from '../ui/i18n.tsx';
import type { SaveState } from './use-save-status.ts';

export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useI18n();
  const text = state === 'saved' ? t('status_saved') : state === 'error' ? t('status_error') : '';
  return (
    <p id="save-status" class={`save-status ${state}`} role="status" aria-live="polite" data-state={state}>
      {text}
    </p>
  );
}
