import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ResolvedLink } from '../background/resolver/index';
import { resolverPermissions } from '../background/resolver/permissions';
import { linkKindMessageKey } from '../core/links/reasons';
import type { PageLink } from '../core/model';
import { send } from '../runtime/messages';
import { useT } from '../ui/i18n-context';

/** Links whose target is hidden behind a redirect: the ones worth resolving. */
export const RESOLVABLE_KINDS: ReadonlySet<PageLink['kind']> = new Set(['shortener', 'affiliate-redirect']);

type State =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'denied'; origin: string }
  | { status: 'done'; result: ResolvedLink }
  | { status: 'error' };

const originOf = (href: string) => {
  try {
    return new URL(href).origin;
  } catch {
    return null;
  }
};

/**
 * "Where does this lead?" for one link. Flagpost may contact a site only once the user allows it:
 * the permission is asked here, in the click (browsers require a user gesture), one site at a time.
 */
export function ResolveLink({ href, pageUrl }: { href: string; pageUrl: string }) {
  const t = useT();
  const [state, setState] = useState<State>({ status: 'idle' });
  // Known before the click: asking again for a site already allowed would need a gesture for nothing.
  const [allowed, setAllowed] = useState(false);
  useEffect(() => {
    const origin = originOf(href);
    if (origin && /^https?:/.test(origin)) {
      browser.permissions
        .contains(resolverPermissions(origin))
        .then(setAllowed)
        .catch(() => undefined);
    }
  }, [href]);

  const resolve = () => {
    setState({ status: 'working' });
    send({ type: 'resolve-link', href, pageUrl })
      .then((result) => setState({ status: 'done', result }))
      .catch(() => setState({ status: 'error' }));
  };
  /** Asks for `origin` in the click itself (an await before it would lose the user gesture), then resolves. */
  const allowAndResolve = (origin: string | null, known: boolean) => {
    // A refused address needs no permission: the service worker explains the refusal.
    if (known || origin === null || !/^https?:/.test(origin)) return resolve();
    browser.permissions
      .request(resolverPermissions(origin))
      .then((granted) => (granted ? resolve() : setState({ status: 'denied', origin })))
      .catch(() => setState({ status: 'error' }));
  };

  if (state.status === 'idle' || state.status === 'denied') {
    return (
      <div class="resolve">
        <button type="button" onClick={() => allowAndResolve(originOf(href), allowed)}>
          {t('resolveButton')}
        </button>
        {state.status === 'denied' && <p class="muted">{t('resolveDenied', [new URL(state.origin).host])}</p>}
      </div>
    );
  }
  if (state.status === 'working')
    return (
      <p class="resolve muted" aria-live="polite">
        {t('resolveWorking')}
      </p>
    );
  if (state.status === 'error')
    return (
      <p class="resolve" role="alert">
        {t('resolveError')}
      </p>
    );
  return <ResolveResult result={state.result} onAllow={(origin) => allowAndResolve(origin, false)} />;
}

function ResolveResult({ result, onAllow }: { result: ResolvedLink; onAllow: (origin: string) => void }) {
  const t = useT();
  const { end, destination } = result;
  const redirects = Math.max(0, result.hops.length - 1);
  return (
    <div class="resolve" role="status" data-resolve={end.kind}>
      {end.kind === 'arrived' && (
        <p>
          {t('resolveLeadsTo')}{' '}
          <span class="link-href" data-testid="resolved-final">
            {result.final}
          </span>{' '}
          {destination && (
            <span class={`sev ${destination.suspicious ? 'medium' : 'info'}`} data-kind={destination.kind}>
              {t(linkKindMessageKey(destination.kind))}
            </span>
          )}
        </p>
      )}
      {end.kind === 'refused' && <p>{t(`resolveRefused_${end.reason.replace(/-/g, '_')}`, [end.url])}</p>}
      {end.kind === 'too-many-hops' && <p>{t('resolveTooManyHops', [String(redirects)])}</p>}
      {end.kind === 'failed' && <p>{t('resolveFailed', [end.url])}</p>}
      {end.kind === 'needs-access' && (
        <>
          <p>{t('resolveNeedsAccess', [new URL(end.origin).host])}</p>
          <button type="button" onClick={() => onAllow(end.origin)}>
            {t('resolveAllow')}
          </button>
        </>
      )}
      {redirects > 0 && (
        <details>
          <summary>{t('resolveHops', [String(redirects)], redirects)}</summary>
          <ol class="hops">
            {result.hops.map((hop, i) => (
              <li key={i} class="link-href">
                {hop.status} {hop.url}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
