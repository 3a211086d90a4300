import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../core/i18n/translate';
import type { Channel } from '../../core/notice/channel';
import { mailtoUrl, noticeEml } from '../../core/notice/email';
import { printableNotice } from '../../core/notice/printable';
import type { Notice } from '../../core/notice/types';
import { loadTranslator } from '../../runtime/i18n';
import { useT } from '../../ui/i18n-context';
import { downloadFile } from '../../ui/download';

/** The translator for the notice's own language, which may differ from the UI's. */
export function useNoticeTranslator(language: string): Translate | null {
  const [translate, setTranslate] = useState<Translate | null>(null);
  useEffect(() => {
    void loadTranslator(language).then((t) => setTranslate(() => t));
  }, [language]);
  return translate;
}

/** The notice as files for the user to file: JSON and printable HTML, and for the email channel a message. */
export function NoticeFiles({ notice, channel }: { notice: Notice; channel: Channel }) {
  const t = useT();
  const inNotice = useNoticeTranslator(notice.language);
  if (!inNotice) return null;
  return (
    <div class="actions" data-testid="notice-files">
      {channel.kind === 'email' && (
        <>
          <a
            class="button primary"
            href={mailtoUrl(notice, channel.address, inNotice)}
            target="_blank"
            rel="noreferrer"
            data-testid="notice-mailto"
          >
            {t('notice_open_mail')}
          </a>
          <button
            type="button"
            onClick={() =>
              downloadFile(`notice-${notice.id}.eml`, 'message/rfc822', noticeEml(notice, channel.address, inNotice))
            }
          >
            {t('notice_download_eml')}
          </button>
        </>
      )}
      <button
        type="button"
        onClick={() => downloadFile(`notice-${notice.id}.json`, 'application/json', JSON.stringify(notice, null, 2))}
      >
        {t('notice_download_json')}
      </button>
      <button
        type="button"
        onClick={() => downloadFile(`notice-${notice.id}.html`, 'text/html', printableNotice(notice, inNotice))}
      >
        {t('notice_download_print')}
      </button>
    </div>
  );
}
