/** Minimum length of a password. */
export const minimumPasswordLength = 10;

export type PasswordProblem = 'tooShort' | 'tooFewClasses' | 'containsUsername' | 'tooLong';

/** Maximum length accepted, so hashing cost stays bounded. */
export const maximumPasswordLength = 128;

/**
 * Checks a new password against the platform rules: at least 10 characters, at least three of
 * the four classes (lower case, upper case, digits, other), and not containing the username.
 */
export function checkPassword(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < minimumPasswordLength) problems.push('tooShort');
  if (password.length > maximumPasswordLength) problems.push('tooLong');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((pattern) =>
    pattern.test(password),
  ).length;
  if (classes < 3) problems.push('tooFewClasses');
  const name = username.trim().toLowerCase();
  if (name.length > 0 && password.toLowerCase().includes(name)) problems.push('containsUsername');
  return problems;
}
