import browser from 'webextension-polyfill';

/** What the user did with one listing of a campaign's list. */
export interface Review {
  url: string;
  decision: 'filed' | 'dismissed' | 'nothing' | 'failed';
  noticeId: string | null;
  at: string;
}

// storage.local, per campaign: survives closing the page and restarting the browser.
const keyOf = (campaign: string) => `campaignReviews:${campaign}`;

export async function loadReviews(campaign: string): Promise<Review[]> {
  return ((await browser.storage.local.get(keyOf(campaign)))[keyOf(campaign)] as Review[] | undefined) ?? [];
}

export async function addReview(campaign: string, review: Review): Promise<Review[]> {
  const reviews = [...(await loadReviews(campaign)).filter((r) => r.url !== review.url), review];
  await browser.storage.local.set({ [keyOf(campaign)]: reviews });
  return reviews;
}
