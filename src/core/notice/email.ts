import type { Translate } from '../i18n/translate';
import { noticeFields } from './fields';
import type { Notice } from './types';

/** The notice as plain text: the explanation, then every other field as "path: value". */
export function noticeText(notice: Notice, t: Translate): string {
  const rows = noticeFields(notice).filter(([path]) => path !== 'explanation');
  return [
    t('notice_print_title'),
    '',
    notice.explanation,
    '',
    t('notice_print_fields'),
    ...rows.map(([path, value]) => `${path}: ${value}`),
  ].join('\n');
}

function subjectOf(notice: Notice, t: Translate): string {
  const location = notice.locations[0];
  return `${t('notice_print_title')}: ${location?.title ?? location?.url ?? notice.id}`;
}

/** A mailto: link to the platform's DSA contact point; mail programs cap its length, so the full notice is in the .eml. */
export function mailtoUrl(notice: Notice, address: string, t: Translate): string {
  const body = noticeText(notice, t).slice(0, 1800);
  return `mailto:${encodeURIComponent(address)}?subject=${encodeURIComponent(subjectOf(notice, t))}&body=${encodeURIComponent(body)}`;
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/.{76}/g, '$&\r\n');
}

/** RFC 2047 encoded word, so names and titles in any language survive mail headers. */
const encodedWord = (text: string) =>
  /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${base64(text).replace(/\r\n/g, '')}?=`;

/** A complete message (RFC 5322, MIME multipart) with the notice as text and its JSON attached, ready to open in a mail program. */
export function noticeEml(notice: Notice, address: string, t: Translate): string {
  const boundary = `flagpost-${notice.id}`;
  const from = notice.notifier.email
    ? `${notice.notifier.name ? `${encodedWord(notice.notifier.name)} ` : ''}<${notice.notifier.email}>`
    : null;
  const headers = [
    ...(from ? [`From: ${from}`] : []),
    `To: <${address}>`,
    `Subject: ${encodedWord(subjectOf(notice, t))}`,
    `Date: ${new Date(notice.createdAt).toUTCString()}`,
    `Message-ID: <${notice.id}@flagpost.invalid>`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const name = `notice-${notice.id}.json`;
  return [
    ...headers,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64(noticeText(notice, t)),
    `--${boundary}`,
    `Content-Type: application/json; name="${name}"`,
    `Content-Disposition: attachment; filename="${name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64(JSON.stringify(notice, null, 2)),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
