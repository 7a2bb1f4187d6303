import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { checkPassword } from '@gaoxin/domain';

const options = {
  // 2 = Argon2id (the package's const enum cannot be imported under isolatedModules).
  algorithm: 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** Compares a password with a stored argon2 hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the username is unknown so timing does not tell. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Date.now()}-Aa1!`);
  return decoyHash;
}

const alphabets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '-_!#%+'];

/** Generates a password that meets the policy (≥ 10 characters, all four classes), for printing once. */
export function generatePassword(length = 16): string {
  for (;;) {
    const characters: string[] = [];
    for (let i = 0; i < length; i += 1) {
      const alphabet = alphabets[i % alphabets.length] ?? '';
      characters.push(alphabet[randomInt(alphabet.length)] ?? 'x');
    }
    for (let i = characters.length - 1; i > 0; i -= 1) {
      const j = randomInt(i + 1);
      [characters[i], characters[j]] = [characters[j] ?? '', characters[i] ?? ''];
    }
    const candidate = characters.join('');
    if (checkPassword(candidate, '').length === 0) return candidate;
  }
}
