/** Copies text, or returns false where the browser will not (no permission, not a secure page). */
export async function copyText(text: string) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
