import type { Translate } from '../i18n/translate';
import { noticeFields } from './fields';
import type { Notice } from './types';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A standalone, printable HTML document of the notice (prints well to PDF), for filing with a
 * consumer or market surveillance authority. Every value is escaped: listing text is page-derived.
 */
export function printableNotice(notice: Notice, t: Translate): string {
  const rows = noticeFields(notice)
    .filter(([path]) => path !== 'explanation')
    .map(([path, value]) => `<tr><th>${escape(path)}</th><td>${escape(value)}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="${escape(notice.language)}"><head><meta charset="utf-8"><title>${escape(t('notice_print_title'))} ${escape(notice.id)}</title>
<style>body{font:11pt/1.45 Georgia,serif;max-width:46em;margin:2em auto;color:#000}h1{font-size:16pt}pre{white-space:pre-wrap;font:inherit;border:1px solid #999;padding:.8em}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.25em .4em;text-align:left;vertical-align:top;font-size:9.5pt}th{width:34%;font-weight:normal;color:#333}
@media print{body{margin:0}a{color:#000}}</style></head><body>
<h1>${escape(t('notice_print_title'))}</h1><p>${escape(t('notice_print_intro'))}</p>
<h2>${escape(t('notice_field_explanation'))}</h2><pre>${escape(notice.explanation)}</pre>
<h2>${escape(t('notice_print_fields'))}</h2><table>${rows}</table></body></html>`;
}
