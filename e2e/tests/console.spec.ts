import { expect, test } from '@playwright/test';
import { MFA_TEST_TIMEOUT, PASSWORD, enableMfa, enterCode, env, expectCodePrompt, nextCode, signIn, signOut } from './support.js';

async function consoleSignIn(page: import('@playwright/test').Page, email: string) {
  await page.goto('/console/login');
  await expect(page.getByRole('heading', { name: 'Keboola staff console' })).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('a Keboola employee signs in to the staff console and sees its sections', async ({ page }) => {
  await consoleSignIn(page, env('E2E_STAFF_EMAIL'));
  const nav = page.getByRole('navigation', { name: 'Staff' });
  await expect(nav.getByRole('link', { name: 'Announcements' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Announcements' })).toBeVisible();
  await nav.getByRole('link', { name: 'Promo codes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Promo codes' })).toBeVisible();
  await nav.getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByText(env('E2E_STAFF_EMAIL'))).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Keboola staff console' })).toBeVisible();
});

test('a normal user is refused by the staff console with a clear message', async ({ page }) => {
  await consoleSignIn(page, env('E2E_MEMBER_EMAIL'));
  await expect(page.getByRole('alert')).toHaveText(/The staff console is for Keboola employees only\./);
  await expect(page.getByRole('navigation', { name: 'Staff' })).toHaveCount(0);
  // No session was created: the portal still asks to sign in.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to Keboola' })).toBeVisible();
});

test('a Keboola employee with MFA on signs in to the staff console with a code from the app', async ({ page }) => {
  test.setTimeout(MFA_TEST_TIMEOUT);
  const email = env('E2E_STAFF_MFA_EMAIL');
  const usedSteps = new Set<number>();
  // Super admins use the portal too: MFA is turned on in its Account & Security, as a user would.
  await signIn(page, email);
  const { secret } = await enableMfa(page, usedSteps);
  await signOut(page);

  await consoleSignIn(page, email);
  await expectCodePrompt(page, /\/console\/login\/mfa(\?|$)/);
  // Until the code is accepted, the console opens nothing: a section comes back to the code page.
  await page.goto('/console/users');
  await expectCodePrompt(page, /\/console\/login\/mfa\?returnUrl=%2Fusers$/);
  // Giving up ends the half-finished sign-in: back to the console's sign-in page.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/console\/login$/);
  await expect(page.getByRole('heading', { name: 'Keboola staff console' })).toBeVisible();

  await consoleSignIn(page, email);
  await expectCodePrompt(page, /\/console\/login\/mfa\?returnUrl=%2F$/);
  const code = await nextCode(secret, usedSteps);
  // Once the code is accepted, the console reads its user again: the session is good for staff routes now.
  const staffMe = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/staff/me');
  await enterCode(page, code);
  expect((await staffMe).status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Announcements' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Staff' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
});
