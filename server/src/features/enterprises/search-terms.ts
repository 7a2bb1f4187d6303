import { pinyin } from 'pinyin-pro';
import { bigrams } from '@gaoxin/domain';

function fullPinyin(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function initials(text: string): string {
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The derived search columns of an enterprise: full pinyin and initials of the name and the short
 * name (space-separated, so a match never spans both), and the bigrams of both names.
 */
export function searchTermsOf(name: string, shortName: string | null | undefined) {
  const names = [name, shortName].filter((value): value is string => Boolean(value));
  return {
    namePinyin: names.map(fullPinyin).join(' '),
    nameInitials: names.map(initials).join(' '),
    nameBigrams: [...new Set(names.flatMap((value) => bigrams(value)))],
  };
}
