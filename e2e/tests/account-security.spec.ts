import { type Page, expect, test } from '@playwright/test';
import { generate } from 'otplib';
import { MFA_TEST_TIMEOUT, PASSWORD, enableMfa, enterCode, env, expectCodePrompt, nextCode, openUserMenu, signIn, signOut } from './support.js';

/*
 * Account & Security: password, MFA, sessions. Each test has its own user (see global-setup.ts): the changes are
 * destructive. The API accepts each 30-second TOTP step once per user, so tests needing a second code wait for
 * the next step (nextCode) and take longer than the default timeout.
 */

/** The password step of signing in to an account with MFA: it ends on the code prompt. */
async function signInToCodePrompt(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectCodePrompt(page, /\/login\/mfa(\?|$)/);
}

test('a user turns MFA on with an authenticator app; signing in then asks for its code', async ({ page }) => {
  test.setTimeout(MFA_TEST_TIMEOUT);
  const email = env('E2E_MFA_ENABLE_EMAIL');
  const usedSteps = new Set<number>();
  await signIn(page, email);
  const { secret } = await enableMfa(page, usedSteps);
  await expect(page.getByRole('table', { name: 'Security log' })).toContainText('Multi-factor authentication enabled');
  await signOut(page);

  await signInToCodePrompt(page, email);
  // Until the code is accepted, the session opens nothing: reloading or opening a page comes back to the prompt.
  await page.goto('/account/security');
  await expectCodePrompt(page, /\/login\/mfa\?returnUrl=%2Faccount%2Fsecurity$/);
  // Giving up ends the half-finished sign-in.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Keboola' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to Keboola' })).toBeVisible();

  await signInToCodePrompt(page, email);
  await enterCode(page, await nextCode(secret, usedSteps));
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await expect(page.getByText('You signed in with a recovery code.')).toHaveCount(0);
});

test('a user signs in with a recovery code and is told how many are left; a code works once', async ({ page }) => {
  test.setTimeout(MFA_TEST_TIMEOUT);
  const email = env('E2E_MFA_RECOVERY_EMAIL');
  await signIn(page, email);
  const { recoveryCodes } = await enableMfa(page, new Set());
  await signOut(page);

  await signInToCodePrompt(page, email);
  const [code] = recoveryCodes;
  await enterCode(page, code!);
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'You signed in with a recovery code.' });
  await expect(notice).toContainText('9 recovery codes left.');
  // Plenty are left: no call to generate new ones yet.
  await expect(notice.getByRole('link', { name: 'Account & Security' })).toHaveCount(0);

  await openUserMenu(page);
  await page.getByRole('menuitem', { name: 'Account Settings' }).click();
  await expect(page.getByText('9 recovery codes left.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Security log' })).toContainText('Recovery code used');
  await signOut(page);

  await signInToCodePrompt(page, email);
  await enterCode(page, code!);
  await expect(page.getByRole('alert')).toContainText('That code is not valid.');
  await expect(page).toHaveURL(/\/login\/mfa/);
});

test('a user moves MFA to a new device; codes from the old one stop working', async ({ page }) => {
  test.setTimeout(MFA_TEST_TIMEOUT);
  const email = env('E2E_MFA_RECONFIGURE_EMAIL');
  const usedSteps = new Set<number>();
  await signIn(page, email);
  const { secret: oldSecret } = await enableMfa(page, usedSteps);

  await page.getByRole('button', { name: 'Reconfigure' }).click();
  const form = page.getByRole('form', { name: 'Reconfigure MFA' });
  await form.getByLabel('Current code or recovery code').fill(await nextCode(oldSecret, usedSteps));
  await form.getByRole('button', { name: 'Continue' }).click();
  await expect(form.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const newSecret = ((await form.getByLabel('Secret key').textContent()) ?? '').replace(/\s+/g, '');
  expect(newSecret).toMatch(/^[A-Z2-7]{16,}$/);
  expect(newSecret).not.toBe(oldSecret);
  await form.getByLabel('Code from the app').fill(await nextCode(newSecret, usedSteps));
  await form.getByRole('button', { name: 'Switch device' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Multi-factor authentication now uses your new device.' }),
  ).toBeVisible();
  await expect(page.getByRole('form', { name: 'Reconfigure MFA' })).toHaveCount(0);
  await expect(page.getByText('Multi-factor authentication is on.')).toBeVisible();
  await signOut(page);

  await signInToCodePrompt(page, email);
  await enterCode(page, await generate({ secret: oldSecret }));
  await expect(page.getByRole('alert')).toContainText('That code is not valid.');
  await expect(page.getByLabel('Authentication code')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/login\/mfa/);

  await enterCode(page, await nextCode(newSecret, usedSteps));
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
});

test('a user turns MFA off with the password and a code; signing in no longer asks for one', async ({ page }) => {
  test.setTimeout(MFA_TEST_TIMEOUT);
  const email = env('E2E_MFA_DISABLE_EMAIL');
  const usedSteps = new Set<number>();
  await signIn(page, email);
  const { secret } = await enableMfa(page, usedSteps);

  await page.getByRole('button', { name: 'Disable MFA' }).click();
  const form = page.getByRole('form', { name: 'Disable MFA' });
  // A wrong password is refused at the field, and the code is not spent on it.
  await form.getByLabel('Password').fill('not-my-password');
  await form.getByLabel('Authentication code').fill(await nextCode(secret, usedSteps));
  await form.getByRole('button', { name: 'Disable' }).click();
  await expect(form.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Multi-factor authentication is on.')).toBeVisible();

  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByText('Multi-factor authentication is off.')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Disable MFA' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Enable MFA' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Security log' })).toContainText('Multi-factor authentication disabled');
  await signOut(page);

  // Straight to Projects, no code prompt.
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/login\/mfa/);
});

test('changing the password signs out the other sessions; only the new password works then', async ({
  page,
  browser,
}) => {
  const email = env('E2E_PASSWORD_EMAIL');
  const newPassword = 'violet-harbor-lantern-2931';
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, email);
  await signIn(page, email);
  await page.goto('/account/security');
  const form = page.getByRole('form', { name: 'Change password' });
  await expect(form.getByText('8 to 128 characters. Avoid common passwords.')).toBeVisible();

  // Mistakes are shown at the fields.
  await form.getByLabel('Current password').fill(PASSWORD);
  await form.getByLabel('New password', { exact: true }).fill(newPassword);
  await form.getByLabel('Confirm new password').fill(`${newPassword}-typo`);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('The passwords do not match.')).toBeVisible();
  await form.getByLabel('Current password').fill('not-my-password');
  await form.getByLabel('Confirm new password').fill(newPassword);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByLabel('Current password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toBeVisible();
  await form.getByLabel('Current password').fill(PASSWORD);
  await form.getByLabel('New password', { exact: true }).fill('password123');
  await form.getByLabel('Confirm new password').fill('password123');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByLabel('New password', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await form.getByLabel('New password', { exact: true }).fill(newPassword);
  await form.getByLabel('Confirm new password').fill(newPassword);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your password was changed. Other sessions were signed out.' }),
  ).toBeVisible();
  await expect(form.getByLabel('Current password')).toHaveValue('');
  await expect(form.getByLabel('New password', { exact: true })).toHaveValue('');
  await expect(page.getByRole('table', { name: 'Active sessions' }).getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('table', { name: 'Security log' })).toContainText('Password changed');

  // This browser is still signed in; the other one is not.
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Account & Security' })).toBeVisible();
  await other.goto('/');
  await expect(other.getByRole('heading', { name: 'Sign in to Keboola' })).toBeVisible();
  await other.getByLabel('E-mail').fill(email);
  await other.getByLabel('Password').fill(PASSWORD);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByRole('alert')).toHaveText(/Incorrect e-mail or password\./);
  await other.getByLabel('Password').fill(newPassword);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await otherContext.close();
});

test('a user ends the session of another browser from the list of active sessions', async ({ page, browser }) => {
  const email = env('E2E_SESSIONS_EMAIL');
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, email);
  await signIn(page, email);
  await page.goto('/account/security');

  const sessions = page.getByRole('table', { name: 'Active sessions' });
  for (const column of ['Device', 'IP address', 'Signed in', 'Last active']) {
    await expect(sessions.getByRole('columnheader', { name: column })).toBeVisible();
  }
  await expect(sessions.getByRole('row')).toHaveCount(3);
  await expect(sessions.getByRole('row').filter({ hasText: 'This device' })).toHaveCount(1);
  await expect(sessions.getByRole('button', { name: 'End session', exact: true })).toHaveCount(1);
  const endOthers = page.getByRole('button', { name: 'End all other sessions' });
  await expect(endOthers).toBeEnabled();

  await sessions.getByRole('button', { name: 'End session', exact: true }).click();
  await expect(sessions.getByRole('row')).toHaveCount(2);
  await expect(sessions.getByRole('button', { name: 'End session', exact: true })).toHaveCount(0);
  await expect(endOthers).toBeDisabled();
  await expect(page.getByRole('table', { name: 'Security log' })).toContainText('Session ended');

  await other.goto('/');
  await expect(other.getByRole('heading', { name: 'Sign in to Keboola' })).toBeVisible();

  // Signed in again over there: "End all other sessions" ends it too.
  await signIn(other, email);
  await page.reload();
  await expect(sessions.getByRole('row')).toHaveCount(3);
  await endOthers.click();
  await expect(sessions.getByRole('row')).toHaveCount(2);
  await expect(endOthers).toBeDisabled();
  await other.reload();
  await expect(other.getByRole('heading', { name: 'Sign in to Keboola' })).toBeVisible();
  await otherContext.close();
});
