// Tells the user, once, that stored data could not be used as-is. The live
// region exists from the start so screen readers announce the text when it
// arrives after the asynchronous load.
import type { SettingsNotice } from '../settings/index.ts';
import { useI18n } from './i18n.tsx';

export function NoticeBanner({ notices, currentSetName, onDismiss }: { notices: SettingsNotice[]; currentSetName: string; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div role="status" class="notice-region">
      {notices.length > 0 ? (
        <div class="notice" id="settings-notice" data-notices={notices.map((n) => n.code).join(' ')}>
          <ul>
            {notices.map((notice) => (
              <li key={`${notice.code}:${notice.setId ?? ''}`}>
                {notice.code === 'set_unavailable'
                  ? t('notice_set_unavailable', notice.setId ?? '')
                  : notice.code === 'imported_set_invalid'
                    ? t('notice_imported_set_invalid', notice.setId ?? '')
                    : t(`notice_${notice.code}`)}
              </li>
            ))}
          </ul>
          <button type="button" class="secondary" onClick={onDismiss}>
            {t('notice_dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
