import type { Analysis, Party } from '../core/model';
import { useT } from '../ui/i18n-context';
import { Field } from './field';

export function TraderCard({ analysis }: { analysis: Analysis }) {
  const t = useT();
  const { trader, unreadable } = analysis;
  const rows: [string, keyof typeof trader][] = [
    ['traderName', 'name'],
    ['traderLegalName', 'legalName'],
    ['traderAddress', 'address'],
    ['traderCountry', 'country'],
    ['traderEmail', 'email'],
    ['traderPhone', 'phone'],
    ['traderRegistration', 'registrationNumber'],
    ['traderVat', 'vatNumber'],
  ];
  return (
    <section class="card" aria-labelledby="trader-heading">
      <h2 id="trader-heading">{t('traderHeading')}</h2>
      <dl>
        {rows.map(([label, key]) => (
          <Field key={key} label={t(label)} path={`trader.${key}`} value={trader[key] as string | null} unreadable={unreadable} />
        ))}
        <Field
          label={t('traderStatus')}
          path="trader.status"
          value={t(`traderStatus_${trader.status}`)}
          unreadable={unreadable}
        />
      </dl>
    </section>
  );
}

function partyLine(party: Party): string | null {
  const parts = [party.name, party.address, party.email].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

export function SafetyCard({ analysis }: { analysis: Analysis }) {
  const t = useT();
  const { safety, unreadable } = analysis;
  return (
    <section class="card" aria-labelledby="safety-heading">
      <h2 id="safety-heading">{t('safetyHeading')}</h2>
      <dl>
        <Field label={t('safetyManufacturer')} path="safety.manufacturer.name" value={partyLine(safety.manufacturer)} unreadable={unreadable} />
        <Field
          label={t('safetyEuResponsible')}
          path="safety.euResponsiblePerson.name"
          value={partyLine(safety.euResponsiblePerson)}
          unreadable={unreadable}
        />
        <Field label={t('safetyCe')} path="safety.ceMarking" value={t(`ceMarking_${safety.ceMarking}`)} unreadable={unreadable} />
        <Field
          label={t('safetyWarnings')}
          path="safety.warnings"
          value={safety.warnings.length > 0 ? safety.warnings.join(' · ') : null}
          unreadable={unreadable}
        />
      </dl>
    </section>
  );
}
