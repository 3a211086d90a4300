import { useState } from 'preact/hooks';
import type { Channel } from '../../core/notice/channel';
import { endpointProblem } from '../../core/net/endpoint';
import { requestEndpointAccess } from '../../ui/host-access';
import { useT } from '../../ui/i18n-context';

type ApiChannel = Extract<Channel, { kind: 'api' }>;
type Outcome = { kind: 'refused' | 'no-access' | 'saved' | 'failed'; text: string };

/**
 * A platform's notice API: endpoint and token, kept only when "Save" is clicked. The address must be
 * https (http only on this computer); the click asks for host access to exactly its site, and says
 * in plain words when it was refused and what to do.
 */
export function EndpointForm({
  platform,
  saved,
  onSave,
}: {
  platform: string;
  saved: ApiChannel | null;
  onSave: (channel: ApiChannel) => Promise<void>;
}) {
  const t = useT();
  const [endpoint, setEndpoint] = useState(saved?.endpoint ?? '');
  const [token, setToken] = useState(saved?.token ?? '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const save = async () => {
    const address = endpoint.trim();
    const problem = endpointProblem(address);
    if (problem) return setOutcome({ kind: 'refused', text: t(`endpoint_problem_${problem.replace(/-/g, '_')}`) });
    const granted = await requestEndpointAccess(address);
    const origin = new URL(address).origin;
    try {
      await onSave({ kind: 'api', endpoint: address, token: token || null });
    } catch {
      return setOutcome({ kind: 'failed', text: t('endpoint_save_failed') });
    }
    setOutcome(
      granted
        ? { kind: 'saved', text: t('endpoint_saved', [origin]) }
        : { kind: 'no-access', text: t('endpoint_access_refused', [origin]) },
    );
  };

  return (
    <>
      <label>
        {t('notice_options_endpoint')}
        <input
          type="url"
          name={`endpoint-${platform}`}
          placeholder="https://"
          value={endpoint}
          onInput={(e) => setEndpoint(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('notice_options_token')}
        <input
          type="password"
          name={`token-${platform}`}
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
        />
      </label>
      <button type="button" name={`save-endpoint-${platform}`} onClick={() => void save()}>
        {t('endpoint_save')}
      </button>
      <p
        class="status"
        role={outcome && outcome.kind !== 'saved' ? 'alert' : 'status'}
        data-testid="endpoint-status"
        data-outcome={outcome?.kind}
      >
        {outcome?.text}
      </p>
    </>
  );
}
