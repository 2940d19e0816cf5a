/**
 * Let a long label break after its slashes ("Bosnian/Croatian/Montenegrin/Serbian" on a phone) by
 * adding zero-width spaces, which readers neither see nor hear.
 */
export function breakAfterSlashes(text: string): string {
  return text.replace(/\//g, '/\u200B')
}
