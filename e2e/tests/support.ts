import { type Page, expect } from '@playwright/test';
import { generate } from 'otplib';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PASSWORD = 'e2e-password-for-tests';
export const env = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the specs through playwright.config.ts (global setup)`);
  return v;
};

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** Waits for an e-mail to `to` captured by the SMTP server that the global setup runs. */
export async function waitForMail(to: string, timeoutMs = 15_000): Promise<Mail> {
  const dir = env('E2E_MAIL_DIR');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const file of readdirSync(dir).sort().reverse()) {
      const mail = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Mail;
      if (mail.to.includes(to)) return mail;
    }
    if (Date.now() > deadline) throw new Error(`no e-mail to ${to} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projects' })).toBeVisible();
}

export async function openUserMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'User menu' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await openUserMenu(page);
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Keboola' })).toBeVisible();
}

/*
 * MFA: the API accepts each 30-second TOTP step once per user, so tests needing a second code wait for the next
 * step (nextCode) and take longer than the default timeout.
 */
const TOTP_STEP_MS = 30_000;
export const MFA_TEST_TIMEOUT = 180_000;

/**
 * The code for `secret` in the current time step, once that step is newer than every step in `usedSteps` (the
 * API refuses a step at or before the last one it accepted for the user, whatever the secret). Waits for the
 * next step when needed, and skips the last seconds of a step so the code cannot go stale on its way.
 */
export async function nextCode(secret: string, usedSteps: Set<number>): Promise<string> {
  for (;;) {
    const now = Date.now();
    const step = Math.floor(now / TOTP_STEP_MS);
    const msLeft = (step + 1) * TOTP_STEP_MS - now;
    if (step > Math.max(-1, ...usedSteps) && msLeft > 3_000) {
      usedSteps.add(step);
      return generate({ secret, epoch: (step * TOTP_STEP_MS) / 1000 });
    }
    await new Promise((resolve) => setTimeout(resolve, msLeft + 250));
  }
}

/** The MFA code page (the second step of signing in, portal or console) is open at `url`. */
export async function expectCodePrompt(page: Page, url: RegExp): Promise<void> {
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Two-step verification' })).toBeVisible();
}

/** Sends a code on the MFA code page. */
export async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Authentication code').fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}

/** Turns MFA on from Account & Security (the user is signed in); the secret is read from the page. */
export async function enableMfa(page: Page, usedSteps: Set<number>): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.goto('/account/security');
  await expect(page.getByText('Multi-factor authentication is off.')).toBeVisible();
  await page.getByRole('button', { name: 'Enable MFA' }).click();

  const form = page.getByRole('form', { name: 'Enable MFA' });
  const qrCode = form.getByRole('img', { name: 'QR code for your authenticator app' });
  await expect(qrCode).toBeVisible();
  // The SVG is a data: URL, which the CSP allows for images: it must have loaded.
  await expect
    .poll(() => qrCode.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    .toBeGreaterThan(0);
  const secret = ((await form.getByLabel('Secret key').textContent()) ?? '').replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await form.getByLabel('Code from the app').fill(await nextCode(secret, usedSteps));
  await form.getByRole('button', { name: 'Activate' }).click();

  const list = page.getByRole('list', { name: 'Recovery codes' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  await expect(page.getByText(/shown only once/)).toBeVisible();
  const recoveryCodes = (await list.getByRole('listitem').allTextContents()).map((code) => code.trim());
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(list).toHaveCount(0);
  await expect(page.getByText('Multi-factor authentication is on.')).toBeVisible();
  await expect(page.getByText('10 recovery codes left.')).toBeVisible();
  return { secret, recoveryCodes };
}
