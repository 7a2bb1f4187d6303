/** The 31 characters of GB 32100-2015 in value order (I, O, S, V, Z are not used). */
export const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1–17: 3^(i−1) mod 31. */
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Computes the 18th (check) character for the first 17 characters of a credit code. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error('expected 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = creditCodeAlphabet.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error(`character ${first17[i]} is not in the code set`);
    sum += value * (weights[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return creditCodeAlphabet[check] ?? '0';
}

/** Whether an 18-character code has the right format and check character. */
export function hasValidCreditCodeCheck(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17];
}

const organizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

/** The check character of a GB 11714 organization code body (8 characters), position 17 of a credit code. */
export function organizationCodeCheckCharacter(body: string): string {
  if (body.length !== 8) throw new Error('expected 8 characters');
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const character = body[i] ?? '';
    const value = /[0-9]/.test(character) ? Number(character) : character.charCodeAt(0) - 55;
    sum += value * (organizationWeights[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}
