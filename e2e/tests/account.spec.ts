import { expect, test } from '@playwright/test';
import { env, openUserMenu, signIn, signOut } from './support.js';

test('a member sees their projects, opens one, and reaches Account Settings from home and from the project', async ({ page }) => {
  const email = env('E2E_MEMBER_EMAIL');
  await signIn(page, email);

  const projects = page.getByRole('table', { name: 'Your projects' });
  await expect(projects.getByRole('link', { name: 'E2E Analytics' })).toBeVisible();
  await expect(projects).toContainText('E2E Organization');
  // Only projects the user is a member of are listed.
  await expect(projects.getByRole('link', { name: 'Someone Else Project' })).toHaveCount(0);

  // From home.
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: 'Account Settings' }).click();
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Account Settings' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Account Settings' });
  for (const section of ['Account & Security', 'Notifications', 'Promo Codes', 'Access Tokens']) {
    await expect(nav.getByRole('link', { name: section })).toBeVisible();
  }
  const emailField = page.getByLabel('E-mail');
  await expect(emailField).toHaveValue(email);
  await expect(emailField).not.toBeEditable();
  await expect(page.getByText("Your e-mail address is your account's identifier and cannot be changed.")).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('Member Person');

  for (const section of ['Notifications', 'Promo Codes']) {
    await nav.getByRole('link', { name: section }).click();
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    await expect(page.getByText('This feature is not available yet.')).toBeVisible();
  }
  await nav.getByRole('link', { name: 'Access Tokens' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Access Tokens' })).toBeVisible();
  await expect(page.getByText('These are not Storage API tokens.')).toBeVisible();

  // From a project page.
  await page.getByRole('link', { name: 'Keboola Connection' }).click();
  await page.getByRole('link', { name: 'E2E Analytics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E2E Analytics' })).toBeVisible();
  await expect(page.getByText('E2E Organization')).toBeVisible();
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: 'Account Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Account & Security' })).toBeVisible();

  await signOut(page);
});

test('a project the user is not a member of is not shown', async ({ page }) => {
  await signIn(page, env('E2E_MEMBER_EMAIL'));
  await page.goto('/projects/999999');
  await expect(page.getByRole('heading', { level: 1, name: 'Project not found' })).toBeVisible();
});

test('an anonymous visitor is sent to sign-in and returned to the page afterwards', async ({ page }) => {
  await page.goto(`/projects/${env('E2E_PROJECT_ID')}`);
  await expect(page.getByRole('heading', { name: 'Sign in to Keboola' })).toBeVisible();
  await page.getByLabel('E-mail').fill(env('E2E_MEMBER_EMAIL'));
  await page.getByLabel('Password').fill('e2e-password-for-tests');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E2E Analytics' })).toBeVisible();
});
