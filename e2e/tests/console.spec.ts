import { expect, test } from '@playwright/test';
import { PASSWORD, env } from './support.js';

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
