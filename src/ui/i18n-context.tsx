import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../core/i18n/translate';

export const TranslateContext = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(TranslateContext);
}
