// Language tags as files and callers write them ("de-DE", "pt_BR", "zh-Hans", "EN") reduced to the
// ISO 639 code mtqa's profiles and reports use.

/** The primary language subtag, lowercase; undefined when the tag is not a language code. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const primary = tag?.trim().split(/[-_]/)[0].toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
