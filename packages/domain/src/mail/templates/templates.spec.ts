import { describe, expect, it } from '@jest/globals';
import { mailTemplates } from './templates.js';

const verify = mailTemplates['verify-email'];
const URL_WITH_QUERY = 'https://account.example.com/verify-email?token=AbC-_123&utm=mail';

/** The href of every <a> in an HTML body, with attribute entities decoded. */
const hrefs = (html: string) =>
  [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );

describe("mail template 'verify-email'", () => {
  it('has a fixed subject that carries no user input', () => {
    const mail = verify({ name: 'Evil\r\nBcc: victim@example.com', url: URL_WITH_QUERY, hours: 48 });
    expect(mail.subject).toBe('Verify your e-mail address for Keboola Connection');
  });

  it('puts the link in the text body verbatim, on a line of its own', () => {
    const { text } = verify({ name: 'Jana', url: URL_WITH_QUERY, hours: 48 });
    expect(text.split('\n')).toContain(URL_WITH_QUERY);
  });

  it('puts the link in the HTML body as the button href (attribute-escaped, decodes back to the URL)', () => {
    const { html } = verify({ name: 'Jana', url: URL_WITH_QUERY, hours: 48 });
    expect(hrefs(html)).toEqual([URL_WITH_QUERY]);
    expect(html).toContain('token=AbC-_123&amp;utm=mail');
    expect(html).not.toContain('token=AbC-_123&utm=mail');
  });

  it('states how long the link works, in both bodies', () => {
    const mail = verify({ name: 'Jana', url: URL_WITH_QUERY, hours: 72 });
    expect(mail.text).toContain('72 hours');
    expect(mail.html).toContain('72 hours');
  });

  it('greets the user by name', () => {
    const mail = verify({ name: 'Jana Nováková', url: URL_WITH_QUERY, hours: 48 });
    expect(mail.text).toMatch(/^Hello Jana Nováková,/);
    expect(mail.html).toContain('<p>Hello Jana Nováková,</p>');
  });

  it('escapes HTML in the user-provided name', () => {
    const name = `<script>alert("x")</script><img src=x onerror=alert(1)> & O'Brien`;
    const { html, text } = verify({ name, url: URL_WITH_QUERY, hours: 48 });
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; O&#39;Brien');
    expect(html).not.toMatch(/<script|<img/i);
    // Exactly one element-starting "<a" (the button): the name added no markup.
    expect(hrefs(html)).toHaveLength(1);
    // The plain-text body is not HTML: the name appears as typed.
    expect(text).toContain(name);
  });

  it('cannot be broken out of the href attribute by the URL', () => {
    const url = 'https://account.example.com/verify-email?token=x" onclick="alert(1)';
    const { html } = verify({ name: 'Jana', url, hours: 48 });
    expect(html).not.toContain('" onclick="');
    expect(hrefs(html)).toEqual([url]);
  });
});

describe("mail template 'token-expiry-reminder'", () => {
  const reminder = mailTemplates['token-expiry-reminder'];
  const TOKENS_URL = 'https://account.example.com/account/access-tokens';
  const data = { name: 'Jana', description: 'CI deploy', expiresAt: new Date('2026-03-14T09:26:53Z'), url: TOKENS_URL };

  it('names the token and its expiry (date and UTC time) in both bodies', () => {
    const { text, html } = reminder(data);
    expect(text).toContain('Your Management API token "CI deploy" expires on 2026-03-14 at 09:26 UTC.');
    expect(html).toContain('Your Management API token &quot;CI deploy&quot; expires on 2026-03-14 at 09:26 UTC.');
  });

  it('has a subject with the expiry date and none of the user-provided description', () => {
    const mail = reminder({ ...data, description: 'Evil\r\nBcc: victim@example.com' });
    expect(mail.subject).toBe('Your Management API token expires on 2026-03-14');
  });

  it('links to the Access Tokens page: verbatim on its own line in the text, as the button in the HTML', () => {
    const { text, html } = reminder(data);
    expect(text.split('\n')).toContain(TOKENS_URL);
    expect(hrefs(html)).toEqual([TOKENS_URL]);
  });

  it('escapes HTML in the description and the name', () => {
    const { html, text } = reminder({ ...data, name: '<b>Jana</b>', description: '<img src=x onerror=alert(1)> & "quotes"' });
    expect(html).not.toMatch(/<img|<b>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(hrefs(html)).toHaveLength(1);
    expect(text).toContain('"<img src=x onerror=alert(1)> & "quotes""');
  });
});
