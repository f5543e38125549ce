/** Mail templates: plain functions from data to subject, text and HTML. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function layout(title: string, paragraphs: string[], action?: { label: string; url: string }): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const button = action
    ? `<p><a href="${escapeHtml(action.url)}" style="background:#1f8fff;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="color:#666;font-size:12px">Or paste this link into your browser: ${escapeHtml(action.url)}</p>`
    : '';
  return `<!doctype html><html><body style="font-family:sans-serif;color:#222">
<h1 style="font-size:20px">${escapeHtml(title)}</h1>
${body}
${button}
<p style="color:#666;font-size:12px">Keboola Connection</p>
</body></html>`;
}

export const mailTemplates = {
  'verify-email': (d: { name: string; url: string; hours: number }): RenderedMail => ({
    subject: 'Verify your e-mail address for Keboola Connection',
    text: `Hello ${d.name},\n\nconfirm that this is your e-mail address by opening this link:\n\n${d.url}\n\nThe link works for ${d.hours} hours. If you did not create a Keboola Connection account, ignore this message.\n\nKeboola Connection\n`,
    html: layout(
      'Verify your e-mail address',
      [`Hello ${d.name},`, 'confirm that this is your e-mail address.', `The link works for ${d.hours} hours. If you did not create a Keboola Connection account, ignore this message.`],
      { label: 'Verify e-mail address', url: d.url },
    ),
  }),
  /** Every security change tells the account's owner, with a way out if it was not them. */
  'security-notice': (d: { name: string; subject: string; headline: string; detail: string; when: Date; ip: string | null; url: string }): RenderedMail => {
    const when = `${d.when.toISOString().replace('T', ' ').slice(0, 16)} UTC${d.ip ? ` from IP address ${d.ip}` : ''}`;
    const warning = 'If this was not you, sign in, change your password and review your active sessions in Account Settings, or contact Keboola support.';
    return {
      subject: d.subject,
      text: `Hello ${d.name},\n\n${d.headline}\n${d.detail}\n\nWhen: ${when}\n\n${warning}\n${d.url}\n\nKeboola Connection\n`,
      html: layout(d.headline, [`Hello ${d.name},`, d.detail, `When: ${when}`, warning], { label: 'Open Account Settings', url: d.url }),
    };
  },
  /**
   * A user's Management API token expires soon. The subject is fixed but for the date: the
   * description is the user's own text, so it stays in the body (escaped in the HTML).
   */
  'token-expiry-reminder': (d: { name: string; description: string; expiresAt: Date; url: string }): RenderedMail => {
    const [date, time] = [d.expiresAt.toISOString().slice(0, 10), d.expiresAt.toISOString().slice(11, 16)];
    const headline = `Your Management API token "${d.description}" expires on ${date} at ${time} UTC.`;
    const advice = 'After that, requests with this token are refused. If you still need it, create a new token and replace this one wherever it is used; otherwise there is nothing to do.';
    return {
      subject: `Your Management API token expires on ${date}`,
      text: `Hello ${d.name},\n\n${headline}\n\n${advice}\n\nYour tokens:\n${d.url}\n\nKeboola Connection\n`,
      html: layout('A Management API token expires soon', [`Hello ${d.name},`, headline, advice], { label: 'Open Access Tokens', url: d.url }),
    };
  },
} as const;

export type MailTemplateName = keyof typeof mailTemplates;
export type MailTemplateData<T extends MailTemplateName> = Parameters<(typeof mailTemplates)[T]>[0];
