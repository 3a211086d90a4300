import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Analysis } from '../core/model';
import { send } from '../runtime/messages';
import { useT } from '../ui/i18n-context';
import { SafetyCard, TraderCard } from './cards';
import { FindingsList, LinksList } from './lists';
import { HistoryView } from './report/history';
import { ReportView } from './report/report';
import { SaveSnapshot } from './snapshot/save-snapshot';

type State = { status: 'loading' } | { status: 'none' } | { status: 'ready'; analysis: Analysis } | { status: 'error' };

/** Keeps the popup in step with the service worker's stored analysis of the tab (it changes on in-page navigation). */
function useTabAnalysis(tabId: number | undefined): [State, () => void] {
  const [state, setState] = useState<State>({ status: 'loading' });
  const refresh = () => {
    if (tabId === undefined) return setState({ status: 'none' });
    send({ type: 'tab-analysis', tabId })
      .then((analysis) => setState(analysis ? { status: 'ready', analysis } : { status: 'none' }))
      .catch(() => setState({ status: 'error' }));
  };
  useEffect(() => {
    refresh();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && `tab:${tabId}` in changes) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return [state, refresh];
}

/** Any other shop: the user asks, and activeTab lets Flagpost read that one page. */
async function analyseOnRequest(tabId: number): Promise<void> {
  const script = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (script) await browser.scripting.executeScript({ target: { tabId }, files: [script] });
}

export function Popup({ tab }: { tab: browser.Tabs.Tab | null }) {
  const t = useT();
  const [state] = useTabAnalysis(tab?.id);
  const canAnalyse = tab?.id !== undefined && /^https?:/.test(tab.url ?? '');
  const [view, setView] = useState<'analysis' | 'report' | 'history'>('analysis');
  const back = () => setView('analysis');
  if (view === 'history') return <HistoryView onBack={back} />;
  if (view === 'report' && state.status === 'ready')
    return <ReportView analysis={state.analysis} tabId={canAnalyse ? tab.id : undefined} language={document.documentElement.lang} onBack={back} onHistory={() => setView('history')} />;

  return (
    <>
      <header>
        <div class="brand">
          <img src="/icons/icon-32.png" alt="" />
          <h1>{t('extName')}</h1>
        </div>
        <button type="button" class="link" data-testid="open-history" onClick={() => setView('history')}>
          {t('notice_history')}
        </button>
      </header>
      {state.status === 'loading' && <p aria-live="polite">{t('popupLoading')}</p>}
      {state.status === 'error' && <p role="alert">{t('popupError')}</p>}
      {state.status === 'none' && (
        <div class="card">
          <p>{t('popupNoListing')}</p>
          {canAnalyse && (
            <button class="primary" onClick={() => void analyseOnRequest(tab.id as number)}>
              {t('popupAnalyseThisPage')}
            </button>
          )}
        </div>
      )}
      {state.status === 'ready' && (
        <>
          {state.analysis.unreadable.length > 0 && (
            <p class="card unreadable" role="note">
              {t('popupLayoutChanged')}
            </p>
          )}
          <p class="muted" data-testid="listing-title">
            {state.analysis.listing.title ?? state.analysis.url}
          </p>
          <button type="button" class="primary" data-testid="report-listing" onClick={() => setView('report')}>
            {t('notice_report_button')}
          </button>
          <FindingsList analysis={state.analysis} />
          <TraderCard analysis={state.analysis} />
          <SafetyCard analysis={state.analysis} />
          <LinksList analysis={state.analysis} />
        </>
      )}
      {canAnalyse && state.status !== 'loading' && <SaveSnapshot tabId={tab.id as number} />}
    </>
  );
}
