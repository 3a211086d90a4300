import type { Analysis } from '../core/model';
import { useT } from '../ui/i18n-context';
import { RESOLVABLE_KINDS, ResolveLink } from './links-resolve';

export function FindingsList({ analysis }: { analysis: Analysis }) {
  const t = useT();
  return (
    <section class="card" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('findingsHeading', [String(analysis.findings.length)])}</h2>
      {analysis.findings.length === 0 ? (
        <p class="muted">{t('findingsNone')}</p>
      ) : (
        <ul class="plain">
          {analysis.findings.map((finding) => (
            <li key={finding.id} data-finding={finding.id}>
              <span class={`sev ${finding.severity}`}>{t(`severity_${finding.severity}`)}</span>{' '}
              <span class="finding-title">{finding.title}</span>
              <div>{finding.detail}</div>
              <div class="muted">{t('legalBasis', [finding.legalBasis])}</div>
              {finding.campaign && (
                <div class="muted" data-testid="finding-campaign">
                  {t('campaign_finding_of', [finding.campaign])}
                </div>
              )}
              {finding.evidence.length > 0 && (
                <ul class="evidence">
                  {finding.evidence.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function LinksList({ analysis }: { analysis: Analysis }) {
  const t = useT();
  if (analysis.links.length === 0) return null;
  return (
    <section class="card" aria-labelledby="links-heading">
      <h2 id="links-heading">{t('linksHeading', [String(analysis.links.length)])}</h2>
      <ul class="plain">
        {analysis.links.map((link, i) => (
          <li key={i}>
            <span class={`sev ${link.suspicious ? 'medium' : 'info'}`}>{t(`link_kind_${link.kind.replace(/-/g, '_')}`)}</span>{' '}
            {link.text && <span>{link.text} </span>}
            <div class="link-href">{link.href}</div>
            {RESOLVABLE_KINDS.has(link.kind) && <ResolveLink href={link.href} pageUrl={analysis.url} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
