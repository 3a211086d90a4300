import { describe, expect, it } from 'vitest';
import { MAX_HOPS, resolveChain, type ChainDeps, type HopAnswer } from '../../../src/background/resolver/chain';

/** A fake web: address → answer; every request is recorded. */
function web(answers: Record<string, HopAnswer>, allowed: (origin: string) => boolean = () => true) {
  const requested: string[] = [];
  const deps: ChainDeps = {
    fetchHop: async (url) => {
      requested.push(url);
      const answer = answers[url];
      if (!answer) throw new TypeError('network error');
      return answer;
    },
    mayContact: async (origin) => allowed(origin),
  };
  return { deps, requested };
}
const to = (location: string, status = 302): HopAnswer => ({ status, location });
const page: HopAnswer = { status: 200, location: null };

describe('resolveChain', () => {
  it('follows redirects, relative ones too, to where the link arrives', async () => {
    const { deps, requested } = web({
      'https://bit.ly/x': to('https://click.example.net/go?id=1', 301),
      'https://click.example.net/go?id=1': to('/landing', 307),
      'https://click.example.net/landing': to('https://shop.example.org/p/1#top', 308),
      'https://shop.example.org/p/1': page,
    });
    const chain = await resolveChain('https://bit.ly/x', deps);
    expect(chain.end).toEqual({ kind: 'arrived' });
    expect(chain.final).toBe('https://shop.example.org/p/1');
    expect(chain.hops.map((h) => h.status)).toEqual([301, 307, 308, 200]);
    expect(requested).toHaveLength(4);
  });

  it('stops before a private address and never requests it', async () => {
    const { deps, requested } = web({ 'https://bit.ly/x': to('http://169.254.169.254/latest/meta-data/') });
    const chain = await resolveChain('https://bit.ly/x', deps);
    expect(chain.end).toEqual({
      kind: 'refused',
      reason: 'private-address',
      url: 'http://169.254.169.254/latest/meta-data/',
    });
    expect(requested).toEqual(['https://bit.ly/x']);
  });

  it('stops before a non-web scheme', async () => {
    const { deps } = web({ 'https://bit.ly/x': to('javascript:alert(1)') });
    expect((await resolveChain('https://bit.ly/x', deps)).end).toMatchObject({ kind: 'refused', reason: 'scheme' });
  });

  it(`gives up after ${MAX_HOPS} hops (a loop)`, async () => {
    const { deps, requested } = web({
      'https://a.example.com/': to('https://b.example.com/'),
      'https://b.example.com/': to('https://a.example.com/'),
    });
    const chain = await resolveChain('https://a.example.com/', deps);
    expect(chain.end).toEqual({ kind: 'too-many-hops' });
    expect(requested).toHaveLength(MAX_HOPS);
  });

  it('asks for access to a site not yet allowed, without requesting it', async () => {
    const { deps, requested } = web(
      { 'https://bit.ly/x': to('https://shop.example.org/') },
      (origin) => origin === 'https://bit.ly',
    );
    const chain = await resolveChain('https://bit.ly/x', deps);
    expect(chain.end).toEqual({ kind: 'needs-access', origin: 'https://shop.example.org' });
    expect(requested).toEqual(['https://bit.ly/x']);
  });

  it('reports a site that does not answer', async () => {
    const { deps } = web({ 'https://bit.ly/x': to('https://gone.example.org/') });
    expect((await resolveChain('https://bit.ly/x', deps)).end).toEqual({
      kind: 'failed',
      url: 'https://gone.example.org/',
    });
  });

  it('treats a redirect status without Location as the end', async () => {
    const { deps } = web({ 'https://bit.ly/x': { status: 302, location: null } });
    expect((await resolveChain('https://bit.ly/x', deps)).end).toEqual({ kind: 'arrived' });
  });
});
