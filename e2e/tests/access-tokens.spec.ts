import { type Page, expect, test } from '@playwright/test';
import { PASSWORD } from './support.js';

/*
 * Account Settings → Access Tokens: Keboola Management API tokens. Each test signs up its own user, so the list
 * starts empty; the e-mail address need not be verified to use Account Settings.
 */

// "Copy" writes to the clipboard, and the test reads it back.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const TOKEN_FORMAT = /^\d+-[A-Za-z0-9_-]{43}$/;

/** A new account through the sign-up page (which signs it in), on the Access Tokens page. */
async function signUpToAccessTokens(page: Page, name: string): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel('E-mail').fill(`tokens.${Date.now()}@example.com`);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();

  await page.goto('/account/access-tokens');
  await expect(page.getByRole('heading', { level: 2, name: 'Access Tokens' })).toBeVisible();
  await expect(page.getByText('These are not Storage API tokens.')).toBeVisible();
  await expect(page.getByText('You have no Management API tokens yet.')).toBeVisible();
}

test('a user creates a Management API token, copies it, uses it, and deletes it; then it no longer works', async ({
  page,
  request,
  baseURL,
}) => {
  await signUpToAccessTokens(page, 'Token Person');
  const description = `Deploy script ${Date.now()}`;

  await page.getByRole('button', { name: 'New Token' }).click();
  const form = page.getByRole('form', { name: 'New token' });
  const expiresIn = form.getByLabel('Expires in');
  await expect(expiresIn.getByRole('option')).toHaveText(['7 days', '30 days', '90 days', '180 days', '365 days']);
  await expect(expiresIn.locator('option:checked')).toHaveText('90 days');
  await form.getByLabel('Description').fill(description);
  await expiresIn.selectOption({ label: '30 days' });
  await form.getByRole('button', { name: 'Create Token' }).click();

  // The secret, shown this once.
  const panel = page.getByRole('region', { name: 'New token' });
  await expect(panel).toContainText('Copy the token now. You will not be able to see it again.');
  await expect(form).toHaveCount(0);
  const field = panel.getByLabel('Token', { exact: true });
  await expect(field).toHaveValue(TOKEN_FORMAT);
  const token = await field.inputValue();
  await panel.getByRole('button', { name: 'Copy' }).click();
  await expect(panel.getByRole('status')).toHaveText('Copied');
  // A string: the specs compile without the DOM's types.
  expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(token);

  // It authenticates the Management API.
  const verify = () =>
    request.get(`${baseURL}/manage/tokens/verify`, {
      headers: { 'X-KBC-ManageApiToken': token, 'User-Agent': 'curl/8.5.0' },
    });
  const verified = await verify();
  expect(verified.status()).toBe(200);
  expect(await verified.json()).toMatchObject({ description, type: 'admin', user: { name: 'Token Person' } });

  await panel.getByRole('button', { name: 'Done' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New Token' })).toBeFocused();

  // The list shows where the token was last used from.
  await page.reload();
  const table = page.getByRole('table', { name: 'Access tokens' });
  for (const column of ['Description', 'Created', 'Expires', 'Last used']) {
    await expect(table.getByRole('columnheader', { name: column })).toBeVisible();
  }
  const row = table.getByRole('row').filter({ hasText: description });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').nth(3)).toHaveText(/\d{4}, .+ from \S+ \(curl\)\s*$/);
  await expect(row).not.toContainText('Never');
  await expect(row).not.toContainText('Expired');
  // Never shown again.
  await expect(page.getByLabel('Token', { exact: true })).toHaveCount(0);

  // Deleting asks first; "Keep" keeps it.
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirmation = page.getByRole('alertdialog');
  await expect(confirmation).toHaveText(
    new RegExp(`Delete the token "${description}"\\? Scripts using it will stop working immediately\\.`),
  );
  await expect(confirmation.getByRole('button', { name: 'Keep' })).toBeFocused();
  await confirmation.getByRole('button', { name: 'Keep' }).click();
  await expect(confirmation).toHaveCount(0);
  await expect(row).toHaveCount(1);

  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await confirmation.getByRole('button', { name: 'Delete token' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The token "${description}" was deleted.` })).toBeVisible();
  await expect(page.getByText('You have no Management API tokens yet.')).toBeVisible();
  await expect(table).toHaveCount(0);

  // Revoked at once.
  const refused = await verify();
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: 'Invalid access token', code: 401, status: 'error' });
});

test('a token needs a description: Create Token without one shows why and creates nothing', async ({ page }) => {
  await signUpToAccessTokens(page, 'Careless Person');

  await page.getByRole('button', { name: 'New Token' }).click();
  const form = page.getByRole('form', { name: 'New token' });
  const description = form.getByLabel('Description');
  await expect(description).toBeFocused();
  await form.getByRole('button', { name: 'Create Token' }).click();
  await expect(form.getByText('Describe what the token is for.')).toBeVisible();
  await expect(description).toHaveAttribute('aria-invalid', 'true');
  // Spaces alone are no description either.
  await description.fill('   ');
  await form.getByRole('button', { name: 'Create Token' }).click();
  await expect(form.getByText('Describe what the token is for.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'New token' })).toHaveCount(0);

  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('You have no Management API tokens yet.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Access tokens' })).toHaveCount(0);
});
