import { duplicateKey } from './duplicate-keys';
import { MAX_KEY_HISTORY, rotationIsEndorsed, verifyPack } from './signature';
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

/** A key history is short and never names a key twice (a loop of 20,001 steps took 8 s to verify). */
const isKeyHistory = (history: unknown) =>
  Array.isArray(history) &&
  history.length <= MAX_KEY_HISTORY &&
  history.every(isEndorsement) &&
  new Set(history.map((step: { publicKey: string }) => step.publicKey)).size === history.length;

function isSigned(value: unknown): value is SignedPack {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'pack') || !Object.hasOwn(value, 'signature')) return false;
  const s = (value as Partial<SignedPack>).signature;
  return (
    s?.alg === 'Ed25519' &&
    typeof s.publicKey === 'string' &&
    typeof s.value === 'string' &&
    (s.keyHistory === undefined || isKeyHistory(s.keyHistory))
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
  const duplicate = duplicateKey(text);
  if (duplicate !== null) return { ok: false, refusal: 'unreadable', detail: [`duplicate key "${duplicate}"`] };
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
