import { describe, expect, it } from 'vitest';
import { endpointAccessPattern, endpointProblem } from '../../src/core/net/endpoint';

describe('notice endpoints', () => {
  it.each([
    ['https://notices.example/v1', null],
    ['https://notices.example:8443/v1', null],
    ['http://127.0.0.1:4000/notices', null],
    ['http://127.8.9.10/notices', null],
    ['http://0x7f.1/notices', null],
    ['http://[::1]:4000/notices', null],
    ['http://localhost:4000/notices', null],
    ['http://192.168.1.20/notices', 'plain-http'],
    ['http://10.0.0.1/notices', 'plain-http'],
    ['http://notices.example/v1', 'plain-http'],
    ['http://127.0.0.1.nip.io/notices', 'plain-http'],
    ['http://localhost.evil.example/', 'plain-http'],
    ['http://[::ffff:127.0.0.1]/', 'plain-http'],
    ['ftp://notices.example/', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['data:text/plain,x', 'scheme'],
    ['https://user:secret@notices.example/', 'credentials'],
    ['notices.example/v1', 'invalid'],
    ['', 'invalid'],
  ])('%s: %s', (address, problem) => {
    expect(endpointProblem(address)).toBe(problem);
  });

  it('asks for access to exactly the endpoint’s scheme and host', () => {
    expect(endpointAccessPattern('https://notices.example:8443/v1/notices')).toBe('https://notices.example/*');
    expect(endpointAccessPattern('http://127.0.0.1:4000/notices')).toBe('http://127.0.0.1/*');
    expect(endpointAccessPattern('http://192.168.1.20/notices')).toBeNull();
  });
});
