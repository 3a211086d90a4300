import { rotationIsEndorsed, verifyPack } from './signature';
import type { CampaignPack, PackCheck, SignedPack } from './types';
import { packProblems } from './validate';

/** What Flagpost already holds for this campaign id: the key pinned at first import, and the version. */
export interface Pinned {
  publicKey: string;
  version: number;
}

const isEndorsement = (step: unknown) =>
  typeof step === 'object' &&
  step !== null &&
  typeof (step as { publicKey?: unknown }).publicKey === 'string' &&
  typeof (step as { value?: unknown }).value === 'string';

function isSigned(value: unknown): value is SignedPack {
  const s = (value as Partial<SignedPack> | null)?.signature;
  return (
    typeof value === 'object' &&
    value !== null &&
    'pack' in value &&
    s?.alg === 'Ed25519' &&
    typeof s.publicKey === 'string' &&
    typeof s.value === 'string' &&
    (s.keyHistory === undefined || (Array.isArray(s.keyHistory) && s.keyHistory.every(isEndorsement)))
  );
}

/** Whether the campaign is over on `now`'s (UTC) date; `ends` is inclusive. */
export const hasEnded = (pack: CampaignPack, now: Date) => pack.ends < now.toISOString().slice(0, 10);

/**
 * Every check a pack file passes before anything is stored: readable, signed by the key it carries,
 * valid against the schema, not over, and — for a campaign already known — signed by the pinned key
 * (or by a key the pinned one endorsed) and not older than what is held. The first failing check refuses it.
 */
export async function checkPack(
  text: string,
  options: { now: Date; pinned: (id: string) => Pinned | undefined },
): Promise<PackCheck> {
  let signed: unknown;
  try {
    signed = JSON.parse(text);
  } catch {
    return { ok: false, refusal: 'unreadable', detail: [] };
  }
  if (!isSigned(signed)) return { ok: false, refusal: 'unreadable', detail: ['signature'] };
  const { pack, signature } = signed;
  if (!(await verifyPack(pack, signature.publicKey, signature.value)))
    return { ok: false, refusal: 'signature', detail: [] };
  const problems = packProblems(pack);
  if (problems.length > 0) return { ok: false, refusal: 'schema', detail: problems };
  const valid = pack as CampaignPack;
  if (hasEnded(valid, options.now)) return { ok: false, refusal: 'expired', detail: [valid.ends] };
  const pinned = options.pinned(valid.id);
  const rotated = pinned !== undefined && pinned.publicKey !== signature.publicKey;
  // Another key is taken only when the pinned key itself signed the hand-over (possibly over several steps).
  if (
    rotated &&
    !(await rotationIsEndorsed(valid.id, signature.keyHistory ?? [], pinned.publicKey, signature.publicKey))
  )
    return { ok: false, refusal: 'key-changed', detail: [pinned.publicKey, signature.publicKey] };
  if (pinned && valid.version < pinned.version)
    return { ok: false, refusal: 'older', detail: [String(valid.version), String(pinned.version)] };
  return {
    ok: true,
    pack: valid,
    publicKey: signature.publicKey,
    ...(rotated ? { rotatedFrom: pinned.publicKey } : {}),
  };
}
