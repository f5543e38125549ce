import { expect, test } from '@playwright/test';
import { PASSWORD, openUserMenu, signIn, signOut, waitForMail } from './support.js';

test('a new user signs up, verifies the e-mail from the mail, signs out and back in', async ({ page }) => {
  const email = `new.${Date.now()}@example.com`;
  await page.goto('/signup');
  await expect(page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Name').fill('Nora New');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await expect(page.getByText('You are not a member of any project yet.')).toBeVisible();
  const banner = page.getByRole('status').filter({ hasText: 'Please verify your e-mail address.' });
  await expect(banner).toContainText(email);

  const mail = await waitForMail(email);
  const link = mail.text.match(/https?:\/\/\S+\/verify-email\?token=\S+/)![0];
  await page.goto(new URL(link).pathname + new URL(link).search);
  await expect(page.getByRole('heading', { name: 'Verify your e-mail' })).toBeVisible();
  await expect(page.getByText(`Your e-mail address ${email} is verified.`)).toBeVisible();
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
  await expect(page.getByText('Please verify your e-mail address.')).toHaveCount(0);

  await openUserMenu(page);
  await expect(page.getByRole('menu')).toContainText('Account Settings');
  await page.keyboard.press('Escape');
  await signOut(page);
  // Signed out on the server too: the protected page sends us back to sign-in.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to Keboola' })).toBeVisible();

  await signIn(page, email);
});

test('sign-up refuses an e-mail that already has an account, and shows why', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('E-mail').fill(process.env.E2E_MEMBER_EMAIL!);
  await page.getByLabel('Name').fill('Someone');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('already exists');
  await expect(page).toHaveURL(/\/signup/);
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(process.env.E2E_MEMBER_EMAIL!);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Incorrect e-mail or password\./);
});
