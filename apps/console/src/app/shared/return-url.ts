/** Only same-app paths are followed after sign-in, so `?returnUrl=` cannot send the user to another site. */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value;
}
