import { UI_LANGUAGES } from '../runtime/i18n';
import { useT } from './i18n-context';

/** A select of Flagpost's UI languages, each named in its own language; `emptyLabel` adds a "no choice" entry. */
export function LanguageSelect(props: {
  name?: string;
  value: string;
  emptyLabel?: string;
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <select name={props.name} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
      {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
      {UI_LANGUAGES.map((code) => (
        <option key={code} value={code}>
          {t(`language_${code}`)}
        </option>
      ))}
    </select>
  );
}
