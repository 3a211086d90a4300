import { useT } from '../ui/i18n-context';

/** One fact: its value, "not shown" when the page shows none, or "could not read" when the layout was not recognised. */
export function Field(props: { label: string; path: string; value: string | null; unreadable: readonly string[] }) {
  const t = useT();
  const unreadable = props.unreadable.includes(props.path);
  return (
    <>
      <dt>{props.label}</dt>
      <dd>
        {unreadable ? (
          <span class="unreadable" title={t('fieldUnreadableHint')}>
            {t('fieldUnreadable')}
          </span>
        ) : props.value === null ? (
          <span class="muted">{t('fieldNotShown')}</span>
        ) : (
          props.value
        )}
      </dd>
    </>
  );
}
